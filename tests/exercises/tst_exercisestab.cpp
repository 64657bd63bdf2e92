// GUI tests for the Exercises tab: creating, editing (autosaved), archiving and restoring five-step
// exercises through the real widgets, and "Add to cycle", which writes only the checked steps onto the
// right partner's chain of the latest non-archived cycle map (or starts the first map) as one undo step.
#include "../couple/TypeText.h"
#include "../couple/WriteFailure.h"
#include "TestPractice.h"

#include "commands/PracticeEditor.h"
#include "exercises/AddToCycleDialog.h"
#include "exercises/ExerciseEditor.h"
#include "exercises/ExercisesTab.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace attune;
using namespace attune::test;

namespace {

// Runs answer on the modal dialog the next action opens, then lets the test continue.
void whenDialogOpens(std::function<void(AddToCycleDialog *)> answer, bool *seen)
{
    QTimer::singleShot(0, [answer, seen] {
        auto *dialog = qobject_cast<AddToCycleDialog *>(QApplication::activeModalWidget());
        *seen = dialog != nullptr;
        if (!dialog)
            return;
        answer(dialog);
    });
}

} // namespace

class TestExercisesTab : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void createEditArchiveRestore();
    void aFailedWriteKeepsTheStepsAndIsStoredLater();
    void addToCycleWritesTheCheckedStepsAsOneUndo();
    void addToCycleStartsTheFirstMap();
    void addToCycleCancelledChangesNothing();

private:
    qint64 storeExercise(int partner, const std::array<QString, 5> &steps);

    std::unique_ptr<TestPractice> m_practice;
    std::unique_ptr<PracticeEditor> m_editor;
    std::unique_ptr<ExercisesTab> m_tab;
    qint64 m_coupleId = 0;
    qint64 m_sessionId = 0;
};

void TestExercisesTab::init()
{
    m_practice = std::make_unique<TestPractice>();
    m_editor = std::make_unique<PracticeEditor>(m_practice->store());
    const Result<qint64> id =
        m_practice->store().createCouple(makeCouple(QStringLiteral("Inès"), QStringLiteral("Tomás")));
    QVERIFY2(id, qPrintable(id.error()));
    m_coupleId = *id;
    const Result<qint64> session =
        m_practice->store().createSession(makeSession(m_coupleId, m_practice->store().today().addDays(-3)));
    QVERIFY2(session, qPrintable(session.error()));
    m_sessionId = *session;
    m_tab = std::make_unique<ExercisesTab>(*m_editor);
    m_tab->resize(1100, 800);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
}

void TestExercisesTab::cleanup()
{
    m_tab.reset();
    m_editor.reset();
    m_practice.reset();
}

qint64 TestExercisesTab::storeExercise(int partner, const std::array<QString, 5> &steps)
{
    FiveStepExercise e;
    e.coupleId = m_coupleId;
    e.partner = partner;
    e.date = m_practice->store().today();
    e.incident = QStringLiteral("The late dinner");
    e.steps = steps;
    const Result<qint64> id = m_practice->store().createExercise(e);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id ? *id : 0;
}

void TestExercisesTab::createEditArchiveRestore()
{
    m_tab->setCouple(m_coupleId);
    QCOMPARE(m_tab->list()->topLevelItemCount(), 0);
    QVERIFY(!m_tab->archiveExerciseAction()->isEnabled());

    m_tab->newExerciseAction()->trigger();
    QCOMPARE(m_tab->list()->topLevelItemCount(), 1);
    const qint64 id = m_tab->currentExerciseId();
    QVERIFY(id > 0);
    ExerciseEditor *editor = m_tab->exerciseEditor();
    QCOMPARE(editor->exerciseId(), id);
    QCOMPARE(m_practice->store().exercise(id)->date, m_practice->store().today());

    typeText(editor->incidentEdit(), QStringLiteral("The “forgotten” call 📞"));
    typeText(editor->stepEdit(ExerciseStep::Trigger), QStringLiteral("He didn't call back"));
    typeText(editor->stepEdit(ExerciseStep::UnderlyingNeed), QStringLiteral("To matter to him"));
    QComboBox *partner = editor->partnerCombo();
    QCOMPARE(partner->itemText(1), QStringLiteral("Tomás"));
    partner->setFocus();
    QTest::keyClick(partner, Qt::Key_Down);
    QComboBox *session = editor->sessionCombo();
    QCOMPARE(session->count(), 2); // none, and the one session
    session->setFocus();
    QTest::keyClick(session, Qt::Key_Down);
    QTRY_COMPARE_WITH_TIMEOUT(m_practice->store().exercise(id)->sessionId, m_sessionId, 2000);
    const FiveStepExercise stored = *m_practice->store().exercise(id);
    QCOMPARE(stored.incident, QStringLiteral("The “forgotten” call 📞"));
    QCOMPARE(stored[ExerciseStep::Trigger], QStringLiteral("He didn't call back"));
    QCOMPARE(stored[ExerciseStep::UnderlyingNeed], QStringLiteral("To matter to him"));
    QCOMPARE(stored.partner, 1);
    QCOMPARE(m_tab->list()->topLevelItem(0)->text(2), QStringLiteral("The “forgotten” call 📞"));
    QCOMPARE(m_tab->list()->topLevelItem(0)->text(1), QStringLiteral("Tomás"));

    // Archive: gone from the list, kept in the store.
    m_tab->archiveExerciseAction()->trigger();
    QCOMPARE(m_tab->list()->topLevelItemCount(), 0);
    QVERIFY(m_practice->store().exercise(id)->archived);
    QCOMPARE(editor->exerciseId(), 0);

    // The archived view lists it, and restoring brings it back.
    QTest::mouseClick(m_tab->showArchivedCheck(), Qt::LeftButton, {},
                      QPoint(8, m_tab->showArchivedCheck()->height() / 2));
    QVERIFY(m_tab->showArchivedCheck()->isChecked());
    QCOMPARE(m_tab->list()->topLevelItemCount(), 1);
    QVERIFY(!m_tab->addToCycleAction()->isEnabled());
    QVERIFY(m_tab->archiveExerciseAction()->text().contains(QStringLiteral("Restore")));
    QCOMPARE(m_tab->currentExerciseId(), id);
    QCOMPARE(editor->exerciseId(), id);
    QVERIFY(!editor->incidentEdit()->isEnabled()); // archived exercises are read-only
    m_tab->archiveExerciseAction()->trigger();
    QCOMPARE(m_tab->list()->topLevelItemCount(), 0);
    QVERIFY(!m_practice->store().exercise(id)->archived);
    m_tab->showArchivedCheck()->setChecked(false);
    QCOMPARE(m_tab->list()->topLevelItemCount(), 1);

    // Archiving is undoable like everything else.
    m_tab->archiveExerciseAction()->trigger();
    QVERIFY(m_practice->store().exercise(id)->archived);
    m_editor->undoStack().undo();
    QVERIFY(!m_practice->store().exercise(id)->archived);
    QCOMPARE(m_tab->list()->topLevelItemCount(), 1);
}

void TestExercisesTab::aFailedWriteKeepsTheStepsAndIsStoredLater()
{
    const qint64 id = storeExercise(0, {});
    QVERIFY(id > 0);
    m_tab->setCouple(m_coupleId);
    ExerciseEditor *editor = m_tab->exerciseEditor();
    QCOMPARE(editor->exerciseId(), id);
    QVERIFY(breakUpdates(m_practice->path(), QStringLiteral("exercises")));
    QPlainTextEdit *feelings = editor->stepEdit(ExerciseStep::DeeperFeelings);
    typeText(feelings, QStringLiteral("Scared — “invisible” 😞"));
    QTRY_VERIFY_WITH_TIMEOUT(editor->saveBanner()->isVisible(), 2000);
    QCOMPARE(feelings->toPlainText(), QStringLiteral("Scared — “invisible” 😞"));
    QVERIFY(m_practice->store().exercise(id)->steps[indexOf(ExerciseStep::DeeperFeelings)].isEmpty());
    QVERIFY(!m_tab->flushPendingEdits());

    QVERIFY(repairUpdates(m_practice->path(), QStringLiteral("exercises")));
    QTRY_COMPARE_WITH_TIMEOUT(m_practice->store().exercise(id)->steps[indexOf(ExerciseStep::DeeperFeelings)],
                              QStringLiteral("Scared — “invisible” 😞"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->saveBanner()->isVisible(), 1000);
}

void TestExercisesTab::addToCycleWritesTheCheckedStepsAsOneUndo()
{
    PracticeStore &store = m_practice->store();
    CycleMap map;
    map.coupleId = m_coupleId;
    map.date = store.today().addDays(-30);
    for (CycleStep step : allValues<CycleStep>()) {
        map.chains[0][step] = QStringLiteral("A: ") + displayName(step);
        map.chains[1][step] = QStringLiteral("B: ") + displayName(step);
    }
    const Result<qint64> v1 = store.createCycleMap(map);
    map.date = store.today().addDays(-10);
    const Result<qint64> v2 = store.createCycleMap(map);
    map.chains[1][CycleStep::Trigger] = QStringLiteral("archived version");
    const Result<qint64> v3 = store.createCycleMap(map);
    QVERIFY(v1 && v2 && v3);
    QVERIFY(store.setCycleMapArchived(*v3, true)); // the latest *non-archived* map is v2
    const CycleMap v1Before = *store.cycleMap(*v1);
    const CycleMap v2Before = *store.cycleMap(*v2);

    const qint64 id = storeExercise(1, {QStringLiteral("She checks her phone at dinner"),
                                        QStringLiteral("Irritated, then cold"), QStringLiteral("I go silent"),
                                        QString(), QStringLiteral("To feel she wants me there")});
    QVERIFY(id > 0);
    m_tab->setCouple(m_coupleId);
    QCOMPARE(m_tab->currentExerciseId(), id);
    const int undoBefore = m_editor->undoStack().count();

    bool seen = false;
    bool emptyStepDisabled = false;
    whenDialogOpens(
        [&emptyStepDisabled](AddToCycleDialog *dialog) {
            QCheckBox *deeper = dialog->checkBox(ExerciseStep::DeeperFeelings);
            emptyStepDisabled = !deeper->isChecked() && !deeper->isEnabled();
            QCheckBox *behavior = dialog->checkBox(ExerciseStep::BehavioralReaction);
            QVERIFY(behavior->isChecked());
            QTest::mouseClick(behavior, Qt::LeftButton, {}, QPoint(8, behavior->height() / 2));
            QVERIFY(!behavior->isChecked());
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        &seen);
    m_tab->addToCycleAction()->trigger();
    QVERIFY(seen);
    QVERIFY(emptyStepDisabled);

    const CycleMap after = *store.cycleMap(*v2);
    QCOMPARE(after.chains[1][CycleStep::Trigger], QStringLiteral("She checks her phone at dinner"));
    QCOMPARE(after.chains[1][CycleStep::SecondaryEmotion], QStringLiteral("Irritated, then cold"));
    QCOMPARE(after.chains[1][CycleStep::Need], QStringLiteral("To feel she wants me there"));
    QCOMPARE(after.chains[1][CycleStep::Behavior], QStringLiteral("B: Behavior"));              // unchecked
    QCOMPARE(after.chains[1][CycleStep::PrimaryEmotion], QStringLiteral("B: Primary emotion")); // empty step
    QCOMPARE(after.chains[1][CycleStep::Perception], QStringLiteral("B: Perception"));          // not mapped
    QCOMPARE(after.chains[0], v2Before.chains[0]); // the other partner's chain is untouched
    QCOMPARE(*store.cycleMap(*v1), v1Before);      // older versions too
    QCOMPARE(store.cycleMap(*v3)->chains[1][CycleStep::Trigger], QStringLiteral("archived version"));
    QCOMPARE(m_editor->undoStack().count(), undoBefore + 1);

    m_editor->undoStack().undo();
    CycleMap undone = *store.cycleMap(*v2);
    undone.modified = v2Before.modified;
    QVERIFY(undone.rowVersion > v2Before.rowVersion); // the undo is a write like any other
    undone.rowVersion = v2Before.rowVersion;
    QCOMPARE(undone, v2Before);
}

void TestExercisesTab::addToCycleStartsTheFirstMap()
{
    PracticeStore &store = m_practice->store();
    const qint64 id = storeExercise(0, {QStringLiteral("He turns to the TV"), QStringLiteral("Furious"),
                                        QStringLiteral("I criticize"), QStringLiteral("Alone, afraid"),
                                        QStringLiteral("To know I matter")});
    QVERIFY(id > 0);
    m_tab->setCouple(m_coupleId);
    bool seen = false;
    whenDialogOpens(
        [](AddToCycleDialog *dialog) {
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        &seen);
    m_tab->addToCycleAction()->trigger();
    QVERIFY(seen);

    const auto maps = store.cycleMaps(m_coupleId);
    QVERIFY(maps);
    QCOMPARE(maps->size(), 1);
    const CycleMap &map = maps->first();
    QCOMPARE(map.version, 1);
    QCOMPARE(map.date, store.today());
    QCOMPARE(map.chains[0][CycleStep::Trigger], QStringLiteral("He turns to the TV"));
    QCOMPARE(map.chains[0][CycleStep::SecondaryEmotion], QStringLiteral("Furious"));
    QCOMPARE(map.chains[0][CycleStep::Behavior], QStringLiteral("I criticize"));
    QCOMPARE(map.chains[0][CycleStep::PrimaryEmotion], QStringLiteral("Alone, afraid"));
    QCOMPARE(map.chains[0][CycleStep::Need], QStringLiteral("To know I matter"));
    QCOMPARE(map.chains[1].steps, PartnerChain{}.steps);
    QCOMPARE(m_editor->undoStack().count(), 1);

    m_editor->undoStack().undo();
    QVERIFY(store.cycleMaps(m_coupleId, ArchiveFilter::All)->isEmpty());
    m_editor->undoStack().redo();
    QCOMPARE(store.cycleMaps(m_coupleId)->first().chains[0][CycleStep::Need],
             QStringLiteral("To know I matter"));
}

void TestExercisesTab::addToCycleCancelledChangesNothing()
{
    const qint64 id = storeExercise(0, {QStringLiteral("x"), QString(), QString(), QString(), QString()});
    QVERIFY(id > 0);
    m_tab->setCouple(m_coupleId);
    bool seen = false;
    whenDialogOpens([](AddToCycleDialog *dialog) { dialog->reject(); }, &seen);
    m_tab->addToCycleAction()->trigger();
    QVERIFY(seen);
    QVERIFY(m_practice->store().cycleMaps(m_coupleId, ArchiveFilter::All)->isEmpty());
    QCOMPARE(m_editor->undoStack().count(), 0);
}

QTEST_MAIN(TestExercisesTab)
#include "tst_exercisestab.moc"
