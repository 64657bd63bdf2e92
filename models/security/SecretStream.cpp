// See SecretStream.h.
#include "SecretStream.h"

namespace attune::secretstream {

Argon2Limits argon2Limits(bool moderate)
{
    if (moderate)
        return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

bool plausibleLimits(quint64 ops, quint64 mem)
{
    return ops >= crypto_pwhash_OPSLIMIT_MIN && ops <= crypto_pwhash_OPSLIMIT_SENSITIVE &&
           mem >= crypto_pwhash_MEMLIMIT_MIN && mem <= crypto_pwhash_MEMLIMIT_SENSITIVE;
}

QByteArray keyCheck(const QByteArray &context, const unsigned char *key, size_t keySize, int checkSize)
{
    QByteArray check(checkSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(check.data()), size_t(checkSize),
                       reinterpret_cast<const unsigned char *>(context.constData()), size_t(context.size()),
                       key, keySize);
    return check;
}

} // namespace attune::secretstream
