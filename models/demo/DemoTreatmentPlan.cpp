#include "DemoTreatmentPlan.h"

#include "store/PracticeStore.h"

#include <QHash>

#include <algorithm>

namespace attune::demo {

QList<qint64> DemoGoalLinks::forStep(int step) const
{
    QList<qint64> ids;
    for (const auto &[range, id] : goals)
        if (step >= range[0] && step <= range[1])
            ids << id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<DemoGoalLinks> writeDemoTreatmentPlan(PracticeStore &store, qint64 coupleId, const QString &coupleUuid,
                                             const QList<GoalPlan> &goals, const Course &course,
                                             double planAtProgress)
{
    DemoGoalLinks links;
    if (goals.isEmpty() || course.dates.isEmpty())
        return links;
    DemoRandom rng(qHash(coupleUuid));
    const int agreedAt = std::max(0, sessionReaching(course, planAtProgress));
    TreatmentPlan plan;
    plan.uuid = rng.uuid();
    plan.coupleId = coupleId;
    plan.version = 1;
    plan.date = course.dates[agreedAt];
    plan.notes = QStringLiteral("Agreed with both partners after the assessment sessions.");
    for (const GoalPlan &g : goals) {
        TreatmentGoal goal;
        goal.uuid = rng.uuid();
        goal.coupleWords = g.coupleWords;
        goal.therapistWords = g.therapistWords;
        goal.objectives = g.objectives;
        goal.interventions = g.interventions;
        goal.step = g.step;
        goal.stage = stageOfStep(g.step);
        goal.targetDate = plan.date.addDays(7 * g.targetWeeks);
        plan.goals << goal;
    }
    const Result<qint64> planId = store.createTreatmentPlan(plan);
    if (!planId)
        return planId.status();
    if (const Status s = store.signTreatmentPlan(*planId); !s)
        return s;
    const Result<TreatmentPlan> stored = store.treatmentPlan(*planId);
    if (!stored)
        return stored.status();
    for (qsizetype i = 0; i < goals.size() && i < stored->goals.size(); ++i) {
        const TreatmentGoal &goal = stored->goals.at(i);
        links.goals.append({goals.at(i).steps, goal.id});
        // A review when the course first works on the goal, and one when it is met.
        const int started = sessionReaching(course, goals.at(i).steps[0]);
        if (started > agreedAt) {
            GoalReview review;
            review.uuid = rng.uuid();
            review.goalId = goal.id;
            review.date = course.dates[started];
            review.status = GoalStatus::Progressing;
            review.note = QStringLiteral("Work on this goal has begun in session.");
            if (const auto r = store.addGoalReview(review); !r)
                return r.status();
        }
        const int met =
            goals.at(i).metAtProgress > 0 ? sessionReaching(course, goals.at(i).metAtProgress) : -1;
        if (met > started && met >= 0) {
            GoalReview review;
            review.uuid = rng.uuid();
            review.goalId = goal.id;
            review.date = course.dates[met];
            review.status = GoalStatus::Met;
            review.note = QStringLiteral("Both partners describe the change in their own words.");
            if (const auto r = store.addGoalReview(review); !r)
                return r.status();
        }
    }
    return links;
}

QList<GoalPlan> johnAndMaryGoals()
{
    GoalPlan calm;
    calm.coupleWords = QStringLiteral("Stop the fights that end with John in the study and days of silence");
    calm.therapistWords =
        QStringLiteral("De-escalate the pursue–withdraw cycle: both partners name it and its "
                       "triggers, and repair after a fight");
    calm.objectives = QStringLiteral("Name the cycle when it starts\nRepair within a day after a fight\nNo "
                                     "more than one day of silence");
    calm.interventions =
        QStringLiteral("Tracking the cycle, reflection, validation, reframing the cycle as the "
                       "enemy");
    calm.step = 2;
    calm.steps = {1, 4};
    calm.targetWeeks = 12;
    calm.metAtProgress = 5.0;
    GoalPlan reach;
    reach.coupleWords = QStringLiteral("John lets Mary in when he feels he got it wrong");
    reach.therapistWords =
        QStringLiteral("Withdrawer re-engagement: John reaches and voices his fear of failing "
                       "Mary, and states what he needs");
    reach.objectives = QStringLiteral("John names fear instead of going quiet\nJohn asks for what he needs");
    reach.interventions = QStringLiteral("Evocative responding, heightening, enactments");
    reach.step = 5;
    reach.steps = {5, 6};
    reach.targetWeeks = 24;
    reach.metAtProgress = 7.0;
    GoalPlan soften;
    soften.coupleWords = QStringLiteral("Mary can ask for closeness without it turning into an attack");
    soften.therapistWords =
        QStringLiteral("Blamer softening: Mary asks, from vulnerability, for comfort and reassurance");
    soften.objectives = QStringLiteral("Mary names the fear under the anger\nMary asks John to hold her");
    soften.interventions = QStringLiteral("Empathic conjecture, heightening, softening enactments");
    soften.step = 7;
    soften.steps = {6, 7};
    soften.targetWeeks = 30;
    soften.metAtProgress = 8.0;
    GoalPlan close;
    close.coupleWords =
        QStringLiteral("Feel close again: affection, and time together now the kids are gone");
    close.therapistWords = QStringLiteral("Consolidation: new solutions to old problems from the new, secure "
                                          "positions");
    close.objectives = QStringLiteral("A weekly evening together\nTalk about the empty nest without a fight");
    close.interventions = QStringLiteral("Reflecting the new cycle, validation, consolidating narratives");
    close.step = 9;
    close.steps = {8, 9};
    close.targetWeeks = 40;
    return {calm, reach, soften, close};
}

} // namespace attune::demo
