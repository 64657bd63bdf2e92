// Tests for CouplesModel: what it lists and answers per role, and that store writes reach every open
// model as single-row inserts, changes and removals rather than resets; store failures are reported.
#include "ItemsTestSupport.h"
#include "TestPractice.h"

#include "items/CouplesModel.h"
#include "items/Roles.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

QAbstractItemModelTester *watch(QAbstractItemModel *model)
{
    return new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
}

QStringList names(const CouplesModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row).data().toString();
    return result;
}

} // namespace

class TestCouplesModel : public QObject
{
    Q_OBJECT
private slots:
    void listsCurrentCouples();
    void rolesDescribeTheCouple();
    void newCoupleInsertsOneRowInEveryOpenModel();
    void editChangesOnlyThatRow();
    void archivingMovesTheRowBetweenFilters();
    void newSessionUpdatesTheSummaryRow();
    void changingTheFilterReloads();
    void unreadableCoupleReportsLoadFailed();
    void damagedFileReportsLoadFailedAndKeepsRows();
    void closingThePracticeEmptiesTheModel();
};

void TestCouplesModel::listsCurrentCouples()
{
    TestPractice practice;
    const qint64 kept =
        storeCouple(practice.store(), makeCouple(QStringLiteral("Ana"), QStringLiteral("Ben")));
    const qint64 archived =
        storeCouple(practice.store(), makeCouple(QStringLiteral("Cleo"), QStringLiteral("Dev")));
    QVERIFY(kept > 0 && archived > 0);
    QVERIFY(practice.store().setCoupleArchived(archived, true));

    CouplesModel model(practice.store());
    watch(&model);
    QCOMPARE(names(model), QStringList{QStringLiteral("Ana & Ben")});
    QVERIFY(model.lastError().isEmpty());

    CouplesModel all(practice.store(), ArchiveFilter::All);
    watch(&all);
    QCOMPARE(all.rowCount(), 2);
    QVERIFY(all.rowOf(archived) >= 0);
    QCOMPARE(all.index(all.rowOf(archived)).data(ArchivedRole).toBool(), true);
}

void TestCouplesModel::rolesDescribeTheCouple()
{
    TestPractice practice;
    Couple couple = makeCouple(QStringLiteral("José"), QStringLiteral("Marta"));
    couple.name = QStringLiteral("Núñez family");
    couple.tags = {QStringLiteral("veteran"), QStringLiteral("blended")};
    couple.status = CoupleStatus::Paused;
    const qint64 id = storeCouple(practice.store(), couple);
    QVERIFY(id > 0);

    CouplesModel model(practice.store());
    watch(&model);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex index = model.index(0);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("Núñez family"));
    QCOMPARE(index.data(IdRole).toLongLong(), id);
    QVERIFY(!index.data(UuidRole).toString().isEmpty());
    QCOMPARE(index.data(StatusKeyRole).toString(), QStringLiteral("paused"));
    QCOMPARE(index.data(PatternKeyRole).toString(), QStringLiteral("pursue_withdraw"));
    QCOMPARE(index.data(StageRole).toInt(), 0);
    QCOMPARE(index.data(SessionCountRole).toInt(), 0);
    QVERIFY(!index.data(LastSessionDateRole).toDate().isValid());

    const QString search = index.data(SearchTextRole).toString();
    for (const QString &part :
         {QStringLiteral("Núñez family"), QStringLiteral("José"), QStringLiteral("Marta"),
          QStringLiteral("veteran"), QStringLiteral("blended")})
        QVERIFY2(search.contains(part), qPrintable(search));

    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("José (Pursuer)")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Marta (Withdrawer)")), qPrintable(tip));

    QCOMPARE(model.roleNames().value(SearchTextRole), QByteArrayLiteral("searchText"));
    QCOMPARE(model.summaryAt(0).id, id);
    QCOMPARE(model.summaryAt(5).id, 0);
}

void TestCouplesModel::newCoupleInsertsOneRowInEveryOpenModel()
{
    TestPractice practice;
    QVERIFY(storeCouple(practice.store(), makeCouple(QStringLiteral("Ana"), QStringLiteral("Ben"))) > 0);
    CouplesModel first(practice.store());
    CouplesModel second(practice.store());
    watch(&first);
    watch(&second);
    ModelSpies firstSpies(&first);
    ModelSpies secondSpies(&second);

    // "Abe" sorts before "Ana" in the store, but the model appends: the proxy decides the order shown.
    const qint64 id = storeCouple(practice.store(), makeCouple(QStringLiteral("Abe"), QStringLiteral("Cy")));
    QVERIFY(id > 0);

    for (ModelSpies *spies : {&firstSpies, &secondSpies}) {
        QCOMPARE(spies->inserted.count(), 1);
        QCOMPARE(structuralRows(spies->inserted.first()), qMakePair(1, 1));
        QVERIFY(spies->noReset());
        QVERIFY(spies->removed.isEmpty());
    }
    QCOMPARE(first.index(1).data().toString(), QStringLiteral("Abe & Cy"));
    QCOMPARE(second.index(1).data(IdRole).toLongLong(), id);

    // A full reload finds nothing to change, rather than resetting to the store's order.
    firstSpies.clear();
    QVERIFY(first.reload());
    QVERIFY(firstSpies.noReset());
    QVERIFY(firstSpies.inserted.isEmpty() && firstSpies.removed.isEmpty() && firstSpies.changed.isEmpty());
    QCOMPARE(first.index(1).data(IdRole).toLongLong(), id);
}

void TestCouplesModel::editChangesOnlyThatRow()
{
    TestPractice practice;
    QVERIFY(storeCouple(practice.store(), makeCouple(QStringLiteral("Ana"), QStringLiteral("Ben"))) > 0);
    const qint64 id =
        storeCouple(practice.store(), makeCouple(QStringLiteral("Cleo"), QStringLiteral("Dev")));
    QVERIFY(storeCouple(practice.store(), makeCouple(QStringLiteral("Eve"), QStringLiteral("Finn"))) > 0);
    CouplesModel first(practice.store());
    CouplesModel second(practice.store());
    watch(&first);
    watch(&second);
    const int row = first.rowOf(id);
    QVERIFY(row >= 0);
    ModelSpies firstSpies(&first);
    ModelSpies secondSpies(&second);

    Result<Couple> couple = practice.store().couple(id);
    QVERIFY(couple);
    couple->name = QStringLiteral("Cleo & Dev Okafor");
    couple->status = CoupleStatus::Closed;
    QVERIFY(practice.store().updateCouple(*couple));

    QCOMPARE(firstSpies.changed.count(), 1);
    QCOMPARE(changedRows(firstSpies.changed.first()), qMakePair(row, row));
    QCOMPARE(secondSpies.changed.count(), 1);
    QVERIFY(firstSpies.noReset() && secondSpies.noReset());
    QVERIFY(firstSpies.inserted.isEmpty() && firstSpies.removed.isEmpty());
    QCOMPARE(first.index(row).data().toString(), QStringLiteral("Cleo & Dev Okafor"));
    QCOMPARE(second.index(second.rowOf(id)).data(StatusKeyRole).toString(), QStringLiteral("closed"));
    QCOMPARE(first.rowCount(), 3);
}

void TestCouplesModel::archivingMovesTheRowBetweenFilters()
{
    TestPractice practice;
    QVERIFY(storeCouple(practice.store(), makeCouple(QStringLiteral("Ana"), QStringLiteral("Ben"))) > 0);
    const qint64 id =
        storeCouple(practice.store(), makeCouple(QStringLiteral("Cleo"), QStringLiteral("Dev")));
    QVERIFY(id > 0);
    CouplesModel current(practice.store());
    CouplesModel archive(practice.store(), ArchiveFilter::Archived);
    watch(&current);
    watch(&archive);
    QCOMPARE(archive.rowCount(), 0);
    const int row = current.rowOf(id);
    ModelSpies currentSpies(&current);
    ModelSpies archiveSpies(&archive);

    QVERIFY(practice.store().setCoupleArchived(id, true));

    QCOMPARE(currentSpies.removed.count(), 1);
    QCOMPARE(structuralRows(currentSpies.removed.first()), qMakePair(row, row));
    QCOMPARE(current.rowOf(id), -1);
    QCOMPARE(current.rowCount(), 1);
    QCOMPARE(archiveSpies.inserted.count(), 1);
    QCOMPARE(archive.rowOf(id), 0);
    QVERIFY(currentSpies.noReset() && archiveSpies.noReset());

    QVERIFY(practice.store().setCoupleArchived(id, false));
    QCOMPARE(currentSpies.inserted.count(), 1);
    QCOMPARE(archiveSpies.removed.count(), 1);
    QCOMPARE(archive.rowCount(), 0);
    QVERIFY(current.rowOf(id) >= 0);
}

void TestCouplesModel::newSessionUpdatesTheSummaryRow()
{
    TestPractice practice;
    const qint64 other =
        storeCouple(practice.store(), makeCouple(QStringLiteral("Ana"), QStringLiteral("Ben")));
    const qint64 id =
        storeCouple(practice.store(), makeCouple(QStringLiteral("Cleo"), QStringLiteral("Dev")));
    QVERIFY(other > 0 && id > 0);
    CouplesModel model(practice.store());
    watch(&model);
    ModelSpies spies(&model);

    const QDate date = fixedNow().date().addDays(-3);
    Session session = makeSession(id, date);
    session.stage = 2;
    session.step = 5;
    QVERIFY(storeSession(practice.store(), session) > 0);

    QCOMPARE(spies.changed.count(), 1);
    const int row = model.rowOf(id);
    QCOMPARE(changedRows(spies.changed.first()), qMakePair(row, row));
    QVERIFY(spies.noReset());
    const QModelIndex index = model.index(row);
    QCOMPARE(index.data(LastSessionDateRole).toDate(), date);
    QCOMPARE(index.data(SessionCountRole).toInt(), 1);
    QCOMPARE(index.data(StageRole).toInt(), 2);
    QCOMPARE(index.data(StepRole).toInt(), 5);
    QVERIFY(!model.index(model.rowOf(other)).data(LastSessionDateRole).toDate().isValid());
}

void TestCouplesModel::changingTheFilterReloads()
{
    TestPractice practice;
    const qint64 id = storeCouple(practice.store(), makeCouple(QStringLiteral("Ana"), QStringLiteral("Ben")));
    QVERIFY(id > 0);
    QVERIFY(practice.store().setCoupleArchived(id, true));
    CouplesModel model(practice.store());
    watch(&model);
    QCOMPARE(model.rowCount(), 0);
    model.setArchiveFilter(ArchiveFilter::All);
    QCOMPARE(model.archiveFilter(), ArchiveFilter::All);
    QCOMPARE(model.rowOf(id), 0);
    model.setArchiveFilter(ArchiveFilter::Current);
    QCOMPARE(model.rowCount(), 0);
}

void TestCouplesModel::unreadableCoupleReportsLoadFailed()
{
    TestPractice practice;
    QVERIFY(storeCouple(practice.store(), makeCouple()) > 0);
    CouplesModel model(practice.store());
    watch(&model);
    QSignalSpy failed(&model, &CouplesModel::loadFailed);
    ModelSpies spies(&model);

    // As if the store announced a couple it then cannot read.
    emit practice.store().coupleChanged(987654);

    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(model.lastError(), failed.first().first().toString());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(spies.noReset() && spies.removed.isEmpty() && spies.changed.isEmpty());

    QVERIFY(model.reload());
    QVERIFY(model.lastError().isEmpty());
}

void TestCouplesModel::damagedFileReportsLoadFailedAndKeepsRows()
{
    TestPractice practice;
    QVERIFY(storeCouple(practice.store(), makeCouple()) > 0);
    CouplesModel model(practice.store());
    watch(&model);
    QSignalSpy failed(&model, &CouplesModel::loadFailed);

    // Overwrite the header (and with it the change counter), so SQLite cannot serve the next read from
    // its cache and the store's query fails.
    {
        QFile file(practice.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.write(QByteArray(100, 'x')) == 100);
    }

    QVERIFY(!model.reload());
    QCOMPARE(failed.count(), 1);
    QVERIFY(!model.lastError().isEmpty());
    QCOMPARE(model.rowCount(), 1);
}

void TestCouplesModel::closingThePracticeEmptiesTheModel()
{
    TestPractice practice;
    QVERIFY(storeCouple(practice.store(), makeCouple()) > 0);
    CouplesModel model(practice.store());
    watch(&model);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy failed(&model, &CouplesModel::loadFailed);

    practice.reopen(); // the model's store is destroyed

    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.reload());
    QCOMPARE(failed.count(), 1);
}

QTEST_GUILESS_MAIN(TestCouplesModel)
#include "tst_couplesmodel.moc"
