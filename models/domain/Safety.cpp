// The safety rule; see Safety.h.
#include "Safety.h"

#include "Couple.h"

#include <QCoreApplication>

namespace attune {
namespace {

// Messages::tr, not a free function calling translate(): lupdate files a string under the class it
// sees at the call, and the program must look it up under the same context.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Safety)
};

} // namespace

SafetyConcern safetyConcern(SafetyOutcome outcome, QDate screenDate, QDate today, int rescreenMonths)
{
    switch (outcome) {
    case SafetyOutcome::Contraindicated:
        return SafetyConcern::AbuseOngoing;
    case SafetyOutcome::NotScreened:
        return SafetyConcern::NotScreened;
    case SafetyOutcome::Monitor:
    case SafetyOutcome::NoConcerns:
        break;
    }
    // A screen without a date cannot show it is recent; one older than the period is due again.
    if (!screenDate.isValid() || screenDate.addMonths(rescreenMonths) < today)
        return SafetyConcern::Overdue;
    return outcome == SafetyOutcome::Monitor ? SafetyConcern::Monitor : SafetyConcern::None;
}

SafetyConcern safetyConcern(const SafetyScreen &latest, QDate today, int rescreenMonths)
{
    return safetyConcern(latest.outcome, latest.date, today, rescreenMonths);
}

QString safetyConcernKey(SafetyConcern concern)
{
    switch (concern) {
    case SafetyConcern::AbuseOngoing:
        return QStringLiteral("abuse_ongoing");
    case SafetyConcern::NotScreened:
        return QStringLiteral("not_screened");
    case SafetyConcern::Overdue:
        return QStringLiteral("overdue");
    case SafetyConcern::Monitor:
        return QStringLiteral("monitor");
    case SafetyConcern::None:
        break;
    }
    return QStringLiteral("none");
}

QString safetyFlagLabel(SafetyConcern concern)
{
    switch (concern) {
    case SafetyConcern::AbuseOngoing:
        return Messages::tr("Safety: abuse ongoing");
    case SafetyConcern::NotScreened:
        return Messages::tr("Safety: not screened");
    case SafetyConcern::Overdue:
        return Messages::tr("Safety: re-screen due");
    case SafetyConcern::Monitor:
        return Messages::tr("Safety: monitor");
    case SafetyConcern::None:
        break;
    }
    return {};
}

QString safetyConcernSentence(SafetyConcern concern, int rescreenMonths)
{
    switch (concern) {
    case SafetyConcern::AbuseOngoing:
        return Messages::tr(
            "Abuse ongoing: EFT couples therapy is contraindicated; joint sessions are not safe.");
    case SafetyConcern::NotScreened:
        return Messages::tr(
            "No safety screen on file: screen each partner separately before any joint session.");
    case SafetyConcern::Overdue:
        return Messages::tr(
            "The last safety screen is more than %n month(s) old: re-screen each partner separately "
            "before the next joint session.",
            nullptr, rescreenMonths);
    case SafetyConcern::Monitor:
        return Messages::tr("Concerns noted: check in on safety with each partner.");
    case SafetyConcern::None:
        break;
    }
    return {};
}

} // namespace attune
