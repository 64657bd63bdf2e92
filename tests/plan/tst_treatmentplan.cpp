// The treatment plan in the store and through the editor: versions, goals and reviews; a signed plan is
// final even to raw SQL; sessions mark the goals they worked on; every edit can be undone and is audited.
#include "PlanTestData.h"

#include "commands/AutoSaver.h"
#include "commands/PracticeEditor.h"
#include "store/PracticeFile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

qint64 addCouple(PracticeStore &store)
{
    const auto id = store.createCouple(makeCouple());
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return *id;
}

// Runs one statement on a second, raw connection to the file, as a hand edit would.
QString rawSql(const QString &path, const QString &sql)
{
    auto db = openPracticeConnection(path);
    if (!db)
        return db.error();
    QString error;
    {
        QSqlQuery q(*db);
        if (!q.exec(sql))
            error = q.lastError().text();
    }
    closePracticeConnection(*db);
    return error;
}

} // namespace

class TestTreatmentPlan : public QObject
{
    Q_OBJECT

private slots:
    void planWithGoalsAndReviewsReadsBack()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        const qint64 couple = addCouple(store);
        const auto planId = store.createTreatmentPlan(makePlan(couple));
        QVERIFY2(planId, qPrintable(planId.error()));
        auto plan = store.treatmentPlan(*planId);
        QVERIFY(plan);
        QCOMPARE(plan->version, 1);
        QCOMPARE(plan->goals.size(), 2);
        QCOMPARE(plan->goals[0].coupleWords, makePlan(couple).goals[0].coupleWords);
        QCOMPARE(plan->goals[1].step, 5);
        QVERIFY(!plan->isSigned());

        GoalReview review;
        review.goalId = plan->goals[0].id;
        review.date = fixedNow().date();
        review.status = GoalStatus::Progressing;
        review.note = QStringLiteral("They caught the cycle twice this week.");
        QVERIFY(store.addGoalReview(review));
        const auto goal = store.treatmentGoal(plan->goals[0].id);
        QCOMPARE(goal->reviews.size(), 1);
        QCOMPARE(goal->currentStatus(), GoalStatus::Progressing);
        QCOMPARE(goal->status, GoalStatus::Open); // the goal itself keeps its planned status

        // A goal whose step is not in its stage is refused with a sentence.
        TreatmentGoal wrong = plan->goals[0];
        wrong.step = 8;
        const Status refused = store.updateTreatmentGoal(wrong);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("Step 8")));
    }

    void signedPlanIsFinalEvenToRawSql()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        QVERIFY(store.setClinician({QStringLiteral("Dr. Lena Ortiz"), QStringLiteral("LMFT")}));
        const qint64 couple = addCouple(store);
        const qint64 planId = *store.createTreatmentPlan(makePlan(couple));
        QVERIFY(store.signTreatmentPlan(planId));
        const TreatmentPlan plan = *store.treatmentPlan(planId);
        QVERIFY(plan.isSigned());
        QVERIFY(plan.signedBy.contains(QStringLiteral("Dr. Lena Ortiz")));
        QCOMPARE(plan.contentHash.size(), 64);

        TreatmentGoal edited = plan.goals[0];
        edited.coupleWords = QStringLiteral("Changed after signing");
        QVERIFY(!store.updateTreatmentGoal(edited));
        TreatmentPlan notes = plan;
        notes.notes = QStringLiteral("Changed after signing");
        QVERIFY(!store.updateTreatmentPlan(notes));
        TreatmentGoal extra = plan.goals[0];
        extra.id = 0;
        extra.uuid.clear();
        QVERIFY(!store.createTreatmentGoal(extra));

        // The database itself refuses, whatever path writes to the file.
        const QString goalId = QString::number(plan.goals[0].id);
        QVERIFY(rawSql(practice.path(),
                       QStringLiteral("UPDATE treatment_goals SET couple_words = 'x' WHERE id = ") + goalId)
                    .contains(QStringLiteral("signed treatment plan")));
        QVERIFY(rawSql(practice.path(),
                       QStringLiteral("UPDATE treatment_goals SET status = 'met' WHERE id = ") + goalId)
                    .contains(QStringLiteral("signed treatment plan")));
        QVERIFY(rawSql(practice.path(), QStringLiteral("DELETE FROM treatment_goals WHERE id = ") + goalId)
                    .contains(QStringLiteral("signed treatment plan")));
        QVERIFY(rawSql(practice.path(),
                       QStringLiteral("UPDATE treatment_plans SET notes = 'x' WHERE id = %1").arg(planId))
                    .contains(QStringLiteral("signed treatment plan")));
        QVERIFY(
            rawSql(practice.path(), QStringLiteral("DELETE FROM treatment_plans WHERE id = %1").arg(planId))
                .contains(QStringLiteral("signed treatment plan")));
        QCOMPARE(store.treatmentPlan(planId)->goals[0].coupleWords, plan.goals[0].coupleWords);

        // Reviews may still be added, and are never edited.
        GoalReview review;
        review.goalId = plan.goals[0].id;
        review.date = fixedNow().date();
        review.status = GoalStatus::Met;
        const auto reviewId = store.addGoalReview(review);
        QVERIFY2(reviewId, qPrintable(reviewId.error()));
        QVERIFY(rawSql(practice.path(),
                       QStringLiteral("UPDATE goal_reviews SET status = 'open' WHERE id = %1").arg(*reviewId))
                    .contains(QStringLiteral("cannot be changed")));

        // Amending is a new version: a draft copy at the reviewed status.
        PracticeEditor editor(store);
        const auto next = editor.newTreatmentPlanVersion(couple);
        QVERIFY2(next, qPrintable(next.error()));
        const TreatmentPlan second = *store.treatmentPlan(*next);
        QCOMPARE(second.version, 2);
        QVERIFY(!second.isSigned());
        QCOMPARE(second.goals.size(), 2);
        QCOMPARE(second.goals[0].status, GoalStatus::Met);
        QVERIFY(second.goals[0].uuid != plan.goals[0].uuid);
        QCOMPARE(store.treatmentPlans(couple)->size(), 2);
        QVERIFY(store.checkIntegrity()->passed());
    }

    void sessionsMarkTheGoalsTheyWorkedOn()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        QVERIFY(store.setClinician({QStringLiteral("Dr. Lena Ortiz"), QStringLiteral("LMFT")}));
        const qint64 couple = addCouple(store);
        const TreatmentPlan plan = *store.treatmentPlan(*store.createTreatmentPlan(makePlan(couple)));
        Session s = makeSession(couple, fixedNow().date().addDays(-7));
        s.goalIds = {plan.goals[1].id};
        const auto sessionId = store.createSession(s);
        QVERIFY2(sessionId, qPrintable(sessionId.error()));
        QCOMPARE(store.session(*sessionId)->goalIds, QList<qint64>{plan.goals[1].id});

        Session edited = *store.session(*sessionId);
        edited.goalIds = {plan.goals[0].id, plan.goals[1].id};
        QVERIFY(store.updateSession(edited));
        QCOMPARE(store.session(*sessionId)->goalIds, edited.goalIds);

        // Another couple's goal cannot be linked.
        const qint64 other = *store.createCouple(makeCouple(QStringLiteral("Cy"), QStringLiteral("Dee")));
        const TreatmentPlan otherPlan = *store.treatmentPlan(*store.createTreatmentPlan(makePlan(other)));
        edited.goalIds.append(otherPlan.goals[0].id);
        QVERIFY(!store.updateSession(edited));
        QCOMPARE(store.session(*sessionId)->goalIds.size(), 2);

        // A signed note's goals are part of it.
        QVERIFY(store.signSession(*sessionId));
        QVERIFY(rawSql(practice.path(),
                       QStringLiteral("DELETE FROM session_goals WHERE session_id = %1").arg(*sessionId))
                    .contains(QStringLiteral("signed note")));
        QCOMPARE(store.session(*sessionId)->goalIds.size(), 2);
    }

    void editingGoesThroughUndoAutosaveAndTheAuditTrail()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        PracticeEditor editor(store);
        const qint64 couple = addCouple(store);
        const auto planId = editor.newTreatmentPlanVersion(couple);
        QVERIFY2(planId, qPrintable(planId.error()));
        TreatmentGoal goal;
        goal.planId = *planId;
        const auto goalId = editor.createTreatmentGoal(goal);
        QVERIFY2(goalId, qPrintable(goalId.error()));
        const int stepsBefore = editor.undoStack().count();

        // Typing, as the plan tab hands it to its AutoSaver: a burst becomes one stored undo step.
        AutoSaver saver(nullptr, 10, 20);
        TreatmentGoal typed = *store.treatmentGoal(*goalId);
        for (const char *text : {"Fe", "Feel", "Feel close"}) {
            typed.coupleWords = QString::fromLatin1(text);
            saver.schedule([&editor, typed] {
                return editor.updateTreatmentGoal(typed, PracticeEditor::Merge::Typing);
            });
            QTRY_VERIFY(!saver.hasPending());
        }
        QCOMPARE(store.treatmentGoal(*goalId)->coupleWords, QStringLiteral("Feel close"));
        QCOMPARE(editor.undoStack().count(), stepsBefore + 1);
        typed.status = GoalStatus::Progressing;
        QVERIFY(editor.updateTreatmentGoal(typed));
        QCOMPARE(editor.undoStack().count(), stepsBefore + 2);

        editor.undoStack().undo();
        QCOMPARE(store.treatmentGoal(*goalId)->status, GoalStatus::Open);
        editor.undoStack().undo();
        QCOMPARE(store.treatmentGoal(*goalId)->coupleWords, QString());
        editor.undoStack().undo(); // the goal's creation
        QVERIFY(!store.treatmentGoal(*goalId));
        editor.undoStack().redo();
        editor.undoStack().redo();
        QCOMPARE(store.treatmentGoal(*goalId)->coupleWords, QStringLiteral("Feel close"));

        GoalReview review;
        review.goalId = *goalId;
        review.date = fixedNow().date();
        review.status = GoalStatus::Met;
        QVERIFY(editor.addGoalReview(review));
        QCOMPARE(store.treatmentGoal(*goalId)->currentStatus(), GoalStatus::Met);
        editor.undoStack().undo();
        QCOMPARE(store.treatmentGoal(*goalId)->reviews.size(), 0);

        QStringList audited;
        const auto trail = store.auditTrail(); // named: a range-for over *temporary would dangle
        QVERIFY(trail);
        for (const AuditEntry &e : *trail)
            audited << e.recordType + QLatin1Char(':') + e.action;
        QVERIFY(audited.contains(QStringLiteral("treatment_plan:create")));
        QVERIFY(audited.contains(QStringLiteral("treatment_goal:create")));
        QVERIFY(audited.contains(QStringLiteral("treatment_goal:edit")));
        QVERIFY(audited.contains(QStringLiteral("goal_review:create")));
        QVERIFY(store.verifyAuditTrail()->intact());
    }

    void dueForReview()
    {
        TreatmentGoal g;
        const QDate today(2026, 6, 1);
        g.targetDate = today.addDays(30);
        QVERIFY(!g.isDueForReview(today, today.addDays(-10)));
        QVERIFY(g.isDueForReview(today, today.addDays(-kGoalReviewIntervalDays)));
        g.targetDate = today.addDays(kGoalReviewLeadDays);
        QVERIFY(g.isDueForReview(today, today));
        g.status = GoalStatus::Met;
        QVERIFY(!g.isDueForReview(today, today));
    }
};

QTEST_GUILESS_MAIN(TestTreatmentPlan)
#include "tst_treatmentplan.moc"
