// The audit viewer's data: the store's filtered listing (dates, actions, couple, together) and the table
// model over it, checked by QAbstractItemModelTester, appending new rows in place, and quick on a trail
// of many thousands of rows.
#include "TestPractice.h"

#include "items/AuditTrailModel.h"
#include "items/Roles.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace attune;
using namespace attune::test;

class TestAuditTrail : public QObject
{
    Q_OBJECT

private:
    // A practice whose rows are written on three days: couple A on day 1, couple B on day 2, a lock on
    // day 3. The clock is moved between writes.
    struct Practice
    {
        QTemporaryDir dir;
        QDateTime now = fixedNow();
        std::unique_ptr<PracticeStore> store;
        QString a;
        QString b;
    };

    static std::unique_ptr<Practice> threeDays()
    {
        auto p = std::make_unique<Practice>();
        auto opened = PracticeStore::open(p->dir.filePath(QStringLiteral("p.db")),
                                          PracticeStore::OpenMode::CreateIfMissing,
                                          [raw = p.get()] { return raw->now; });
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        p->store = std::move(opened).value();
        p->store->setClinician({QStringLiteral("Alex Rivera"), QStringLiteral("LMFT")});
        const auto a = p->store->createCouple(makeCouple(QStringLiteral("Ana"), QStringLiteral("Ben")));
        p->store->createSession(makeSession(*a, fixedNow().date()));
        p->now = p->now.addDays(1);
        const auto b = p->store->createCouple(makeCouple(QStringLiteral("Cruz"), QStringLiteral("Dee")));
        p->store->setCoupleArchived(*b, true);
        p->now = p->now.addDays(1);
        p->store->recordEvent(QStringLiteral("lock"), QStringLiteral("practice"), {}, {},
                              QStringLiteral("shortcut"));
        p->a = p->store->couple(*a)->uuid;
        p->b = p->store->couple(*b)->uuid;
        return p;
    }

    static QStringList actionsOf(const QList<AuditEntry> &entries)
    {
        QStringList actions;
        for (const AuditEntry &e : entries)
            actions << e.action;
        return actions;
    }

private slots:
    void storeFiltersByDateActionAndCouple()
    {
        const auto p = threeDays();
        const auto all = p->store->auditTrail(AuditFilter{});
        QVERIFY2(all, qPrintable(all.error()));
        QVERIFY(all->size() >= 5);

        AuditFilter day2;
        day2.from = QDateTime(fixedNow().date().addDays(1), QTime(0, 0), Qt::UTC);
        day2.to = day2.from.addDays(1);
        const auto second = p->store->auditTrail(day2);
        QVERIFY(second);
        QCOMPARE(actionsOf(*second), (QStringList{QStringLiteral("create"), QStringLiteral("archive")}));
        for (const AuditEntry &e : *second)
            QCOMPARE(e.coupleUuid, p->b);

        AuditFilter coupleA;
        coupleA.coupleUuid = p->a;
        const auto ofA = p->store->auditTrail(coupleA);
        QVERIFY(ofA);
        QVERIFY(ofA->size() >= 2); // the couple and its session
        for (const AuditEntry &e : *ofA)
            QCOMPARE(e.coupleUuid, p->a);

        AuditFilter lockOrArchive;
        lockOrArchive.actions = {QStringLiteral("lock"), QStringLiteral("archive")};
        QCOMPARE(actionsOf(*p->store->auditTrail(lockOrArchive)),
                 (QStringList{QStringLiteral("archive"), QStringLiteral("lock")}));

        AuditFilter combined = lockOrArchive;
        combined.coupleUuid = p->b;
        combined.from = day2.to; // day 3 on: B's archive was on day 2
        QVERIFY(p->store->auditTrail(combined)->isEmpty());

        // The date overload the command line uses still means whole UTC days.
        QCOMPARE(p->store->auditTrail(fixedNow().date().addDays(2), fixedNow().date().addDays(2))->size(), 1);

        const auto actions = p->store->auditActions();
        QVERIFY(actions);
        for (const char *expected : {"archive", "create", "lock"})
            QVERIFY(actions->contains(QLatin1StringView(expected)));
        QVERIFY(!actions->contains(QStringLiteral("unlock")));
    }

    void modelShowsRowsAndAppendsNewOnesInPlace()
    {
        const auto p = threeDays();
        AuditTrailModel model(*p->store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setFilter(AuditFilter{}));
        const int before = model.rowCount();
        QVERIFY(before >= 5);
        model.setCoupleNames({{p->a, QStringLiteral("Ana & Ben")}});

        const int last = before - 1;
        QCOMPARE(model.index(last, AuditTrailModel::ActionColumn).data().toString(), QStringLiteral("Lock"));
        QCOMPARE(model.index(last, AuditTrailModel::RecordColumn).data().toString(),
                 QStringLiteral("Practice"));
        QCOMPARE(model.index(last, AuditTrailModel::SummaryColumn).data().toString(),
                 QStringLiteral("shortcut"));
        QCOMPARE(model.index(last, AuditTrailModel::ClinicianColumn).data().toString(),
                 QStringLiteral("Alex Rivera, LMFT"));
        QVERIFY(model.index(last, AuditTrailModel::TimeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("2026-06-17 14:30:00 UTC")));
        QCOMPARE(model.index(0, AuditTrailModel::CoupleColumn).data().toString(),
                 QStringLiteral("Ana & Ben"));
        QCOMPARE(model.index(0, AuditTrailModel::TimeColumn).data(SortKeyRole).toLongLong(),
                 model.entryAt(0).id);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(p->store->recordEvent(QStringLiteral("unlock"), QStringLiteral("practice")));
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(before, AuditTrailModel::ActionColumn).data().toString(),
                 QStringLiteral("Unlock"));

        AuditFilter onlyUnlock;
        onlyUnlock.actions = {QStringLiteral("unlock")};
        QVERIFY(model.setFilter(onlyUnlock));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfEntry(model.entryAt(0).id), 0);
    }

    void aLargeTrailStaysQuick()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        const auto id = store.createCouple(makeCouple());
        const QString uuid = store.couple(*id)->uuid;
        constexpr int kRows = 20000;
        QVERIFY(store.transaction([&]() -> Status {
            for (int i = 0; i < kRows; ++i)
                if (Status s = store.recordEvent(i % 2 ? QStringLiteral("print") : QStringLiteral("export"),
                                                 QStringLiteral("couple"), uuid, i % 10 ? QString() : uuid);
                    !s)
                    return s;
            return Status::ok();
        }));
        AuditTrailModel model(store);
        QElapsedTimer timer;
        timer.start();
        AuditFilter filter;
        filter.coupleUuid = uuid;
        filter.actions = {QStringLiteral("export")};
        QVERIFY(model.setFilter(filter));
        QCOMPARE(model.rowCount(), kRows / 10);
        QVERIFY(model.setFilter(AuditFilter{}));
        QCOMPARE(model.rowCount(), kRows + 1);
        const qint64 elapsed = timer.elapsed();
        qInfo("listing %d rows, filtered and whole: %lld ms", kRows, elapsed);
        QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
