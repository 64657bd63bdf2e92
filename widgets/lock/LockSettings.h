// Where the practice lock keeps its settings: in the practice file, so the lock travels with the practice
// and every window on it agrees.
#pragma once

#include <QString>

namespace attune::lock {

inline QString hashKey() // an Argon2id hash string; empty or absent when no passphrase is set
{
    return QStringLiteral("lock_hash");
}
inline QString idleMinutesKey() // whole minutes of inactivity before the practice locks itself
{
    return QStringLiteral("lock_idle_minutes");
}
constexpr int kDefaultIdleMinutes = 10;
constexpr int kMinimumPassphraseLength = 8;

} // namespace attune::lock
