// Where the practice lock keeps its settings: in the practice file, so the lock travels with the practice
// and every window on it agrees.
#pragma once

#include <QString>

#include <algorithm>
#include <chrono>

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

// How long unlocking waits after the n-th wrong passphrase in a row: first·2^(n-1), at most cap.
inline std::chrono::milliseconds retryDelay(int failures, std::chrono::milliseconds first,
                                            std::chrono::milliseconds cap)
{
    const qint64 factor = qint64(1) << std::clamp(failures - 1, 0, 20);
    return std::min<std::chrono::milliseconds>(first * factor, cap);
}

} // namespace attune::lock
