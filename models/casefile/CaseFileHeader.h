// The fixed header in front of every case file's payload, checked before anything else is read:
// magic, format version, flags, the writing Attune's version, the payload's length and a SHA-256 over
// those fields and the payload.
// Layout (all integers big-endian) in docs/case-file-format.md.
#pragma once

#include <QByteArray>
#include <QString>

namespace attune {

struct CaseFileHeader
{
    static constexpr char kMagic[9] = "ATTUNECF"; // 8 bytes on disk, no terminator
    static constexpr quint32 kFormatVersion = 1;  // the version this build writes and the newest it reads
    static constexpr int kSize = 76;              // bytes before the payload
    static constexpr qint64 kMaxFileSize = qint64(256) * 1024 * 1024;

    quint32 formatVersion = kFormatVersion;
    quint32 flags = 0; // must be 0: later formats (encryption) set bits this build cannot read
    QString attuneVersion;
    quint64 payloadLength = 0;
    QByteArray payloadSha256;

    enum class Problem { None, NotACaseFile, NewerFormat, UnknownFlags, LengthMismatch, ChecksumMismatch };

    // The header for payload, written by this build.
    static CaseFileHeader describe(const QByteArray &payload);
    QByteArray encode() const;
    // Parses the first kSize bytes of file; Problem::None when they are a header this build can read.
    static Problem parse(const QByteArray &file, CaseFileHeader *header);
    // Checks the whole file against the header's payload length and checksum (which covers the header's
    // first 44 bytes and the payload).
    Problem verify(QByteArrayView file) const;
};

} // namespace attune
