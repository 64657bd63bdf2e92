#include "PlanProgress.h"

#include <algorithm>

namespace attune {
namespace {

const TreatmentGoal *findGoal(const QList<TreatmentPlan> &plans, qint64 id, int *version)
{
    for (const TreatmentPlan &p : plans)
        for (const TreatmentGoal &g : p.goals)
            if (g.id == id) {
                *version = p.version;
                return &g;
            }
    return nullptr;
}

QList<Session> byDate(QList<Session> sessions)
{
    std::stable_sort(sessions.begin(), sessions.end(),
                     [](const Session &a, const Session &b) { return a.date < b.date; });
    return sessions;
}

} // namespace

QList<TreatmentGoal> goalsDueForReview(const QList<TreatmentPlan> &plans, QDate today)
{
    QList<TreatmentGoal> due;
    if (plans.isEmpty())
        return due;
    for (const TreatmentGoal &g : plans.last().goals)
        if (g.isDueForReview(today, plans.last().date))
            due << g;
    return due;
}

QList<GoalProgress> goalsWorkedOnLately(const QList<TreatmentPlan> &plans, const QList<Session> &sessions,
                                        int count)
{
    const QList<Session> sorted = byDate(sessions);
    QList<GoalProgress> result;
    for (qsizetype i = sorted.size() - 1; i >= 0 && i >= sorted.size() - count; --i) {
        for (qint64 id : sorted.at(i).goalIds) {
            auto seen = std::find_if(result.begin(), result.end(),
                                     [id](const GoalProgress &p) { return p.goal.id == id; });
            if (seen != result.end()) {
                ++seen->sessionsWorkedOn;
                continue;
            }
            int version = 0;
            if (const TreatmentGoal *g = findGoal(plans, id, &version))
                result << GoalProgress{*g, version, 1, sorted.at(i).date};
        }
    }
    return result;
}

QList<GoalProgress> planProgress(const QList<TreatmentPlan> &plans, const QList<Session> &sessions)
{
    QList<GoalProgress> result;
    if (plans.isEmpty())
        return result;
    for (const TreatmentGoal &g : plans.last().goals) {
        GoalProgress p{g, plans.last().version, 0, {}};
        for (const Session &s : sessions)
            if (s.goalIds.contains(g.id)) {
                ++p.sessionsWorkedOn;
                if (!p.lastWorkedOn.isValid() || s.date > p.lastWorkedOn)
                    p.lastWorkedOn = s.date;
            }
        result << p;
    }
    return result;
}

} // namespace attune
