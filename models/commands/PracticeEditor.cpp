#include "PracticeEditor.h"

#include "StoreCommand.h"

// The undo commands' lambdas capture the store (and, to report, the editor) by pointer rather than `this`:
// GCC 12's UBSan checks the closure itself as a PracticeEditor when a lambda in a member template uses the
// captured `this`, and crashes in that check (found by `make test-asan`).
namespace attune {
namespace {

// Merge kinds: one per record type, so typing in a session never merges with typing in an exercise.
enum MergeKind { CoupleTyping = 1, SessionTyping, CycleTyping, ExerciseTyping, PlanTyping, GoalTyping };

} // namespace

PracticeEditor::PracticeEditor(PracticeStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_undoStack.setUndoLimit(500);
}

template<typename T>
Status PracticeEditor::pushUpdate(const QString &text, Merge merge, int kind, const T &before, const T &after,
                                  Status (PracticeStore::*update)(const T &))
{
    T unchanged = after; // equal content with other timestamps is no edit
    unchanged.created = before.created;
    unchanged.modified = before.modified;
    unchanged.rowVersion = before.rowVersion;
    if (unchanged == before)
        return Status::ok();
    // The edit is checked against the change counter it was read with: a change made meanwhile by
    // another program is not overwritten (a conflict, which the editor shows).
    if (const Status s = (m_store.*update)(after); !s)
        return s;
    // Undo and redo put back what the user asks for, whatever the counter is by then.
    T redone = after;
    redone.rowVersion = 0;
    T undone = before;
    undone.rowVersion = 0;
    auto fail = [self = this](const QString &message) { emit self->undoFailed(message); };
    PracticeStore *store = &m_store;
    m_undoStack.push(new StoreCommand(
        text, [store, update, redone] { return (store->*update)(redone); },
        [store, update, undone] { return (store->*update)(undone); }, fail,
        merge == Merge::Typing ? kind : -1, after.id));
    return Status::ok();
}

template<typename T>
Result<qint64> PracticeEditor::pushCreate(const QString &text,
                                          Result<qint64> (PracticeStore::*create)(const T &),
                                          Result<T> (PracticeStore::*read)(qint64) const,
                                          Status (PracticeStore::*purge)(qint64),
                                          Status (PracticeStore::*restore)(const T &), const T &value)
{
    const Result<qint64> id = (m_store.*create)(value);
    if (!id)
        return id;
    const Result<T> stored = (m_store.*read)(*id);
    if (!stored)
        return stored.status();
    auto fail = [self = this](const QString &message) { emit self->undoFailed(message); };
    const T record = *stored;
    const qint64 recordId = *id;
    PracticeStore *store = &m_store;
    m_undoStack.push(new StoreCommand(
        text, [store, restore, record] { return (store->*restore)(record); },
        [store, purge, recordId] { return (store->*purge)(recordId); }, fail));
    return id;
}

Status PracticeEditor::pushArchive(const QString &text, Status (PracticeStore::*setArchived)(qint64, bool),
                                   qint64 id, bool archived)
{
    if (const Status s = (m_store.*setArchived)(id, archived); !s)
        return s;
    auto fail = [self = this](const QString &message) { emit self->undoFailed(message); };
    PracticeStore *store = &m_store;
    m_undoStack.push(new StoreCommand(
        text, [store, setArchived, id, archived] { return (store->*setArchived)(id, archived); },
        [store, setArchived, id, archived] { return (store->*setArchived)(id, !archived); }, fail));
    return Status::ok();
}

Result<qint64> PracticeEditor::createCouple(const Couple &couple)
{
    return pushCreate(tr("New couple"), &PracticeStore::createCouple, &PracticeStore::couple,
                      &PracticeStore::purgeCouple, &PracticeStore::restoreCouple, couple);
}

Status PracticeEditor::updateCouple(const Couple &couple, Merge merge)
{
    const auto before = m_store.couple(couple.id);
    if (!before)
        return before.status();
    return pushUpdate(tr("Edit couple"), merge, CoupleTyping, *before, couple, &PracticeStore::updateCouple);
}

Status PracticeEditor::setCoupleArchived(qint64 coupleId, bool archived)
{
    return pushArchive(archived ? tr("Archive couple") : tr("Restore couple"),
                       &PracticeStore::setCoupleArchived, coupleId, archived);
}

Result<qint64> PracticeEditor::createSession(const Session &session)
{
    return pushCreate(tr("New session"), &PracticeStore::createSession, &PracticeStore::session,
                      &PracticeStore::purgeSession, &PracticeStore::restoreSession, session);
}

Status PracticeEditor::updateSession(const Session &session, Merge merge)
{
    const auto before = m_store.session(session.id);
    if (!before)
        return before.status();
    return pushUpdate(tr("Edit session"), merge, SessionTyping, *before, session,
                      &PracticeStore::updateSession);
}

Status PracticeEditor::setSessionArchived(qint64 sessionId, bool archived)
{
    return pushArchive(archived ? tr("Archive session") : tr("Restore session"),
                       &PracticeStore::setSessionArchived, sessionId, archived);
}

Result<qint64> PracticeEditor::createCycleMap(const CycleMap &map)
{
    return pushCreate(tr("New cycle version"), &PracticeStore::createCycleMap, &PracticeStore::cycleMap,
                      &PracticeStore::purgeCycleMap, &PracticeStore::restoreCycleMap, map);
}

Status PracticeEditor::updateCycleMap(const CycleMap &map, Merge merge)
{
    const auto before = m_store.cycleMap(map.id);
    if (!before)
        return before.status();
    return pushUpdate(tr("Edit cycle"), merge, CycleTyping, *before, map, &PracticeStore::updateCycleMap);
}

Status PracticeEditor::setCycleMapArchived(qint64 mapId, bool archived)
{
    return pushArchive(archived ? tr("Archive cycle version") : tr("Restore cycle version"),
                       &PracticeStore::setCycleMapArchived, mapId, archived);
}

Result<qint64> PracticeEditor::createExercise(const FiveStepExercise &exercise)
{
    return pushCreate(tr("New exercise"), &PracticeStore::createExercise, &PracticeStore::exercise,
                      &PracticeStore::purgeExercise, &PracticeStore::restoreExercise, exercise);
}

Status PracticeEditor::updateExercise(const FiveStepExercise &exercise, Merge merge)
{
    const auto before = m_store.exercise(exercise.id);
    if (!before)
        return before.status();
    return pushUpdate(tr("Edit exercise"), merge, ExerciseTyping, *before, exercise,
                      &PracticeStore::updateExercise);
}

Status PracticeEditor::setExerciseArchived(qint64 exerciseId, bool archived)
{
    return pushArchive(archived ? tr("Archive exercise") : tr("Restore exercise"),
                       &PracticeStore::setExerciseArchived, exerciseId, archived);
}

Result<qint64> PracticeEditor::createTreatmentPlan(const TreatmentPlan &plan)
{
    return pushCreate(tr("New treatment plan"), &PracticeStore::createTreatmentPlan,
                      &PracticeStore::treatmentPlan, &PracticeStore::purgeTreatmentPlan,
                      &PracticeStore::restoreTreatmentPlan, plan);
}

Result<qint64> PracticeEditor::newTreatmentPlanVersion(qint64 coupleId)
{
    const auto plans = m_store.treatmentPlans(coupleId);
    if (!plans)
        return plans.status();
    TreatmentPlan next;
    next.coupleId = coupleId;
    next.version = 0; // the store numbers it
    next.date = m_store.today();
    if (!plans->isEmpty()) {
        const TreatmentPlan &latest = plans->last();
        next.notes = latest.notes;
        for (TreatmentGoal goal : latest.goals) {
            goal.status = goal.currentStatus(); // the new version starts where the reviews left each goal
            goal.id = 0;
            goal.uuid.clear();
            goal.planId = 0;
            goal.created = goal.modified = {};
            goal.reviews.clear();
            next.goals.append(goal);
        }
    }
    return pushCreate(plans->isEmpty() ? tr("New treatment plan") : tr("New treatment plan version"),
                      &PracticeStore::createTreatmentPlan, &PracticeStore::treatmentPlan,
                      &PracticeStore::purgeTreatmentPlan, &PracticeStore::restoreTreatmentPlan, next);
}

Status PracticeEditor::updateTreatmentPlan(const TreatmentPlan &plan, Merge merge)
{
    const auto before = m_store.treatmentPlan(plan.id);
    if (!before)
        return before.status();
    TreatmentPlan after = *before; // only the plan's own fields: its goals are edited one by one
    after.date = plan.date;
    after.notes = plan.notes;
    return pushUpdate(tr("Edit treatment plan"), merge, PlanTyping, *before, after,
                      &PracticeStore::updateTreatmentPlan);
}

Status PracticeEditor::setTreatmentPlanArchived(qint64 planId, bool archived)
{
    return pushArchive(archived ? tr("Archive treatment plan") : tr("Restore treatment plan"),
                       &PracticeStore::setTreatmentPlanArchived, planId, archived);
}

Result<qint64> PracticeEditor::createTreatmentGoal(const TreatmentGoal &goal)
{
    return pushCreate(tr("New goal"), &PracticeStore::createTreatmentGoal, &PracticeStore::treatmentGoal,
                      &PracticeStore::purgeTreatmentGoal, &PracticeStore::restoreTreatmentGoal, goal);
}

Status PracticeEditor::updateTreatmentGoal(const TreatmentGoal &goal, Merge merge)
{
    const auto before = m_store.treatmentGoal(goal.id);
    if (!before)
        return before.status();
    TreatmentGoal after = goal;
    after.reviews = before->reviews; // reviews are added on their own, never by editing a goal
    return pushUpdate(tr("Edit goal"), merge, GoalTyping, *before, after,
                      &PracticeStore::updateTreatmentGoal);
}

Status PracticeEditor::setTreatmentGoalArchived(qint64 goalId, bool archived)
{
    return pushArchive(archived ? tr("Remove goal") : tr("Restore goal"),
                       &PracticeStore::setTreatmentGoalArchived, goalId, archived);
}

Result<qint64> PracticeEditor::addGoalReview(const GoalReview &review)
{
    return pushCreate(tr("Review goal"), &PracticeStore::addGoalReview, &PracticeStore::goalReview,
                      &PracticeStore::purgeGoalReview, &PracticeStore::restoreGoalReview, review);
}

} // namespace attune
