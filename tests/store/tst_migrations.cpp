// Numbered migrations: a new file gets the whole schema in one step, a file is moved forward from the
// version it has, and a failing migration leaves the file at its old version with nothing half-done.
#include "TestPractice.h"

#include "store/Migrations.h"
#include "store/PracticeFile.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

int pragmaValue(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool hasTable(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next();
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void newFileGetsLatestSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        QVERIFY(createPracticeFile(path));
        auto db = openPracticeConnection(path);
        QVERIFY2(db, qPrintable(db.error()));
        QVERIFY(migrate(*db, PracticeStore::kApplicationId));
        QCOMPARE(pragmaValue(*db, QStringLiteral("user_version")), latestSchemaVersion());
        QCOMPARE(pragmaValue(*db, QStringLiteral("application_id")), PracticeStore::kApplicationId);
        for (const char *table : {"couples", "partners", "sessions", "change_events", "bond_ratings",
                                  "outcome_scores", "homework", "cycle_maps", "cycle_chains", "exercises"})
            QVERIFY2(hasTable(*db, QString::fromLatin1(table)), table);
        // Running it again is a no-op.
        QVERIFY(migrate(*db, PracticeStore::kApplicationId));
        QCOMPARE(pragmaValue(*db, QStringLiteral("user_version")), latestSchemaVersion());
        closePracticeConnection(*db);
    }

    void laterMigrationMovesFileForward()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        QVERIFY(createPracticeFile(path));
        auto db = openPracticeConnection(path);
        QVERIFY(migrate(*db, PracticeStore::kApplicationId));
        QList<QStringList> withNext = schemaMigrations();
        withNext.append({QStringLiteral("CREATE TABLE reminders (id INTEGER PRIMARY KEY, at TEXT NOT NULL)"),
                         QStringLiteral("ALTER TABLE couples ADD COLUMN colour TEXT NOT NULL DEFAULT ''")});
        QVERIFY(migrate(*db, PracticeStore::kApplicationId, withNext));
        QCOMPARE(pragmaValue(*db, QStringLiteral("user_version")), latestSchemaVersion() + 1);
        QVERIFY(hasTable(*db, QStringLiteral("reminders")));
        closePracticeConnection(*db);
    }

    void failingMigrationRollsBackCompletely()
    {
        TestPractice practice;
        const auto id = practice.store().createCouple(makeCouple());
        QVERIFY(id);
        const QString path = practice.path();
        practice.reopen(); // the practice stays open elsewhere, as it would in the app
        auto db = openPracticeConnection(path);
        QVERIFY(db);
        QList<QStringList> broken = schemaMigrations();
        broken.append({QStringLiteral("CREATE TABLE half_done (id INTEGER PRIMARY KEY)"),
                       QStringLiteral("ALTER TABLE no_such_table ADD COLUMN x TEXT")});
        const Status s = migrate(*db, PracticeStore::kApplicationId, broken);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("could not be upgraded")), qPrintable(s.error()));
        QCOMPARE(pragmaValue(*db, QStringLiteral("user_version")), latestSchemaVersion());
        QVERIFY(!hasTable(*db, QStringLiteral("half_done")));
        closePracticeConnection(*db);
        QCOMPARE(practice.store().coupleSummaries()->size(), 1);
    }

    void olderBuildRefusesNewerFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        QVERIFY(createPracticeFile(path));
        auto db = openPracticeConnection(path);
        QList<QStringList> future = schemaMigrations();
        future.append({QStringLiteral("CREATE TABLE from_the_future (id INTEGER PRIMARY KEY)")});
        QVERIFY(migrate(*db, PracticeStore::kApplicationId, future));
        // This build knows fewer migrations than the file has: it must refuse rather than "downgrade".
        QVERIFY(!migrate(*db, PracticeStore::kApplicationId));
        closePracticeConnection(*db);
        const auto opened = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting);
        QVERIFY(!opened);
        QVERIFY(opened.error().contains(QStringLiteral("newer version")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
