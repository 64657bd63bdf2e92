// Issue 14, the change counters' remaining gaps: appointments are checked like every other record (an
// update read before another program moved, cancelled or marked the appointment is refused), and a
// session's markers, ratings, totals and homework and a cycle map's chains, which have no counter an
// editor reads, move their session's or map's counter when another program changes them
// (MigrationChildRowVersions.cpp). Attune's own writes of those rows move nothing but the parent's counter
// it moves itself, so an editor that keeps its first-read counter is never refused by its own saves.
#include "OldPractice.h"
#include "TestPractice.h"

#include "store/Migrations.h"
#include "store/PracticeFile.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

std::unique_ptr<PracticeStore> openStore(const QString &path)
{
    auto store = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting, fixedNow);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    return std::move(store).value();
}

// Another program: the sqlite3 shell, which holds no lock and knows nothing of the counters.
bool shell(const QString &path, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {path, sql});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool haveShell()
{
    return !QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty();
}

// A practice at the schema before the children's counters: a session with a homework item and a marker,
// and a cycle map with its chains, written raw at version 1 and moved forward by the migrations.
void writePracticeBeforeChildCounters(const QString &path)
{
    QVERIFY(createPracticeFile(path));
    auto db = openPracticeConnection(path);
    QVERIFY2(db, qPrintable(db.error()));
    QVERIFY(migrate(*db, PracticeStore::kApplicationId, schemaMigrations().mid(0, 1)));
    {
        QSqlQuery q(*db);
        const QStringList rows = {
            QStringLiteral("INSERT INTO couples (uuid, name, status, pattern, intake_date, created_at, "
                           "modified_at) VALUES ('c-1', 'Rosa & Tom', 'active', 'pursue_withdraw', "
                           "'2026-01-05', '%1', '%1')"),
            QStringLiteral("INSERT INTO partners (uuid, couple_id, ordinal, name, position, closeness_need, "
                           "alone_need, created_at, modified_at) VALUES ('p-0', 1, 0, 'Rosa', 'pursuer', "
                           "5, 5, '%1', '%1'), ('p-1', 1, 1, 'Tom', 'withdrawer', 5, 5, '%1', '%1')"),
            QStringLiteral(
                "INSERT INTO sessions (uuid, couple_id, session_date, duration_min, attendance, "
                "format, stage, step, note_text, created_at, modified_at) VALUES ('s-1', 1, "
                "'2026-02-02', 50, 'both', 'in_person', 1, 2, 'Rosa felt invisible.', '%1', '%1')"),
            QStringLiteral("INSERT INTO homework (uuid, session_id, position, text, created_at, modified_at) "
                           "VALUES ('h-1', 1, 0, 'Notice the pull to go quiet.', '%1', '%1')"),
        };
        for (const QString &row : rows)
            QVERIFY2(q.exec(row.arg(QStringLiteral("2026-01-05T10:00:00.000Z"))),
                     qPrintable(q.lastError().text()));
    }
    const QList<QStringList> &all = schemaMigrations();
    QVERIFY(migrate(*db, PracticeStore::kApplicationId, all.mid(0, all.indexOf(versionChildRowVersions()))));
    closePracticeConnection(*db);
}

int editsOf(PracticeStore &store, const QString &uuid)
{
    const auto trail = store.auditTrail();
    int edits = 0;
    for (const AuditEntry &e : *trail)
        edits += e.action == QStringLiteral("edit") && e.recordUuid == uuid;
    return edits;
}

} // namespace

class TestChildCounters : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestPractice> m_practice; // a new one for each test: the shell's changes stay in theirs
    qint64 m_couple = 0;
    qint64 m_session = 0;
    qint64 m_map = 0;

private slots:
    void init()
    {
        m_practice = std::make_unique<TestPractice>();
        PracticeStore &store = m_practice->store();
        const auto couple = store.createCouple(makeCouple());
        QVERIFY2(couple, qPrintable(couple.error()));
        m_couple = *couple;
        Session s = makeSession(m_couple, fixedNow().date().addDays(-7));
        s.note.text = QStringLiteral("First text.");
        s.homework = {HomeworkItem{{}, QStringLiteral("Notice the pull to go quiet."), false}};
        s.event(ChangeEventKind::WithdrawerReengagement).anchor = QStringLiteral("I want to stay.");
        const auto session = store.createSession(s);
        QVERIFY2(session, qPrintable(session.error()));
        m_session = *session;
        CycleMap map;
        map.coupleId = m_couple;
        map.date = store.today();
        map.chains[0][CycleStep::Trigger] = QStringLiteral("He turns away");
        const auto id = store.createCycleMap(map);
        QVERIFY2(id, qPrintable(id.error()));
        m_map = *id;
    }

    void anAppointmentChangedByAnotherStoreIsAConflict()
    {
        PracticeStore &store = m_practice->store();
        Appointment booked;
        booked.coupleId = m_couple;
        booked.startsAt = fixedNow().addDays(3);
        const auto ids = store.bookAppointments({booked});
        QVERIFY2(ids, qPrintable(ids.error()));
        const Appointment mine = *store.appointmentById(ids->first());
        QVERIFY(mine.rowVersion > 0);

        auto other = openStore(m_practice->path());
        Appointment theirs = *other->appointmentById(mine.id);
        theirs.startsAt = theirs.startsAt.addSecs(3600);
        QVERIFY(other->updateAppointment(theirs));

        Appointment late = mine;
        late.status = AppointmentStatus::Cancelled;
        const Status refused = store.updateAppointment(late);
        QVERIFY(!refused);
        QVERIFY(refused.isConflict());
        const Appointment stored = *store.appointmentById(mine.id);
        QCOMPARE(stored.status, AppointmentStatus::Booked);
        QCOMPARE(stored.startsAt, theirs.startsAt);

        // Read again (the window's "keep mine"), it goes through; its own saves never conflict.
        Appointment again = stored;
        again.status = AppointmentStatus::Cancelled;
        QVERIFY(store.updateAppointment(again));
        again.durationMinutes = 60;
        QVERIFY2(store.updateAppointment(again), "refused by its own earlier save");
        QCOMPARE(other->appointmentById(mine.id)->durationMinutes, 60);
    }

    void anAppointmentChangedInTheShellIsAConflict()
    {
        if (!haveShell())
            QSKIP("the sqlite3 shell is not installed");
        PracticeStore &store = m_practice->store();
        Appointment booked;
        booked.coupleId = m_couple;
        booked.startsAt = fixedNow().addDays(2);
        const auto ids = store.bookAppointments({booked});
        QVERIFY2(ids, qPrintable(ids.error()));
        const Appointment mine = *store.appointmentById(ids->first());
        QVERIFY(
            shell(m_practice->path(),
                  QStringLiteral("UPDATE appointments SET duration_min = 90 WHERE id = %1").arg(mine.id)));
        Appointment late = mine;
        late.status = AppointmentStatus::NoShow;
        QVERIFY(store.updateAppointment(late).isConflict());
        QCOMPARE(store.appointmentById(mine.id)->durationMinutes, 90);
        QCOMPARE(store.appointmentById(mine.id)->status, AppointmentStatus::Booked);
    }

    void aChildRowChangedInTheShellIsAConflict_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("ofSession"); // else of the cycle map
        QTest::newRow("marker changed")
            << QStringLiteral("UPDATE change_events SET anchor = 'From the shell.' WHERE session_id = %1")
            << true;
        QTest::newRow("homework added")
            << QStringLiteral(
                   "INSERT INTO homework (uuid, session_id, position, text, created_at, modified_at) VALUES "
                   "('h-shell', %1, 7, 'From the shell.', '2026-01-05T10:00:00.000Z', "
                   "'2026-01-05T10:00:00.000Z')")
            << true;
        QTest::newRow("homework changed")
            << QStringLiteral("UPDATE homework SET text = 'From the shell.' WHERE session_id = %1") << true;
        QTest::newRow("homework ticked off")
            << QStringLiteral("UPDATE homework SET done = 1 WHERE session_id = %1") << true;
        QTest::newRow("homework removed")
            << QStringLiteral("DELETE FROM homework WHERE session_id = %1") << true;
        QTest::newRow("chain changed")
            << QStringLiteral("UPDATE cycle_chains SET need = 'From the shell.' WHERE cycle_map_id = %2")
            << false;
    }

    void aChildRowChangedInTheShellIsAConflict()
    {
        if (!haveShell())
            QSKIP("the sqlite3 shell is not installed");
        QFETCH(QString, sql);
        QFETCH(bool, ofSession);
        PracticeStore &store = m_practice->store();
        const Session session = *store.session(m_session);
        const CycleMap map = *store.cycleMap(m_map);
        sql.replace(QStringLiteral("%1"), QString::number(m_session));
        sql.replace(QStringLiteral("%2"), QString::number(m_map));
        QVERIFY(shell(m_practice->path(), sql));

        Session lateSession = session;
        lateSession.note.text = QStringLiteral("Typed before the shell wrote.");
        const Status sessionWrite = store.updateSession(lateSession);
        CycleMap lateMap = map;
        lateMap.notes = QStringLiteral("Typed before the shell wrote.");
        const Status mapWrite = store.updateCycleMap(lateMap);
        QCOMPARE(sessionWrite.isConflict(), ofSession);
        QCOMPARE(mapWrite.isConflict(), !ofSession);
        // Refused, so the shell's change is still there, not written over with the editor's old copy.
        if (ofSession)
            QCOMPARE(store.session(m_session)->note.text, QStringLiteral("First text."));
        else
            QCOMPARE(store.cycleMap(m_map)->chains[0][CycleStep::Need], QStringLiteral("From the shell."));
    }

    void attunesOwnChildWritesAreNoConflictAndOneEdit()
    {
        PracticeStore &store = m_practice->store();
        const Session read = *store.session(m_session);
        const int before = editsOf(store, read.uuid);
        Session s = read; // the editor keeps the counter it first read
        s.homework.append(HomeworkItem{{}, QStringLiteral("Ask for a hug."), false});
        s.event(ChangeEventKind::BlamerSoftening).anchor = QStringLiteral("I was scared.");
        QVERIFY(store.updateSession(s));
        s.homework.removeFirst(); // removed by Attune itself
        s.homework[0].done = true;
        QVERIFY2(store.updateSession(s), "refused by its own earlier save");
        QCOMPARE(store.session(m_session)->homework.size(), 1);
        QCOMPARE(editsOf(store, read.uuid) - before, 2); // one per save: the children add none

        const CycleMap map = *store.cycleMap(m_map);
        CycleMap m = map;
        m.chains[1][CycleStep::Behavior] = QStringLiteral("goes quiet");
        QVERIFY(store.updateCycleMap(m));
        m.chains[1][CycleStep::Behavior] = QStringLiteral("goes to the garage");
        QVERIFY2(store.updateCycleMap(m), "refused by its own earlier save");
        QCOMPARE(editsOf(store, map.uuid), 2);

        // Purging a session removes its children with it (ON DELETE CASCADE), and the children's
        // triggers find no session to count.
        QVERIFY(store.purgeSession(m_session));
        const auto report = store.checkIntegrity();
        QVERIFY2(report && report->passed(),
                 qPrintable(report ? report->problems.join(u'|') : report.error()));
    }

    void aPracticeFromBeforeCountsItsChildrenToo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        writePracticeBeforeChildCounters(path);
        QCOMPARE(schemaVersionOf(path), versionBefore(versionChildRowVersions()));
        auto store = openStore(path);
        QCOMPARE(schemaVersionOf(path), latestSchemaVersion());
        const Session read = *store->session(1);
        QCOMPARE(read.homework.size(), 1);
        QCOMPARE(read.homework[0].text, QStringLiteral("Notice the pull to go quiet."));
        Session s = read;
        s.homework[0].text = QStringLiteral("Notice the pull, and say so.");
        QVERIFY(store->updateSession(s));
        s.homework[0].done = true;
        QVERIFY2(store->updateSession(s), "refused by its own earlier save");
        const auto report = store->checkIntegrity();
        QVERIFY2(report && report->passed(),
                 qPrintable(report ? report->problems.join(u'|') : report.error()));

        if (!haveShell())
            QSKIP("the sqlite3 shell is not installed");
        const Session before = *store->session(1);
        QVERIFY(shell(path, QStringLiteral("UPDATE homework SET text = 'From the shell.'")));
        Session late = before;
        late.note.text = QStringLiteral("Typed before the shell wrote.");
        QVERIFY(store->updateSession(late).isConflict());
    }
};

QTEST_GUILESS_MAIN(TestChildCounters)
#include "tst_childcounters.moc"
