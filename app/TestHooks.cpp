// See TestHooks.h.
#include "TestHooks.h"

#include "MainWindow.h"
#include "session/SessionsTab.h"

#include <QAction>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSessionManager>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace attune {
namespace {

QPlainTextEdit *noteField(QWidget &sessions)
{
    const QString label = QCoreApplication::translate("attune::SessionNoteSection", "&Note:");
    for (QLabel *l : sessions.findChildren<QLabel *>())
        if (l->text() == label)
            return qobject_cast<QPlainTextEdit *>(l->buddy());
    return nullptr;
}

void press(QWidget *field, Qt::Key key, const QString &text)
{
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(field, &down);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(field, &up);
}

// A new session for the selected couple, its note field focused (null, said on stderr, when none).
QPlainTextEdit *newSessionNote(MainWindow &window)
{
    window.showWorkspacePage();
    window.workspace()->setCurrentWidget(window.sessionsTab());
    window.sessionsTab()->newSessionAction()->trigger();
    QPlainTextEdit *note = noteField(*window.sessionsTab());
    if (!note) {
        std::fprintf(stderr, "attune: the test hook found no note field\n");
        return nullptr;
    }
    note->setFocus();
    return note;
}

// What the session manager does before a logout: the commit-data request, with the application's own
// session manager (QGuiApplication makes it as its child).
void requestCommitData()
{
#ifndef QT_NO_SESSIONMANAGER
    if (auto *manager = qApp->findChild<QSessionManager *>()) {
        emit qApp->commitDataRequest(*manager);
        std::printf("committed\n");
        std::fflush(stdout);
        return;
    }
#endif
    std::fprintf(stderr, "attune: the test hook found no session manager\n");
}

// A therapist typing steadily, never pausing: a numbered word (w0001, w0002, …) every 100 ms, each key
// a key press, each word said on stdout once typed, so a test can kill attune and compare.
void typeSteadily(MainWindow &window)
{
    QPlainTextEdit *note = newSessionNote(window);
    if (!note)
        return;
    auto *typing = new QTimer(note);
    auto words = std::make_shared<int>(0);
    QObject::connect(typing, &QTimer::timeout, note, [note, words] {
        const QString word = QStringLiteral("w%1 ").arg(++*words, 4, 10, QLatin1Char('0'));
        for (const QChar c : word)
            press(note, c == QLatin1Char(' ') ? Qt::Key_Space : Qt::Key_unknown, QString(c));
        std::printf("typed %s\n", qPrintable(word.trimmed()));
        std::fflush(stdout);
    });
    typing->start(100);
}

void typeNote(MainWindow &window, const QString &text)
{
    QPlainTextEdit *note = newSessionNote(window);
    if (!note)
        return;
    for (const QChar c : text)
        press(note, Qt::Key_unknown, QString(c));
    // A therapist still typing: a space and its deletion, every 200 ms, restart the autosave's pause
    // without changing the text, so the typed note stays pending however slowly the test sends its signal.
    auto *typing = new QTimer(note);
    QObject::connect(typing, &QTimer::timeout, note, [note] {
        press(note, Qt::Key_Space, QStringLiteral(" "));
        press(note, Qt::Key_Backspace, QString());
    });
    typing->start(200);
    std::printf("typed\n");
    std::fflush(stdout);
    if (qEnvironmentVariableIsSet("ATTUNE_TEST_COMMIT_DATA"))
        requestCommitData();
}

} // namespace

void runTestHooks(MainWindow &window)
{
    if (qEnvironmentVariableIsSet("ATTUNE_TEST_TYPE_STEADILY")) {
        QTimer::singleShot(0, &window, [&window] { typeSteadily(window); });
        return;
    }
    if (!qEnvironmentVariableIsSet("ATTUNE_TEST_TYPE_NOTE"))
        return;
    const QString text = qEnvironmentVariable("ATTUNE_TEST_TYPE_NOTE");
    // Once the window is shown and its first events are handled, as a user's typing would come.
    QTimer::singleShot(0, &window, [&window, text] { typeNote(window, text); });
}

} // namespace attune
