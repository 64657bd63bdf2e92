// SIGTERM and SIGHUP through a self-pipe: the handler only writes a byte (the one thing a signal handler
// may safely do), and a QSocketNotifier on the other end turns it into an event in the main loop, where
// storing edits and closing windows is safe.
#include "SignalFlush.h"

#include "MainWindow.h"

#include <QApplication>
#include <QSessionManager>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

namespace attune {
namespace {

// The write end, for the handler: a signal handler can reach nothing but globals.
int g_signalWriteEnd = -1;

extern "C" void onTerminationSignal(int signal)
{
    const int saved = errno;
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_signalWriteEnd, &byte, 1);
    errno = saved;
}

// Stores what every window holds; a failure is said on stderr as well, since no one may be looking.
bool storeEveryWindowsEdits()
{
    bool stored = true;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (!window)
            continue;
        if (const Status s = window->flushAllEdits(); !s) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(s.error()));
            stored = false;
        }
    }
    return stored;
}

void stopAsQuitDoes()
{
    static bool stopping = false; // a second signal while the windows close changes nothing
    if (stopping)
        return;
    stopping = true;
    storeEveryWindowsEdits();
    // As File → Quit: each window stores its edits again (nothing left, normally), saves its layout and
    // closes; one that still cannot store them asks, so nothing is dropped without the therapist's say.
    QApplication::closeAllWindows();
    bool open = false;
    for (QWidget *widget : QApplication::topLevelWidgets())
        open = open || (qobject_cast<MainWindow *>(widget) && widget->isVisible());
    if (!open)
        QCoreApplication::quit();
    stopping = false;
}

} // namespace

void storeEditsOnTermination(QApplication &app)
{
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC | O_NONBLOCK) != 0) {
        std::perror("attune: pipe2");
        return; // the signals keep their default: Attune still runs, as before
    }
    g_signalWriteEnd = ends[1];
    auto *notifier = new QSocketNotifier(ends[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [readEnd = ends[0]] {
        char bytes[16];
        while (::read(readEnd, bytes, sizeof bytes) > 0) {
        }
        stopAsQuitDoes();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : {SIGTERM, SIGHUP})
        if (::sigaction(signal, &action, nullptr) != 0)
            std::perror("attune: sigaction");
#ifndef QT_NO_SESSIONMANAGER
    // The session may still be cancelled, so this stores and keeps running; the SIGTERM that follows a
    // confirmed logout closes the windows.
    QObject::connect(&app, &QGuiApplication::commitDataRequest, &app,
                     [](QSessionManager &) { storeEveryWindowsEdits(); });
#endif
}

} // namespace attune
