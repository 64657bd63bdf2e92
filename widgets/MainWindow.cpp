#include "MainWindow.h"

#include "CouplesPane.h"
#include "MainWindowActions.h"
#include "MainWindowView.h"
#include "PaneMemory.h"

#include "backup/BackupScheduler.h"
#include "casefile/CaseFileActions.h"
#include "couple/OverviewTab.h"
#include "cycle/CycleTab.h"
#include "exercises/ExercisesTab.h"
#include "lock/LockController.h"
#include "lock/LockScreen.h"
#include "lock/UnlockPracticeDialog.h"
#include "plan/TreatmentPlanTab.h"
#include "practice/FirstRunPage.h"
#include "practice/PracticePage.h"
#include "progress/PreAppointmentBrief.h"
#include "progress/ProgressTab.h"
#include "session/SessionsTab.h"
#include "store/SealedStorage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace attune {

Result<MainWindow *> MainWindow::open(const QString &path, QSettings &settings, PracticeStore::OpenMode mode,
                                      Clock clock, QWidget *promptParent, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    std::optional<QByteArray> entered;
    std::unique_ptr<PracticeStore> opened;
    if (PracticeStore::isProtectedFile(path)) {
        // The lock file and the header first, so a second Attune or a damaged header is refused before
        // the passphrase is typed; the window saves debounced, off its thread.
        auto store = PracticeStore::openClosed(path, mode, SaveTiming::Debounced, std::move(clock));
        if (!store)
            return store.status();
        UnlockPracticeDialog prompt(**store, promptParent);
        if (prompt.exec() != QDialog::Accepted) {
            if (cancelled)
                *cancelled = true;
            return Result<MainWindow *>::failure(tr("The practice was not opened."));
        }
        entered = prompt.takePassphrase();
        opened = std::move(store).value();
    } else {
        // An empty file where a practice should be: what an interrupted creation by an older build left.
        // Nothing is in it to lose, but it is replaced only when the user agrees.
        if (PracticeStore::isInterruptedCreation(path)) {
            if (QMessageBox::question(
                    promptParent, tr("Attune"),
                    tr("%1 is an empty file, left when creating a practice was interrupted. "
                       "Create a new, empty practice in its place?")
                        .arg(QDir::toNativeSeparators(path))) != QMessageBox::Yes) {
                if (cancelled)
                    *cancelled = true;
                return Result<MainWindow *>::failure(tr("The practice was not opened."));
            }
            if (const Status replaced = PracticeStore::replaceInterruptedCreation(path); !replaced)
                return replaced;
        }
        auto store = PracticeStore::open(path, mode, std::move(clock));
        if (!store)
            return store.status();
        if (const Status locked = (*store)->lockAgainstOtherWriters(); !locked)
            return locked;
        opened = std::move(store).value();
    }
    auto *window = new MainWindow(std::move(opened), settings, nullptr, std::move(entered));
    window->setAttribute(Qt::WA_DeleteOnClose);
    return window;
}

MainWindow::MainWindow(std::unique_ptr<PracticeStore> store, QSettings &settings, QWidget *parent,
                       std::optional<QByteArray> enteredPassphrase)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_editor(std::make_unique<PracticeEditor>(*m_store))
    , m_settings(settings)
    , m_preferences(Preferences::load(settings))
    , m_actions(std::make_unique<Actions>())
{
    setWindowTitle(tr("Attune"));
    setWindowFilePath(m_store->path());
    m_preferences.notePracticeOpened(m_store->path());
    m_preferences.save(m_settings);

    buildWorkspace();
    setCentralWidget(m_splitter);
    createMenus();
    connectWorkspace();
    applyPreferences();

    connect(m_editor.get(), &PracticeEditor::undoFailed, this, &MainWindow::reportUndoFailure);
    connect(m_store.get(), &PracticeStore::coupleChanged, this, [this](qint64 id) {
        if (id == m_coupleId && m_heading) { // no heading while locked
            refreshHeader();
            updateActions();
        }
    });
    // A protected practice saves debounced on a worker; a failure is said where the user looks.
    connect(m_store.get(), &PracticeStore::saveFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The practice could not be saved: %1").arg(message));
    });
    restoreState();
    qApp->installEventFilter(this);
    startBackups();
    watchChangesByOthers();
    // Last, so a practice with a passphrase opens locked, before anything is shown.
    m_lock = new LockController(*this, *m_store, std::move(enteredPassphrase));
    createLockMenuEntries();
    connectLock();
    connect(m_lock, &LockController::lockedChanged, this, &MainWindow::updateProtectionActions);
    // The daily backup skipped while locked is made soon after unlocking.
    connect(m_lock, &LockController::lockedChanged, m_backups, [this](bool locked) {
        if (!locked)
            QTimer::singleShot(10 * 1000, m_backups, [this] { m_backups->backUpIfDue(); });
    });
}

void MainWindow::watchChangesByOthers()
{
    m_store->pollChangesByOthers(); // where the file stands now
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this] {
        // While this window's own write is still waiting, that write meets the change first (a
        // conflict the editor shows); the views then read what is stored.
        if (m_store->pollChangesByOthers())
            statusBar()->showMessage(tr("Changes made by another program were loaded."), 5000);
    });
    poll->start(1000);
}

void MainWindow::startBackups()
{
    // A protected practice's backups are encrypted with its passphrase, known only while unlocked; until
    // the lock exists (and while locked) nothing is known, so nothing is written.
    m_backups = new BackupScheduler(
        *m_store, {}, systemClock(),
        [this] { return m_lock ? m_lock->passphrase() : std::optional<QByteArray>(); }, this);
    m_backups->setPassphraseRequired([this] { return !m_lock || m_lock->hasPassphrase(); });
    connect(m_backups, &BackupScheduler::backupSkipped, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_backups, &BackupScheduler::backupFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The automatic backup failed: %1").arg(message));
    });
    connect(m_backups, &BackupScheduler::backedUp, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    applyPreferences();
    // The daily backup waits until the window is up, so opening stays quick.
    QTimer::singleShot(10 * 1000, m_backups, [this] { m_backups->backUpIfDue(); });
}

MainWindow::~MainWindow()
{
    // The views hold the store and editor by reference: they go first, while both still exist, and
    // without telling this half-destroyed window about the selection they lose on the way.
    if (m_couples)
        m_couples->disconnect(this);
    m_store->disconnect(this);
    delete takeCentralWidget();
    delete m_caseFiles;
}

void MainWindow::buildWorkspace()
{
    m_couples = new CouplesPane(*m_store, this);

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.45);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_subheading = new QLabel(this);
    m_subheading->setTextFormat(Qt::PlainText);
    m_subheading->setWordWrap(true);

    m_overview = new OverviewTab(*m_editor, this);
    m_sessions = new SessionsTab(*m_editor, this);
    m_cycle = new CycleTab(*m_editor, this);
    m_exercises = new ExercisesTab(*m_editor, this);
    m_progress = new ProgressTab(*m_editor, this);
    m_plan = new TreatmentPlanTab(*m_editor, this);
    m_brief = new PreAppointmentBrief(*m_store, m_overview);
    m_overview->briefArea()->addWidget(m_brief);
    m_caseFiles = new CaseFileActions(*m_editor, this, this);
    // A protected practice's case files are encrypted with the passphrase the lock holds while unlocked.
    m_caseFiles->setPassphraseSource(
        [this] { return m_lock ? m_lock->passphrase() : std::optional<QByteArray>(); });
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Couple workspace"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_sessions, tr("&Sessions"));
    m_tabs->addTab(m_cycle, tr("C&ycle"));
    m_tabs->addTab(m_exercises, tr("E&xercises"));
    m_tabs->addTab(m_progress, tr("&Progress"));
    m_tabs->addTab(m_plan, tr("P&lan"));
    auto openSession = [this](qint64 sessionId) {
        showWorkspacePage();
        m_tabs->setCurrentWidget(m_sessions);
        m_sessions->openSession(sessionId);
    };
    for (WorkspaceTab *tab : tabs())
        connect(tab, &WorkspaceTab::openSessionRequested, this, openSession);
    connect(m_brief, &PreAppointmentBrief::openSessionRequested, this, openSession);

    auto *record = new QWidget(this);
    auto *recordLayout = new QVBoxLayout(record);
    recordLayout->setContentsMargins(8, 4, 0, 0);
    // One click from any couple to the week's appointments and the caseload.
    auto *practiceButton = new QPushButton(tr("Today && Caseload"), record);
    practiceButton->setToolTip(
        tr("Today's and the next seven days' appointments, and the caseload (Ctrl+0)"));
    connect(practiceButton, &QPushButton::clicked, this, &MainWindow::showPracticePage);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(practiceButton, 0, Qt::AlignTop);
    recordLayout->addLayout(headingRow);
    recordLayout->addWidget(m_subheading);
    recordLayout->addWidget(m_tabs, 1);

    // The practice page takes the workspace's place; clicking a couple in the list brings it back.
    m_practice = new PracticePage(*m_editor, m_settings, this);
    connect(m_practice, &PracticePage::openCoupleRequested, this, &MainWindow::openCoupleOverview);
    // Attended, from the Today page: the couple's Sessions tab makes that day's session from it.
    connect(m_practice, &PracticePage::attendAppointmentRequested, this,
            [this](const Appointment &appointment) {
                openCoupleOverview(appointment.coupleId);
                if (m_coupleId != appointment.coupleId)
                    return;
                showWorkspacePage();
                m_tabs->setCurrentWidget(m_sessions);
                m_sessions->createSessionFromAppointment(appointment);
            });
    connect(m_couples->listView(), &QAbstractItemView::clicked, this, &MainWindow::showWorkspacePage);
    m_firstRun = new FirstRunPage(this);
    connect(m_firstRun, &FirstRunPage::newCoupleRequested, this, &MainWindow::newCouple);
    connect(m_firstRun, &FirstRunPage::demoRequested, this, &MainWindow::openDemoPractice);
    connect(m_firstRun, &FirstRunPage::openPracticeRequested, this, &MainWindow::openPracticeDialog);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(record);
    m_pages->addWidget(m_practice);
    m_pages->addWidget(m_firstRun);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_couples);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // The couples list gives way first: the session editor needs its width in Spanish at 1280 px.
    m_splitter->setSizes({280, 1100});
    m_splitter->setChildrenCollapsible(false);
    setTabOrder(m_couples->listView(), m_tabs);
}

void MainWindow::connectWorkspace()
{
    connect(m_couples, &CouplesPane::currentCoupleChanged, this, &MainWindow::showCouple);
    connect(m_couples, &CouplesPane::countChanged, this,
            [this](int count) { statusBar()->showMessage(tr("%n couple(s) shown", nullptr, count)); });
}

QList<WorkspaceTab *> MainWindow::tabs() const
{
    if (!m_tabs)
        return {}; // locked: the record's views are closed
    return {m_overview, m_sessions, m_cycle, m_exercises, m_progress, m_plan};
}

Status MainWindow::flushAllEdits()
{
    QStringList failures;
    for (WorkspaceTab *tab : tabs())
        if (const Status s = tab->flushPendingEdits(); !s)
            failures << s.error();
    return failures.isEmpty() ? Status::ok() : Status::failure(failures.join(QLatin1Char(' ')));
}

void MainWindow::showCouple(qint64 coupleId)
{
    if (coupleId == m_coupleId)
        return;
    // What was typed for the previous couple is stored first; if that fails, the tabs keep retrying.
    if (const Status s = flushAllEdits(); !s)
        statusBar()->showMessage(s.error());
    m_coupleId = coupleId;
    showWorkspacePage();
    for (WorkspaceTab *tab : tabs())
        tab->setCouple(coupleId);
    m_brief->setCouple(coupleId);
    m_tabs->setEnabled(coupleId != 0);
    refreshHeader();
    updateActions();
}

void MainWindow::refreshHeader()
{
    if (m_coupleId == 0) {
        m_heading->setText(m_couples->visibleCount() == 0 ? tr("No couples here yet")
                                                          : tr("No couple selected"));
        m_subheading->setText(m_couples->visibleCount() == 0
                                  ? tr("Add a couple with Couple → New Couple… (Ctrl+N).")
                                  : tr("Choose a couple on the left."));
        return;
    }
    const auto summary = m_store->coupleSummary(m_coupleId);
    if (!summary) {
        m_heading->setText(tr("This couple could not be shown"));
        m_subheading->setText(summary.error());
        return;
    }
    m_heading->setText(summary->name);
    QString line = tr("%1 (%2) and %3 (%4) · %5")
                       .arg(summary->partnerNames[0], displayName(summary->positions[0]).toLower(),
                            summary->partnerNames[1], displayName(summary->positions[1]).toLower(),
                            displayName(summary->pattern));
    if (summary->stage > 0)
        line += tr(" · stage %1, step %2").arg(summary->stage).arg(summary->step);
    if (summary->status != CoupleStatus::Active)
        line += QStringLiteral(" · ") + displayName(summary->status);
    if (summary->archived)
        line += QStringLiteral(" · ") + tr("archived");
    m_subheading->setText(line);
}

void MainWindow::restoreState()
{
    const WindowState state = WindowState::load(m_settings, m_store->path());
    if (state.geometry.isEmpty() || !restoreGeometry(state.geometry))
        fitFirstWindow();
    if (!state.splitter.isEmpty())
        m_splitter->restoreState(state.splitter);
    restorePanes(*m_tabs, state.panes);
    if (state.lastCoupleId == 0 || !m_couples->selectCouple(state.lastCoupleId))
        m_couples->selectFirstCouple();
    m_tabs->setCurrentIndex(qBound(0, state.lastTab, m_tabs->count() - 1));
    showCouple(m_couples->currentCoupleId());
    // A practice opens on today's and this week's appointments; the last couple is one click away.
    showPracticePage();
}

// A first start: 1440×900 where there is room, else most of the screen the window opens on (a clinic
// laptop's 1366×768), centred on it, frame and panels included.
void MainWindow::fitFirstWindow()
{
    const QScreen *on = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!on) {
        resize(1440, 900);
        return;
    }
    const QRect available = on->availableGeometry();
    const QSize size = QSize(1440, 900).boundedTo(available.size() * 0.92);
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::saveState()
{
    WindowState state;
    state.geometry = saveGeometry();
    if (m_splitter) {
        state.splitter = m_splitter->saveState();
        state.lastCoupleId = m_coupleId;
        state.lastTab = m_tabs->currentIndex();
        state.panes = savePanes(*m_tabs);
    } else if (m_lockedView) { // locked: what was shown before
        state.splitter = m_lockedView->splitter;
        state.lastCoupleId = m_lockedView->coupleId;
        state.lastTab = m_lockedView->tab;
        state.panes = m_lockedView->panes;
    }
    state.save(m_settings, m_store->path());
}

void MainWindow::applyPreferences()
{
    if (m_backups)
        m_backups->setPolicy(
            {m_preferences.automaticBackups, m_preferences.backupsKept, m_preferences.backupFolder});
    if (!m_sessions)
        return;
    m_sessions->setDefaultLengthMinutes(m_preferences.defaultSessionMinutes);
    m_sessions->setHighlightingEnabled(m_preferences.highlightEmotionWords);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Status flushed = flushAllEdits();
    while (!flushed) {
        QMessageBox box(QMessageBox::Warning, tr("Attune"),
                        tr("Some of your changes could not be stored: %1").arg(flushed.error()),
                        QMessageBox::Retry | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(
            tr("Retry after fixing the problem, keep the window open, or quit without them."));
        box.setDefaultButton(QMessageBox::Retry);
        const int choice = box.exec();
        if (choice == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (choice == QMessageBox::Discard)
            break;
        flushed = flushAllEdits();
    }
    saveState();
    // The backup on close: only of a practice whose edits were all stored and that can be written.
    if (flushed && !m_skipCloseBackup && m_preferences.automaticBackups &&
        QFileInfo(m_store->path()).isWritable())
        m_backups->backUpNow();
    event->accept();
}

void MainWindow::reportUndoFailure(const QString &message)
{
    QMessageBox::warning(this, tr("Attune"), tr("That step could not be undone or redone: %1").arg(message));
}

void MainWindow::showPracticePage()
{
    m_pages->setCurrentWidget(practiceIsEmpty() ? static_cast<QWidget *>(m_firstRun) : m_practice);
}

bool MainWindow::practiceIsEmpty() const
{
    // Archived couples count: a practice with only those is not a first start. On a failed read the
    // practice page says what went wrong.
    const auto couples = m_store->coupleSummaries(ArchiveFilter::All);
    return couples && couples->isEmpty();
}

void MainWindow::showWorkspacePage()
{
    m_pages->setCurrentIndex(0);
}

bool MainWindow::practicePageShown() const
{
    return m_pages->currentWidget() == m_practice || m_pages->currentWidget() == m_firstRun;
}

void MainWindow::openCoupleOverview(qint64 coupleId)
{
    // A search may hide the couple from the list; clear it rather than open a couple the list hides.
    if (!m_couples->selectCouple(coupleId)) {
        m_couples->searchField()->clear();
        if (!m_couples->selectCouple(coupleId)) {
            statusBar()->showMessage(tr("That couple is not in the list (is it archived?)."));
            return;
        }
    }
    showCouple(coupleId);
    m_tabs->setCurrentWidget(m_overview);
    showWorkspacePage();
}

} // namespace attune
