// What the two encrypted formats (the envelope of backups and case files, Envelope.h, and the protected
// practice's image, SealedImage.h) share: libsodium's secretstream chunking, the Argon2id limits Attune
// chooses and accepts, and the keyed hash that tells a wrong passphrase from damage.
#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <sodium.h>

namespace attune::secretstream {

// One translation context for every message of the security layer.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Security)
};

constexpr qsizetype kChunk = 64 * 1024; // plaintext bytes per authenticated chunk
constexpr qsizetype kTag = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qsizetype kCipherChunk = kChunk + kTag;

struct Argon2Limits
{
    quint64 ops = 0;
    quint64 mem = 0;
};

// libsodium's "moderate" (256 MiB) or "interactive" (64 MiB) Argon2id limits.
Argon2Limits argon2Limits(bool moderate);
// Bounds for limits read from a file: a hostile header must not make Attune allocate gigabytes.
bool plausibleLimits(quint64 ops, quint64 mem);
// A keyed BLAKE2b of a fixed context text: stored in a file, it names a wrong passphrase as such.
QByteArray keyCheck(const QByteArray &context, const unsigned char *key, size_t keySize, int checkSize);

} // namespace attune::secretstream
