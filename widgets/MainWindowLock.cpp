// Lock means closed: the main window's side of the practice lock. A hidden widget is still read by a screen
// reader, so on locking the window stores what is being typed, remembers what was shown (couple, tab,
// session, dividers) and destroys every view of the record; unlocking builds them again, as a language
// change does, and comes back to the same place. A protected practice is closed as well (its key and
// decrypted image wiped) and opened again with the typed passphrase before the views are rebuilt. The undo
// history is not kept across a lock: its steps name what they undo, and they would have to outlive the closed
// practice, so it starts empty after unlocking.
#include "CouplesPane.h"
#include "MainWindow.h"
#include "MainWindowView.h"

#include "audit/AuditTrailWindow.h"
#include "casefile/CaseFileActions.h"
#include "lock/LockController.h"
#include "lock/LockScreen.h"
#include "search/FindWindow.h"

#include <QAction>
#include <QMenu>
#include <QPointer>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>

namespace attune {

void MainWindow::connectLock()
{
    connect(m_lock, &LockController::aboutToLock, this, &MainWindow::storeBeforeLock);
    connect(m_lock, &LockController::locked, this, &MainWindow::closeRecord);
    connect(m_lock, &LockController::unlocked, this, &MainWindow::reopenRecord);
    // A practice with a passphrase opens locked, already during the lock's construction.
    if (m_lock->isLocked()) {
        m_lockedView = std::make_unique<View>(currentView());
        closeRecord();
    }
}

void MainWindow::storeBeforeLock()
{
    if (!m_tabs)
        return;
    // Nothing typed is lost. Should storing fail, the lock still goes on (it may be the idle lock of an
    // absent therapist): the lock screen says so.
    if (const Status s = flushAllEdits(); !s)
        QTimer::singleShot(0, m_lock, [lock = QPointer<LockController>(m_lock), error = s.error()] {
            if (lock && lock->isLocked())
                lock->lockScreen()->showMessage(
                    tr("Some changes could not be stored before locking: %1").arg(error));
        });
    m_lockedView = std::make_unique<View>(currentView());
}

void MainWindow::closeRecord()
{
    if (!m_splitter)
        return;
    // Windows of the record that the window owns; rejected dialogs have already returned from exec().
    delete m_find;
    m_find = nullptr;
    qDeleteAll(findChildren<AuditTrailWindow *>(QString(), Qt::FindDirectChildrenOnly));
    // The tabs' own actions (New Session, Sign Note…) leave the menus with their tabs: a disabled stand-in
    // keeps each menu as the user knows it, greyed out, until the menus are built again on unlocking.
    const auto insideRecord = [this](const QObject *object) {
        for (; object; object = object->parent())
            if (object == m_splitter || object == m_caseFiles)
                return true;
        return false;
    };
    for (QMenu *menu : findChildren<QMenu *>()) {
        if (insideRecord(menu))
            continue;
        for (QAction *action : menu->actions())
            if (!action->isSeparator() && !action->menu() && insideRecord(action)) {
                auto *standIn = new QAction(action->text(), menu);
                standIn->setShortcuts(action->shortcuts());
                standIn->setEnabled(false);
                menu->insertAction(action, standIn);
            }
    }
    m_couples->disconnect(this);
    delete m_caseFiles;
    m_caseFiles = nullptr;
    m_lock->replaceContent(nullptr); // the couples list, the practice page, every tab: deleted
    m_couples = nullptr;
    m_splitter = nullptr;
    m_heading = m_subheading = nullptr;
    m_tabs = nullptr;
    m_overview = nullptr;
    m_sessions = nullptr;
    m_cycle = nullptr;
    m_exercises = nullptr;
    m_progress = nullptr;
    m_plan = nullptr;
    m_brief = nullptr;
    m_practice = nullptr;
    m_firstRun = nullptr;
    m_pages = nullptr;
    m_coupleId = 0;
    // Undo items are named after what they change ("Undo Edit Note"), and replaying them needs the record.
    m_editor->undoStack().clear();
    statusBar()->clearMessage();
    // A protected practice closes too: what is pending is saved now, the decrypted image and the key are
    // wiped, and until the passphrase derives the key again every query says "The practice is locked."
    if (m_store->isProtected()) {
        if (const Status closed = m_store->close(); !closed)
            m_lock->lockScreen()->showMessage(closed.error());
    }
}

void MainWindow::reopenRecord()
{
    if (m_splitter)
        return;
    rebuildInterface();
    if (m_lockedView)
        showView(*m_lockedView);
    m_lockedView.reset();
}

} // namespace attune
