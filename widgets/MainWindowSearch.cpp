// Edit → Find…: the main window's side of the practice-wide search. The Find window finds; opening a
// result lands here, which shows the couple in the list (whatever the sidebar's filter hides), switches
// to the tab where the record lives and asks that tab to open the record and mark the words.
#include "CouplesPane.h"
#include "MainWindow.h"

#include "couple/OverviewTab.h"
#include "cycle/CycleTab.h"
#include "exercises/ExercisesTab.h"
#include "lock/LockController.h"
#include "plan/TreatmentPlanTab.h"
#include "search/FindWindow.h"
#include "session/SessionsTab.h"

#include <QStatusBar>
#include <QTabWidget>

namespace attune {

void MainWindow::showFindWindow()
{
    if (m_lock && m_lock->isLocked())
        return;
    if (!m_find) {
        m_find = new FindWindow(*m_store, this);
        connect(m_find, &FindWindow::openHitRequested, this, &MainWindow::openSearchHit);
    }
    m_find->present();
}

void MainWindow::openSearchHit(const SearchHit &hit, const SearchTerms &terms)
{
    const auto couple = m_store->coupleSummary(hit.coupleId);
    if (!couple || !m_couples->revealCouple(hit.coupleId, couple->archived)) {
        statusBar()->showMessage(couple ? tr("That couple is no longer in the practice.") : couple.error());
        return;
    }
    showCouple(hit.coupleId);
    showWorkspacePage();
    WorkspaceTab *tab = m_overview;
    switch (hit.kind) {
    case SearchKind::Couple:
        break;
    case SearchKind::Session:
        tab = m_sessions;
        break;
    case SearchKind::Cycle:
        tab = m_cycle;
        break;
    case SearchKind::Exercise:
        tab = m_exercises;
        break;
    case SearchKind::Goal:
        tab = m_plan;
        break;
    }
    m_tabs->setCurrentWidget(tab);
    activateWindow();
    raise();
    tab->revealSearchHit(hit, terms);
}

} // namespace attune
