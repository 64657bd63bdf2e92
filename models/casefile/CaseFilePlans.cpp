// Importing the treatment plans of a case file's couple: see CaseFilePlans.h.
#include "CaseFilePlans.h"

#include "domain/TreatmentPlanRules.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)
};

QString quote(const QString &text)
{
    return text.simplified();
}

void freshRecord(Record &r)
{
    r.id = 0;
    r.uuid.clear();
    r.created = r.modified = QDateTime();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A copied plan gets its UUIDs here rather than from the store, so a signed copy's content hash, which
// covers them, can be computed before it is written (a signed plan cannot be changed afterwards).
TreatmentPlan freshPlan(TreatmentPlan p)
{
    freshRecord(p);
    p.uuid = newUuid();
    for (TreatmentGoal &g : p.goals) {
        freshRecord(g);
        g.uuid = newUuid();
        for (GoalReview &r : g.reviews) {
            freshRecord(r);
            r.uuid = newUuid();
        }
    }
    if (p.isSigned())
        p.contentHash = treatmentPlanContentHash(p);
    return p;
}

QStringList planUuids(const TreatmentPlan &p)
{
    QStringList out{p.uuid};
    for (const TreatmentGoal &g : p.goals) {
        out << g.uuid;
        for (const GoalReview &r : g.reviews)
            out << r.uuid;
    }
    return out;
}

class PlanImporter
{
public:
    PlanImporter(PracticeStore &store, const QHash<QString, UuidOwner> &index)
        : m_store(store)
        , m_index(index)
    {}

    Status apply(const CaseFileCouple &record, qint64 coupleId, bool copyAll);
    QHash<QString, qint64> goalIds() const { return m_goalIds; }

private:
    Status addReviews(const TreatmentGoal &fileGoal, qint64 goalId, const TreatmentGoal *stored);
    Status checkUnused(const QStringList &uuids, const QString &what) const
    {
        for (const QString &uuid : uuids)
            if (m_index.contains(uuid))
                return Status::failure(
                    Messages::tr("The case file's %1 shares an id with a different record in this practice; "
                                 "nothing was imported.")
                        .arg(what));
        return Status::ok();
    }

    PracticeStore &m_store;
    const QHash<QString, UuidOwner> &m_index;
    QHash<QString, qint64> m_goalIds;
};

Status PlanImporter::apply(const CaseFileCouple &record, qint64 coupleId, bool copyAll)
{
    m_goalIds.clear();
    QHash<QString, TreatmentPlan> here;
    QSet<int> versions;
    if (!copyAll) {
        const auto stored = m_store.treatmentPlans(coupleId, ArchiveFilter::All);
        if (!stored)
            return stored.status();
        for (const TreatmentPlan &p : *stored) {
            here.insert(p.uuid, p);
            versions.insert(p.version);
            for (const TreatmentGoal &g : p.goals)
                m_goalIds.insert(g.uuid, g.id);
        }
    }
    const QString what = Messages::tr("treatment plan of “%1”").arg(quote(record.couple.name));
    for (const TreatmentPlan &filePlan : record.plans) {
        const auto found = here.constFind(filePlan.uuid);
        if (!copyAll && found != here.cend()) {
            for (const TreatmentGoal &g : filePlan.goals) {
                const auto storedGoal =
                    std::find_if(found->goals.cbegin(), found->goals.cend(),
                                 [&](const TreatmentGoal &sg) { return sg.uuid == g.uuid; });
                if (storedGoal != found->goals.cend())
                    if (auto st = addReviews(g, storedGoal->id, &*storedGoal); !st)
                        return st;
            }
            continue;
        }
        if (!copyAll)
            if (auto st = checkUnused(planUuids(filePlan), what); !st)
                return st;
        TreatmentPlan plan = copyAll ? freshPlan(filePlan) : filePlan;
        plan.coupleId = coupleId;
        if (versions.contains(plan.version))
            plan.version = 0; // the store numbers it after the couple's latest
        const auto created = m_store.createTreatmentPlan(plan);
        if (!created)
            return created.status();
        const auto stored = m_store.treatmentPlan(*created);
        if (!stored)
            return stored.status();
        versions.insert(stored->version);
        // The store keeps the goals in the order given; the file's goal UUIDs map to them by position.
        for (qsizetype i = 0; i < plan.goals.size() && i < stored->goals.size(); ++i) {
            const qint64 goalId = stored->goals.at(i).id;
            m_goalIds.insert(filePlan.goals.at(i).uuid, goalId);
            if (auto st = addReviews(plan.goals.at(i), goalId, nullptr); !st)
                return st;
        }
    }
    return Status::ok();
}

// Adds the file goal's reviews that the stored goal (when there is one) does not have yet.
Status PlanImporter::addReviews(const TreatmentGoal &fileGoal, qint64 goalId, const TreatmentGoal *stored)
{
    for (GoalReview review : fileGoal.reviews) {
        if (stored && std::any_of(stored->reviews.cbegin(), stored->reviews.cend(),
                                  [&](const GoalReview &r) { return r.uuid == review.uuid; }))
            continue;
        if (stored)
            if (auto st = checkUnused({review.uuid}, Messages::tr("review of a goal")); !st)
                return st;
        review.id = 0;
        review.goalId = goalId;
        if (auto added = m_store.addGoalReview(review); !added)
            return added.status();
    }
    return Status::ok();
}

} // namespace

Result<QHash<QString, qint64>> importTreatmentPlans(PracticeStore &store, const CaseFileCouple &record,
                                                    qint64 coupleId, bool copyAll,
                                                    const QHash<QString, UuidOwner> &index)
{
    PlanImporter importer(store, index);
    if (auto s = importer.apply(record, coupleId, copyAll); !s)
        return s;
    return importer.goalIds();
}

} // namespace attune
