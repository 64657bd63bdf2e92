// A secret (the practice passphrase) held in memory only while it is needed: in libsodium's guarded
// allocation (locked out of swap and core dumps, with guard pages around it), unreadable except while
// it is being copied out, and wiped when cleared or destroyed.
#pragma once

#include <QByteArray>

namespace attune {

class SecretBuffer
{
public:
    SecretBuffer() = default;
    ~SecretBuffer();
    SecretBuffer(const SecretBuffer &) = delete;
    SecretBuffer &operator=(const SecretBuffer &) = delete;

    // Keeps a copy of secret (the caller wipes its own). False when the secure allocation failed; then
    // nothing is kept.
    bool set(const QByteArray &secret);
    void clear();
    bool isEmpty() const { return m_data == nullptr; }
    // A copy for one use; the caller wipes it (wipe() in Passphrase.h) as soon as it is done.
    QByteArray copy() const;

private:
    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace attune
