// Reading and writing the goals of a treatment plan and the goals' reviews.
#include "PracticeStore.h"

#include "SqlStatement.h"
#include "TreatmentPlanRows.h"
#include "domain/TreatmentPlanRules.h"

namespace attune {

using namespace plan_rows;

Result<TreatmentGoal> PracticeStore::treatmentGoal(qint64 goalId) const
{
    const auto planId = planOfGoal(goalId);
    if (!planId)
        return planId.status();
    const auto plans = loadPlans(m_db, QStringLiteral("p.id = :scope"), *planId);
    if (!plans)
        return plans.status();
    for (const TreatmentPlan &p : *plans)
        for (const TreatmentGoal &g : p.goals)
            if (g.id == goalId)
                return g;
    // An archived goal is not among its plan's goals: read it on its own.
    SqlStatement q(m_db, QStringLiteral("SELECT ") + kGoalColumns +
                             QStringLiteral(" FROM treatment_goals g WHERE g.id = :id"));
    q.bind(QStringLiteral(":id"), goalId);
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Result<TreatmentGoal>::failure(tr("That goal no longer exists."));
    TreatmentGoal goal = readGoalRow(q);
    SqlStatement r(
        m_db, QStringLiteral("SELECT ") + kReviewColumns +
                  QStringLiteral(" FROM goal_reviews r WHERE r.goal_id = :id ORDER BY r.review_date, r.id"));
    r.bind(QStringLiteral(":id"), goalId);
    if (auto s = r.exec(); !s)
        return s;
    while (r.next())
        goal.reviews.append(readReviewRow(r, 0));
    return goal;
}

Result<qint64> PracticeStore::createTreatmentGoal(const TreatmentGoal &goal)
{
    if (goal.isStored())
        return Result<qint64>::failure(tr("This goal is already in the practice."));
    return insertTreatmentGoal(goal, -1);
}

Status PracticeStore::restoreTreatmentGoal(const TreatmentGoal &goal)
{
    if (!goal.isStored())
        return Status::failure(tr("Only a goal that was stored before can be restored."));
    return transaction([&]() -> Status {
        if (auto id = insertTreatmentGoal(goal, -1); !id)
            return id.status();
        for (const GoalReview &review : goal.reviews)
            if (auto r = insertGoalReview(review); !r)
                return r.status();
        return Status::ok();
    });
}

// position < 0 appends the goal after its plan's others.
Result<qint64> PracticeStore::insertTreatmentGoal(const TreatmentGoal &goal, int position)
{
    const auto coupleId = coupleOfPlan(goal.planId);
    if (!coupleId)
        return coupleId.status();
    if (auto s = validateTreatmentGoal(goal); !s)
        return s;
    qint64 goalId = 0;
    const Status written = transaction([&]() -> Status {
        const QDateTime stamp = now();
        SqlStatement q(m_db, QStringLiteral(R"(
            INSERT INTO treatment_goals (id, uuid, plan_id, position, couple_words, therapist_words, objectives,
                                         stage, step, interventions, target_date, status, archived, created_at,
                                         modified_at)
            VALUES (:id, :uuid, :plan,
                    CASE WHEN :position < 0 THEN (SELECT coalesce(max(position), -1) + 1 FROM treatment_goals
                                                  WHERE plan_id = :plan) ELSE :position END,
                    :couple_words, :therapist_words, :objectives, :stage, :step, :interventions, :target,
                    :status, :archived, :created, :modified))"));
        q.bind(QStringLiteral(":id"), idOrNull(goal.id))
            .bind(QStringLiteral(":uuid"), goal.uuid.isEmpty() ? newUuid() : goal.uuid)
            .bind(QStringLiteral(":plan"), goal.planId)
            .bind(QStringLiteral(":position"), position)
            .bind(QStringLiteral(":couple_words"), goal.coupleWords)
            .bind(QStringLiteral(":therapist_words"), goal.therapistWords)
            .bind(QStringLiteral(":objectives"), goal.objectives)
            .bind(QStringLiteral(":stage"), goal.stage)
            .bind(QStringLiteral(":step"), goal.step)
            .bind(QStringLiteral(":interventions"), goal.interventions)
            .bind(QStringLiteral(":target"), goal.targetDate)
            .bind(QStringLiteral(":status"), toKey(goal.status))
            .bind(QStringLiteral(":archived"), goal.archived)
            .bind(QStringLiteral(":created"), goal.created.isValid() ? goal.created : stamp)
            .bind(QStringLiteral(":modified"), goal.modified.isValid() ? goal.modified : stamp);
        if (auto s = q.exec(); !s)
            return s;
        goalId = q.lastInsertId();
        announce(Change::TreatmentPlan, *coupleId);
        return Status::ok();
    });
    if (!written)
        return written;
    return goalId;
}

Status PracticeStore::updateTreatmentGoal(const TreatmentGoal &goal)
{
    const auto stored = treatmentGoal(goal.id);
    if (!stored)
        return stored.status();
    if (stored->planId != goal.planId)
        return Status::failure(tr("A goal cannot move to another treatment plan."));
    const auto plan = treatmentPlan(goal.planId);
    if (!plan)
        return plan.status();
    if (plan->isSigned())
        return Status::failure(
            tr("This treatment plan is signed and cannot be changed; start a new version."));
    if (auto s = validateTreatmentGoal(goal); !s)
        return s;
    return transaction([&]() -> Status {
        SqlStatement q(m_db, QStringLiteral(R"(
            UPDATE treatment_goals SET couple_words = :couple_words, therapist_words = :therapist_words,
                objectives = :objectives, stage = :stage, step = :step, interventions = :interventions,
                target_date = :target, status = :status, archived = :archived, modified_at = :now
            WHERE id = :id)"));
        q.bind(QStringLiteral(":couple_words"), goal.coupleWords)
            .bind(QStringLiteral(":therapist_words"), goal.therapistWords)
            .bind(QStringLiteral(":objectives"), goal.objectives)
            .bind(QStringLiteral(":stage"), goal.stage)
            .bind(QStringLiteral(":step"), goal.step)
            .bind(QStringLiteral(":interventions"), goal.interventions)
            .bind(QStringLiteral(":target"), goal.targetDate)
            .bind(QStringLiteral(":status"), toKey(goal.status))
            .bind(QStringLiteral(":archived"), goal.archived)
            .bind(QStringLiteral(":now"), now())
            .bind(QStringLiteral(":id"), goal.id);
        if (auto s = q.execChangingOneRow(tr("That goal no longer exists.")); !s)
            return s;
        announce(Change::TreatmentPlan, plan->coupleId);
        return Status::ok();
    });
}

Status PracticeStore::setTreatmentGoalArchived(qint64 goalId, bool archived)
{
    auto goal = treatmentGoal(goalId);
    if (!goal)
        return goal.status();
    goal->archived = archived;
    return updateTreatmentGoal(*goal);
}

Status PracticeStore::purgeTreatmentGoal(qint64 goalId)
{
    const auto planId = planOfGoal(goalId);
    if (!planId)
        return planId.status();
    const auto coupleId = coupleOfPlan(*planId);
    if (!coupleId)
        return coupleId.status();
    return transaction([&]() -> Status {
        if (auto s = purge("treatment_goals", goalId); !s)
            return s;
        announce(Change::TreatmentPlan, *coupleId);
        return Status::ok();
    });
}

Result<GoalReview> PracticeStore::goalReview(qint64 reviewId) const
{
    SqlStatement q(m_db, QStringLiteral("SELECT ") + kReviewColumns +
                             QStringLiteral(" FROM goal_reviews r WHERE r.id = :id"));
    q.bind(QStringLiteral(":id"), reviewId);
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Result<GoalReview>::failure(tr("That review no longer exists."));
    return readReviewRow(q, 0);
}

Result<qint64> PracticeStore::addGoalReview(const GoalReview &review)
{
    if (review.isStored())
        return Result<qint64>::failure(tr("This review is already in the practice."));
    return insertGoalReview(review);
}

Status PracticeStore::restoreGoalReview(const GoalReview &review)
{
    if (!review.isStored())
        return Status::failure(tr("Only a review that was stored before can be restored."));
    return insertGoalReview(review).status();
}

Result<qint64> PracticeStore::insertGoalReview(const GoalReview &review)
{
    const auto planId = planOfGoal(review.goalId);
    if (!planId)
        return planId.status();
    const auto coupleId = coupleOfPlan(*planId);
    if (!coupleId)
        return coupleId.status();
    if (auto s = validateGoalReview(review, today()); !s)
        return s;
    qint64 reviewId = 0;
    const Status written = transaction([&]() -> Status {
        const QDateTime stamp = now();
        SqlStatement q(m_db, QStringLiteral(R"(
            INSERT INTO goal_reviews (id, uuid, goal_id, review_date, status, note, created_at, modified_at)
            VALUES (:id, :uuid, :goal, :date, :status, :note, :created, :modified))"));
        q.bind(QStringLiteral(":id"), idOrNull(review.id))
            .bind(QStringLiteral(":uuid"), review.uuid.isEmpty() ? newUuid() : review.uuid)
            .bind(QStringLiteral(":goal"), review.goalId)
            .bind(QStringLiteral(":date"), review.date)
            .bind(QStringLiteral(":status"), toKey(review.status))
            .bind(QStringLiteral(":note"), review.note.trimmed())
            .bind(QStringLiteral(":created"), review.created.isValid() ? review.created : stamp)
            .bind(QStringLiteral(":modified"), review.modified.isValid() ? review.modified : stamp);
        if (auto s = q.exec(); !s)
            return s;
        reviewId = q.lastInsertId();
        announce(Change::TreatmentPlan, *coupleId);
        return Status::ok();
    });
    if (!written)
        return written;
    return reviewId;
}

Status PracticeStore::purgeGoalReview(qint64 reviewId)
{
    const auto review = goalReview(reviewId);
    if (!review)
        return review.status();
    const auto planId = planOfGoal(review->goalId);
    if (!planId)
        return planId.status();
    const auto coupleId = coupleOfPlan(*planId);
    if (!coupleId)
        return coupleId.status();
    return transaction([&]() -> Status {
        if (auto s = purge("goal_reviews", reviewId); !s)
            return s;
        announce(Change::TreatmentPlan, *coupleId);
        return Status::ok();
    });
}

} // namespace attune
