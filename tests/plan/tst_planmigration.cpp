// The treatment-plan migration on a practice of the schema before it (version 4, written by the code
// of that release: its own migrations): the records carry over untouched, the file passes every check,
// and the upgraded practice takes a plan whose goals its existing sessions can mark.
#include "OldPractice.h"
#include "PlanTestData.h"

#include "store/Migrations.h"
#include "store/PracticeFile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

constexpr int kVersionBeforePlans = 4;

void writeVersion4Practice(const QString &path)
{
    const QString problem = writeOldPractice(
        path, kVersionBeforePlans,
        rosaAndTomRows() << QStringLiteral(
            "INSERT INTO sessions (uuid, couple_id, session_date, duration_min, attendance, format, stage, "
            "step, focus, note_text, created_at, modified_at) VALUES ('s-1', 1, '2026-02-02', 50, 'both', "
            "'in_person', 1, 2, 'The 3 a.m. feeding', 'Rosa felt invisible.', '%1', '%1')"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(schemaVersionOf(path), kVersionBeforePlans);
}

} // namespace

class TestPlanMigration : public QObject
{
    Q_OBJECT

private slots:
    void versionFourFileGainsTreatmentPlans()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.db"));
        writeVersion4Practice(path);
        if (QTest::currentTestFailed())
            return;

        auto store = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting, fixedClock(fixedNow()));
        QVERIFY2(store, qPrintable(store.error()));
        PracticeStore &s = **store;
        const auto report = s.checkIntegrity();
        QVERIFY(report);
        QVERIFY2(report->passed(), qPrintable(report->problems.join(QLatin1Char('\n'))));

        // What the file held is there as it was.
        const auto sessions = s.sessions(1);
        QVERIFY(sessions);
        QCOMPARE(sessions->size(), 1);
        QCOMPARE(sessions->first().uuid, QStringLiteral("s-1"));
        QCOMPARE(sessions->first().note.text, QStringLiteral("Rosa felt invisible."));
        QVERIFY(sessions->first().goalIds.isEmpty());
        QCOMPARE(s.couple(1)->partners[1].name, QStringLiteral("Tom"));
        QVERIFY(s.treatmentPlans(1)->isEmpty());

        // And it takes a plan the old session can refer to.
        const auto planId = s.createTreatmentPlan(makePlan(1));
        QVERIFY2(planId, qPrintable(planId.error()));
        Session old = sessions->first();
        old.goalIds = {s.treatmentPlan(*planId)->goals[0].id};
        QVERIFY(s.updateSession(old));
        QCOMPARE(s.session(old.id)->goalIds, old.goalIds);
        QVERIFY(s.checkIntegrity()->passed());
        store->reset();
        QCOMPARE(schemaVersionOf(path), latestSchemaVersion());
    }

    void readOnlyOpenLeavesTheFileAtVersionFour()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.db"));
        writeVersion4Practice(path);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!PracticeStore::open(path, PracticeStore::OpenMode::ReadOnly));
        QCOMPARE(schemaVersionOf(path), kVersionBeforePlans);
    }
};

QTEST_GUILESS_MAIN(TestPlanMigration)
#include "tst_planmigration.moc"
