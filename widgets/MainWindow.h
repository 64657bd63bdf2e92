// The main window of one open practice: the couples sidebar beside the selected couple's workspace
// (Overview with the pre-appointment brief, Sessions, Cycle, Exercises, Progress), with the menus a desktop
// user expects. Opening another practice opens a new window for it and closes this one, so a window and its
// practice live together.
#pragma once

#include "Preferences.h"

#include "commands/PracticeEditor.h"
#include "store/PracticeStore.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace attune {

class BackupScheduler;
class CaseFileActions;
class CouplesPane;
class LockController;
class CycleTab;
class ExercisesTab;
class FindWindow;
class FirstRunPage;
class OverviewTab;
class PracticePage;
class PreAppointmentBrief;
class ProgressTab;
class TreatmentPlanTab;
class SessionsTab;
class WorkspaceTab;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Opens the practice at path in a new window (deleted when closed). The error says why it could not.
    // A protected practice asks for its passphrase first (UnlockPracticeDialog, over promptParent);
    // cancelling it sets *cancelled (and fails). The window holds the lock file beside
    // the practice, plain or protected, so no other Attune (window or `attune protect`) writes it meanwhile.
    static Result<MainWindow *> open(const QString &path, QSettings &settings,
                                     PracticeStore::OpenMode mode = PracticeStore::OpenMode::CreateIfMissing,
                                     Clock clock = systemClock(), QWidget *promptParent = nullptr,
                                     bool *cancelled = nullptr);

    // enteredPassphrase: the passphrase that just opened a protected store (the window opens unlocked).
    MainWindow(std::unique_ptr<PracticeStore> store, QSettings &settings, QWidget *parent = nullptr,
               std::optional<QByteArray> enteredPassphrase = std::nullopt);
    ~MainWindow() override;

    PracticeStore &store() { return *m_store; }
    PracticeEditor &editor() { return *m_editor; }
    // The views below are null while the practice is locked: lock means closed.
    CouplesPane *couplesPane() const { return m_couples; }
    QTabWidget *workspace() const { return m_tabs; }
    OverviewTab *overviewTab() const { return m_overview; }
    SessionsTab *sessionsTab() const { return m_sessions; }
    CycleTab *cycleTab() const { return m_cycle; }
    ExercisesTab *exercisesTab() const { return m_exercises; }
    ProgressTab *progressTab() const { return m_progress; }
    TreatmentPlanTab *planTab() const { return m_plan; }
    PreAppointmentBrief *brief() const { return m_brief; }
    qint64 currentCoupleId() const { return m_coupleId; }
    LockController *lockController() const { return m_lock; }
    PracticePage *practicePage() const { return m_practice; }
    FirstRunPage *firstRunPage() const { return m_firstRun; }

    // The practice page (the week's appointments and the caseload; for a practice with no couples at
    // all, the first-run page) or the couple's workspace, in the area beside the couples list.
    void showPracticePage();
    void showWorkspacePage();
    bool practicePageShown() const;
    // Selects the couple and shows its Overview, where the pre-appointment brief is.
    void openCoupleOverview(qint64 coupleId);

    // Edit → Find… (Ctrl+F): the search over the whole practice, in a window of its own
    // (MainWindowSearch.cpp). Opening a result shows its couple, tab and record with the words marked.
    void showFindWindow();
    FindWindow *findWindow() const { return m_find; }
    void openSearchHit(const SearchHit &hit, const SearchTerms &terms);

    // At start (MainWindowRecovery.cpp): a note that could not be stored when Attune last ran (kept in
    // the recovery file beside the practice) is offered back; yes puts it into its session, no discards it.
    void offerRecoveredNote();

    // Stores whatever every tab holds; on failure the message says what could not be stored. While locked
    // there are no tabs, and nothing to store.
    Status flushAllEdits();

    // Replaces this practice with a backup (asking to confirm, and for an encrypted one's passphrase),
    // then reopens it in a new window; the replaced file is kept aside.
    void restoreFromBackupFile(const QString &backup);

    // Undo and redo of the practice's stack, after storing pending edits (Edit menu, Ctrl+Z anywhere).
    void undo();
    void redo();

    // Speaks another language at once (a code such as "es"; empty: the system's): stores what is being
    // typed, installs the translators, and builds the window's contents and menus again in the new
    // language, back on the same couple, tab and session. False (and nothing changed) when the pending
    // edits could not be stored; the user has been told why.
    bool switchLanguage(const QString &languageCode);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct View; // what the user was looking at, to come back to after the contents are rebuilt

    void buildWorkspace();
    void connectWorkspace();
    void rebuildInterface();
    View currentView() const;
    void showView(const View &view);
    void createMenus();
    QMenu *createFileMenu();
    QMenu *createCoupleMenu();
    void showCouple(qint64 coupleId);
    void refreshHeader();
    void updateActions();
    void restoreState();
    void fitFirstWindow();
    void saveState();
    void applyPreferences();
    void startBackups();
    // Polls the file for changes committed by other programs and has the views read them again.
    void watchChangesByOthers();
    void createLockMenuEntries();
    // Edit → Protect Practice…, Change Passphrase…, Remove Protection… (MainWindowProtection.cpp).
    void addProtectionActions(QMenu *edit);
    void updateProtectionActions();
    void protectPractice();
    void removeProtection();
    // Lock means closed (MainWindowLock.cpp): store and remember the view, destroy the record's views,
    // build them again on unlocking.
    void connectLock();
    void storeBeforeLock();
    void closeRecord();
    void reopenRecord();

    void newPractice();
    // The demo generator into a new file beside this practice, then opened in its place.
    void openDemoPractice();
    bool practiceIsEmpty() const;
    void openPracticeDialog();
    void switchToPractice(const QString &path, PracticeStore::OpenMode mode);
    void restoreFromBackup();
    void newCouple();
    void setCoupleStatus(CoupleStatus status);
    void toggleArchived();
    void editPreferences();
    void showAbout();
    void reportUndoFailure(const QString &message);
    QList<WorkspaceTab *> tabs() const;

    std::unique_ptr<PracticeStore> m_store;
    std::unique_ptr<PracticeEditor> m_editor;
    QSettings &m_settings;
    Preferences m_preferences;
    CouplesPane *m_couples = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_subheading = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewTab *m_overview = nullptr;
    SessionsTab *m_sessions = nullptr;
    CycleTab *m_cycle = nullptr;
    ExercisesTab *m_exercises = nullptr;
    ProgressTab *m_progress = nullptr;
    TreatmentPlanTab *m_plan = nullptr;
    PreAppointmentBrief *m_brief = nullptr;
    PracticePage *m_practice = nullptr;
    FirstRunPage *m_firstRun = nullptr;
    QStackedWidget *m_pages = nullptr; // the couple's workspace, or the practice page
    CaseFileActions *m_caseFiles = nullptr;
    BackupScheduler *m_backups = nullptr;
    LockController *m_lock = nullptr;
    FindWindow *m_find = nullptr; // made when first asked for
    qint64 m_coupleId = 0;
    std::unique_ptr<View> m_lockedView; // while the record is closed: where to come back to
    bool m_skipCloseBackup = false;     // a restore replaces the file right after closing

    struct Actions;
    std::unique_ptr<Actions> m_actions;
    QPointer<QAction> m_protectAction;
    QPointer<QAction> m_changePassphraseAction;
    QPointer<QAction> m_unprotectAction;
};

} // namespace attune
