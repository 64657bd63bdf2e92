// See PracticeKey.h.
#include "PracticeKey.h"

#include "Passphrase.h"

#include <QCoreApplication>

#include <sodium.h>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Security)
};

static_assert(PracticeKey::kSize == crypto_secretstream_xchacha20poly1305_KEYBYTES);

} // namespace

Result<std::shared_ptr<PracticeKey>> PracticeKey::create(const QByteArray &passphrase, PracticeKeyCost cost)
{
    if (auto s = initialiseCrypto(); !s)
        return s;
    KeyParameters p;
    p.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(p.salt.data(), size_t(p.salt.size()));
    const bool moderate = cost == PracticeKeyCost::Moderate;
    p.opsLimit = moderate ? crypto_pwhash_OPSLIMIT_MODERATE : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    p.memLimit = moderate ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    return derive(passphrase, p);
}

bool PracticeKey::plausible(const KeyParameters &p)
{
    return p.salt.size() == crypto_pwhash_SALTBYTES && p.opsLimit >= crypto_pwhash_OPSLIMIT_MIN &&
           p.opsLimit <= crypto_pwhash_OPSLIMIT_SENSITIVE && p.memLimit >= crypto_pwhash_MEMLIMIT_MIN &&
           p.memLimit <= crypto_pwhash_MEMLIMIT_SENSITIVE;
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
    QByteArray out(kCheckSize, Qt::Uninitialized);
    use([&](const unsigned char *k) {
        crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), kCheckSize,
                           reinterpret_cast<const unsigned char *>(context.constData()),
                           size_t(context.size()), k, kSize);
        return 0;
    });
    return out;
}

} // namespace attune
