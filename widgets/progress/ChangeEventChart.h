// The change-event chart: the level (none, emerging, partial, complete) of withdrawer re-engagement and
// of blamer softening at each session, over time, with the EFT stages shaded behind and the first
// complete event of each kind called out. Each kind is drawn in the colour, line style and marker of the
// partner who showed it, so it matches the cycle diagram and never relies on colour alone.
#pragma once

#include "ChartStyle.h"
#include "ProgressChart.h"

#include "progress/ProgressSeries.h"

namespace attune {

// seriesPartners: which partner's style each kind takes (eventSeriesPartners()).
ProgressChart *buildChangeEventChart(const ProgressData &data, std::array<int, 2> seriesPartners,
                                     const ChartOptions &options);

// The text shown when hovering a change-event point: date, kind and level, who, and the anchor quote.
QString changeEventTooltip(const EventPoint &point, ChangeEventKind kind, const ChartOptions &options);

} // namespace attune
