// Internal to the store: the treatment plan's columns and row readers, and loading plans with their goals
// and reviews, shared by TreatmentPlanQueries.cpp (plans) and TreatmentGoalQueries.cpp (goals, reviews).
#pragma once

#include "SqlStatement.h"
#include "domain/TreatmentPlan.h"

#include <QHash>

namespace attune::plan_rows {

inline const QString kPlanColumns =
    QStringLiteral("p.id, p.uuid, p.couple_id, p.version, p.plan_date, p.notes, "
                   "p.signed_at, p.signed_by, p.content_hash, p.archived, "
                   "p.created_at, p.modified_at");
inline const QString kGoalColumns = QStringLiteral(
    "g.id, g.uuid, g.plan_id, g.couple_words, g.therapist_words, g.objectives, g.stage, g.step, "
    "g.interventions, g.target_date, g.status, g.archived, g.created_at, g.modified_at");
inline const QString kReviewColumns =
    QStringLiteral("r.id, r.uuid, r.goal_id, r.review_date, r.status, r.note, r.created_at, r.modified_at");

inline TreatmentPlan readPlanRow(const SqlStatement &q)
{
    TreatmentPlan p;
    p.id = q.integer(0);
    p.uuid = q.text(1);
    p.coupleId = q.integer(2);
    p.version = static_cast<int>(q.integer(3));
    p.date = q.date(4);
    p.notes = q.text(5);
    p.signedAt = q.timestamp(6);
    p.signedBy = q.text(7);
    p.contentHash = q.text(8);
    p.archived = q.integer(9) != 0;
    p.created = q.timestamp(10);
    p.modified = q.timestamp(11);
    return p;
}

inline TreatmentGoal readGoalRow(const SqlStatement &q)
{
    TreatmentGoal g;
    g.id = q.integer(0);
    g.uuid = q.text(1);
    g.planId = q.integer(2);
    g.coupleWords = q.text(3);
    g.therapistWords = q.text(4);
    g.objectives = q.text(5);
    g.stage = static_cast<int>(q.integer(6));
    g.step = static_cast<int>(q.integer(7));
    g.interventions = q.text(8);
    g.targetDate = q.date(9);
    g.status = fromKey<GoalStatus>(q.text(10)).value_or(GoalStatus::Open);
    g.archived = q.integer(11) != 0;
    g.created = q.timestamp(12);
    g.modified = q.timestamp(13);
    return g;
}

inline GoalReview readReviewRow(const SqlStatement &q, int first)
{
    GoalReview r;
    r.id = q.integer(first);
    r.uuid = q.text(first + 1);
    r.goalId = q.integer(first + 2);
    r.date = q.date(first + 3);
    r.status = fromKey<GoalStatus>(q.text(first + 4)).value_or(GoalStatus::Open);
    r.note = q.text(first + 5);
    r.created = q.timestamp(first + 6);
    r.modified = q.timestamp(first + 7);
    return r;
}

// Loads the plans matching scope (a condition on treatment_plans p with one bound value :scope), each
// with its current goals in order and each goal's reviews: three statements however many plans.
inline Result<QList<TreatmentPlan>> loadPlans(const QSqlDatabase &db, const QString &scope, qint64 scopeValue)
{
    QList<TreatmentPlan> plans;
    QHash<qint64, qsizetype> planIndex;
    {
        SqlStatement q(db, QStringLiteral("SELECT ") + kPlanColumns +
                               QStringLiteral(" FROM treatment_plans p WHERE ") + scope +
                               QStringLiteral(" ORDER BY p.version"));
        q.bind(QStringLiteral(":scope"), scopeValue);
        if (auto s = q.exec(); !s)
            return s;
        while (q.next()) {
            plans.append(readPlanRow(q));
            planIndex.insert(plans.last().id, plans.size() - 1);
        }
    }
    if (plans.isEmpty())
        return plans;
    QHash<qint64, QPair<qsizetype, qsizetype>> goalIndex; // goal id -> (plan, goal) positions
    {
        SqlStatement q(db, QStringLiteral("SELECT ") + kGoalColumns +
                               QStringLiteral(" FROM treatment_goals g JOIN treatment_plans p ON p.id = "
                                              "g.plan_id WHERE g.archived = 0 AND ") +
                               scope + QStringLiteral(" ORDER BY g.plan_id, g.position, g.id"));
        q.bind(QStringLiteral(":scope"), scopeValue);
        if (auto s = q.exec(); !s)
            return s;
        while (q.next()) {
            const TreatmentGoal g = readGoalRow(q);
            const qsizetype planAt = planIndex.value(g.planId, -1);
            if (planAt < 0)
                continue;
            plans[planAt].goals.append(g);
            goalIndex.insert(g.id, {planAt, plans[planAt].goals.size() - 1});
        }
    }
    SqlStatement q(db, QStringLiteral("SELECT ") + kReviewColumns +
                           QStringLiteral(" FROM goal_reviews r JOIN treatment_goals g ON g.id = r.goal_id "
                                          "JOIN treatment_plans p ON p.id = g.plan_id WHERE ") +
                           scope + QStringLiteral(" ORDER BY r.review_date, r.id"));
    q.bind(QStringLiteral(":scope"), scopeValue);
    if (auto s = q.exec(); !s)
        return s;
    while (q.next()) {
        const GoalReview r = readReviewRow(q, 0);
        const auto at = goalIndex.constFind(r.goalId);
        if (at != goalIndex.cend())
            plans[at->first].goals[at->second].reviews.append(r);
    }
    return plans;
}

} // namespace attune::plan_rows
