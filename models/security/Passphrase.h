// The practice passphrase, stored only as an Argon2id hash (libsodium's crypto_pwhash_str): verifying
// it never needs the passphrase itself to be kept anywhere.
#pragma once

#include "domain/Result.h"

#include <QByteArray>

namespace attune {

// Libsodium must be initialised once per process before any other call here; safe to call repeatedly.
Status initialiseCrypto();

// An Argon2id hash string ("$argon2id$v=19$…") of the passphrase, with a fresh salt.
Result<QString> hashPassphrase(const QByteArray &passphrase);
bool verifyPassphrase(const QString &hash, const QByteArray &passphrase);

// Overwrites a passphrase held in memory before its buffer is released.
void wipe(QByteArray &secret);

} // namespace attune
