// The clock is passed in, never read globally, so tests and the demo generator can fix "now".
#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <functional>

namespace attune {

using Clock = std::function<QDateTime()>; // returns UTC

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

inline Clock fixedClock(QDateTime utc)
{
    return [utc] { return utc; };
}

} // namespace attune
