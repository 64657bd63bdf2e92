// The encrypted envelope for backups and case files: a small header (magic, format version, Argon2id
// salt and limits, the secretstream header) followed by libsodium crypto_secretstream_xchacha20poly1305
// chunks. Every chunk is authenticated and the last one is tagged FINAL, so a flipped byte, a truncation
// or a wrong passphrase is detected and named — never decrypted into garbage.
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace attune {

// True when the file starts with the envelope's magic.
bool isEnvelopeFile(const QString &path);

// How much work deriving the key takes: Moderate (about a second, 256 MiB) for backups; Interactive
// (a tenth of that) where a file is opened often, and in tests. The cost is stored in the file.
enum class KeyCost { Interactive, Moderate };

// Encrypts source into target (written atomically). The key is derived from the passphrase with Argon2id.
Status encryptFile(const QString &source, const QString &target, const QByteArray &passphrase,
                   KeyCost cost = KeyCost::Moderate);
// Decrypts source into target (written atomically); the error names what went wrong.
Status decryptFile(const QString &source, const QString &target, const QByteArray &passphrase);

// The same envelope in memory, for files that must never exist in plain on disk (a protected practice's
// case-file exports). name is used in messages.
Result<QByteArray> encryptBytes(const QByteArray &plain, const QByteArray &passphrase,
                                KeyCost cost = KeyCost::Moderate);
Result<QByteArray> decryptBytes(const QByteArray &sealed, const QString &name, const QByteArray &passphrase);
bool isEnvelopeData(const QByteArray &start);

} // namespace attune
