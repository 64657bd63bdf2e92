// Internal to the demo generator: a couple's treatment plan, written before its sessions so each session
// can mark the goals of the steps it works in. The plan is signed at the session that agreed on it; goals
// are reviewed as the course reaches them.
#pragma once

#include "DemoCourse.h"

#include "domain/Result.h"

namespace attune {
class PracticeStore;
}

namespace attune::demo {

// Which goals a session in each step works on.
struct DemoGoalLinks
{
    QList<std::pair<std::array<int, 2>, qint64>> goals; // steps range, goal id
    QList<qint64> forStep(int step) const;
};

// Writes and signs the plan, agreed at the session reaching planAtProgress (the first one if none does),
// and the reviews the course has reached. UUIDs come from their own generator seeded by the couple's
// UUID, so the rest of the demo draws the same numbers with or without a plan.
Result<DemoGoalLinks> writeDemoTreatmentPlan(PracticeStore &store, qint64 coupleId, const QString &coupleUuid,
                                             const QList<GoalPlan> &goals, const Course &course,
                                             double planAtProgress);

QList<GoalPlan> johnAndMaryGoals();

} // namespace attune::demo
