// Test support for the window tests (they link attune_widgets): opens a practice's main window at the
// size the screenshots use, on the tests' fixed clock. Header-only, so attune_testsupport needs no widgets.
#pragma once

#include "MainWindow.h"
#include "TestPractice.h"
#include "demo/DemoGenerator.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

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

// The demo practice in a scratch folder, with settings of its own, ready to open in a window.
struct DemoPractice
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};

    DemoPractice()
    {
        auto store =
            PracticeStore::open(path(), PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
        if (!store || !generateDemoPractice(**store, {}))
            qFatal("could not make the demo practice");
    }
    QString path() const { return dir.filePath(QStringLiteral("practice.db")); }
    // At the screenshots' size, or resized to size (a laptop's) and made the active window.
    MainWindow *openWindow(QSize size = {})
    {
        MainWindow *window = openTestWindow(path(), settings, PracticeStore::OpenMode::OpenExisting);
        if (size.isValid()) {
            window->resize(size);
            QApplication::setActiveWindow(window);
            if (!QTest::qWaitForWindowActive(window))
                qWarning("the window did not become active");
        }
        return window;
    }
};

} // namespace attune::test
