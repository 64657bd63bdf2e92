// What a couple's safety screen means for the work, today: whether EFT may go on as joint sessions, and
// why not. One rule for every view (the couple list, the Overview, the brief, the Today page, the report
// and Session → New Session), so no two of them can disagree about a couple's safety.
#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

namespace attune {

struct SafetyScreen;

// How often a couple is re-screened for intimate-partner violence unless the practice says otherwise.
inline constexpr int kDefaultRescreenMonths = 6;
inline constexpr int kMinRescreenMonths = 1;
inline constexpr int kMaxRescreenMonths = 36;

// From most to least serious. The first three are a red flag: joint sessions need an explicit,
// audited confirmation. Monitor is the yellow "keep checking in".
enum class SafetyConcern { AbuseOngoing, NotScreened, Overdue, Monitor, None };

SafetyConcern safetyConcern(SafetyOutcome outcome, QDate screenDate, QDate today, int rescreenMonths);
SafetyConcern safetyConcern(const SafetyScreen &latest, QDate today, int rescreenMonths);

inline bool isRedFlag(SafetyConcern concern)
{
    return concern == SafetyConcern::AbuseOngoing || concern == SafetyConcern::NotScreened ||
           concern == SafetyConcern::Overdue;
}

// Stable names for JSON, the audit trail and item-model roles: abuse_ongoing, not_screened, overdue,
// monitor, none.
QString safetyConcernKey(SafetyConcern concern);
// The flag's short words ("Safety: abuse ongoing"), for a list row or a badge.
QString safetyFlagLabel(SafetyConcern concern);
// One sentence that names the contraindication, for the brief, the report and the confirmation.
QString safetyConcernSentence(SafetyConcern concern, int rescreenMonths);

} // namespace attune
