// Issue 14, items 4 and 5: two programs on one practice lose nothing. Each record carries a change counter
// (row_version, MigrationRowVersion.cpp); an update read before another program's change is refused as a
// conflict instead of overwriting it, whether the other program is a second store or the sqlite3 shell
// (a writer that holds no lock and knows nothing of the counter). The store notices changes committed by
// others (PRAGMA data_version) and announces them; a write that failed on a read-only or immutable file
// goes through on a fresh connection once the file can be written; one writer at a time holds the lock.
#include "OldPractice.h"
#include "ReadOnlyFile.h"
#include "TestPractice.h"

#include "store/Migrations.h"
#include "store/PracticeFile.h"
#include "store/SealedStorage.h"

#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include <sys/wait.h>
#include <unistd.h>

#include <thread>

using namespace attune;
using namespace attune::test;

namespace {

// A practice at the schema before the change counter (whatever its number), with a couple and a session.
void writePracticeBeforeRowVersion(const QString &path)
{
    const QString problem = writeOldPractice(
        path, versionBefore(versionRowVersion()),
        rosaAndTomRows() << QStringLiteral(
            "INSERT INTO sessions (uuid, couple_id, session_date, duration_min, attendance, format, stage, "
            "step, note_text, created_at, modified_at) VALUES ('s-1', 1, '2026-02-02', 50, 'both', "
            "'in_person', 1, 2, 'Rosa felt invisible.', '%1', '%1')"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

std::unique_ptr<PracticeStore> openStore(const QString &path)
{
    auto store = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting, fixedNow);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    return std::move(store).value();
}

// Runs SQL in the sqlite3 shell: another program, with no lock and no idea of the change counter.
bool shell(const QString &path, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {path, sql});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestConcurrentWrites : public QObject
{
    Q_OBJECT

private:
    TestPractice m_practice;
    qint64 m_couple = 0;
    qint64 m_session = 0;

    void seed()
    {
        auto couple = m_practice.store().createCouple(makeCouple());
        QVERIFY2(couple, qPrintable(couple.error()));
        m_couple = *couple;
        Session s = makeSession(m_couple, fixedNow().date().addDays(-7));
        s.note.text = QStringLiteral("First text.");
        auto session = m_practice.store().createSession(s);
        QVERIFY2(session, qPrintable(session.error()));
        m_session = *session;
    }

private slots:
    void init() { seed(); }

    void migrationCountsExistingRecordsAndKeepsThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        writePracticeBeforeRowVersion(path);
        QVERIFY(schemaVersionOf(path) < PracticeStore::currentSchemaVersion());
        auto store = openStore(path);
        QCOMPARE(schemaVersionOf(path), latestSchemaVersion());
        const auto session = store->session(1);
        QVERIFY2(session, qPrintable(session.error()));
        QCOMPARE(session->note.text, QStringLiteral("Rosa felt invisible."));
        QCOMPARE(session->rowVersion, qint64(1));
        const auto couple = store->couple(1);
        QVERIFY2(couple, qPrintable(couple.error()));
        QCOMPARE(couple->name, QStringLiteral("Rosa & Tom"));
        QCOMPARE(couple->rowVersion, qint64(1));
        QCOMPARE(couple->partners[1].rowVersion, qint64(1));
        Session edited = *session;
        edited.note.text = QStringLiteral("Rosa felt seen.");
        QVERIFY(store->updateSession(edited));
        QCOMPARE(store->session(1)->rowVersion, qint64(2));
        const auto report = store->checkIntegrity();
        QVERIFY2(report && report->passed(),
                 qPrintable(report ? report->problems.join(u'|') : report.error()));
    }

    void everyWriteMovesTheCounter()
    {
        PracticeStore &store = m_practice.store();
        const Session read = *store.session(m_session);
        Session s = read;
        s.note.text = QStringLiteral("Second text.");
        QVERIFY(store.updateSession(s));
        const qint64 afterEdit = store.session(m_session)->rowVersion;
        QVERIFY(afterEdit > read.rowVersion);
        QVERIFY(store.setSessionArchived(m_session, true));
        QVERIFY(store.session(m_session)->rowVersion > afterEdit);
        // Attune's own writes move it once: its audit trigger records one edit, not two.
        const auto trail = store.auditTrail();
        QVERIFY(trail);
        int edits = 0;
        for (const AuditEntry &e : *trail)
            edits += e.action == QStringLiteral("edit") && e.recordUuid == read.uuid;
        QCOMPARE(edits, 1);
    }

    void aSecondStoreDoesNotOverwriteTheFirstsChange()
    {
        auto other = openStore(m_practice.path());
        const Session mine = *m_practice.store().session(m_session);
        Session theirs = *other->session(m_session);
        theirs.note.text = QStringLiteral("Written by the other window.");
        QVERIFY(other->updateSession(theirs));

        Session late = mine;
        late.note.text = QStringLiteral("Written late from an old copy.");
        const Status refused = m_practice.store().updateSession(late);
        QVERIFY(!refused);
        QVERIFY(refused.isConflict());
        QCOMPARE(other->session(m_session)->note.text, QStringLiteral("Written by the other window."));

        // Read again (what the window's choice "keep mine" does), the same edit goes through.
        Session again = *m_practice.store().session(m_session);
        again.note.text = late.note.text;
        QVERIFY(m_practice.store().updateSession(again));
        QCOMPARE(other->session(m_session)->note.text, late.note.text);
    }

    void aWriterWithoutTheCounterIsNoticed()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QSKIP("the sqlite3 shell is not installed");
        PracticeStore &store = m_practice.store();
        store.pollChangesByOthers(); // where the file stands
        QVERIFY(!store.pollChangesByOthers());
        const Session mine = *store.session(m_session);
        QSignalSpy sessions(&store, &PracticeStore::sessionsChanged);
        QVERIFY(shell(m_practice.path(),
                      QStringLiteral("UPDATE sessions SET note_text = 'From the shell.' WHERE id = %1")
                          .arg(m_session)));
        QVERIFY(store.pollChangesByOthers());
        QVERIFY(sessions.contains(QVariantList{m_couple}));
        QVERIFY(store.session(m_session)->rowVersion > mine.rowVersion);

        Session late = mine;
        late.note.text = QStringLiteral("Typed before the shell wrote.");
        const Status refused = store.updateSession(late);
        QVERIFY(refused.isConflict());
        QCOMPARE(store.session(m_session)->note.text, QStringLiteral("From the shell."));
        QVERIFY(!store.pollChangesByOthers()); // its own refused write is no outside change
    }

    void couplesExercisesAndMapsAreCountedToo()
    {
        PracticeStore &store = m_practice.store();
        auto other = openStore(m_practice.path());
        const Couple mine = *store.couple(m_couple);
        Couple theirs = *other->couple(m_couple);
        theirs.presentingConcerns = QStringLiteral("Changed elsewhere.");
        QVERIFY(other->updateCouple(theirs));
        Couple late = mine;
        late.presentingConcerns = QStringLiteral("Changed here, late.");
        QVERIFY(store.updateCouple(late).isConflict());
        QCOMPARE(store.couple(m_couple)->presentingConcerns, QStringLiteral("Changed elsewhere."));
    }

    void aFailedWriteIsRetriedOnAFreshConnection()
    {
        // Opened while the file refuses writes (immutable), as a window started on it would be.
        const QString path = m_practice.path();
        if (!makeReadOnly(path, true))
            QSKIP("this system cannot make a file refuse writes");
        auto store = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting, fixedNow);
        if (!store) {
            makeReadOnly(path, false);
            QFAIL(qPrintable(store.error()));
        }
        Session s = *(*store)->session(m_session);
        s.note.text = QStringLiteral("Typed while the file was read-only.");
        const Status failed = (*store)->updateSession(s);
        QVERIFY(makeReadOnly(path, false));
        QVERIFY(!failed);
        // The retry, once the file is writable again: not the same read-only handle.
        QVERIFY2((*store)->updateSession(s), "the retry failed on a writable file");
        auto reader = openStore(path);
        QCOMPARE(reader->session(m_session)->note.text, s.note.text);
    }

    void aReplacedFileIsWrittenNotTheOldOne()
    {
        // A program that holds no lock renames another practice over this one (as a restore does).
        PracticeStore &store = m_practice.store();
        const QString copy = m_practice.dir() + QStringLiteral("/copy.db");
        QVERIFY(store.backupTo(copy));
        QVERIFY(::rename(QFile::encodeName(copy).constData(),
                         QFile::encodeName(m_practice.path()).constData()) == 0);
        Session s = *store.session(m_session);
        s.note.text = QStringLiteral("Written after the file was replaced.");
        QVERIFY(store.updateSession(s));
        auto reader = openStore(m_practice.path());
        QCOMPARE(reader->session(m_session)->note.text, s.note.text);
    }

    void theLockNamesItsHolderAndWaitsABoundedTime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("practice.db"));
        auto held = lockPractice(path);
        QVERIFY2(held, qPrintable(held.error()));
        QElapsedTimer waited;
        waited.start();
        const auto refused = lockPractice(path, 300);
        QVERIFY(!refused);
        QVERIFY(waited.elapsed() >= 300);
        QVERIFY2(refused.error().contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QSysInfo::machineHostName()), qPrintable(refused.error()));
    }

    void aLockLetGoWhileWaitingIsTaken()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("practice.db"));
        auto held = lockPractice(path);
        QVERIFY2(held, qPrintable(held.error()));
        std::unique_ptr<QLockFile> holder = std::move(*held);
        std::thread release([&holder] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            holder->unlock();
        });
        auto taken = lockPractice(path, 5000);
        release.join();
        QVERIFY2(taken, qPrintable(taken.error()));
    }

    void aLockWhoseProcessIsGoneIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("practice.db"));
        const pid_t child = ::fork();
        if (child == 0) {
            QLockFile lock(path + QStringLiteral(".lock"));
            lock.tryLock(0);
            ::_exit(lock.isLocked() ? 0 : 1); // killed as if by kill -9: the file stays
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QCOMPARE(WEXITSTATUS(status), 0);
        QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
        auto taken = lockPractice(path, 0);
        QVERIFY2(taken, qPrintable(taken.error()));
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWrites)
#include "tst_concurrentwrites.moc"
