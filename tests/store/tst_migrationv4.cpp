// Schema version 4 (the full-text index) on a practice written by the previous release: opening a
// version-3 file builds the index over the records it already holds, in place, and the upgraded file
// passes every check, the search index's included. A read-only open leaves it at version 3.
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

// A version-3 practice with a couple, a session with its note, homework and an anchor quote, a cycle
// map and an exercise. The records are written at version 1, before the audit trail existed, so the
// file holds no unsealed audit rows (which only Attune's store can seal).
void writeVersion3Practice(const QString &path)
{
    const QStringList rows = {
        QStringLiteral("INSERT INTO couples (uuid, name, status, pattern, intake_date, presenting_concerns, "
                       "tags, created_at, modified_at) VALUES ('c-1', 'Rosa & Tom', 'active', "
                       "'pursue_withdraw', '2026-01-05', 'Distance since the baby.', '[\"new parents\"]', "
                       "'%1', '%1')"),
        QStringLiteral("INSERT INTO partners (uuid, couple_id, ordinal, name, position, closeness_need, "
                       "alone_need, created_at, modified_at) VALUES ('p-0', 1, 0, 'Rosa Peña', 'pursuer', "
                       "5, 5, '%1', '%1'), ('p-1', 1, 1, 'Tom', 'withdrawer', 5, 5, '%1', '%1')"),
        QStringLiteral("INSERT INTO sessions (uuid, couple_id, session_date, duration_min, attendance, "
                       "format, stage, step, focus, note_text, created_at, modified_at) VALUES ('s-1', 1, "
                       "'2026-02-02', 50, 'both', 'in_person', 1, 2, 'The 3 a.m. feeding', "
                       "'Rosa felt invisible; Tom felt criticized.', '%1', '%1')"),
        QStringLiteral("INSERT INTO homework (uuid, session_id, position, text, created_at, modified_at) "
                       "VALUES ('h-1', 1, 0, 'Take turns with the night feeds', '%1', '%1')"),
        QStringLiteral("INSERT INTO change_events (uuid, session_id, kind, level, partner, anchor, "
                       "created_at, modified_at) VALUES ('e-1', 1, 'withdrawer_reengagement', 1, 1, "
                       "'I freeze when you are upset.', '%1', '%1')"),
        QStringLiteral(
            "INSERT INTO cycle_maps (uuid, couple_id, version, map_date, kind, notes, created_at, "
            "modified_at) VALUES ('m-1', 1, 1, '2026-02-09', 'negative', 'First map.', '%1', '%1')"),
        QStringLiteral("INSERT INTO cycle_chains (uuid, cycle_map_id, partner, trigger_text, "
                       "primary_emotion, created_at, modified_at) VALUES ('k-0', 1, 0, 'Tom looks away', "
                       "'fear of being alone', '%1', '%1')"),
        QStringLiteral("INSERT INTO exercises (uuid, couple_id, partner, exercise_date, incident, "
                       "deeper_feelings, created_at, modified_at) VALUES ('x-1', 1, 1, '2026-02-10', "
                       "'The stroller', 'Inadequacy.', '%1', '%1')"),
    };
    const QString problem = writeOldPractice(path, 3, rows);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(schemaVersionOf(path), 3);
}

} // namespace

class TestMigrationV4 : public QObject
{
    Q_OBJECT

private slots:
    void versionThreeFileGetsItsIndexBuilt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.db"));
        writeVersion3Practice(path);
        if (QTest::currentTestFailed())
            return;

        auto store = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting, fixedClock(fixedNow()));
        QVERIFY2(store, qPrintable(store.error()));
        const auto report = (*store)->checkIntegrity();
        QVERIFY(report);
        QVERIFY2(report->passed(), qPrintable(report->problems.join(QLatin1Char('\n'))));

        const QStringList expected = {
            QStringLiteral("pena"),     QStringLiteral("baby"),      QStringLiteral("parents"),
            QStringLiteral("feeding"),  QStringLiteral("invisible"), QStringLiteral("night feeds"),
            QStringLiteral("freeze"),   QStringLiteral("first map"), QStringLiteral("looks away"),
            QStringLiteral("stroller"), QStringLiteral("inadequacy")};
        for (const QString &words : expected) {
            const auto results = (*store)->search({words});
            QVERIFY2(results && results->hits.size() == 1, qPrintable(words));
            QCOMPARE(results->hits.first().coupleName, QStringLiteral("Rosa & Tom"));
        }
        // The upgraded file goes on like any other: a new note is found at once.
        Session s = makeSession(1, QDate(2026, 3, 2));
        s.note.text = QStringLiteral("First laugh together in months.");
        QVERIFY((*store)->createSession(s));
        QCOMPARE((*store)->search({QStringLiteral("laugh")})->hits.size(), 1);
        store->reset();
        QCOMPARE(schemaVersionOf(path), latestSchemaVersion()); // later schema changes apply on top
    }

    void readOnlyOpenLeavesVersionThree()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.db"));
        writeVersion3Practice(path);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!PracticeStore::open(path, PracticeStore::OpenMode::ReadOnly));
        QCOMPARE(schemaVersionOf(path), 3);
    }
};

QTEST_GUILESS_MAIN(TestMigrationV4)
#include "tst_migrationv4.moc"
