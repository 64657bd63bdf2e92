// The key of a protected practice: derived once from the passphrase with Argon2id when the practice is
// opened or unlocked, then kept in libsodium's guarded memory (out of swap and core dumps) until the
// practice is closed or locked. The passphrase itself is never kept. The salt and cost travel with the
// file, so the same passphrase gives the same key on any machine.
#pragma once

#include "domain/Result.h"

#include <QByteArray>

#include <memory>

namespace attune {

// How much work deriving the key takes. Moderate is libsodium's "moderate" (256 MiB; about a second
// here) and the default for a practice; Interactive (64 MiB) is for tests and slow machines.
enum class PracticeKeyCost { Interactive, Moderate };

struct KeyParameters
{
    QByteArray salt; // crypto_pwhash_SALTBYTES
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
};

class PracticeKey
{
public:
    static constexpr int kSize = 32;      // crypto_secretstream_xchacha20poly1305_KEYBYTES
    static constexpr int kCheckSize = 16; // how a wrong passphrase is told from damage

    // A new key with a fresh random salt.
    static Result<std::shared_ptr<PracticeKey>> create(const QByteArray &passphrase, PracticeKeyCost cost);
    // The key a file's parameters and this passphrase give (right or wrong: compare check()).
    static Result<std::shared_ptr<PracticeKey>> derive(const QByteArray &passphrase,
                                                       const KeyParameters &parameters);
    // Limits read from a file are bounded, so a hostile header cannot make Attune allocate gigabytes.
    static bool plausible(const KeyParameters &parameters);

    ~PracticeKey();
    PracticeKey(const PracticeKey &) = delete;
    PracticeKey &operator=(const PracticeKey &) = delete;

    const KeyParameters &parameters() const { return m_parameters; }
    // A keyed hash of a fixed text: stored in the file, it names a wrong passphrase as such.
    QByteArray check() const;
    // The raw key, readable only for the duration of use(); never copied into ordinary memory.
    template<typename F> auto use(F &&f) const
    {
        unlockForReading();
        struct Relock
        {
            const PracticeKey *key;
            ~Relock() { key->relock(); }
        } relock{this};
        return f(m_bytes);
    }

private:
    PracticeKey() = default;
    void unlockForReading() const;
    void relock() const;

    unsigned char *m_bytes = nullptr; // sodium_malloc'd, kSize bytes, no access outside use()
    KeyParameters m_parameters;
};

} // namespace attune
