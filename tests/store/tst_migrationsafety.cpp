// The "safety record" schema change (MigrationSafetyRecord.cpp) on a practice of version 4, the version
// before it: the couple's screen carries over as the latest one with an empty history, the upgraded file
// passes every check, and re-screening then keeps the earlier screen as a dated, audited row. The test
// does not depend on the number the change ends up with: it expects latestSchemaVersion().
#include "OldPractice.h"
#include "TestPractice.h"

#include "store/Migrations.h"
#include "store/PracticeFile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

constexpr int kVersionBefore = 4;

void writeVersion4Practice(const QString &path)
{
    const QStringList rows = {
        QStringLiteral("INSERT INTO couples (uuid, name, status, pattern, intake_date, safety_outcome, "
                       "safety_date, safety_notes, created_at, modified_at) VALUES ('c-1', 'Rosa & Tom', "
                       "'active', 'pursue_withdraw', '2026-01-05', 'monitor', '2026-01-05', "
                       "'Shouting, no fear reported.', '%1', '%1')"),
        rosaAndTomRows().at(1), // the partners
    };
    const QString problem = writeOldPractice(path, kVersionBefore, rows);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(schemaVersionOf(path), kVersionBefore);
}

} // namespace

class TestMigrationSafety : public QObject
{
    Q_OBJECT

private slots:
    void versionFourFileKeepsItsScreen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.db"));
        writeVersion4Practice(path);

        auto store = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting, fixedClock(fixedNow()));
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(schemaVersionOf(path), latestSchemaVersion());
        const auto id = (*store)->coupleIdByUuid(QStringLiteral("c-1"));
        QVERIFY(id);
        Couple c = *(*store)->couple(*id);
        QCOMPARE(c.safety.outcome, SafetyOutcome::Monitor);
        QCOMPARE(c.safety.date, QDate(2026, 1, 5));
        QCOMPARE(c.safety.notes, QStringLiteral("Shouting, no fear reported."));
        QVERIFY(c.safetyHistory.isEmpty());
        const auto report = (*store)->checkIntegrity();
        QVERIFY2(report && report->passed(),
                 qPrintable(report ? report->problems.join(u'\n') : report.error()));

        // Re-screening: the old screen becomes a dated row of the history, audited like any record.
        c.safetyHistory.append(c.safety);
        c.safety = {SafetyOutcome::Contraindicated, (*store)->today(), QStringLiteral("Pushing disclosed.")};
        QVERIFY((*store)->updateCouple(c));
        store->reset();
        store = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting, fixedClock(fixedNow()));
        QVERIFY(store);
        const Couple again = *(*store)->couple(*id);
        QCOMPARE(again.safety, c.safety);
        QCOMPARE(again.safetyHistory, c.safetyHistory);
        QCOMPARE((*store)->coupleSummary(*id)->safety, SafetyConcern::AbuseOngoing);
        bool audited = false;
        const QList<AuditEntry> trail = *(*store)->auditTrail();
        for (const AuditEntry &e : trail)
            audited =
                audited || (e.recordType == QStringLiteral("safety_screen") &&
                            e.action == QStringLiteral("create") && e.coupleUuid == QStringLiteral("c-1"));
        QVERIFY(audited);
        // An unchanged history writes nothing more to the trail.
        const qsizetype rows = (*store)->auditTrail()->size();
        Couple renamed = again;
        renamed.presentingConcerns = QStringLiteral("Distance.");
        QVERIFY((*store)->updateCouple(renamed));
        int screenRows = 0;
        const QList<AuditEntry> later = *(*store)->auditTrail();
        for (const AuditEntry &e : later)
            screenRows += e.recordType == QStringLiteral("safety_screen") ? 1 : 0;
        QCOMPARE(screenRows, 1);
        QVERIFY(later.size() > rows); // the couple's own edit row
        const auto after = (*store)->checkIntegrity();
        QVERIFY2(after && after->passed(), qPrintable(after ? after->problems.join(u'\n') : after.error()));
    }

    void historyMustBeOrderedAndEarlier()
    {
        TestPractice practice;
        Couple c = makeCouple();
        c.safety = {SafetyOutcome::NoConcerns, practice.store().today().addDays(-10), {}};
        c.safetyHistory = {{SafetyOutcome::Monitor, practice.store().today().addDays(-5), {}}};
        const auto refused = practice.store().createCouple(c);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("dated after the earlier ones")),
                 qPrintable(refused.error()));
        c.safetyHistory = {{SafetyOutcome::NotScreened, practice.store().today().addDays(-50), {}}};
        QVERIFY(!practice.store().createCouple(c));
        c.safetyHistory = {{SafetyOutcome::Monitor, practice.store().today().addDays(-50), {}}};
        const auto id = practice.store().createCouple(c);
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(practice.store().couple(*id)->safetyHistory, c.safetyHistory);
    }
};

QTEST_MAIN(TestMigrationSafety)
#include "tst_migrationsafety.moc"
