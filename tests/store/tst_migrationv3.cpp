// Schema version 3 (appointments) on a practice written by the previous release: the file moves to
// version 3 (and on to the latest) in place, keeps every record, passes the integrity check, and
// appointment changes then reach the audit trail without names or note text.
#include "OldPractice.h"
#include "TestPractice.h"

#include "store/Migrations.h"
#include "store/PracticeFile.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

// A version-2 practice with one couple. The couple is written at version 1, before the audit trail
// existed, so the file holds no unsealed audit rows (which only Attune's store can seal).
void writeVersion2Practice(const QString &path)
{
    const QString problem = writeOldPractice(path, 2, rosaAndTomRows());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(schemaVersionOf(path), 2);
}

} // namespace

class TestMigrationV3 : public QObject
{
    Q_OBJECT

private slots:
    void versionTwoFileMovesToThree()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.db"));
        writeVersion2Practice(path);
        if (QTest::currentTestFailed())
            return;

        auto store = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting, fixedClock(fixedNow()));
        QVERIFY2(store, qPrintable(store.error()));
        QVERIFY(PracticeStore::currentSchemaVersion() >= 3);
        const auto couples = (*store)->coupleSummaries();
        QVERIFY(couples);
        QCOMPARE(couples->size(), 1);
        QCOMPARE(couples->first().name, QStringLiteral("Rosa & Tom"));
        QCOMPARE(couples->first().partnerNames[1], QStringLiteral("Tom"));
        // The migrated file is exactly what a new file of this version looks like.
        const auto report = (*store)->checkIntegrity();
        QVERIFY(report);
        QVERIFY2(report->passed(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QCOMPARE(*(*store)->appointment(couples->first().id), QDateTime());
        store->reset();
        QCOMPARE(schemaVersionOf(path),
                 PracticeStore::currentSchemaVersion()); // and on through later versions
    }

    void readOnlyOpenRefusesToMigrate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.db"));
        writeVersion2Practice(path);
        if (QTest::currentTestFailed())
            return;
        const auto store = PracticeStore::open(path, PracticeStore::OpenMode::ReadOnly);
        QVERIFY(!store);
        QCOMPARE(schemaVersionOf(path), 2);
    }

    void appointmentChangesAreAudited()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        const auto id = store.createCouple(makeCouple(QStringLiteral("Rosa"), QStringLiteral("Tom")));
        QVERIFY(id);
        const QDateTime at(QDate(2026, 6, 17), QTime(15, 0), Qt::UTC);
        QVERIFY(store.setAppointment(*id, at));
        QVERIFY(store.setAppointment(*id, at)); // unchanged: no edit row
        QVERIFY(store.setAppointment(*id, at.addDays(1)));
        QVERIFY(store.setAppointment(*id, QDateTime()));
        const auto trail = store.auditTrail();
        QVERIFY(trail);
        QStringList actions;
        for (const AuditEntry &e : *trail) {
            if (e.recordType != QStringLiteral("appointment"))
                continue;
            actions << e.action;
            QVERIFY2(!e.summary.contains(QStringLiteral("Rosa")), qPrintable(e.summary));
            QVERIFY(!e.coupleUuid.isEmpty());
        }
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("create"), QStringLiteral("edit"), QStringLiteral("delete")}));
        QVERIFY(store.verifyAuditTrail());
        QVERIFY(store.verifyAuditTrail()->intact());
    }
};

QTEST_GUILESS_MAIN(TestMigrationV3)
#include "tst_migrationv3.moc"
