// Encoding and checking the case file's fixed header.
#include "CaseFileHeader.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace attune {
namespace {

constexpr int kMagicOffset = 0;
constexpr int kVersionOffset = 8;
constexpr int kFlagsOffset = 12;
constexpr int kAttuneVersionOffset = 16;
constexpr int kAttuneVersionSize = 20; // ASCII, NUL-padded
constexpr int kLengthOffset = 36;
constexpr int kShaOffset = 44;
constexpr int kShaSize = 32;
static_assert(kShaOffset + kShaSize == CaseFileHeader::kSize);

} // namespace

// The checksum covers the header's fields as well as the payload, so that no single changed byte anywhere
// in the file goes unnoticed (the writing version included).
static QByteArray checksum(QByteArrayView fields, QByteArrayView payload)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(fields);
    hash.addData(payload);
    return hash.result();
}

CaseFileHeader CaseFileHeader::describe(const QByteArray &payload)
{
    CaseFileHeader h;
    h.attuneVersion = QStringLiteral(ATTUNE_VERSION);
    h.payloadLength = quint64(payload.size());
    h.payloadSha256 = checksum(QByteArrayView(h.encode()).first(kShaOffset), payload);
    return h;
}

QByteArray CaseFileHeader::encode() const
{
    QByteArray out(kSize, '\0');
    char *d = out.data();
    std::memcpy(d + kMagicOffset, kMagic, 8);
    qToBigEndian<quint32>(formatVersion, d + kVersionOffset);
    qToBigEndian<quint32>(flags, d + kFlagsOffset);
    const QByteArray version = attuneVersion.toLatin1().left(kAttuneVersionSize);
    std::memcpy(d + kAttuneVersionOffset, version.constData(), size_t(version.size()));
    qToBigEndian<quint64>(payloadLength, d + kLengthOffset);
    std::memcpy(d + kShaOffset, payloadSha256.constData(),
                size_t(qMin<qsizetype>(payloadSha256.size(), kShaSize)));
    return out;
}

CaseFileHeader::Problem CaseFileHeader::parse(const QByteArray &file, CaseFileHeader *header)
{
    if (file.size() < kSize || std::memcmp(file.constData() + kMagicOffset, kMagic, 8) != 0)
        return Problem::NotACaseFile;
    const char *d = file.constData();
    CaseFileHeader h;
    h.formatVersion = qFromBigEndian<quint32>(d + kVersionOffset);
    h.flags = qFromBigEndian<quint32>(d + kFlagsOffset);
    QByteArray version(d + kAttuneVersionOffset, kAttuneVersionSize);
    const qsizetype nul = version.indexOf('\0');
    if (nul >= 0)
        version.truncate(nul);
    // Shown to the user in messages: keep only what a version string can hold.
    for (char c : version)
        if (!(QChar::isLetterOrNumber(uchar(c)) || c == '.' || c == '-' || c == '+'))
            return Problem::NotACaseFile;
    h.attuneVersion = QString::fromLatin1(version);
    h.payloadLength = qFromBigEndian<quint64>(d + kLengthOffset);
    h.payloadSha256 = QByteArray(d + kShaOffset, kShaSize);
    if (header)
        *header = h;
    if (h.formatVersion == 0)
        return Problem::NotACaseFile;
    if (h.formatVersion > kFormatVersion)
        return Problem::NewerFormat;
    if (h.flags != 0)
        return Problem::UnknownFlags;
    return Problem::None;
}

CaseFileHeader::Problem CaseFileHeader::verify(QByteArrayView file) const
{
    if (file.size() < kSize || quint64(file.size() - kSize) != payloadLength)
        return Problem::LengthMismatch;
    if (checksum(file.first(kShaOffset), file.sliced(kSize)) != payloadSha256)
        return Problem::ChecksumMismatch;
    return Problem::None;
}

} // namespace attune
