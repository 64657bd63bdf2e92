// Tests for CycleModel and EditCycleStepCommand: the 6 × 2 layout and its roles, edits that travel as
// undo commands through the store (and survive reopening the practice), notifications that keep two
// open models alike, and failed writes that report editFailed instead of crashing.
#include "ItemsTestSupport.h"
#include "TestPractice.h"

#include "items/CycleModel.h"
#include "items/EditCycleStepCommand.h"
#include "items/Roles.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace attune;
using namespace attune::test;

namespace {

void watch(QAbstractItemModel *model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
}

QString storedText(PracticeStore &store, qint64 mapId, int partner, CycleStep step)
{
    Result<CycleMap> map = store.cycleMap(mapId);
    return map ? map->chains[partner][step] : QStringLiteral("<unreadable: %1>").arg(map.error());
}

} // namespace

class TestCycleModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void showsStepsByPartner();
    void rolesAndFlags();
    void setDataPushesAnUndoableCommand();
    void undoAndRedoGoThroughTheStoreAndPersist();
    void anEditShowsInEveryOpenModel();
    void settingTheSameTextPushesNothing();
    void aFailingWriteReportsEditFailed();
    void aFailingUndoReportsEditFailedAndLeavesTheStack();
    void aCommandOnAMissingMapIsDroppedAndReported();
    void renamingAPartnerUpdatesTheHeader();

private:
    std::unique_ptr<TestPractice> m_practice;
    qint64 m_couple = 0;
    qint64 m_map = 0;
};

void TestCycleModel::init()
{
    m_practice = std::make_unique<TestPractice>();
    m_couple = storeCouple(m_practice->store(), makeCouple(QStringLiteral("Ana"), QStringLiteral("Ben")));
    QVERIFY(m_couple > 0);
    CycleMap map;
    map.coupleId = m_couple;
    map.date = fixedNow().date().addDays(-7);
    map.chains[0][CycleStep::Trigger] = QStringLiteral("He turns away");
    map.chains[0][CycleStep::PrimaryEmotion] = QStringLiteral("Alone, scared");
    map.chains[0][CycleStep::Behavior] = QStringLiteral("Criticizes");
    map.chains[1][CycleStep::Trigger] = QStringLiteral("She criticizes");
    map.chains[1][CycleStep::Need] = QStringLiteral("To be \"good enough\" 💛");
    m_map = storeCycleMap(m_practice->store(), map);
    QVERIFY(m_map > 0);
}

void TestCycleModel::cleanup()
{
    m_practice.reset();
}

void TestCycleModel::showsStepsByPartner()
{
    QUndoStack stack;
    CycleModel model(m_practice->store(), stack);
    watch(&model);
    QCOMPARE(model.rowCount(), 0); // nothing loaded yet
    QVERIFY(model.loadCycleMap(m_map));
    QVERIFY(model.hasCycleMap());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), 2);

    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Ana"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Ben"));
    for (CycleStep step : allValues<CycleStep>())
        QCOMPARE(model.headerData(indexOf(step), Qt::Vertical).toString(), displayName(step));
    QCOMPARE(model.headerData(5, Qt::Vertical).toString(), QStringLiteral("Unmet need"));

    QCOMPARE(model.cellIndex(CycleStep::Trigger, 0).data().toString(), QStringLiteral("He turns away"));
    QCOMPARE(model.cellIndex(CycleStep::Behavior, 0).data(Qt::EditRole).toString(),
             QStringLiteral("Criticizes"));
    QCOMPARE(model.cellIndex(CycleStep::Need, 1).data().toString(),
             QStringLiteral("To be \"good enough\" 💛"));
    QCOMPARE(model.cellIndex(CycleStep::Perception, 1).data().toString(), QString());
}

void TestCycleModel::rolesAndFlags()
{
    QUndoStack stack;
    CycleModel model(m_practice->store(), stack);
    watch(&model);
    QVERIFY(model.loadCycleMap(m_map));
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int partner = 0; partner < 2; ++partner) {
            const QModelIndex index = model.index(row, partner);
            const auto step = static_cast<CycleStep>(index.data(CycleStepRole).toInt());
            QCOMPARE(indexOf(step), row);
            QCOMPARE(index.data(PartnerRole).toInt(), partner);
            QCOMPARE(index.data(BelowAwarenessRole).toBool(),
                     step == CycleStep::PrimaryEmotion || step == CycleStep::Need);
            QCOMPARE(index.data(IdRole).toLongLong(), m_map);
            QVERIFY(model.flags(index).testFlag(Qt::ItemIsEditable));
        }
    }
    QCOMPARE(model.roleNames().value(BelowAwarenessRole), QByteArrayLiteral("belowAwareness"));
}

void TestCycleModel::setDataPushesAnUndoableCommand()
{
    QUndoStack stack;
    CycleModel model(m_practice->store(), stack);
    watch(&model);
    QVERIFY(model.loadCycleMap(m_map));
    ModelSpies spies(&model);
    QSignalSpy failed(&model, &CycleModel::editFailed);

    const QModelIndex cell = model.cellIndex(CycleStep::Perception, 1);
    QVERIFY(model.setData(cell, QStringLiteral("I'm failing her")));

    QCOMPARE(stack.count(), 1);
    QVERIFY(stack.canUndo());
    QVERIFY(!stack.undoText().isEmpty());
    QCOMPARE(storedText(m_practice->store(), m_map, 1, CycleStep::Perception),
             QStringLiteral("I'm failing her"));
    QCOMPARE(cell.data().toString(), QStringLiteral("I'm failing her"));
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(spies.changed.first().at(0).value<QModelIndex>(), cell);
    QCOMPARE(spies.changed.first().at(1).value<QModelIndex>(), cell);
    QVERIFY(spies.noReset());
    QVERIFY(failed.isEmpty());
}

void TestCycleModel::undoAndRedoGoThroughTheStoreAndPersist()
{
    PracticeStore &store = m_practice->store();
    {
        QUndoStack stack;
        CycleModel model(store, stack);
        watch(&model);
        QVERIFY(model.loadCycleMap(m_map));
        QSignalSpy failed(&model, &CycleModel::editFailed);
        const QModelIndex trigger = model.cellIndex(CycleStep::Trigger, 0);
        const QModelIndex secondary = model.cellIndex(CycleStep::SecondaryEmotion, 1);

        QVERIFY(model.setData(trigger, QStringLiteral("He goes quiet")));
        QVERIFY(model.setData(secondary, QStringLiteral("Numb")));
        QCOMPARE(stack.count(), 2);

        stack.undo(); // only the second edit
        QCOMPARE(storedText(store, m_map, 1, CycleStep::SecondaryEmotion), QString());
        QCOMPARE(storedText(store, m_map, 0, CycleStep::Trigger), QStringLiteral("He goes quiet"));
        QCOMPARE(secondary.data().toString(), QString());

        stack.redo();
        QCOMPARE(storedText(store, m_map, 1, CycleStep::SecondaryEmotion), QStringLiteral("Numb"));
        QCOMPARE(secondary.data().toString(), QStringLiteral("Numb"));

        stack.undo();
        stack.undo();
        QCOMPARE(storedText(store, m_map, 0, CycleStep::Trigger), QStringLiteral("He turns away"));
        QCOMPARE(trigger.data().toString(), QStringLiteral("He turns away"));
        stack.redo(); // the first edit again, the second stays undone
        QVERIFY(failed.isEmpty());
        QCOMPARE(stack.index(), 1);
    }

    m_practice->reopen();
    QCOMPARE(storedText(m_practice->store(), m_map, 0, CycleStep::Trigger), QStringLiteral("He goes quiet"));
    QCOMPARE(storedText(m_practice->store(), m_map, 1, CycleStep::SecondaryEmotion), QString());
    // The cells the edits never touched are as they were.
    QCOMPARE(storedText(m_practice->store(), m_map, 1, CycleStep::Need),
             QStringLiteral("To be \"good enough\" 💛"));

    QUndoStack stack;
    CycleModel reopened(m_practice->store(), stack);
    watch(&reopened);
    QVERIFY(reopened.loadCycleMap(m_map));
    QCOMPARE(reopened.cellIndex(CycleStep::Trigger, 0).data().toString(), QStringLiteral("He goes quiet"));
}

void TestCycleModel::anEditShowsInEveryOpenModel()
{
    QUndoStack stack;
    CycleModel editor(m_practice->store(), stack);
    CycleModel viewer(m_practice->store(), stack);
    watch(&editor);
    watch(&viewer);
    QVERIFY(editor.loadCycleMap(m_map));
    QVERIFY(viewer.loadCycleMap(m_map));
    ModelSpies viewerSpies(&viewer);

    QVERIFY(editor.setData(editor.cellIndex(CycleStep::Need, 0), QStringLiteral("To matter to him")));

    QCOMPARE(viewerSpies.changed.count(), 1);
    QCOMPARE(viewerSpies.changed.first().at(0).value<QModelIndex>(), viewer.cellIndex(CycleStep::Need, 0));
    QVERIFY(viewerSpies.noReset());
    QCOMPARE(viewer.cellIndex(CycleStep::Need, 0).data().toString(), QStringLiteral("To matter to him"));

    // A direct store write (as an import would make) reaches both as well.
    Result<CycleMap> map = m_practice->store().cycleMap(m_map);
    QVERIFY(map);
    map->chains[1][CycleStep::Behavior] = QStringLiteral("Withdraws");
    QVERIFY(m_practice->store().updateCycleMap(*map));
    QCOMPARE(viewerSpies.changed.count(), 2);
    QCOMPARE(editor.cellIndex(CycleStep::Behavior, 1).data().toString(), QStringLiteral("Withdraws"));
}

void TestCycleModel::settingTheSameTextPushesNothing()
{
    QUndoStack stack;
    CycleModel model(m_practice->store(), stack);
    watch(&model);
    QVERIFY(model.loadCycleMap(m_map));
    QVERIFY(model.setData(model.cellIndex(CycleStep::Trigger, 0), QStringLiteral("He turns away")));
    QCOMPARE(stack.count(), 0);
    QVERIFY(!model.setData(model.cellIndex(CycleStep::Trigger, 0), QStringLiteral("x"), Qt::DisplayRole));
    QCOMPARE(stack.count(), 0);
}

void TestCycleModel::aFailingWriteReportsEditFailed()
{
    QUndoStack stack;
    CycleModel model(m_practice->store(), stack);
    watch(&model);
    CycleMap missing;
    missing.id = 987654; // no such map
    missing.coupleId = m_couple;
    missing.date = fixedNow().date();
    model.setCycleMap(missing);
    QCOMPARE(model.rowCount(), 6);
    QSignalSpy failed(&model, &CycleModel::editFailed);
    ModelSpies spies(&model);

    QVERIFY(!model.setData(model.cellIndex(CycleStep::Trigger, 0), QStringLiteral("lost")));

    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(model.lastError(), failed.first().first().toString());
    QCOMPARE(stack.count(), 0); // nothing to undo: the edit never happened
    QCOMPARE(model.cellIndex(CycleStep::Trigger, 0).data().toString(), QString());
    QVERIFY(spies.changed.isEmpty());
    QCOMPARE(storedText(m_practice->store(), m_map, 0, CycleStep::Trigger), QStringLiteral("He turns away"));
}

void TestCycleModel::aFailingUndoReportsEditFailedAndLeavesTheStack()
{
    QUndoStack stack;
    CycleModel model(m_practice->store(), stack);
    watch(&model);
    QVERIFY(model.loadCycleMap(m_map));
    QSignalSpy failed(&model, &CycleModel::editFailed);
    QVERIFY(model.setData(model.cellIndex(CycleStep::Trigger, 0), QStringLiteral("He goes quiet")));
    QCOMPARE(stack.count(), 1);

    // The practice the command wrote to is closed, so its undo cannot write.
    m_practice->reopen();
    stack.undo();

    QCOMPARE(failed.count(), 1);
    QVERIFY(!model.lastError().isEmpty());
    QCOMPARE(stack.count(), 0);    // dropped rather than pretending it was undone
    QCOMPARE(model.rowCount(), 0); // the closed practice's map is no longer shown
    QCOMPARE(storedText(m_practice->store(), m_map, 0, CycleStep::Trigger), QStringLiteral("He goes quiet"));
}

void TestCycleModel::aCommandOnAMissingMapIsDroppedAndReported()
{
    QUndoStack stack;
    QString reported;
    auto *command =
        new EditCycleStepCommand(m_practice->store(), 987654, 0, CycleStep::Trigger, QStringLiteral("x"),
                                 QStringLiteral("Ana"), [&](const QString &message) { reported = message; });
    QVERIFY(command->text().contains(QStringLiteral("Trigger")));
    stack.push(command); // redo fails at once, so the stack deletes the command
    QVERIFY(!reported.isEmpty());
    QCOMPARE(stack.count(), 0);
    QVERIFY(!stack.canUndo());
}

void TestCycleModel::renamingAPartnerUpdatesTheHeader()
{
    QUndoStack stack;
    CycleModel model(m_practice->store(), stack);
    watch(&model);
    QVERIFY(model.loadCycleMap(m_map));
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);

    Result<Couple> couple = m_practice->store().couple(m_couple);
    QVERIFY(couple);
    couple->partners[1].name = QStringLiteral("Benjamín");
    QVERIFY(m_practice->store().updateCouple(*couple));

    QCOMPARE(headers.count(), 1);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Benjamín"));
}

QTEST_GUILESS_MAIN(TestCycleModel)
#include "tst_cyclemodel.moc"
