// See TestHooks.h.
#include "TestHooks.h"

#include "MainWindow.h"
#include "session/SessionsTab.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

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

void typeNote(MainWindow &window, const QString &text)
{
    window.showWorkspacePage();
    window.workspace()->setCurrentWidget(window.sessionsTab());
    window.sessionsTab()->newSessionAction()->trigger();
    QPlainTextEdit *note = noteField(*window.sessionsTab());
    if (!note) {
        std::fprintf(stderr, "attune: the test hook found no note field\n");
        return;
    }
    note->setFocus();
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
}

} // namespace

void runTestHooks(MainWindow &window)
{
    if (!qEnvironmentVariableIsSet("ATTUNE_TEST_TYPE_NOTE"))
        return;
    const QString text = qEnvironmentVariable("ATTUNE_TEST_TYPE_NOTE");
    // Once the window is shown and its first events are handled, as a user's typing would come.
    QTimer::singleShot(0, &window, [&window, text] { typeNote(window, text); });
}

} // namespace attune
