#include "Envelope.h"

#include "Passphrase.h"
#include "SecretStream.h"

#include <QBuffer>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <array>
#include <functional>

namespace attune {
namespace {

using secretstream::kChunk;
using secretstream::kCipherChunk;
using secretstream::Messages;

const QByteArray kMagic = QByteArrayLiteral("ATTUNE-ENVELOPE\n");
constexpr quint32 kFormatVersion = 1;

struct Key
{
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> bytes{};
    ~Key() { sodium_memzero(bytes.data(), bytes.size()); }
};

constexpr int kKeyCheckBytes = 16;

// Lets a wrong passphrase be named as such instead of as damage.
QByteArray keyCheck(const Key &key)
{
    static const QByteArray context = QByteArrayLiteral("attune envelope key check");
    return secretstream::keyCheck(context, key.bytes.data(), key.bytes.size(), kKeyCheckBytes);
}

bool deriveKey(Key &key, const QByteArray &passphrase, const unsigned char *salt, quint64 ops, quint64 mem)
{
    return crypto_pwhash(key.bytes.data(), key.bytes.size(), passphrase.constData(),
                         static_cast<unsigned long long>(passphrase.size()), salt, ops,
                         static_cast<size_t>(mem), crypto_pwhash_ALG_ARGON2ID13) == 0;
}

using DeviceTransform = std::function<Status(QIODevice &in, QIODevice &out)>;

// Runs transform from source into target, written atomically: target is untouched on failure.
Status transformFile(const QString &source, const QString &target, const DeviceTransform &transform)
{
    if (auto s = initialiseCrypto(); !s)
        return s;
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Status::failure(Messages::tr("Could not read %1: %2.").arg(source, in.errorString()));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(Messages::tr("Could not write %1: %2.").arg(target, out.errorString()));
    if (auto s = transform(in, out); !s) {
        out.cancelWriting();
        return s;
    }
    if (!out.commit())
        return Status::failure(Messages::tr("Could not write %1: %2.").arg(target, out.errorString()));
    return Status::ok();
}

// The same in memory; what a failed transform wrote is wiped.
Result<QByteArray> transformBytes(const QByteArray &input, const DeviceTransform &transform)
{
    if (auto s = initialiseCrypto(); !s)
        return s;
    QByteArray source = input;
    QBuffer in(&source);
    in.open(QIODevice::ReadOnly);
    QByteArray result;
    QBuffer out(&result);
    out.open(QIODevice::WriteOnly);
    if (auto s = transform(in, out); !s) {
        if (!result.isEmpty())
            sodium_memzero(result.data(), size_t(result.size()));
        return s;
    }
    return result;
}

} // namespace

bool isEnvelopeFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(kMagic.size()) == kMagic;
}

namespace {

Status encryptDevice(QIODevice &in, QIODevice &out, const QString &source, const QString &target,
                     const QByteArray &passphrase, KeyCost cost)
{

    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
    randombytes_buf(salt.data(), salt.size());
    const auto [ops, mem] = secretstream::argon2Limits(cost == KeyCost::Moderate);
    Key key;
    if (!deriveKey(key, passphrase, salt.data(), ops, mem))
        return Status::failure(Messages::tr("There is not enough memory to derive the encryption key."));
    crypto_secretstream_xchacha20poly1305_state state;
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_HEADERBYTES> header{};
    crypto_secretstream_xchacha20poly1305_init_push(&state, header.data(), key.bytes.data());

    QByteArray head = kMagic;
    head.append(reinterpret_cast<const char *>(salt.data()), salt.size());
    char numbers[4 + 8 + 8];
    qToBigEndian<quint32>(kFormatVersion, numbers);
    qToBigEndian<quint64>(ops, numbers + 4);
    qToBigEndian<quint64>(mem, numbers + 12);
    head.append(numbers, sizeof numbers);
    head.append(keyCheck(key));
    head.append(reinterpret_cast<const char *>(header.data()), header.size());
    out.write(head);

    QByteArray cipher(kCipherChunk, Qt::Uninitialized);
    bool final = false;
    while (!final) {
        const QByteArray plain = in.read(kChunk);
        if (plain.isEmpty() && !in.atEnd())
            return Status::failure(Messages::tr("Could not read %1: %2.").arg(source, in.errorString()));
        final = in.atEnd();
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(cipher.data()), &written,
            reinterpret_cast<const unsigned char *>(plain.constData()),
            static_cast<unsigned long long>(plain.size()), nullptr, 0,
            final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        if (out.write(cipher.constData(), static_cast<qint64>(written)) != static_cast<qint64>(written))
            return Status::failure(Messages::tr("Could not write %1: %2.").arg(target, out.errorString()));
    }
    return Status::ok();
}

} // namespace

Status encryptFile(const QString &source, const QString &target, const QByteArray &passphrase, KeyCost cost)
{
    return transformFile(source, target, [&](QIODevice &in, QIODevice &out) {
        return encryptDevice(in, out, source, target, passphrase, cost);
    });
}

Result<QByteArray> encryptBytes(const QByteArray &plain, const QByteArray &passphrase, KeyCost cost)
{
    return transformBytes(plain, [&](QIODevice &in, QIODevice &out) {
        return encryptDevice(in, out, QString(), QString(), passphrase, cost);
    });
}

namespace {

Status decryptDevice(QIODevice &in, QIODevice &out, const QString &source, const QByteArray &passphrase)
{
    const qsizetype headSize = kMagic.size() + crypto_pwhash_SALTBYTES + 20 + kKeyCheckBytes +
                               crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    const QByteArray head = in.read(headSize);
    if (head.size() < kMagic.size() || !head.startsWith(kMagic))
        return Status::failure(Messages::tr("%1 is not an encrypted Attune file.").arg(source));
    if (head.size() < headSize)
        return Status::failure(Messages::tr("%1 is truncated: its header is incomplete.").arg(source));
    const auto *salt = reinterpret_cast<const unsigned char *>(head.constData() + kMagic.size());
    const char *numbers = head.constData() + kMagic.size() + crypto_pwhash_SALTBYTES;
    const quint32 version = qFromBigEndian<quint32>(numbers);
    const quint64 ops = qFromBigEndian<quint64>(numbers + 4);
    const quint64 mem = qFromBigEndian<quint64>(numbers + 12);
    if (version != kFormatVersion)
        return Status::failure(Messages::tr("%1 was encrypted by a newer version of Attune.").arg(source));
    if (!secretstream::plausibleLimits(ops, mem))
        return Status::failure(
            Messages::tr("%1 is damaged: its key settings are not plausible.").arg(source));
    Key key;
    if (!deriveKey(key, passphrase, salt, ops, mem))
        return Status::failure(Messages::tr("There is not enough memory to derive the encryption key."));
    const QByteArray storedCheck = head.mid(kMagic.size() + crypto_pwhash_SALTBYTES + 20, kKeyCheckBytes);
    if (sodium_memcmp(storedCheck.constData(), keyCheck(key).constData(), kKeyCheckBytes) != 0)
        return Status::failure(Messages::tr("The passphrase is wrong for %1.").arg(source));
    crypto_secretstream_xchacha20poly1305_state state;
    const auto *streamHeader = reinterpret_cast<const unsigned char *>(
        head.constData() + headSize - crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, streamHeader, key.bytes.data()) != 0)
        return Status::failure(Messages::tr("%1 is damaged: its header is invalid.").arg(source));

    QByteArray plain(kChunk, Qt::Uninitialized);
    for (;;) {
        const QByteArray cipher = in.read(kCipherChunk);
        if (cipher.isEmpty()) {
            return Status::failure(
                Messages::tr("%1 is truncated: it ends before its last part.").arg(source));
        }
        unsigned long long length = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(plain.data()), &length, &tag,
                reinterpret_cast<const unsigned char *>(cipher.constData()),
                static_cast<unsigned long long>(cipher.size()), nullptr, 0) != 0) {
            return Status::failure(Messages::tr("%1 is damaged: part of it was changed.").arg(source));
        }
        out.write(plain.constData(), static_cast<qint64>(length));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (!in.atEnd()) {
                return Status::failure(Messages::tr("%1 is damaged: it has data after its end.").arg(source));
            }
            break;
        }
    }
    sodium_memzero(plain.data(), size_t(plain.size()));
    return Status::ok();
}

} // namespace

Status decryptFile(const QString &source, const QString &target, const QByteArray &passphrase)
{
    return transformFile(source, target, [&](QIODevice &in, QIODevice &out) {
        return decryptDevice(in, out, source, passphrase);
    });
}

Result<QByteArray> decryptBytes(const QByteArray &sealed, const QString &name, const QByteArray &passphrase)
{
    return transformBytes(
        sealed, [&](QIODevice &in, QIODevice &out) { return decryptDevice(in, out, name, passphrase); });
}

bool isEnvelopeData(const QByteArray &start)
{
    return start.startsWith(kMagic);
}

} // namespace attune
