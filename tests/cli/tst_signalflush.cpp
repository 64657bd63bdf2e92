// Issue 13, item 9: text typed less than a second before SIGTERM or SIGHUP (logout, shutdown, `kill`) is
// stored. The real attune opens offscreen on a demo practice; its test hook (app/TestHooks.h) types a
// note into a new session and says "typed" while the autosave still waits; the test then sends the
// signal, waits for attune to end and reads the note back from the file.
#include "AttuneProcess.h"

#include "store/PracticeStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace attune;
using attune::test::runAttune;

namespace {

// Every stored session note of the practice.
QStringList storedNotes(const QString &path)
{
    QStringList notes;
    const auto store = PracticeStore::open(path, PracticeStore::OpenMode::ReadOnly);
    if (!store)
        return {QStringLiteral("cannot open: ") + store.error()};
    const auto couples = (*store)->coupleSummaries();
    if (!couples)
        return {couples.error()};
    for (const CoupleSummary &couple : *couples)
        if (const auto sessions = (*store)->sessions(couple.id); sessions)
            for (const Session &s : *sessions)
                notes << s.note.text;
    return notes;
}

} // namespace

class TestSignalFlush : public QObject
{
    Q_OBJECT

private slots:
    void typedTextSurvivesTheSignal_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }

    void typedTextSurvivesTheSignal()
    {
        QFETCH(int, signal);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString practice = dir.filePath(QStringLiteral("practice.db"));
        const auto demo = runAttune({QStringLiteral("--practice"), practice, QStringLiteral("demo")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));

        const QString note = QStringLiteral("Typed just before the signal: Mary felt unseen.");
        QProcess attune;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("ATTUNE_TEST_TYPE_NOTE"), note);
        attune.setProcessEnvironment(env);
        attune.start(QStringLiteral(ATTUNE_BINARY), {QStringLiteral("--practice"), practice});
        QVERIFY(attune.waitForStarted());
        // The ready line, not a sleep: the note is typed and its autosave still pending.
        QByteArray out;
        while (!out.contains("typed\n") && attune.state() == QProcess::Running)
            if (attune.waitForReadyRead(60000))
                out += attune.readAllStandardOutput();
            else
                break;
        QVERIFY2(out.contains("typed\n"), attune.readAllStandardError().constData());

        QCOMPARE(::kill(pid_t(attune.processId()), signal), 0);
        QVERIFY(attune.waitForFinished(60000));
        QVERIFY2(attune.exitStatus() == QProcess::NormalExit, "attune was ended by the signal");
        QCOMPARE(attune.exitCode(), 0);
        QVERIFY2(storedNotes(practice).contains(note),
                 qPrintable(storedNotes(practice).join(QLatin1Char('|'))));
    }

    // Issue 14, item 6: the session manager's commit-data request (before a logout) stores the typing.
    // After it, attune is killed with SIGKILL, so only what the request stored can be in the file.
    void commitDataRequestStoresTheTyping()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString practice = dir.filePath(QStringLiteral("practice.db"));
        const auto demo = runAttune({QStringLiteral("--practice"), practice, QStringLiteral("demo")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));

        const QString note = QStringLiteral("Typed just before the logout: Tom wants to be asked.");
        QProcess attune;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("ATTUNE_TEST_TYPE_NOTE"), note);
        env.insert(QStringLiteral("ATTUNE_TEST_COMMIT_DATA"), QStringLiteral("1"));
        attune.setProcessEnvironment(env);
        attune.start(QStringLiteral(ATTUNE_BINARY), {QStringLiteral("--practice"), practice});
        QVERIFY(attune.waitForStarted());
        QByteArray out;
        while (!out.contains("committed\n") && attune.state() == QProcess::Running)
            if (attune.waitForReadyRead(60000))
                out += attune.readAllStandardOutput();
            else
                break;
        QVERIFY2(out.contains("committed\n"), attune.readAllStandardError().constData());
        QCOMPARE(::kill(pid_t(attune.processId()), SIGKILL), 0);
        QVERIFY(attune.waitForFinished(60000));
        QVERIFY2(storedNotes(practice).contains(note),
                 qPrintable(storedNotes(practice).join(QLatin1Char('|'))));
    }
};

QTEST_GUILESS_MAIN(TestSignalFlush)
#include "tst_signalflush.moc"
