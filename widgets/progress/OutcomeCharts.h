// The outcome-measure charts (one per instrument the therapist used: each partner's totals over time,
// the distress cutoff as a labelled dashed line, and a marker where the change from the first total
// reaches the instrument's reliable-change figure) and the secure-bond small multiples (one small chart
// per sign, both partners in each, on the same 0–10 scale so the five read side by side).
#pragma once

#include "ChartStyle.h"
#include "ProgressChart.h"

#include "progress/ProgressSeries.h"

#include <QList>

namespace attune {

// The instruments with at least one total, in a stable order.
QList<Instrument> instrumentsUsed(const ProgressData &data);
ProgressChart *buildOutcomeChart(const ProgressData &data, Instrument instrument,
                                 const ChartOptions &options);
ProgressChart *buildBondChart(const ProgressData &data, BondSign sign, const ChartOptions &options);

} // namespace attune
