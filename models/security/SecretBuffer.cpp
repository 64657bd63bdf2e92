// See SecretBuffer.h.
#include "SecretBuffer.h"

#include "Passphrase.h"

#include <sodium.h>

#include <cstring>

namespace attune {

SecretBuffer::~SecretBuffer()
{
    clear();
}

bool SecretBuffer::set(const QByteArray &secret)
{
    clear();
    if (secret.isEmpty() || !initialiseCrypto())
        return false;
    auto *data = static_cast<unsigned char *>(sodium_malloc(size_t(secret.size())));
    if (!data)
        return false;
    std::memcpy(data, secret.constData(), size_t(secret.size()));
    sodium_mprotect_noaccess(data);
    m_data = data;
    m_size = secret.size();
    return true;
}

void SecretBuffer::clear()
{
    if (!m_data)
        return;
    sodium_free(m_data); // zeroes the memory before releasing it (and lifts the protection itself)
    m_data = nullptr;
    m_size = 0;
}

QByteArray SecretBuffer::copy() const
{
    if (!m_data)
        return {};
    sodium_mprotect_readonly(m_data);
    QByteArray out(reinterpret_cast<const char *>(m_data), m_size);
    sodium_mprotect_noaccess(m_data);
    return out;
}

} // namespace attune
