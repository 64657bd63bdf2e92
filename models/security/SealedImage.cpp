// See SealedImage.h.
#include "SealedImage.h"

#include "Passphrase.h"
#include "SecretStream.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

namespace attune {
namespace {

using secretstream::kChunk;
using secretstream::kCipherChunk;
using secretstream::kTag;
using secretstream::Messages;

const QByteArray kMagic = QByteArrayLiteral("ATTUNE-PRACTICE\n");
constexpr quint32 kVersion = 1;
constexpr qsizetype kFixed = 16 + 4 + 8 + 8 + crypto_pwhash_SALTBYTES + PracticeKey::kCheckSize;
constexpr qsizetype kHashSize = 16;
constexpr qsizetype kStreamHeader = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype kHeader = kFixed + kHashSize + kStreamHeader;

QByteArray headerHash(const char *data, qsizetype size)
{
    QByteArray out(kHashSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), kHashSize,
                       reinterpret_cast<const unsigned char *>(data), size_t(size), nullptr, 0);
    return out;
}

template<typename T> T fail(SealProblem *out, SealProblem kind, const QString &message)
{
    if (out)
        *out = kind;
    return T::failure(message);
}

} // namespace

bool isSealedPracticeData(const QByteArray &start)
{
    return start.startsWith(kMagic);
}

bool isSealedPractice(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && isSealedPracticeData(f.read(kMagic.size()));
}

Result<SealedHeader> readSealedHeader(const QByteArray &file, const QString &shown, SealProblem *problem)
{
    using R = Result<SealedHeader>;
    const QString name = QDir::toNativeSeparators(shown);
    if (!isSealedPracticeData(file))
        return fail<R>(problem, SealProblem::NotSealed,
                       Messages::tr("%1 is not a protected Attune practice.").arg(name));
    if (file.size() < kHeader)
        return fail<R>(problem, SealProblem::Truncated,
                       Messages::tr("%1 is truncated: its header is incomplete.").arg(name));
    const char *p = file.constData() + kMagic.size();
    SealedHeader h;
    h.version = qFromBigEndian<quint32>(p);
    if (headerHash(file.constData(), kFixed) != file.mid(kFixed, kHashSize)) {
        // A newer format may lay its header out differently; say so rather than "damaged".
        if (h.version > kVersion)
            return fail<R>(problem, SealProblem::NewerFormat,
                           Messages::tr("%1 was protected by a newer version of Attune. Please update Attune "
                                        "to open it.")
                               .arg(name));
        return fail<R>(problem, SealProblem::Damaged,
                       Messages::tr("%1 is damaged: its header was changed.").arg(name));
    }
    if (h.version != kVersion)
        return fail<R>(problem, SealProblem::NewerFormat,
                       Messages::tr("%1 was protected by a newer version of Attune. Please update Attune to "
                                    "open it.")
                           .arg(name));
    h.parameters.opsLimit = qFromBigEndian<quint64>(p + 4);
    h.parameters.memLimit = qFromBigEndian<quint64>(p + 12);
    h.parameters.salt = file.mid(kMagic.size() + 20, crypto_pwhash_SALTBYTES);
    h.keyCheck = file.mid(kMagic.size() + 20 + crypto_pwhash_SALTBYTES, PracticeKey::kCheckSize);
    if (!PracticeKey::plausible(h.parameters))
        return fail<R>(problem, SealProblem::Damaged,
                       Messages::tr("%1 is damaged: its key settings are not plausible.").arg(name));
    return h;
}

QByteArray sealImage(const unsigned char *image, qsizetype size, const PracticeKey &key)
{
    const KeyParameters &kp = key.parameters();
    const qsizetype chunks = size / kChunk + 1; // the last, FINAL chunk may be empty
    QByteArray out;
    out.reserve(kHeader + size + chunks * kTag);
    out.append(kMagic);
    char numbers[20];
    qToBigEndian<quint32>(kVersion, numbers);
    qToBigEndian<quint64>(kp.opsLimit, numbers + 4);
    qToBigEndian<quint64>(kp.memLimit, numbers + 12);
    out.append(numbers, sizeof numbers);
    out.append(kp.salt);
    out.append(key.check());
    out.append(headerHash(out.constData(), out.size()));
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[kStreamHeader];
    key.use([&](const unsigned char *k) {
        return crypto_secretstream_xchacha20poly1305_init_push(&state, header, k);
    });
    out.append(reinterpret_cast<const char *>(header), kStreamHeader);
    const QByteArray bound = out.left(kFixed + kHashSize);
    qsizetype at = 0;
    for (qsizetype i = 0; i < chunks; ++i) {
        const qsizetype length = qMin(kChunk, size - at);
        const bool final = i == chunks - 1;
        const qsizetype start = out.size();
        out.resize(start + length + kTag);
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(out.data() + start), nullptr, image + at,
            static_cast<unsigned long long>(length),
            i == 0 ? reinterpret_cast<const unsigned char *>(bound.constData()) : nullptr,
            i == 0 ? static_cast<unsigned long long>(bound.size()) : 0,
            final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        at += length;
    }
    sodium_memzero(&state, sizeof state);
    return out;
}

Status unsealImage(const QByteArray &file, const PracticeKey &key, const QString &shown,
                   const std::function<unsigned char *(qsizetype)> &allocate, unsigned char **buffer,
                   qsizetype *size, SealProblem *problem)
{
    *buffer = nullptr;
    *size = 0;
    const QString name = QDir::toNativeSeparators(shown);
    const auto header = readSealedHeader(file, shown, problem);
    if (!header)
        return header.status();
    if (sodium_memcmp(header->keyCheck.constData(), key.check().constData(), PracticeKey::kCheckSize) != 0)
        return fail<Status>(problem, SealProblem::WrongPassphrase,
                            Messages::tr("The passphrase is wrong for %1.").arg(name));
    const qsizetype body = file.size() - kHeader;
    const qsizetype chunks = body / kCipherChunk + (body % kCipherChunk ? 1 : 0);
    if (body < kTag)
        return fail<Status>(problem, SealProblem::Truncated,
                            Messages::tr("%1 is truncated: it ends before its last part.").arg(name));
    const qsizetype plainSize = body - chunks * kTag;
    unsigned char *plain = allocate(qMax<qsizetype>(plainSize, 1));
    if (!plain)
        return fail<Status>(problem, SealProblem::NoMemory,
                            Messages::tr("There is not enough memory to open %1.").arg(name));
    *buffer = plain;
    crypto_secretstream_xchacha20poly1305_state state;
    const auto *streamHeader = reinterpret_cast<const unsigned char *>(file.constData() + kFixed + kHashSize);
    if (key.use([&](const unsigned char *k) {
            return crypto_secretstream_xchacha20poly1305_init_pull(&state, streamHeader, k);
        }) != 0)
        return fail<Status>(problem, SealProblem::Damaged,
                            Messages::tr("%1 is damaged: its header is invalid.").arg(name));
    const auto *bound = reinterpret_cast<const unsigned char *>(file.constData());
    const auto *in = reinterpret_cast<const unsigned char *>(file.constData() + kHeader);
    qsizetype at = 0;
    for (qsizetype i = 0; i < chunks; ++i) {
        const qsizetype length = qMin(kCipherChunk, body - i * kCipherChunk);
        unsigned long long written = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, plain + at, &written, &tag, in + i * kCipherChunk,
                static_cast<unsigned long long>(length), i == 0 ? bound : nullptr,
                i == 0 ? kFixed + kHashSize : 0) != 0) {
            sodium_memzero(&state, sizeof state);
            return fail<Status>(problem, SealProblem::Damaged,
                                Messages::tr("%1 is damaged: part of it was changed.").arg(name));
        }
        at += qsizetype(written);
        const bool last = i == chunks - 1;
        if ((tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) != last) {
            sodium_memzero(&state, sizeof state);
            if (last)
                return fail<Status>(problem, SealProblem::Truncated,
                                    Messages::tr("%1 is truncated: it ends before its last part.").arg(name));
            return fail<Status>(problem, SealProblem::Damaged,
                                Messages::tr("%1 is damaged: it has data after its end.").arg(name));
        }
    }
    sodium_memzero(&state, sizeof state);
    *size = at;
    if (problem)
        *problem = SealProblem::None;
    return Status::ok();
}

} // namespace attune
