// Test support for treatment plans: a couple with a two-goal draft plan.
#pragma once

#include "TestPractice.h"

#include "domain/TreatmentPlan.h"

namespace attune::test {

inline TreatmentPlan makePlan(qint64 coupleId)
{
    TreatmentPlan plan;
    plan.coupleId = coupleId;
    plan.version = 0;
    plan.date = fixedNow().date().addDays(-30);
    plan.notes = QStringLiteral("Plan agreed in the third session.");
    TreatmentGoal calm;
    calm.coupleWords = QStringLiteral("Stop the fights about dishes from exploding");
    calm.therapistWords = QStringLiteral("De-escalate the pursue-withdraw cycle");
    calm.objectives = QStringLiteral("Both name the cycle when it starts\nRepair within a day");
    calm.stage = 1;
    calm.step = 2;
    calm.interventions = QStringLiteral("Tracking the cycle, reframing");
    calm.targetDate = fixedNow().date().addDays(60);
    TreatmentGoal reach;
    reach.coupleWords = QStringLiteral("Feel close again");
    reach.therapistWords = QStringLiteral("Ben turns towards Ana and voices his fear");
    reach.stage = 2;
    reach.step = 5;
    reach.status = GoalStatus::Progressing;
    plan.goals = {calm, reach};
    return plan;
}

} // namespace attune::test
