// The treatment plan in the practice-wide search (issue 16): words only in a goal (either wording, its
// objectives, its interventions) or in a goal review are found, as a hit that opens that goal; editing
// the words away, removing the goal or undoing keeps the index in step (a long text deferred as a note's
// is); a practice of the schema before the change gets its existing plans indexed; and opening the hit
// in the window shows the Plan tab on the goal with the word marked.
#include "OpenWindow.h"
#include "PlanTestData.h"
#include "SearchTestSupport.h"

#include "commands/PracticeEditor.h"
#include "plan/GoalEditor.h"
#include "plan/TreatmentPlanTab.h"
#include "store/Migrations.h"
#include "store/PracticeFile.h"

#include <QPlainTextEdit>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

// The plan of makePlan() with a word of its own in each indexed field of its first goal.
TreatmentPlan planWithWords(qint64 coupleId)
{
    TreatmentPlan plan = makePlan(coupleId);
    TreatmentGoal &g = plan.goals[0];
    g.coupleWords = QStringLiteral("Stop the kilimanjaro fights about dishes");
    g.therapistWords = QStringLiteral("De-escalate the zugspitze cycle");
    g.objectives = QStringLiteral("Both name the cycle\nRepair within a matterhorn day");
    g.interventions = QStringLiteral("Tracking the cycle, annapurna reframing");
    return plan;
}

QList<SearchHit> hits(const PracticeStore &store, const QString &query, bool includeArchived = false)
{
    const auto results = store.search({query, 0, includeArchived, 200});
    return results ? results->hits : QList<SearchHit>();
}

} // namespace

#define VERIFY_IN_STEP(store)                                                                                \
    do {                                                                                                     \
        const QString problems = indexProblems(store);                                                       \
        QVERIFY2(problems.isEmpty(), qPrintable(problems));                                                  \
    } while (false)

class TestPlanSearch : public QObject
{
    Q_OBJECT

private slots:
    void goalWordsAreFoundAsTheGoal()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        const qint64 couple = *store.createCouple(makeCouple());
        const TreatmentPlan plan = *store.treatmentPlan(*store.createTreatmentPlan(planWithWords(couple)));
        const TreatmentGoal &goal = plan.goals[0];
        GoalReview review;
        review.goalId = goal.id;
        review.date = fixedNow().date();
        review.status = GoalStatus::Progressing;
        review.note = QStringLiteral("They caught the everest spin twice this month.");
        const qint64 reviewId = *store.addGoalReview(review);
        VERIFY_IN_STEP(store);

        const struct
        {
            const char *word;
            SearchField field;
        } expected[] = {{"kilimanjaro", SearchField::GoalCoupleWords},
                        {"zugspitze", SearchField::GoalTherapistWords},
                        {"matterhorn", SearchField::GoalObjectives},
                        {"annapurna", SearchField::GoalInterventions},
                        {"everest", SearchField::GoalReview}};
        for (const auto &e : expected) {
            const QList<SearchHit> found = hits(store, QString::fromLatin1(e.word));
            QVERIFY2(found.size() == 1, e.word);
            const SearchHit &hit = found.first();
            QCOMPARE(hit.kind, SearchKind::Goal);
            QCOMPARE(hit.field, e.field);
            QCOMPARE(hit.recordId, goal.id); // a review's hit opens its goal
            QCOMPARE(hit.coupleId, couple);
            QCOMPARE(hit.planVersion, plan.version);
            QVERIFY(hit.snippet.contains(QString::fromLatin1(e.word)));
            QVERIFY(!hit.matches.isEmpty());
            QVERIFY2(describeSearchHit(hit).startsWith(QStringLiteral("Plan v1 · ")),
                     qPrintable(describeSearchHit(hit)));
        }
        QCOMPARE(hits(store, QStringLiteral("everest")).first().childId, reviewId);
        QCOMPARE(hits(store, QStringLiteral("everest")).first().date, review.date);
        QCOMPARE(hits(store, QStringLiteral("kilimanjaro")).first().date, plan.date);
        QCOMPARE(searchFieldKey(hits(store, QStringLiteral("matterhorn")).first()),
                 QStringLiteral("goal_objectives"));
    }

    void editsAndRemovalsKeepTheIndexInStep()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        PracticeEditor editor(store);
        const qint64 couple = *store.createCouple(makeCouple());
        const qint64 planId = *editor.createTreatmentPlan(planWithWords(couple));
        TreatmentGoal goal = store.treatmentPlan(planId)->goals[0];
        QCOMPARE(hits(store, QStringLiteral("kilimanjaro")).size(), 1);

        // Edited away: no longer found; the new words are.
        goal.coupleWords = QStringLiteral("Stop the fights about dishes");
        goal.objectives = QStringLiteral("Repair within a day, aconcagua");
        QVERIFY(editor.updateTreatmentGoal(goal));
        QVERIFY(hits(store, QStringLiteral("kilimanjaro")).isEmpty());
        QVERIFY(hits(store, QStringLiteral("matterhorn")).isEmpty());
        QCOMPARE(hits(store, QStringLiteral("aconcagua")).size(), 1);
        VERIFY_IN_STEP(store);
        // Undo puts the words back in the index, redo takes them out again.
        editor.undoStack().undo();
        QCOMPARE(hits(store, QStringLiteral("kilimanjaro")).size(), 1);
        QVERIFY(hits(store, QStringLiteral("aconcagua")).isEmpty());
        editor.undoStack().redo();
        QVERIFY(hits(store, QStringLiteral("kilimanjaro")).isEmpty());
        VERIFY_IN_STEP(store);

        // A removed goal is found only with archived records; a purged plan's words are gone.
        QVERIFY(editor.setTreatmentGoalArchived(goal.id, true));
        QVERIFY(hits(store, QStringLiteral("aconcagua")).isEmpty());
        QCOMPARE(hits(store, QStringLiteral("aconcagua"), true).size(), 1);
        QVERIFY(hits(store, QStringLiteral("aconcagua"), true).first().archived);
        QVERIFY(store.purgeTreatmentPlan(planId));
        QVERIFY(hits(store, QStringLiteral("aconcagua"), true).isEmpty());
        QVERIFY(hits(store, QStringLiteral("zugspitze"), true).isEmpty());
        VERIFY_IN_STEP(store);
    }

    void longObjectivesAreIndexedWhenTypingPauses()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        const qint64 couple = *store.createCouple(makeCouple());
        const qint64 planId = *store.createTreatmentPlan(planWithWords(couple));
        TreatmentGoal goal = store.treatmentPlan(planId)->goals[0];
        goal.objectives =
            QStringLiteral("denali ") + QStringLiteral("Both name the cycle when it starts. ")
                                            .repeated(PracticeStore::kLongestTextIndexedAtOnce / 30);
        QVERIFY(goal.objectives.size() > PracticeStore::kLongestTextIndexedAtOnce);
        QVERIFY(store.updateTreatmentGoal(goal));
        // Deferred as a long note is: the index keeps the old words until the pause, then has the new.
        QVERIFY(store.hasDeferredTexts());
        QCOMPARE(hits(store, QStringLiteral("matterhorn")).size(), 1);
        QVERIFY(store.indexDeferredTexts());
        QVERIFY(!store.hasDeferredTexts());
        QVERIFY(hits(store, QStringLiteral("matterhorn")).isEmpty());
        QCOMPARE(hits(store, QStringLiteral("denali")).size(), 1);
        VERIFY_IN_STEP(store);
    }

    // A file of the schema before this change, as Attune wrote it: the store writes the practice, then
    // the change's own additions are taken out again (its triggers, its rows in the index, the views it
    // replaced) and the version set back. Opening it indexes the plans it holds.
    void previousVersionGetsItsPlansIndexed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("previous.db"));
        {
            auto store =
                PracticeStore::open(path, PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
            QVERIFY(store);
            const qint64 couple = *(*store)->createCouple(makeCouple());
            QVERIFY((*store)->createTreatmentPlan(planWithWords(couple)));
        }
        {
            auto db = openPracticeConnection(path);
            QVERIFY2(db, qPrintable(db.error()));
            QStringList downgrade = {
                QStringLiteral("DROP TRIGGER treatment_goals_search_insert"),
                QStringLiteral("DROP TRIGGER treatment_goals_search_update"),
                QStringLiteral("DROP TRIGGER treatment_goals_search_delete"),
                QStringLiteral("DROP TRIGGER goal_reviews_search_insert"),
                QStringLiteral("DROP TRIGGER goal_reviews_search_delete"),
                QStringLiteral(
                    "INSERT INTO search_index (search_index, rowid, body) SELECT 'delete', rid, body "
                    "FROM search_content WHERE rid & 63 BETWEEN 27 AND 31"),
                QStringLiteral("DELETE FROM search_rows WHERE rid & 63 BETWEEN 27 AND 31"),
                QStringLiteral("DROP VIEW search_content"),
                QStringLiteral("DROP VIEW search_sources"),
            };
            for (const QString &statement : version4())
                if (statement.startsWith(QStringLiteral("CREATE VIEW")))
                    downgrade << statement; // the views as every version before this change had them
            downgrade << QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() - 1);
            QSqlQuery q(*db);
            for (const QString &statement : downgrade)
                QVERIFY2(q.exec(statement),
                         qPrintable(statement + QStringLiteral(": ") + q.lastError().text()));
            closePracticeConnection(*db);
        }
        QCOMPARE(schemaVersionOf(path), latestSchemaVersion() - 1);

        auto store = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting, fixedClock(fixedNow()));
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(schemaVersionOf(path), latestSchemaVersion());
        VERIFY_IN_STEP(**store);
        QCOMPARE(hits(**store, QStringLiteral("kilimanjaro")).size(), 1);
        QCOMPARE(hits(**store, QStringLiteral("annapurna")).size(), 1);
        QCOMPARE(hits(**store, QStringLiteral("kilimanjaro")).first().kind, SearchKind::Goal);
        // Session notes found before are found as before.
        QVERIFY(hits(**store, QStringLiteral("Ana")).size() >= 1);
    }

    void openingTheHitShowsTheGoal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("practice.db"));
        qint64 secondGoal = 0;
        {
            auto store =
                PracticeStore::open(path, PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
            QVERIFY(store);
            const qint64 couple = *(*store)->createCouple(makeCouple());
            TreatmentPlan plan = planWithWords(couple);
            plan.goals[1].objectives = QStringLiteral("Ben says what he fears, in the kangchenjunga way");
            const qint64 planId = *(*store)->createTreatmentPlan(plan);
            secondGoal = (*store)->treatmentPlan(planId)->goals[1].id;
        }
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow *window = openTestWindow(path, settings, PracticeStore::OpenMode::OpenExisting);
        const QList<SearchHit> found = hits(window->store(), QStringLiteral("kangchenjunga"));
        QCOMPARE(found.size(), 1);
        window->openSearchHit(found.first(), *parseSearchText(u"kangchenjunga"));
        QCOMPARE(window->workspace()->currentWidget(), window->planTab());
        QCOMPARE(window->planTab()->currentGoalId(), secondGoal);
        QPlainTextEdit *objectives = window->planTab()->goalEditor()->objectivesField();
        QVERIFY(objectives->toPlainText().contains(QStringLiteral("kangchenjunga")));
        QVERIFY(!objectives->extraSelections().isEmpty()); // the word is marked
        window->close();
    }
};

QTEST_MAIN(TestPlanSearch)
#include "tst_plansearch.moc"
