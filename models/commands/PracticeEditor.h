// The one path for every change made from the GUI. Each edit is written through the store first; only
// when that succeeds is an undo command pushed, so the undo stack never holds an edit that did not
// happen. Undo and redo write through the store again, and any failure there is reported, not lost.
#pragma once

#include "store/PracticeStore.h"

#include <QObject>
#include <QUndoStack>

namespace attune {

class PracticeEditor : public QObject
{
    Q_OBJECT
public:
    // How an update joins the undo history: a Typing update merges with the previous Typing update of
    // the same record, so a burst of typing (saved every second) is undone in one step.
    enum class Merge { Separate, Typing };

    explicit PracticeEditor(PracticeStore &store, QObject *parent = nullptr);

    PracticeStore &store() { return m_store; }
    QUndoStack &undoStack() { return m_undoStack; }

    Result<qint64> createCouple(const Couple &couple);
    Status updateCouple(const Couple &couple, Merge merge = Merge::Separate);
    Status setCoupleArchived(qint64 coupleId, bool archived);

    Result<qint64> createSession(const Session &session);
    Status updateSession(const Session &session, Merge merge = Merge::Separate);
    Status setSessionArchived(qint64 sessionId, bool archived);

    Result<qint64> createCycleMap(const CycleMap &map);
    Status updateCycleMap(const CycleMap &map, Merge merge = Merge::Separate);
    Status setCycleMapArchived(qint64 mapId, bool archived);

    Result<qint64> createExercise(const FiveStepExercise &exercise);
    Status updateExercise(const FiveStepExercise &exercise, Merge merge = Merge::Separate);
    Status setExerciseArchived(qint64 exerciseId, bool archived);

    // The treatment plan (TreatmentPlanEdits.cpp). A new version starts as a draft copy of the couple's
    // latest plan, each goal at the status it has reached; signing is not undoable (the store's
    // signTreatmentPlan, like signing a note).
    Result<qint64> createTreatmentPlan(const TreatmentPlan &plan);
    Result<qint64> newTreatmentPlanVersion(qint64 coupleId);
    Status updateTreatmentPlan(const TreatmentPlan &plan, Merge merge = Merge::Separate);
    Status setTreatmentPlanArchived(qint64 planId, bool archived);
    Result<qint64> createTreatmentGoal(const TreatmentGoal &goal);
    Status updateTreatmentGoal(const TreatmentGoal &goal, Merge merge = Merge::Separate);
    Status setTreatmentGoalArchived(qint64 goalId, bool archived);
    Result<qint64> addGoalReview(const GoalReview &review);

    // The calendar (AppointmentEdits.cpp), each call one undo step. Booking one appointment or a whole
    // series: undone, they are removed. Changing one: its time, its length or how it ended (cancelled,
    // late-cancelled, no-show). Attending one makes that day's session from base (the store's
    // attendAppointment) and marks it attended; undone, both go.
    Result<QList<qint64>> bookAppointments(const QList<Appointment> &appointments);
    Status updateAppointment(const Appointment &appointment);
    Result<qint64> attendAppointment(qint64 appointmentId, const Session &base);

    // Groups the edits between begin and end into one undo step (e.g. "Add to cycle").
    void beginGroup(const QString &text) { m_undoStack.beginMacro(text); }
    void endGroup() { m_undoStack.endMacro(); }

signals:
    // An undo or redo could not be written; the message says why. The command is dropped from the stack.
    void undoFailed(const QString &message);

private:
    template<typename T>
    Status pushUpdate(const QString &text, Merge merge, int kind, const T &before, const T &after,
                      Status (PracticeStore::*update)(const T &));
    template<typename T>
    Result<qint64> pushCreate(const QString &text, Result<qint64> (PracticeStore::*create)(const T &),
                              Result<T> (PracticeStore::*read)(qint64) const,
                              Status (PracticeStore::*purge)(qint64),
                              Status (PracticeStore::*restore)(const T &), const T &value);
    Status pushArchive(const QString &text, Status (PracticeStore::*setArchived)(qint64, bool), qint64 id,
                       bool archived);

    PracticeStore &m_store;
    QUndoStack m_undoStack;
};

} // namespace attune
