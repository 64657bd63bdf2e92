// The practice lock of one main window. With a passphrase set (an Argon2id hash in the practice file), the
// window opens locked; Ctrl+L, a configurable idle time and the desktop's own screen lock (over D-Bus, where
// the system offers it) lock it again. Locked, the window's contents are replaced by a lock screen (the
// real central widget is kept alive but hidden, so unlocking brings back the same widgets with any unsaved
// text), menu items and bars that could name clients are hidden, the title names no one, and every other
// open window shows a lock screen instead of its contents. Wrong passphrases wait longer each time; lock,
// unlock and failed unlock are recorded in the audit trail.
#pragma once

#include "LockScreen.h"

#include "security/SecretBuffer.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

class QAction;
class QMainWindow;
class QStackedWidget;

namespace attune {

class PracticeStore;

class LockController : public QObject
{
    Q_OBJECT
public:
    // Construct once the window's central widget and menus exist; the controller is a child of window.
    // Locks at once when the practice has a passphrase.
    LockController(QMainWindow &window, PracticeStore &store);
    ~LockController() override;

    bool isLocked() const { return m_locked; }
    bool hasPassphrase() const { return !m_hash.isEmpty(); }
    // The passphrase, for encrypting automatic backups, while the practice is unlocked; nullopt while it
    // is locked or has none. It is kept from unlocking to locking in a guarded buffer; the caller wipes
    // the copy it gets.
    std::optional<QByteArray> passphrase() const;

    QAction *lockAction() const { return m_lockAction; }             // "Lock Practice", Ctrl+L
    QAction *passphraseAction() const { return m_passphraseAction; } // "Practice Lock…": set, change, remove
    LockScreen *lockScreen() const { return m_screen; }
    QWidget *contentWidget() const { return m_content; } // the window's real central widget

    // The practice's idle time (lock_idle_minutes, default 10) unless overridden here, as tests do.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const;
    // After the n-th wrong passphrase, unlocking waits first·2^(n-1), at most cap (1 s … 30 s by default).
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds cap);
    bool isWaitingToRetry() const { return m_retry.isActive(); }

    // Reads the passphrase hash and idle time from the practice again (after they were changed elsewhere).
    void reloadSettings();

    // The window rebuilt its contents (after a language change): content takes the old one's place in the
    // stack, shown or kept hidden as the lock requires, and the old one is deleted.
    void replaceContent(QWidget *content);
    // Sets the lock's own texts (actions, lock screen) again in the interface's current language.
    void retranslate();

public slots:
    void lock(); // does nothing when no passphrase is set or already locked
    // True when the passphrase was right and the window is unlocked. A wrong one is recorded and slowed.
    bool unlock(const QByteArray &passphrase);

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private slots:
    // From the desktop over D-Bus (org.freedesktop.ScreenSaver ActiveChanged, login1 Session Lock).
    void onScreenSaverActiveChanged(bool active);
    void onDesktopLocked();

private:
    struct Covered;

    void setTexts();
    void createScreen();
    void lockFor(const QString &reason);
    void requestLock(); // Ctrl+L: explains how to set a passphrase when there is none
    void editPassphrase();
    void connectDesktopSignals();
    void hideWindowChrome();
    void restoreWindowChrome();
    void coverOtherWindows();
    void uncoverOtherWindows();
    QList<LockScreen *> screens() const; // the window's and each covered window's
    void showOnScreens(const QString &message, bool waiting);
    void record(const QString &action, const QString &summary);

    QMainWindow &m_window;
    PracticeStore &m_store;
    QString m_hash;
    bool m_locked = false;
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

    // What locking changed, to put back exactly on unlock.
    QString m_title;
    QPointer<QWidget> m_focus;
    QList<QPointer<QAction>> m_hiddenActions;
    QList<QPointer<QWidget>> m_hiddenBars;
    QList<Covered *> m_covered;
    SecretBuffer m_secret; // the passphrase while unlocked (see passphrase())
};

} // namespace attune
