// The practice at a glance: how many couples are in each EFT stage, who has not been seen for a while,
// and whose distress is rising. Pure functions over the store's standings and recent outcome totals, so
// tests check the numbers directly; the caseload view only draws them.
#pragma once

#include "domain/Instruments.h"
#include "domain/Result.h"
#include "domain/Standing.h"

#include <QList>

#include <array>

namespace attune {

class PracticeStore;

inline constexpr int kDefaultNotSeenWeeks = 4;

// Distress is rising for a partner when, on the instrument that partner was scored on most recently,
// the latest total is worse (lower: every instrument we use scores satisfaction) than the one before
// by a change that matters clinically:
//   - the drop reaches the instrument's published reliable-change figure (RDAS: 12 points), or
//   - the total fell across the instrument's distress cutoff (from at or above it to below it).
// A one-point dip inside the distressed range (CSI-16 50 → 49) is measurement noise, not news: on a
// large practice flagging it buried the couples who really got worse. Attune knows no published
// reliable-change figure for the CSI, so there only the cutoff counts.
// A couple's distress is rising when it is rising for either partner. One total alone shows no trend.
enum class DistressRise { None, ReliableWorsening, CrossedIntoDistress };

struct PartnerDistress
{
    int partner = 0;
    Instrument instrument = Instrument::Csi16;
    double previous = 0;
    double latest = 0;
    QDate latestDate;
    DistressRise rise = DistressRise::None;
    // The drop as a share of the instrument's range, so changes on different instruments compare.
    double relativeDrop() const;
};

DistressRise classifyDistress(Instrument instrument, double previous, double latest);

struct CaseloadCouple
{
    CoupleStanding couple;
    // Whole weeks since the last session (or, without sessions, since intake); -1 when neither is known.
    int weeksUnseen = -1;
    qint64 daysUnseen = -1;
    QList<PartnerDistress> rising; // one entry per partner whose distress is rising
};

struct Caseload
{
    // Active couples only: paused and closed cases are not expected to be seen.
    int activeCouples = 0;
    std::array<int, 4> perStage{};        // [0]: no sessions yet; [1]..[3]: EFT stage of the latest session
    QList<CaseloadCouple> notSeen;        // longest unseen first
    QList<CaseloadCouple> distressRising; // largest relative drop first, then by name
};

// notSeenWeeks: an active couple is listed when more than notSeenWeeks * 7 days have passed since its
// last session (since intake when it has none yet).
Caseload buildCaseload(const QList<CoupleStanding> &couples, const QList<RecentOutcome> &outcomes,
                       QDate today, int notSeenWeeks);

// Two queries however large the practice, then buildCaseload for the store's today().
Result<Caseload> loadCaseload(const PracticeStore &store, int notSeenWeeks);

} // namespace attune
