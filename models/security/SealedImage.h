// The file format of a protected practice: the whole SQLite database image, encrypted and authenticated
// with libsodium's secretstream (XChaCha20-Poly1305) under a key derived with Argon2id.
//
//   "ATTUNE-PRACTICE\n"  16 bytes; not SQLite's "SQLite format 3\0", so an older Attune (and the sqlite3
//                        tool) refuses the file as "not a database" without touching it
//   format version       u32, big-endian (1)
//   Argon2id ops, mem    u64, u64
//   salt                 16 bytes
//   key check            16 bytes: BLAKE2b of a fixed text keyed with the key (a wrong passphrase)
//   header hash          16 bytes: BLAKE2b of everything above (a damaged header is not a wrong passphrase)
//   secretstream header  24 bytes
//   chunks               64 KiB of the image each plus 17 bytes of tag; the first is bound to the header,
//                        the last is tagged FINAL, so a truncation is found
#pragma once

#include "PracticeKey.h"

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace attune {

enum class SealProblem { None, NotSealed, Truncated, Damaged, NewerFormat, WrongPassphrase, NoMemory };

struct SealedHeader
{
    quint32 version = 0;
    KeyParameters parameters;
    QByteArray keyCheck;
};

// True when the file starts with the protected practice's magic.
bool isSealedPractice(const QString &path);
bool isSealedPracticeData(const QByteArray &start);

// Reads and checks the header (shown names the file in messages).
Result<SealedHeader> readSealedHeader(const QByteArray &file, const QString &shown,
                                      SealProblem *problem = nullptr);

// The whole file for an image of size bytes.
QByteArray sealImage(const unsigned char *image, qsizetype size, const PracticeKey &key);

// Decrypts file into memory from allocate(plainSize) (the caller owns and wipes it, also on failure,
// when *buffer is set). The key must be the one derived from this file's parameters.
Status unsealImage(const QByteArray &file, const PracticeKey &key, const QString &shown,
                   const std::function<unsigned char *(qsizetype)> &allocate, unsigned char **buffer,
                   qsizetype *size, SealProblem *problem = nullptr);

} // namespace attune
