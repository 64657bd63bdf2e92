// Issue 14, items 1, 2, 3, 7, 8, 9 and 11b, each reproduced as the issue did it on the real executable:
// a crash left beside the practice (an import killed with strace at its first fdatasync, which leaves a
// hot journal), kills aimed at the restore's, backup's and creation's system calls, a lock held by another
// Attune, a symlinked practice, an empty file from an interrupted creation, and backups and exports killed
// after their file was written. strace and the sqlite3 shell are Debian packages (install-deps.sh).
#include "AttuneProcess.h"

#include "store/PracticeStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

const QStringList kRenames = {QStringLiteral("rename"), QStringLiteral("renameat"),
                              QStringLiteral("renameat2")};
// QSaveFile writes an unnamed file (O_TMPFILE) and links it in; a restore keeps the old file by a link.
const QStringList kLinks = {QStringLiteral("link"), QStringLiteral("linkat")};

class Sandbox
{
public:
    Sandbox()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("tmp"));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("TMPDIR"), tmp());
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString tmp() const { return m_dir.filePath(QStringLiteral("tmp")); }

    Run run(const QString &practice, const QStringList &args) const
    {
        return finish(QStringLiteral(ATTUNE_BINARY),
                      QStringList{QStringLiteral("--practice"), practice} + args);
    }
    // Runs attune under strace, killed (SIGKILL) at the when-th call of one of calls (on path only).
    Run runInjected(const QString &practice, const QStringList &args, const QStringList &calls, int when = 1,
                    const QString &path = QString()) const
    {
        const QString trace = calls.join(QLatin1Char(','));
        QStringList strace = {
            QStringLiteral("-f"), QStringLiteral("-qq"),
            QStringLiteral("-o"), QStringLiteral("/dev/null"),
            QStringLiteral("-e"), QStringLiteral("trace=") + trace,
            QStringLiteral("-e"), QStringLiteral("inject=%1:signal=KILL:when=%2").arg(trace).arg(when)};
        if (!path.isEmpty())
            strace << QStringLiteral("-P") << path;
        return finish(QStringLiteral("strace"),
                      strace +
                          QStringList{QStringLiteral(ATTUNE_BINARY), QStringLiteral("--practice"), practice} +
                          args);
    }
    QString sqlite(const QString &db, const QString &sql) const
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), db, sql});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
    // A practice whose import was killed after its writes: the journal SQLite plays back is beside it.
    void crashAnImport(const QString &practice)
    {
        const QString other = path(QStringLiteral("other.db"));
        if (!QFileInfo::exists(path(QStringLiteral("other.attune")))) {
            QCOMPARE(run(other, {QStringLiteral("demo"), QStringLiteral("--couples"), QStringLiteral("3"),
                                 QStringLiteral("--seed"), QStringLiteral("5")})
                         .exitCode,
                     0);
            QCOMPARE(run(other, {QStringLiteral("export"), QStringLiteral("--all"),
                                 QStringLiteral("--output"), path(QStringLiteral("other.attune"))})
                         .exitCode,
                     0);
        }
        runInjected(practice, {QStringLiteral("import"), path(QStringLiteral("other.attune"))},
                    {QStringLiteral("fdatasync")}, 1, practice);
        QVERIFY2(QFileInfo(practice + QStringLiteral("-journal")).size() > 0, "the kill left no journal");
    }
    void demo(const QString &practice, int couples = 2)
    {
        const Run r =
            run(practice, {QStringLiteral("demo"), QStringLiteral("--couples"), QString::number(couples),
                           QStringLiteral("--sessions"), QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    QStringList filesIn(const QString &folder) const
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }
    // Hidden temporaries Attune writes beside a destination, and anything at all under TMPDIR.
    QStringList leftovers() const
    {
        QStringList found;
        for (const QString &name : filesIn(m_dir.path()))
            if (name.contains(QStringLiteral(".partial-")) || name.contains(QStringLiteral(".restoring-")) ||
                name.contains(QStringLiteral(".creating-")))
                found << name;
        QDirIterator it(tmp(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        return found;
    }
    int couples(const QString &practice) const
    {
        return sqlite(practice, QStringLiteral("SELECT count(*) FROM couples")).toInt();
    }

private:
    Run finish(const QString &program, const QStringList &args) const
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(program, args);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    // Item 1: the crash's journal is no longer played into the restored practice, and the copy kept aside
    // is the practice as last committed.
    void restoreAfterACrashKeepsBothFilesWhole()
    {
        Sandbox box;
        const QString practice = box.path(QStringLiteral("p.db"));
        box.demo(practice);
        QCOMPARE(box.run(practice, {QStringLiteral("backup"), QStringLiteral("--output"),
                                    box.path(QStringLiteral("yesterday.db"))})
                     .exitCode,
                 0);
        box.crashAnImport(practice);
        const Run restored =
            box.run(practice, {QStringLiteral("restore"), box.path(QStringLiteral("yesterday.db")),
                               QStringLiteral("--force")});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        const Run check = box.run(practice, {QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QCOMPARE(box.sqlite(practice, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(box.couples(practice), 2);
        QVERIFY(!QFileInfo::exists(practice + QStringLiteral("-journal")));
        const QStringList kept = QDir(box.path(QString())).entryList({QStringLiteral("p.db.replaced-*")});
        QCOMPARE(kept.size(), 1);
        const QString aside = box.path(kept.first());
        QCOMPARE(box.sqlite(aside, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(box.couples(aside), 2); // the killed import was rolled back, not half kept
    }

    // Item 2: one rename; a kill at it (or at the hard link made before it) leaves the old practice whole.
    void aKilledRestoreLeavesAPracticeAtThePath_data()
    {
        QTest::addColumn<QStringList>("calls");
        QTest::addColumn<int>("when");
        // strace counts each system call apart: rename(2) itself is the one today's restore made second,
        // after renameat2 had moved the practice aside (the gap of the issue).
        QTest::newRow("rename") << QStringList{QStringLiteral("rename")} << 1;
        QTest::newRow("renameat2") << QStringList{QStringLiteral("renameat2")} << 1;
        QTest::newRow("hard link") << kLinks << 1;
        QTest::newRow("first fsync") << QStringList{QStringLiteral("fsync")} << 1;
        QTest::newRow("second fsync") << QStringList{QStringLiteral("fsync")} << 2;
    }
    void aKilledRestoreLeavesAPracticeAtThePath()
    {
        QFETCH(QStringList, calls);
        QFETCH(int, when);
        Sandbox box;
        const QString practice = box.path(QStringLiteral("p.db"));
        const QString backup = box.path(QStringLiteral("bk.db"));
        box.demo(backup, 3);
        box.demo(practice, 2);
        box.runInjected(practice, {QStringLiteral("restore"), backup, QStringLiteral("--force")}, calls,
                        when);
        QVERIFY(QFileInfo::exists(practice));
        const Run check = box.run(practice, {QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        const int couples = box.couples(practice);
        QVERIFY2(couples == 2 || couples == 3, qPrintable(QString::number(couples)));
        QVERIFY2(box.leftovers().isEmpty(), qPrintable(box.leftovers().join(QLatin1Char(' '))));
    }

    // Item 1: a restore is refused while another Attune holds the practice (its lock file).
    void restoreIsRefusedWhileThePracticeIsOpenElsewhere()
    {
        Sandbox box;
        const QString practice = box.path(QStringLiteral("p.db"));
        const QString backup = box.path(QStringLiteral("bk.db"));
        box.demo(backup, 3);
        box.demo(practice, 2);
        const QByteArray before = contents(practice);
        QLockFile held(practice + QStringLiteral(".lock")); // this process: alive, so never stale
        QVERIFY(held.tryLock(0));
        const Run r = box.run(practice, {QStringLiteral("restore"), backup, QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was restored")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(r.err));
        QCOMPARE(contents(practice), before);
        held.unlock();
        QCOMPARE(box.run(practice, {QStringLiteral("restore"), backup, QStringLiteral("--force")}).exitCode,
                 0);
        QCOMPARE(box.couples(practice), 3);
    }

    // Item 11b: a symlinked practice is replaced at its target; the link stays a link.
    void restoreOntoASymlinkReplacesItsTarget()
    {
        Sandbox box;
        QVERIFY(QDir().mkpath(box.path(QStringLiteral("real"))));
        const QString target = box.path(QStringLiteral("real/p.db"));
        const QString link = box.path(QStringLiteral("link.db"));
        const QString backup = box.path(QStringLiteral("bk.db"));
        box.demo(backup, 3);
        box.demo(target, 2);
        QVERIFY(QFile::link(target, link));
        const Run r = box.run(link, {QStringLiteral("restore"), backup, QStringLiteral("--force")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(link).symLinkTarget(), target);
        QCOMPARE(box.couples(target), 3);
        QCOMPARE(QDir(box.path(QStringLiteral("real"))).entryList({QStringLiteral("p.db.replaced-*")}).size(),
                 1);
    }

    // Item 3: an encrypted backup writes no plain copy (not in TMPDIR, not beside it); killed plain
    // backups' and encrypted restores' temporaries are removed by the next command.
    void encryptedBackupsNeverWritePlaintext_data()
    {
        QTest::addColumn<QStringList>("calls");
        QTest::addColumn<int>("when");
        QTest::newRow("first fsync") << QStringList{QStringLiteral("fsync")} << 1;
        QTest::newRow("first fdatasync") << QStringList{QStringLiteral("fdatasync")} << 1;
        QTest::newRow("first rename") << kRenames << 1;
    }
    void encryptedBackupsNeverWritePlaintext()
    {
        QFETCH(QStringList, calls);
        QFETCH(int, when);
        Sandbox box;
        const QString practice = box.path(QStringLiteral("p.db"));
        box.demo(practice);
        QFile pass(box.path(QStringLiteral("pass")));
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write("a backup passphrase\n");
        pass.close();
        const QStringList args = {QStringLiteral("backup"),
                                  QStringLiteral("--output"),
                                  box.path(QStringLiteral("b.attune-backup")),
                                  QStringLiteral("--encrypt"),
                                  QStringLiteral("--passphrase-file"),
                                  pass.fileName()};
        box.runInjected(practice, args, calls, when);
        // Nothing anywhere that starts as a database, but the practice itself.
        for (const QString &name : box.filesIn(box.path(QString())) + box.filesIn(box.tmp()))
            if (name != QStringLiteral("p.db") && name != QStringLiteral("pass") &&
                !name.endsWith(QStringLiteral(".lock")))
                QVERIFY2(!contents(box.path(name)).startsWith("SQLite format 3") &&
                             !contents(box.tmp() + QLatin1Char('/') + name).startsWith("SQLite format 3"),
                         qPrintable(name));
        QVERIFY2(box.leftovers().isEmpty(), qPrintable(box.leftovers().join(QLatin1Char(' '))));
        // Not killed, it writes the encrypted backup, and that backup restores.
        const Run whole = box.run(practice, args);
        QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
        const Run restored = box.run(box.path(QStringLiteral("r.db")),
                                     {QStringLiteral("restore"), box.path(QStringLiteral("b.attune-backup")),
                                      QStringLiteral("--passphrase-file"), pass.fileName()});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QCOMPARE(box.couples(box.path(QStringLiteral("r.db"))), 2);
        QVERIFY2(box.leftovers().isEmpty(), qPrintable(box.leftovers().join(QLatin1Char(' '))));
    }

    void killedBackupsAndRestoresLeaveNothingBehind()
    {
        Sandbox box;
        const QString practice = box.path(QStringLiteral("p.db"));
        box.demo(practice);
        QFile pass(box.path(QStringLiteral("pass")));
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write("a backup passphrase\n");
        pass.close();
        // A plain backup killed once its copy is written, before it is renamed into place.
        box.runInjected(
            practice,
            {QStringLiteral("backup"), QStringLiteral("--output"), box.path(QStringLiteral("b.db"))},
            kRenames, 1);
        QVERIFY(!QFileInfo::exists(box.path(QStringLiteral("b.db"))));
        QCOMPARE(box.leftovers().size(), 1); // the killed run's copy, until the next command
        QCOMPARE(box.run(practice, {QStringLiteral("couples")}).exitCode, 0);
        QVERIFY2(box.leftovers().isEmpty(), qPrintable(box.leftovers().join(QLatin1Char(' '))));
        // An encrypted restore killed after decrypting: the decrypted copy is beside the practice, hidden,
        // and the next command removes it.
        QCOMPARE(box.run(practice, {QStringLiteral("backup"), QStringLiteral("--output"),
                                    box.path(QStringLiteral("b.attune-backup")), QStringLiteral("--encrypt"),
                                    QStringLiteral("--passphrase-file"), pass.fileName()})
                     .exitCode,
                 0);
        box.runInjected(practice,
                        {QStringLiteral("restore"), box.path(QStringLiteral("b.attune-backup")),
                         QStringLiteral("--force"), QStringLiteral("--passphrase-file"), pass.fileName()},
                        kLinks, 1);
        QVERIFY(box.filesIn(box.tmp()).isEmpty());
        QCOMPARE(box.run(practice, {QStringLiteral("check")}).exitCode, 0);
        QVERIFY2(box.leftovers().isEmpty(), qPrintable(box.leftovers().join(QLatin1Char(' '))));
    }

    // Item 7: a new practice is built beside its place and linked in whole: a kill leaves nothing at the
    // path (never a 0-byte file), and the next command goes on.
    void aKilledCreationLeavesNoEmptyFile_data()
    {
        QTest::addColumn<QStringList>("calls");
        QTest::addColumn<QString>("onPath");
        QTest::newRow("journal openat")
            << QStringList{QStringLiteral("openat")} << QStringLiteral("p.db-journal");
        QTest::newRow("link") << kLinks << QString();
        QTest::newRow("first fdatasync") << QStringList{QStringLiteral("fdatasync")} << QString();
    }
    void aKilledCreationLeavesNoEmptyFile()
    {
        QFETCH(QStringList, calls);
        QFETCH(QString, onPath);
        Sandbox box;
        const QString practice = box.path(QStringLiteral("p.db"));
        box.runInjected(practice, {QStringLiteral("demo"), QStringLiteral("--couples"), QStringLiteral("2")},
                        calls, 1, onPath.isEmpty() ? QString() : box.path(onPath));
        QVERIFY(!QFileInfo::exists(practice) || QFileInfo(practice).size() > 0);
        const Run again =
            box.run(practice, {QStringLiteral("demo"), QStringLiteral("--couples"), QStringLiteral("2")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(box.couples(practice) >= 2);
        QVERIFY2(box.leftovers().isEmpty(), qPrintable(box.leftovers().join(QLatin1Char(' '))));
    }

    // Item 7: the 0-byte leftover of an older build's killed creation is recognised: a command that creates
    // replaces it and says so; one that only reads says what it is and what to do.
    void anEmptyLeftoverIsReplacedAndSaidSo()
    {
        Sandbox box;
        const QString practice = box.path(QStringLiteral("p.db"));
        QFile empty(practice);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const Run listed = box.run(practice, {QStringLiteral("couples")});
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(listed.err.contains(QStringLiteral("interrupted creation")), qPrintable(listed.err));
        QVERIFY(isOneSentence(listed.err));
        QCOMPARE(QFileInfo(practice).size(), 0);
        const Run created =
            box.run(practice, {QStringLiteral("demo"), QStringLiteral("--couples"), QStringLiteral("2")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QVERIFY2(created.err.contains(QStringLiteral("a new practice was created in its place")),
                 qPrintable(created.err));
        QCOMPARE(box.couples(practice), 2);
    }

    // Item 8: after a crash, a read-only command does not fail with "read-only": the hot journal is
    // undone first, and the command says what happened.
    void readOnlyCommandsAfterACrashSayWhatHappened()
    {
        Sandbox box;
        const QString practice = box.path(QStringLiteral("p.db"));
        box.demo(practice);
        box.crashAnImport(practice);
        // While the file cannot be written (immutable, where chattr can make it so), nothing can undo the
        // change: the command says what happened and what to do, and leaves the file and journal alone.
        if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), practice}) == 0) {
            const Run stuck = box.run(practice, {QStringLiteral("audit"), QStringLiteral("verify")});
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), practice});
            QCOMPARE(stuck.exitCode, 1);
            QVERIFY2(stuck.err.contains(QStringLiteral("interrupted while changing")), qPrintable(stuck.err));
            QVERIFY2(stuck.err.contains(QStringLiteral("writable again")), qPrintable(stuck.err));
            QVERIFY2(!stuck.err.contains(QStringLiteral("read-only")), qPrintable(stuck.err));
            QVERIFY(isOneSentence(stuck.err) || stuck.err.trimmed().endsWith(QLatin1Char('.')));
            QVERIFY(QFileInfo(practice + QStringLiteral("-journal")).size() > 0);
        }
        const Run verify = box.run(practice, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
        QVERIFY2(!verify.err.contains(QStringLiteral("read-only")), qPrintable(verify.err));
        QVERIFY2(verify.err.contains(QStringLiteral("interrupted")), qPrintable(verify.err));
        QVERIFY(!QFileInfo::exists(practice + QStringLiteral("-journal")));
        QCOMPARE(box.couples(practice), 2);
        const Run again = box.run(practice, {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.trimmed().isEmpty(), qPrintable(again.err)); // said once, not every time
    }

    // Item 9: a backup or an export killed right after its file was written still gets its audit row (at the
    // next command that can write the practice); one killed before writing gets none.
    void killedBackupsAndExportsAreRecorded_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("action");
        QTest::newRow("backup") << QStringList{QStringLiteral("backup"), QStringLiteral("--output")}
                                << QStringLiteral("b.db") << QStringLiteral("backup");
        QTest::newRow("cycle export") << QStringList{QStringLiteral("cycle"), QStringLiteral("export"),
                                                     QStringLiteral("1"), QStringLiteral("--output")}
                                      << QStringLiteral("c.pdf") << QStringLiteral("export");
        QTest::newRow("case file") << QStringList{QStringLiteral("export"), QStringLiteral("1"),
                                                  QStringLiteral("--output")}
                                   << QStringLiteral("e.attune") << QStringLiteral("export");
    }
    void killedBackupsAndExportsAreRecorded()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, output);
        QFETCH(QString, action);
        Sandbox box;
        const QString practice = box.path(QStringLiteral("p.db"));
        box.demo(practice);
        const QString count =
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action);
        const int before = box.sqlite(practice, count).toInt();
        // Killed as it opens the practice's journal to record the row: the file is written, the row is not.
        box.runInjected(practice, args + QStringList{box.path(output)}, {QStringLiteral("openat")}, 1,
                        practice + QStringLiteral("-journal"));
        QVERIFY(QFileInfo::exists(box.path(output)));
        QCOMPARE(box.run(practice, {QStringLiteral("check")}).exitCode, 0);
        QCOMPARE(box.sqlite(practice, count).toInt(), before + 1);
        QCOMPARE(box.run(practice, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
        // Killed before the file is written: no row, then or later.
        box.runInjected(practice, args + QStringList{box.path(QStringLiteral("never-") + output)},
                        kRenames + kLinks, 1);
        QVERIFY(!QFileInfo::exists(box.path(QStringLiteral("never-") + output)));
        QCOMPARE(box.run(practice, {QStringLiteral("check")}).exitCode, 0);
        QCOMPARE(box.sqlite(practice, count).toInt(), before + 1);
        QVERIFY(QDir(box.path(QString()))
                    .entryList({QStringLiteral(".p.db.unrecorded-*")}, QDir::Hidden | QDir::Files)
                    .isEmpty());
    }

    // Item 9: a backup of a practice that cannot be written (immutable: root ignores permission bits) is
    // made, said to be unrecorded, and recorded once the practice can be written again.
    void aBackupOfAReadOnlyPracticeIsRecordedLater()
    {
        Sandbox box;
        const QString practice = box.path(QStringLiteral("p.db"));
        box.demo(practice);
        const QString count = QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup'");
        if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), practice}) != 0)
            QSKIP("chattr +i is not possible here (it needs root on ext4): no immutable practice to back up");
        const Run r = box.run(practice, {QStringLiteral("backup"), QStringLiteral("--output"),
                                         box.path(QStringLiteral("b.db"))});
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), practice});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(box.path(QStringLiteral("b.db"))));
        QVERIFY2(r.err.contains(QStringLiteral("not in the audit trail yet")), qPrintable(r.err));
        QCOMPARE(box.sqlite(practice, count).toInt(), 0);
        QCOMPARE(box.run(practice, {QStringLiteral("check")}).exitCode, 0);
        QCOMPARE(box.sqlite(practice, count).toInt(), 1);
        QCOMPARE(box.run(practice, {QStringLiteral("check")}).exitCode, 0);
        QCOMPARE(box.sqlite(practice, count).toInt(), 1); // once, not at every start
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
