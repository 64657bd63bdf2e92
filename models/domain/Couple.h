// A couple — the unit of care — and its two partners.
#pragma once

#include "ContactDetails.h"
#include "Enums.h"
#include "Record.h"
#include "Safety.h"

#include <QDate>
#include <QStringList>

#include <array>

namespace attune {

inline constexpr int kNeedScaleMax = 10; // closeness and alone-time needs: 0 (none) to 10 (strong)

struct Partner : Record
{
    QString name;
    QString pronouns;
    QString language; // BCP 47 code of the partner's preferred language, e.g. "es"
    CyclePosition position = CyclePosition::Pursuer;
    int closenessNeed = 5;
    int aloneNeed = 5;
    ContactDetails contact; // phone, e-mail, address, emergency contact (issue 16)

    friend bool operator==(const Partner &, const Partner &) = default;
};

struct SafetyScreen
{
    SafetyOutcome outcome = SafetyOutcome::NotScreened; // NotScreened means no screen done yet
    QDate date;
    QString notes;

    bool done() const { return outcome != SafetyOutcome::NotScreened; }
    bool needsAttention() const
    {
        return outcome == SafetyOutcome::NotScreened || outcome == SafetyOutcome::Monitor ||
               outcome == SafetyOutcome::Contraindicated;
    }
    friend bool operator==(const SafetyScreen &, const SafetyScreen &) = default;
};

struct Couple : Record
{
    QString name; // the case name shown in lists, e.g. "Mary & John Carter"
    CoupleStatus status = CoupleStatus::Active;
    CyclePattern pattern = CyclePattern::PursueWithdraw;
    QDate intakeDate;
    QDate closingDate; // null while the case is open
    QString presentingConcerns;
    QStringList tags;
    SafetyScreen safety;               // the latest screen: what the work goes by
    QList<SafetyScreen> safetyHistory; // the screens before it, oldest first, each on an earlier date
    std::array<Partner, 2> partners;
    Referral referral; // who sent the couple (issue 16)

    friend bool operator==(const Couple &, const Couple &) = default;
};

// One row of the couples list: what a list or the command line shows without loading the record.
struct CoupleSummary
{
    qint64 id = 0;
    QString uuid;
    QString name;
    CoupleStatus status = CoupleStatus::Active;
    CyclePattern pattern = CyclePattern::PursueWithdraw;
    std::array<QString, 2> partnerNames;
    std::array<CyclePosition, 2> positions{};
    QStringList tags;
    int sessionCount = 0;
    QDate lastSessionDate; // null without sessions
    int stage = 0;         // of the latest session; 0 without sessions
    int step = 0;
    bool archived = false;
    SafetyConcern safety = SafetyConcern::None; // of the latest screen, on the store's today

    friend bool operator==(const CoupleSummary &, const CoupleSummary &) = default;
};

} // namespace attune
