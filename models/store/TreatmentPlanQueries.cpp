// Reading and writing treatment plans (their goals and reviews: TreatmentGoalQueries.cpp).
#include "PracticeStore.h"

#include "QueryParts.h"
#include "SqlStatement.h"
#include "TreatmentPlanRows.h"
#include "domain/TreatmentPlanRules.h"

namespace attune {

using namespace plan_rows;

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

} // namespace attune
