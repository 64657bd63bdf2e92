// See PracticeKey.h.
#include "PracticeKey.h"

#include "Passphrase.h"
#include "SecretStream.h"

namespace attune {
namespace {

using secretstream::Messages;

static_assert(PracticeKey::kSize == crypto_secretstream_xchacha20poly1305_KEYBYTES);

} // namespace

Result<std::shared_ptr<PracticeKey>> PracticeKey::create(const QByteArray &passphrase, PracticeKeyCost cost)
{
    if (auto s = initialiseCrypto(); !s)
        return s;
    KeyParameters p;
    p.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(p.salt.data(), size_t(p.salt.size()));
    const auto limits = secretstream::argon2Limits(cost == PracticeKeyCost::Moderate);
    p.opsLimit = limits.ops;
    p.memLimit = limits.mem;
    return derive(passphrase, p);
}

bool PracticeKey::plausible(const KeyParameters &p)
{
    return p.salt.size() == crypto_pwhash_SALTBYTES && secretstream::plausibleLimits(p.opsLimit, p.memLimit);
}

Result<std::shared_ptr<PracticeKey>> PracticeKey::derive(const QByteArray &passphrase,
                                                         const KeyParameters &parameters)
{
    using R = Result<std::shared_ptr<PracticeKey>>;
    if (auto s = initialiseCrypto(); !s)
        return s;
    if (!plausible(parameters))
        return R::failure(Messages::tr("The key settings are not plausible."));
    std::shared_ptr<PracticeKey> key(new PracticeKey);
    key->m_parameters = parameters;
    key->m_bytes = static_cast<unsigned char *>(sodium_malloc(kSize));
    if (!key->m_bytes)
        return R::failure(Messages::tr("There is not enough memory to keep the encryption key."));
    const auto *salt = reinterpret_cast<const unsigned char *>(parameters.salt.constData());
    if (crypto_pwhash(key->m_bytes, kSize, passphrase.constData(),
                      static_cast<unsigned long long>(passphrase.size()), salt, parameters.opsLimit,
                      static_cast<size_t>(parameters.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return R::failure(Messages::tr("There is not enough memory to derive the encryption key."));
    sodium_mprotect_noaccess(key->m_bytes);
    return key;
}

PracticeKey::~PracticeKey()
{
    if (m_bytes)
        sodium_free(m_bytes); // zeroes before releasing
}

void PracticeKey::unlockForReading() const
{
    sodium_mprotect_readonly(m_bytes);
}

void PracticeKey::relock() const
{
    sodium_mprotect_noaccess(m_bytes);
}

QByteArray PracticeKey::check() const
{
    static const QByteArray context = QByteArrayLiteral("attune practice key check");
    return use([&](const unsigned char *k) { return secretstream::keyCheck(context, k, kSize, kCheckSize); });
}

} // namespace attune
