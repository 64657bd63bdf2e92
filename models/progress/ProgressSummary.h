// Text alternatives for the progress charts: one sentence per chart saying what its lines show, built
// from the same ProgressData the charts draw, so a screen reader, the report and the tests read the
// numbers the picture shows (issue 13, item 18). Plain text, translated, no widgets.
#pragma once

#include "ProgressSeries.h"

#include <QLocale>
#include <QString>

#include <array>

namespace attune {

// "CSI-16: Ana 41 → 65, Ben 34 → 55 over 9 sessions; distress cutoff 51.5" (each partner's first and
// latest total of the instrument, the sessions charted, the cutoff); empty when nobody has a total.
QString outcomeSummary(const ProgressData &data, Instrument instrument, const std::array<QString, 2> &names,
                       const QLocale &locale = QLocale());
// "Over 9 sessions: Withdrawer re-engagement: complete on 3 Mar 2026 (Ben); Blamer softening: partial so
// far" — the furthest each change event has come over the sessions charted.
QString changeEventSummary(const ProgressData &data, const std::array<QString, 2> &names,
                           const QLocale &locale = QLocale());
// "Tuning in: Ana 3 → 7, Ben 4 → 6 over 5 ratings" (rated 0–10); empty when nobody rated it.
QString bondSummary(const ProgressData &data, BondSign sign, const std::array<QString, 2> &names,
                    const QLocale &locale = QLocale());

} // namespace attune
