#include "Passphrase.h"

#include <QCoreApplication>

#include <sodium.h>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Security)
};

} // namespace

Status initialiseCrypto()
{
    return sodium_init() >= 0
               ? Status::ok()
               : Status::failure(Messages::tr("The cryptography library could not be started."));
}

Result<QString> hashPassphrase(const QByteArray &passphrase)
{
    if (auto s = initialiseCrypto(); !s)
        return s;
    if (passphrase.size() < 8)
        return Result<QString>::failure(Messages::tr("A passphrase needs at least 8 characters."));
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, passphrase.constData(), static_cast<unsigned long long>(passphrase.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Result<QString>::failure(
            Messages::tr("There is not enough memory to protect the passphrase."));
    return QString::fromLatin1(hash);
}

bool verifyPassphrase(const QString &hash, const QByteArray &passphrase)
{
    if (!initialiseCrypto() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), passphrase.constData(),
                                    static_cast<unsigned long long>(passphrase.size())) == 0;
}

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

} // namespace attune
