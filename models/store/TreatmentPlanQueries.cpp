// Reading and writing treatment plans, their goals and the goals' reviews.
#include "PracticeStore.h"

#include "QueryParts.h"
#include "SqlStatement.h"
#include "domain/TreatmentPlanRules.h"

#include <QHash>

namespace attune {
namespace {

const QString kPlanColumns = QStringLiteral("p.id, p.uuid, p.couple_id, p.version, p.plan_date, p.notes, "
                                            "p.signed_at, p.signed_by, p.content_hash, p.archived, "
                                            "p.created_at, p.modified_at");
const QString kGoalColumns = QStringLiteral(
    "g.id, g.uuid, g.plan_id, g.couple_words, g.therapist_words, g.objectives, g.stage, g.step, "
    "g.interventions, g.target_date, g.status, g.archived, g.created_at, g.modified_at");
const QString kReviewColumns =
    QStringLiteral("r.id, r.uuid, r.goal_id, r.review_date, r.status, r.note, r.created_at, r.modified_at");

TreatmentPlan readPlanRow(const SqlStatement &q)
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

TreatmentGoal readGoalRow(const SqlStatement &q)
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

GoalReview readReviewRow(const SqlStatement &q, int first)
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
Result<QList<TreatmentPlan>> loadPlans(const QSqlDatabase &db, const QString &scope, qint64 scopeValue)
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

} // namespace

Result<QList<TreatmentPlan>> PracticeStore::treatmentPlans(qint64 coupleId, ArchiveFilter filter) const
{
    return loadPlans(m_db,
                     QStringLiteral("p.couple_id = :scope AND ") +
                         archiveClause(filter, QStringLiteral("p.archived")),
                     coupleId);
}

Result<TreatmentPlan> PracticeStore::treatmentPlan(qint64 planId) const
{
    const auto found = loadPlans(m_db, QStringLiteral("p.id = :scope"), planId);
    if (!found)
        return found.status();
    if (found->isEmpty())
        return Result<TreatmentPlan>::failure(tr("That treatment plan no longer exists."));
    return found->first();
}

Result<qint64> PracticeStore::coupleOfPlan(qint64 planId) const
{
    SqlStatement q(m_db, QStringLiteral("SELECT couple_id FROM treatment_plans WHERE id = :id"));
    q.bind(QStringLiteral(":id"), planId);
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Result<qint64>::failure(tr("That treatment plan no longer exists."));
    return q.integer(0);
}

Result<qint64> PracticeStore::planOfGoal(qint64 goalId) const
{
    SqlStatement q(m_db, QStringLiteral("SELECT plan_id FROM treatment_goals WHERE id = :id"));
    q.bind(QStringLiteral(":id"), goalId);
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Result<qint64>::failure(tr("That goal no longer exists."));
    return q.integer(0);
}

Result<qint64> PracticeStore::createTreatmentPlan(const TreatmentPlan &plan)
{
    if (plan.isStored())
        return Result<qint64>::failure(tr("This treatment plan is already in the practice."));
    return insertTreatmentPlan(plan);
}

Status PracticeStore::restoreTreatmentPlan(const TreatmentPlan &plan)
{
    if (!plan.isStored())
        return Status::failure(tr("Only a treatment plan that was stored before can be restored."));
    return insertTreatmentPlan(plan).status();
}

Result<qint64> PracticeStore::insertTreatmentPlan(const TreatmentPlan &plan)
{
    if (auto owner = couple(plan.coupleId); !owner)
        return owner.status();
    if (auto s = validateTreatmentPlan(plan, today()); !s)
        return s;
    qint64 planId = 0;
    const Status written = transaction([&]() -> Status {
        int version = plan.version;
        if (version <= 0) {
            SqlStatement next(m_db,
                              QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM treatment_plans "
                                             "WHERE couple_id = :couple"));
            next.bind(QStringLiteral(":couple"), plan.coupleId);
            if (auto s = next.exec(); !s)
                return s;
            version = next.next() ? static_cast<int>(next.integer(0)) : 1;
        }
        const QDateTime stamp = now();
        SqlStatement q(m_db, QStringLiteral(R"(
            INSERT INTO treatment_plans (id, uuid, couple_id, version, plan_date, notes, archived, created_at,
                                         modified_at)
            VALUES (:id, :uuid, :couple, :version, :date, :notes, :archived, :created, :modified))"));
        q.bind(QStringLiteral(":id"), idOrNull(plan.id))
            .bind(QStringLiteral(":uuid"), plan.uuid.isEmpty() ? newUuid() : plan.uuid)
            .bind(QStringLiteral(":couple"), plan.coupleId)
            .bind(QStringLiteral(":version"), version)
            .bind(QStringLiteral(":date"), plan.date)
            .bind(QStringLiteral(":notes"), plan.notes)
            .bind(QStringLiteral(":archived"), plan.archived)
            .bind(QStringLiteral(":created"), plan.created.isValid() ? plan.created : stamp)
            .bind(QStringLiteral(":modified"), plan.modified.isValid() ? plan.modified : stamp);
        if (auto s = q.exec(); !s)
            return s;
        planId = q.lastInsertId();
        for (int position = 0; position < plan.goals.size(); ++position) {
            TreatmentGoal goal = plan.goals.at(position);
            goal.planId = planId;
            if (auto id = insertTreatmentGoal(goal, position); !id)
                return id.status();
            for (const GoalReview &review : goal.reviews) // a restored plan keeps its reviews
                if (review.isStored())
                    if (auto r = insertGoalReview(review); !r)
                        return r.status();
        }
        if (plan.isSigned()) {
            SqlStatement sign(m_db,
                              QStringLiteral("UPDATE treatment_plans SET signed_at = :at, signed_by = :by, "
                                             "content_hash = :hash WHERE id = :id"));
            sign.bind(QStringLiteral(":at"), plan.signedAt)
                .bind(QStringLiteral(":by"), plan.signedBy)
                .bind(QStringLiteral(":hash"), plan.contentHash)
                .bind(QStringLiteral(":id"), planId);
            if (auto s = sign.execChangingOneRow(tr("That treatment plan no longer exists.")); !s)
                return s;
        }
        announce(Change::TreatmentPlan, plan.coupleId);
        return Status::ok();
    });
    if (!written)
        return written;
    return planId;
}

Status PracticeStore::updateTreatmentPlan(const TreatmentPlan &plan)
{
    const auto stored = treatmentPlan(plan.id);
    if (!stored)
        return stored.status();
    if (stored->isSigned())
        return Status::failure(
            tr("This treatment plan is signed and cannot be changed; start a new version."));
    if (stored->coupleId != plan.coupleId)
        return Status::failure(tr("A treatment plan cannot move to another couple."));
    TreatmentPlan checked = plan;
    checked.goals.clear(); // its goals are checked when they are written
    if (auto s = validateTreatmentPlan(checked, today()); !s)
        return s;
    return transaction([&]() -> Status {
        SqlStatement q(m_db, QStringLiteral("UPDATE treatment_plans SET plan_date = :date, notes = :notes, "
                                            "modified_at = :now WHERE id = :id"));
        q.bind(QStringLiteral(":date"), plan.date)
            .bind(QStringLiteral(":notes"), plan.notes)
            .bind(QStringLiteral(":now"), now())
            .bind(QStringLiteral(":id"), plan.id);
        if (auto s = q.execChangingOneRow(tr("That treatment plan no longer exists.")); !s)
            return s;
        announce(Change::TreatmentPlan, plan.coupleId);
        return Status::ok();
    });
}

Status PracticeStore::setTreatmentPlanArchived(qint64 planId, bool archived)
{
    const auto coupleId = coupleOfPlan(planId);
    if (!coupleId)
        return coupleId.status();
    return transaction([&]() -> Status {
        if (auto s = setArchived("treatment_plans", planId, archived); !s)
            return s;
        announce(Change::TreatmentPlan, *coupleId);
        return Status::ok();
    });
}

Status PracticeStore::purgeTreatmentPlan(qint64 planId)
{
    const auto coupleId = coupleOfPlan(planId);
    if (!coupleId)
        return coupleId.status();
    return transaction([&]() -> Status {
        if (auto s = purge("treatment_plans", planId); !s)
            return s;
        announce(Change::TreatmentPlan, *coupleId);
        return Status::ok();
    });
}

Status PracticeStore::signTreatmentPlan(qint64 planId)
{
    const auto profile = clinician();
    if (!profile)
        return profile.status();
    if (!profile->isComplete())
        return Status::failure(
            tr("Enter your name in the clinician profile before signing a treatment plan."));
    auto plan = treatmentPlan(planId);
    if (!plan)
        return plan.status();
    if (plan->isSigned())
        return Status::failure(tr("This treatment plan is already signed."));
    if (plan->goals.isEmpty())
        return Status::failure(tr("A treatment plan needs at least one goal before it is signed."));
    plan->signedAt = now().toUTC();
    plan->signedBy = profile->signature();
    return transaction([&]() -> Status {
        SqlStatement q(m_db, QStringLiteral("UPDATE treatment_plans SET signed_at = :at, signed_by = :by, "
                                            "content_hash = :hash WHERE id = :id AND signed_at IS NULL"));
        q.bind(QStringLiteral(":at"), plan->signedAt)
            .bind(QStringLiteral(":by"), plan->signedBy)
            .bind(QStringLiteral(":hash"), treatmentPlanContentHash(*plan))
            .bind(QStringLiteral(":id"), planId);
        if (auto s = q.execChangingOneRow(tr("This treatment plan is already signed.")); !s)
            return s;
        announce(Change::TreatmentPlan, plan->coupleId);
        return Status::ok();
    });
}

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
