// Test support for the window tests (they link attune_widgets): opens a practice's main window at the
// size the screenshots use, on the tests' fixed clock. Header-only, so attune_testsupport needs no widgets.
#pragma once

#include "MainWindow.h"
#include "TestPractice.h"

#include <QCoreApplication>
#include <QEvent>

namespace attune::test {

inline MainWindow *openTestWindow(const QString &path, QSettings &settings, PracticeStore::OpenMode mode)
{
    // A window closed just before is deleted later; it holds the lock file beside its practice until it
    // is gone, as a second Attune on the same practice would be refused.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto window = MainWindow::open(path, settings, mode, fixedClock(fixedNow()));
    if (!window)
        qFatal("could not open the window: %s", qPrintable(window.error()));
    (*window)->resize(1440, 900);
    (*window)->show();
    return *window;
}

} // namespace attune::test
