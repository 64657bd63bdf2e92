// Every record's content hash (issue 14, item 10): kept on every write, drafts included, and checked by
// `check`, which names the record whose text was changed behind Attune's back — by a flipped byte in the
// raw file or by a hand edit with the sqlite3 tool. A practice from before content hashes gets them on
// its first writable open, its records unchanged.
#include "OldPractice.h"
#include "TestPractice.h"

#include "store/Migrations.h"
#include "store/PracticeFile.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

const QString kFocus = QStringLiteral("Quietly-unmistakable focus marker");

// Changes the practice with a separate raw connection, as a hand edit with the sqlite3 tool would.
void tamper(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + QLatin1Char(' ') + q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

// Flips one byte of every copy of text in the file itself, below SQLite: what a failing disk does.
int flipByteOf(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return 0;
    QByteArray bytes = f.readAll();
    const QByteArray needle = text.toUtf8();
    int flipped = 0;
    for (qsizetype at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) {
        bytes[at] = char(bytes[at] ^ 0x20); // 'Q' becomes 'q': still valid UTF-8, a different text
        ++flipped;
    }
    f.seek(0);
    f.write(bytes);
    return flipped;
}

QString problemsOf(PracticeStore &store)
{
    const auto report = store.checkIntegrity();
    if (!report)
        return QStringLiteral("check failed: ") + report.error();
    return report->problems.join(QLatin1Char('\n'));
}

struct Filled
{
    qint64 couple = 0, session = 0, map = 0, exercise = 0;
};

Filled fill(PracticeStore &store)
{
    Filled ids;
    ids.couple = *store.createCouple(makeCouple());
    Session s = makeSession(ids.couple, fixedNow().date());
    s.note.focus = kFocus;
    s.homework.append({QString(), QStringLiteral("Notice the pull to withdraw"), false});
    ids.session = *store.createSession(s);
    CycleMap m;
    m.coupleId = ids.couple;
    m.date = fixedNow().date();
    m.chains[0][CycleStep::Trigger] = QStringLiteral("He turns away");
    ids.map = *store.createCycleMap(m);
    FiveStepExercise e;
    e.coupleId = ids.couple;
    e.date = fixedNow().date();
    e.incident = QStringLiteral("The late dinner");
    ids.exercise = *store.createExercise(e);
    return ids;
}

int hashRows(const QString &path, const QString &condition)
{
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM record_hashes WHERE ") + condition) && q.next())
                rows = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return rows;
}

} // namespace

class TestContentHashes : public QObject
{
    Q_OBJECT

private slots:
    void everyRecordKindIsHashedOnEveryWrite()
    {
        TestPractice practice;
        const Filled ids = fill(practice.store());
        QCOMPARE(hashRows(practice.path(), QStringLiteral("content_hash IS NOT NULL")), 4);
        QCOMPARE(problemsOf(practice.store()), QString());

        // Editing, signing and removing keep the hashes in step: check still passes after each.
        Session s = *practice.store().session(ids.session);
        s.note.focus = QStringLiteral("A new focus");
        QVERIFY(practice.store().updateSession(s));
        CycleMap m = *practice.store().cycleMap(ids.map);
        m.chains[1][CycleStep::Need] = QStringLiteral("To be chosen");
        QVERIFY(practice.store().updateCycleMap(m));
        QCOMPARE(problemsOf(practice.store()), QString());
        QVERIFY(practice.store().setClinician({QStringLiteral("Alex Rivera"), QStringLiteral("LMFT")}));
        QVERIFY(practice.store().signSession(ids.session));
        QVERIFY(practice.store().purgeExercise(ids.exercise));
        QCOMPARE(problemsOf(practice.store()), QString());
        QCOMPARE(hashRows(practice.path(), QStringLiteral("1")), 3);
    }

    void flippedByteInADraftIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        Filled ids;
        {
            auto store =
                PracticeStore::open(path, PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
            QVERIFY2(store, qPrintable(store.error()));
            ids = fill(**store);
            QVERIFY(!(*store)->session(ids.session)->isSigned());
        }
        QVERIFY(flipByteOf(path, kFocus) > 0);
        auto store = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting, fixedClock(fixedNow()));
        QVERIFY2(store, qPrintable(store.error()));
        const QString problems = problemsOf(**store);
        QVERIFY2(
            problems.contains(QStringLiteral("Records: session %1 of couple %2 was changed outside Attune")
                                  .arg(ids.session)
                                  .arg(ids.couple)),
            qPrintable(problems));
    }

    void handEditOfAnyRecordIsNamed_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("record");
        QTest::newRow("draft focus") << QStringList{QStringLiteral("UPDATE sessions SET focus = 'edited'")}
                                     << QStringLiteral("session 1 of couple 1 was changed");
        QTest::newRow("homework") << QStringList{QStringLiteral("UPDATE homework SET text = 'edited'")}
                                  << QStringLiteral("session 1 of couple 1 was changed");
        QTest::newRow("couple concerns")
            << QStringList{QStringLiteral("UPDATE couples SET presenting_concerns = 'edited'")}
            << QStringLiteral("couple 1 was changed");
        QTest::newRow("partner name") << QStringList{QStringLiteral("UPDATE partners SET name = 'Eve'")}
                                      << QStringLiteral("couple 1 was changed");
        QTest::newRow("cycle chain") << QStringList{QStringLiteral(
                                            "UPDATE cycle_chains SET trigger_text = 'edited'")}
                                     << QStringLiteral("cycle map 1 of couple 1 was changed");
        QTest::newRow("exercise") << QStringList{QStringLiteral("UPDATE exercises SET incident = 'edited'")}
                                  << QStringLiteral("exercise 1 of couple 1 was changed");
        QTest::newRow("session added outside")
            << QStringList{QStringLiteral(
                   "INSERT INTO sessions (uuid, couple_id, session_date, duration_min, attendance, format, "
                   "stage, step, created_at, modified_at) SELECT 'outside', 1, session_date, 50, 'both', "
                   "'in_person', 1, 1, created_at, modified_at FROM sessions")}
            << QStringLiteral("session 2 of couple 1 has no content hash");
        QTest::newRow("hash removed")
            << QStringList{QStringLiteral("DELETE FROM record_hashes WHERE record_type = 'exercise'")}
            << QStringLiteral("exercise 1 of couple 1 has no content hash");
    }

    void handEditOfAnyRecordIsNamed()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, record);
        TestPractice practice;
        fill(practice.store());
        tamper(practice.path(), statements);
        QVERIFY2(problemsOf(practice.store()).contains(record), qPrintable(problemsOf(practice.store())));
    }

    void alteredAddendumIsNamed()
    {
        TestPractice practice;
        const Filled ids = fill(practice.store());
        QVERIFY(practice.store().setClinician({QStringLiteral("Alex Rivera"), QString()}));
        QVERIFY(practice.store().signSession(ids.session));
        const auto addendum = practice.store().addAddendum(ids.session, QStringLiteral("Seen again."));
        QVERIFY(addendum);
        QCOMPARE(problemsOf(practice.store()), QString());
        tamper(practice.path(), {QStringLiteral("DROP TRIGGER addenda_no_update"),
                                 QStringLiteral("UPDATE addenda SET text = 'Never seen.'")});
        QVERIFY(problemsOf(practice.store())
                    .contains(QStringLiteral("addendum %1 no longer matches").arg(*addendum)));
    }

    void progressCountsUpToTheEnd()
    {
        TestPractice practice;
        fill(practice.store());
        QVERIFY(practice.store().createCouple(makeCouple(QStringLiteral("Cy"), QStringLiteral("Di"))));
        QList<QPair<int, int>> seen;
        QVERIFY(practice.store().checkIntegrity([&](int done, int total) { seen.append({done, total}); }));
        QVERIFY(seen.size() >= 4); // the start, each of the two couples, the end
        QCOMPARE(seen.first().first, 0);
        QCOMPARE(seen.last().first, seen.last().second);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i].first >= seen[i - 1].first && seen[i].second == seen.first().second);
    }

    // A file written before content hashes (built here with the migrations before this one, its records
    // written at version 1 as the release that made them would): the records stay as they were, and every
    // one of them gets its hash on the first writable open, after which a changed byte is found.
    void practiceFromBeforeHashesGetsThemAndKeepsItsRecords()
    {
        const qsizetype mine = schemaMigrations().indexOf(versionContentHashes());
        QVERIFY(mine > 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        const QStringList rows = {
            QStringLiteral(
                "INSERT INTO couples (uuid, name, status, pattern, intake_date, presenting_concerns, "
                "created_at, modified_at) VALUES ('c-1', 'Rosa & Tom', 'active', 'pursue_withdraw', "
                "'2026-01-05', 'Distance since the baby.', '%1', '%1')"),
            rosaAndTomRows().at(1), // the partners
            QStringLiteral("INSERT INTO sessions (uuid, couple_id, session_date, duration_min, attendance, "
                           "format, stage, step, focus, created_at, modified_at) VALUES ('s-1', 1, "
                           "'2026-02-02', 50, 'both', 'in_person', 1, 2, '%2', '%1', '%1')")
                .replace(QStringLiteral("%2"), kFocus),
            QStringLiteral("INSERT INTO cycle_maps (uuid, couple_id, version, map_date, kind, created_at, "
                           "modified_at) VALUES ('m-1', 1, 1, '2026-02-09', 'negative', '%1', '%1')"),
            QStringLiteral("INSERT INTO cycle_chains (uuid, cycle_map_id, partner, trigger_text, created_at, "
                           "modified_at) VALUES ('k-0', 1, 0, 'Tom looks away', '%1', '%1')"),
            QStringLiteral(
                "INSERT INTO exercises (uuid, couple_id, partner, exercise_date, incident, created_at, "
                "modified_at) VALUES ('x-1', 1, 1, '2026-02-10', 'The stroller', '%1', '%1')"),
        };
        const QString problem = writeOldPractice(path, int(mine), rows);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(schemaVersionOf(path), int(mine));

        auto store = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting, fixedClock(fixedNow()));
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(schemaVersionOf(path), latestSchemaVersion());
        QCOMPARE(hashRows(path, QStringLiteral("content_hash IS NOT NULL")), 4);
        QCOMPARE((*store)->session(1)->note.focus, kFocus);
        QCOMPARE((*store)->couple(1)->partners[1].name, QStringLiteral("Tom"));
        QCOMPARE((*store)->cycleMap(1)->chains[0][CycleStep::Trigger], QStringLiteral("Tom looks away"));
        QCOMPARE((*store)->exercise(1)->incident, QStringLiteral("The stroller"));
        QCOMPARE(problemsOf(**store), QString());
        store->reset();

        QVERIFY(flipByteOf(path, kFocus) > 0);
        store = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting, fixedClock(fixedNow()));
        QVERIFY(store);
        const QString problems = problemsOf(**store);
        QVERIFY2(problems.contains(QStringLiteral("session 1 of couple 1 was changed outside Attune")),
                 qPrintable(problems));
    }
};

QTEST_GUILESS_MAIN(TestContentHashes)
#include "tst_contenthashes.moc"
