// Issue 14, items 4 and 5, through the real window: one writer per practice (a second window and a
// command that writes are refused, naming the holder's process and host), a window notices what a
// program holding no lock (the sqlite3 shell) changed and shows it, an edit that meets such a change asks
// which version to keep, and a window started on an immutable file stores once the file is writable.
#include "ConflictAnswer.h"
#include "OpenWindow.h"
#include "ReadOnlyFile.h"

#include "MainWindow.h"
#include "WriteConflictDialog.h"
#include "session/SessionEditor.h"
#include "session/SessionsTab.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace attune;
using namespace attune::test;

namespace {

QPlainTextEdit *noteField(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>())
        if (label->text() == QStringLiteral("&Note:") && label->buddy() && label->isVisibleTo(root))
            if (auto *w = qobject_cast<QPlainTextEdit *>(label->buddy()))
                return w;
    return nullptr;
}

bool shell(const QString &path, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {path, sql});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

struct Run
{
    int exitCode = -1;
    QString err;
    qint64 ms = 0;
};

Run runCommand(const QStringList &args)
{
    QProcess p;
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(ATTUNE_BINARY), args);
    Run r;
    // The window lives in this process: its events must go on while the command waits for its lock.
    while (!p.waitForFinished(50))
        QCoreApplication::processEvents();
    r.ms = clock.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The window on the demo's first couple, its latest session shown in the Sessions tab.
SessionEditor *showLatestSession(MainWindow *window)
{
    const auto couples = window->store().coupleSummaries();
    if (!couples || couples->isEmpty())
        return nullptr;
    window->openCoupleOverview(couples->first().id);
    window->workspace()->setCurrentWidget(window->sessionsTab());
    SessionEditor *editor = window->sessionsTab()->editor();
    if (editor->sessionId() == 0) {
        const auto sessions = window->store().sessionSummaries(couples->first().id);
        if (!sessions || sessions->isEmpty() || !editor->showSession(sessions->last().id))
            return nullptr;
    }
    return editor;
}

// The demo practice in a window with its first couple's latest session in the Sessions tab: the setting
// of most tests here. open() is false when the session or its note field is not there.
struct LatestSessionWindow
{
    DemoPractice practice;
    MainWindow *window = nullptr;
    SessionEditor *editor = nullptr;
    QPlainTextEdit *note = nullptr;
    qint64 sessionId = 0;

    bool open()
    {
        window = practice.openWindow();
        editor = showLatestSession(window);
        note = editor ? noteField(window->sessionsTab()) : nullptr;
        sessionId = editor ? editor->sessionId() : 0;
        return note != nullptr;
    }
};

bool haveSqliteShell()
{
    return !QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty();
}

} // namespace

class TestTwoWriters : public QObject
{
    Q_OBJECT

private slots:
    void aSecondWindowIsRefusedNamingTheHolder()
    {
        DemoPractice practice;
        MainWindow *first = practice.openWindow();
        const auto second = MainWindow::open(practice.path(), practice.settings,
                                             PracticeStore::OpenMode::OpenExisting, fixedClock(fixedNow()));
        QVERIFY(!second);
        QVERIFY2(second.error().contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(second.error()));
        QVERIFY2(second.error().contains(QSysInfo::machineHostName()), qPrintable(second.error()));
        first->close();
    }

    void aCommandThatWritesWaitsThenFailsWhileTheWindowIsOpen()
    {
        DemoPractice practice;
        const QString caseFile = practice.dir.filePath(QStringLiteral("john.attune"));
        Run r = runCommand({QStringLiteral("--practice"), practice.path(), QStringLiteral("export"),
                            QStringLiteral("John"), QStringLiteral("--plain"), QStringLiteral("--output"),
                            caseFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        MainWindow *window = practice.openWindow();
        SessionEditor *editor = showLatestSession(window);
        QVERIFY(editor);
        const QString before = editor->session().note.text;

        r = runCommand({QStringLiteral("--practice"), practice.path(), QStringLiteral("import"), caseFile,
                        QStringLiteral("--on-conflict"), QStringLiteral("replace")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("open in another Attune")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(r.err));
        QVERIFY2(r.ms >= 2500, "the command did not wait for the window to let go");
        // A command that only lists works beside the window.
        r = runCommand({QStringLiteral("--practice"), practice.path(), QStringLiteral("couples")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(window->store().session(editor->sessionId())->note.text, before);
        window->close();
    }

    void theWindowShowsWhatTheShellChanged()
    {
        if (!haveSqliteShell())
            QSKIP("the sqlite3 shell is not installed");
        LatestSessionWindow w;
        QVERIFY(w.open());
        auto &[practice, window, editor, note, sessionId] = w;
        QVERIFY(
            shell(practice.path(), QStringLiteral("UPDATE sessions SET note_text = 'Changed in the shell.' "
                                                  "WHERE id = %1")
                                       .arg(editor->sessionId())));
        QTRY_COMPARE_WITH_TIMEOUT(note->toPlainText(), QStringLiteral("Changed in the shell."), 10000);
        window->close();
    }

    void anEditThatMeetsTheShellsChangeAsksAndKeepsMine()
    {
        if (!haveSqliteShell())
            QSKIP("the sqlite3 shell is not installed");
        LatestSessionWindow w;
        QVERIFY(w.open());
        auto &[practice, window, editor, note, sessionId] = w;
        note->setFocus();
        note->selectAll();
        QTest::keyClicks(note, QStringLiteral("Mine, typed in the window."));
        QVERIFY(
            shell(practice.path(),
                  QStringLiteral("UPDATE sessions SET note_text = 'Theirs, from the shell.' WHERE id = %1")
                      .arg(sessionId)));
        ConflictAnswer answer(WriteConflictDialog::KeepMine);
        QTRY_VERIFY_WITH_TIMEOUT(answer.asked(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(window->store().session(sessionId)->note.text,
                                  QStringLiteral("Mine, typed in the window."), 10000);
        window->close();
    }

    // A restore by a program that holds no lock renames another file over the practice: the window reads
    // and writes the file now at the path, not the replaced one.
    void aFileRenamedOverThePracticeIsShownAndWritten()
    {
        if (!haveSqliteShell())
            QSKIP("the sqlite3 shell is not installed");
        LatestSessionWindow w;
        QVERIFY(w.open());
        auto &[practice, window, editor, note, sessionId] = w;
        const QString backup = practice.dir.filePath(QStringLiteral("restored.db"));
        QVERIFY(window->store().backupTo(backup));
        QVERIFY(shell(backup, QStringLiteral("UPDATE sessions SET note_text = 'From the restored backup.' "
                                             "WHERE id = %1")
                                  .arg(sessionId)));
        QCOMPARE(
            ::rename(QFile::encodeName(backup).constData(), QFile::encodeName(practice.path()).constData()),
            0);
        QTRY_COMPARE_WITH_TIMEOUT(note->toPlainText(), QStringLiteral("From the restored backup."), 10000);
        note->setFocus();
        note->moveCursor(QTextCursor::End);
        QTest::keyClicks(note, QStringLiteral(" Typed after the restore."));
        QVERIFY(window->flushAllEdits());
        auto reader = PracticeStore::open(practice.path(), PracticeStore::OpenMode::ReadOnly);
        QVERIFY(reader);
        QCOMPARE((*reader)->session(sessionId)->note.text,
                 QStringLiteral("From the restored backup. Typed after the restore."));
        window->close();
    }

    void aWindowStartedOnAnImmutableFileStoresOnceItIsWritable()
    {
        LatestSessionWindow w;
        if (!makeReadOnly(w.practice.path(), true))
            QSKIP("this system cannot make a file refuse writes");
        QVERIFY(w.open());
        auto &[practice, window, editor, note, sessionId] = w;
        note->setFocus();
        note->moveCursor(QTextCursor::End);
        QTest::keyClicks(note, QStringLiteral(" Typed on an immutable file."));
        const QString typed = note->toPlainText();
        QVERIFY(!window->flushAllEdits()); // the write really failed
        QVERIFY(makeReadOnly(practice.path(), false));
        QTRY_COMPARE_WITH_TIMEOUT(window->store().session(sessionId)->note.text, typed, 15000);
        window->close();
    }
};

QTEST_MAIN(TestTwoWriters)
#include "tst_twowriters.moc"
