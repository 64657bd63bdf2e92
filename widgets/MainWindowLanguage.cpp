// Switching the interface language while the practice stays open. Attune's widgets set their texts as they
// are built, so instead of every widget retranslating itself, the window builds its contents and menus
// again in the new language and returns to what the user was looking at. The practice, its undo stack,
// the lock and the backups are not rebuilt: they carry no texts of their own on screen.
#include "CouplesPane.h"
#include "MainWindow.h"
#include "MainWindowActions.h"
#include "MainWindowView.h"
#include "PaneMemory.h"

#include "audit/AuditTrailWindow.h"
#include "casefile/CaseFileActions.h"
#include "i18n/Translations.h"
#include "lock/LockController.h"
#include "session/SessionsTab.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>

namespace attune {

bool MainWindow::switchLanguage(const QString &languageCode)
{
    // Nothing typed may be lost: the rebuilt editors read what the practice holds.
    if (const Status s = flushAllEdits(); !s) {
        QMessageBox::warning(this, tr("Attune"),
                             tr("The language will change once your changes are stored: %1").arg(s.error()));
        return false;
    }
    const View view = currentView();
    installTranslators(*qApp, languageCode);
    // Widgets take their locale from the window, which took the default one when it was made.
    setLocale(QLocale());
    rebuildInterface();
    m_lock->retranslate();
    showView(view);
    // An open audit trail window holds no typing: it is simply opened again in the new language.
    if (auto *audit = findChild<AuditTrailWindow *>(QString(), Qt::FindDirectChildrenOnly)) {
        const QRect geometry = audit->geometry();
        delete audit;
        showAuditTrail(*m_store, this)->setGeometry(geometry);
    }
    return true;
}

MainWindow::View MainWindow::currentView() const
{
    View view;
    view.coupleId = m_coupleId;
    view.sessionId = m_sessions->currentSessionId();
    view.tab = m_tabs->currentIndex();
    view.splitter = m_splitter->saveState();
    view.panes = savePanes(*m_tabs);
    view.archived = m_couples->showingArchived();
    view.search = m_couples->searchField()->text();
    view.practicePage = practicePageShown();
    return view;
}

void MainWindow::rebuildInterface()
{
    // The menus go later, not now: one of their actions may be what is running (Edit → Preferences).
    const QList<QAction *> menuActions = menuBar()->actions();
    menuBar()->clear();
    for (QAction *action : menuActions)
        if (QMenu *menu = action->menu())
            menu->deleteLater();
    *m_actions = {};
    delete m_caseFiles;
    m_caseFiles = nullptr;
    if (m_couples)
        m_couples->disconnect(this);

    buildWorkspace();
    m_lock->replaceContent(m_splitter); // the old contents are deleted here
    createMenus();
    createLockMenuEntries();
    connectWorkspace();
    applyPreferences();
    setWindowTitle(tr("Attune"));
}

void MainWindow::showView(const View &view)
{
    m_splitter->restoreState(view.splitter);
    restorePanes(*m_tabs, view.panes);
    if (view.archived)
        m_couples->showArchived(true);
    m_coupleId = 0; // the new tabs show no couple yet
    if (view.coupleId == 0 || !m_couples->selectCouple(view.coupleId))
        m_couples->selectFirstCouple();
    m_tabs->setCurrentIndex(view.tab);
    showCouple(m_couples->currentCoupleId());
    // After the couple is open, which the search then does not close even when it hides it.
    m_couples->searchField()->setText(view.search);
    if (view.sessionId != 0 && m_coupleId == view.coupleId)
        m_sessions->openSession(view.sessionId);
    if (view.practicePage)
        showPracticePage();
    else
        showWorkspacePage();
    updateActions();
}

} // namespace attune
