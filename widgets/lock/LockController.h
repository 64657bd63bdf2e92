// The practice lock of one main window. With a passphrase set (an Argon2id hash in the practice file), the
// window opens locked; Ctrl+L, a configurable idle time and the desktop's own screen lock (over D-Bus, where
// the system offers it) lock it again. Lock means closed: a hidden widget is still read by a screen reader,
// so the record's widgets are destroyed, not hidden. Locking goes in two steps:
//  1. at once: aboutToLock() (the window stores what is being typed), then the lock screen takes the central
//     place, every other window is closed (dialogs rejected), every action but Quit and Help is disabled,
//     bars are hidden, the title names no one and the clipboard Attune owns is emptied;
//  2. locked(), as soon as no dialog's exec() is left on the stack (a dialog opened by a tab returns into
//     that tab, which must still exist): the window destroys its record views. This is also where the
//     practice file may be closed. unlocked() follows a right passphrase: the window builds them again.
// Wrong passphrases wait longer each time; lock, unlock and failed unlock are recorded in the audit trail.
#pragma once

#include "LockScreen.h"

#include "security/SecretBuffer.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

class QAction;
class QDialog;
class QMainWindow;
class QStackedWidget;

namespace attune {

class PracticeStore;

class LockController : public QObject
{
    Q_OBJECT
public:
    // Construct once the window's central widget and menus exist; the controller is a child of window.
    // Locks at once when the practice has a passphrase, unless it was just opened with it (a protected
    // practice, whose passphrase was asked for before the window was built): then enteredPassphrase.
    LockController(QMainWindow &window, PracticeStore &store,
                   std::optional<QByteArray> enteredPassphrase = std::nullopt);
    ~LockController() override;

    bool isLocked() const { return m_locked; }
    // A protected practice always has one: it is the key's.
    bool hasPassphrase() const;
    // The passphrase, for encrypting automatic backups, while the practice is unlocked; nullopt while it
    // is locked or has none. It is kept from unlocking to locking in a guarded buffer; the caller wipes
    // the copy it gets.
    std::optional<QByteArray> passphrase() const;

    QAction *lockAction() const { return m_lockAction; }             // "Lock Practice", Ctrl+L
    QAction *passphraseAction() const { return m_passphraseAction; } // "Practice Lock…": set, change, remove
    LockScreen *lockScreen() const { return m_screen; }
    QWidget *contentWidget() const
    {
        return m_content;
    } // the window's real central widget; null while closed
    // True from locked() until unlocked(): the record's views are gone (step 2 above has run).
    bool isClosed() const { return m_closed; }

    // Actions that read or change nothing of the record (Quit, Help) stay enabled while locked.
    static void keepAvailableWhenLocked(QAction *action);
    static bool isAvailableWhenLocked(const QAction *action);

    // The practice's idle time (lock_idle_minutes, default 10) unless overridden here, as tests do.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const;
    // After the n-th wrong passphrase, unlocking waits first·2^(n-1), at most cap (1 s … 30 s by default).
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds cap);
    bool isWaitingToRetry() const { return m_retry.isActive(); }

    // Reads the passphrase hash and idle time from the practice again (after they were changed elsewhere).
    void reloadSettings();
    // The passphrase just set for the practice (Protect Practice…), kept as unlocking keeps it.
    void rememberPassphrase(const QByteArray &passphrase);

    // The window rebuilt its contents (after a language change, or unlocking): content takes the old one's
    // place in the stack, shown or kept hidden as the lock requires, and the old one is deleted. Null
    // deletes the old contents and leaves only the lock screen (on locked()).
    void replaceContent(QWidget *content);
    // Sets the lock's own texts (actions, lock screen) again in the interface's current language.
    void retranslate();

public slots:
    void lock(); // does nothing when no passphrase is set or already locked
    // True when the passphrase was right and the window is unlocked. A wrong one is recorded and slowed.
    bool unlock(const QByteArray &passphrase);

signals:
    void lockedChanged(bool locked);
    // Step 1, before anything is hidden: the last moment to store pending edits.
    void aboutToLock();
    // Step 2: nothing is running inside the record's views any more; destroy them (and close the file).
    void locked();
    // The passphrase was right and the contents had been closed: open the file and build the views again.
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private slots:
    // From the desktop over D-Bus (org.freedesktop.ScreenSaver ActiveChanged, login1 Session Lock).
    void onScreenSaverActiveChanged(bool active);
    void onDesktopLocked();

private:
    void setTexts();
    void createScreen();
    void lockFor(const QString &reason);
    void requestLock(); // Ctrl+L: explains how to set a passphrase when there is none
    void editPassphrase();
    void connectDesktopSignals();
    void hideWindowChrome();
    void restoreWindowChrome();
    void closeOtherWindows();
    void closeWindowLater(QWidget *window); // one that opened while locked
    void forgetClipboard();
    void finishLockWhenSafe();
    bool dialogStillRunning() const;
    void showOnScreen(const QString &message, bool waiting);
    void record(const QString &action, const QString &summary);

    QMainWindow &m_window;
    PracticeStore &m_store;
    QString m_hash;
    bool m_locked = false;
    bool m_closed = false;
    QPointer<QStackedWidget> m_stack; // deleted with the window's central widget
    QPointer<QWidget> m_content;
    QPointer<LockScreen> m_screen;
    QAction *m_lockAction;
    QAction *m_passphraseAction;
    QTimer m_idle;
    QTimer m_retry;
    std::chrono::milliseconds m_idleOverride{0};
    std::chrono::milliseconds m_firstDelay{1000};
    std::chrono::milliseconds m_maxDelay{30000};
    int m_failures = 0;
    int m_unrecordedFailures = 0; // wrong passphrases while the practice was closed: recorded on opening
    int m_finishAttempts = 0;

    // What locking changed, to put back exactly on unlock.
    QString m_title;
    QString m_displayName;
    QList<QPointer<QAction>> m_disabledActions;
    QList<QPointer<QWidget>> m_hiddenBars;
    QList<QPointer<QDialog>> m_closing; // rejected on locking; their exec() may not have returned yet
    SecretBuffer m_secret;              // the passphrase while unlocked (see passphrase())
};

} // namespace attune
