// The practice lock: locking, unlocking, the idle timer, the desktop's lock signals, and what locking
// hides and puts back.
#include "LockController.h"

#include "LockScreen.h"
#include "LockSettings.h"
#include "PassphraseDialog.h"
#include "domain/AuditSummary.h"

#include "security/Passphrase.h"
#include "store/PracticeStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDockWidget>
#include <QEvent>
#include <QLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolTip>

#ifdef ATTUNE_HAVE_DBUS
#include <QDBusConnection>
#endif

#include <algorithm>

namespace attune {

namespace {

const char *const kAvailableWhenLocked = "attuneAvailableWhenLocked";

// How long step 2 waits for rejected dialogs to return from exec() (every 10 ms) before closing anyway: a
// rejected dialog returns at the next turn of its event loop, so this only guards against one that stays
// modal after it was hidden.
constexpr int kMaxFinishAttempts = 200;

} // namespace

LockController::LockController(QMainWindow &window, PracticeStore &store,
                               std::optional<QByteArray> enteredPassphrase)
    : QObject(&window)
    , m_window(window)
    , m_store(store)
    , m_lockAction(new QAction(this))
    , m_passphraseAction(new QAction(this))
{
    setTexts();
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::WindowShortcut);
    // On the window itself, so Ctrl+L works even before the action is put in a menu.
    window.addAction(m_lockAction);
    connect(m_lockAction, &QAction::triggered, this, &LockController::requestLock);
    connect(m_passphraseAction, &QAction::triggered, this, &LockController::editPassphrase);

    // The real contents and the lock screen share one stack in the central place, so the contents are
    // swapped out (hidden, not covered) and are deleted with the window whichever page is showing.
    m_content = window.takeCentralWidget();
    m_stack = new QStackedWidget;
    if (m_content)
        m_stack->addWidget(m_content);
    createScreen();
    m_stack->setCurrentIndex(0);
    window.setCentralWidget(m_stack);

    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] { lockFor(QStringLiteral("idle")); });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this,
            [this] { showOnScreen(tr("That passphrase was not right. Try again."), false); });
    qApp->installEventFilter(this);

    reloadSettings();
    connectDesktopSignals();
    if (enteredPassphrase) {
        m_secret.set(*enteredPassphrase);
        wipe(*enteredPassphrase);
    } else if (hasPassphrase()) {
        lockFor(QStringLiteral("opened"));
    }
}

bool LockController::hasPassphrase() const
{
    return !m_hash.isEmpty() || m_store.isProtected();
}

LockController::~LockController()
{
    qApp->removeEventFilter(this);
}

void LockController::keepAvailableWhenLocked(QAction *action)
{
    action->setProperty(kAvailableWhenLocked, true);
}

bool LockController::isAvailableWhenLocked(const QAction *action)
{
    return action->menuRole() == QAction::QuitRole || action->property(kAvailableWhenLocked).toBool();
}

void LockController::setTexts()
{
    m_lockAction->setText(tr("&Lock Practice"));
    m_lockAction->setToolTip(tr("Hide everything until the practice passphrase is entered"));
    m_passphraseAction->setText(tr("Practice &Lock…"));
    m_passphraseAction->setToolTip(tr("Set, change or remove the practice passphrase"));
}

void LockController::createScreen()
{
    m_screen = new LockScreen(false);
    m_stack->addWidget(m_screen);
    connect(m_screen, &LockScreen::unlockRequested, this, &LockController::unlock);
}

void LockController::replaceContent(QWidget *content)
{
    QWidget *old = m_content;
    m_content = content;
    if (content)
        m_stack->insertWidget(0, content);
    if (old) {
        m_stack->removeWidget(old);
        delete old;
    }
    if (m_locked || !content)
        m_stack->setCurrentWidget(m_screen);
    else
        m_stack->setCurrentWidget(content);
}

void LockController::retranslate()
{
    setTexts();
    // The screen is built with its texts; an unlocked window's is simply built again. A locked window
    // keeps its screen (and what is being typed into it): the language cannot change while locked.
    if (m_locked || !m_screen)
        return;
    LockScreen *old = m_screen;
    createScreen();
    m_stack->removeWidget(old);
    delete old;
    m_stack->setCurrentWidget(m_content);
}

void LockController::reloadSettings()
{
    const auto hash = m_store.practiceSetting(lock::hashKey());
    // Unreadable settings keep the last known hash: failing open would show what the lock protects.
    if (hash)
        m_hash = *hash;
    if (hasPassphrase() && !m_locked)
        m_idle.start(idleTimeout());
    else
        m_idle.stop();
}

std::chrono::milliseconds LockController::idleTimeout() const
{
    if (m_idleOverride.count() > 0)
        return m_idleOverride;
    const auto stored = m_store.practiceSetting(lock::idleMinutesKey());
    const int minutes = stored ? stored->toInt() : 0;
    return std::chrono::minutes(minutes > 0 ? minutes : lock::kDefaultIdleMinutes);
}

void LockController::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleOverride = timeout;
    reloadSettings();
}

void LockController::setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds cap)
{
    m_firstDelay = first;
    m_maxDelay = cap;
}

bool LockController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // Any input anywhere in the application counts as presence.
        if (!m_locked && hasPassphrase())
            m_idle.start(idleTimeout());
        break;
    case QEvent::Show:
        // Nothing opens over a locked practice: a window some code opens now (a message, a file dialog)
        // is closed as soon as it is up.
        if (auto *window = qobject_cast<QWidget *>(watched); m_locked && window && window->isWindow())
            closeWindowLater(window);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void LockController::lock()
{
    lockFor(QStringLiteral("requested"));
}

void LockController::requestLock()
{
    if (hasPassphrase()) {
        lockFor(QStringLiteral("shortcut"));
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Lock Practice"),
                    tr("The practice can only be locked once it has a passphrase."), QMessageBox::Cancel,
                    &m_window);
    QPushButton *set = box.addButton(tr("Set Passphrase…"), QMessageBox::AcceptRole);
    box.setDefaultButton(set);
    box.exec();
    if (box.clickedButton() != set)
        return;
    editPassphrase();
    // What Ctrl+L was pressed for: once there is a passphrase, the practice locks.
    if (hasPassphrase())
        lockFor(QStringLiteral("shortcut"));
}

void LockController::lockFor(const QString &reason)
{
    if (m_locked || !hasPassphrase() || !m_stack || !m_screen)
        return;
    emit aboutToLock();
    m_locked = true;
    m_idle.stop();
    m_secret.clear();
    m_finishAttempts = 0;
    closeOtherWindows();
    hideWindowChrome();
    forgetClipboard();
    m_screen->clear();
    m_stack->setCurrentWidget(m_screen);
    if (m_retry.isActive())
        showOnScreen(tr("Wait a moment before trying again."), true);
    m_screen->passphraseField()->setFocus(Qt::OtherFocusReason);
    record(QStringLiteral("lock"), reason);
    emit lockedChanged(true);
    finishLockWhenSafe();
}

bool LockController::dialogStillRunning() const
{
    // QDialog::exec() keeps Qt::WA_ShowModal set until it returns; a dialog on the stack is gone once its
    // caller's scope ends.
    for (const QPointer<QDialog> &dialog : m_closing)
        if (dialog && dialog->testAttribute(Qt::WA_ShowModal))
            return true;
    return false;
}

void LockController::finishLockWhenSafe()
{
    if (!m_locked || m_closed)
        return;
    if (dialogStillRunning() && ++m_finishAttempts < kMaxFinishAttempts) {
        QTimer::singleShot(10, this, &LockController::finishLockWhenSafe);
        return;
    }
    m_closing.clear();
    m_closed = true;
    emit locked();
}

bool LockController::unlock(const QByteArray &passphrase)
{
    if (!m_locked)
        return true;
    if (m_retry.isActive())
        return false; // still waiting after the last wrong passphrase; this one is not even checked
    bool right = false;
    if (m_store.isProtected() && !m_store.isOpen()) {
        // Closed: the key is derived again and the file decrypted; authentication is the check.
        bool wrong = false;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status opened = m_store.reopen(passphrase, &wrong);
        QApplication::restoreOverrideCursor();
        if (!opened && !wrong) { // damaged, unreadable: no passphrase would help, nothing to slow down
            showOnScreen(tr("The practice could not be opened: %1").arg(opened.error()), false);
            return false;
        }
        right = opened.isOk();
        if (right)
            reloadSettings();
    } else {
        right = verifyPassphrase(m_hash, passphrase);
    }
    if (!right) {
        ++m_failures;
        const auto delay = lock::retryDelay(m_failures, m_firstDelay, m_maxDelay);
        m_retry.start(delay);
        const int seconds = int((delay.count() + 999) / 1000);
        showOnScreen(tr("That passphrase is not right. You can try again in %n second(s).", nullptr, seconds),
                     true);
        if (m_store.isOpen())
            record(QStringLiteral("failed unlock"),
                   storedAuditSummary(AuditSummaryKey::FailedAttempt, {QString::number(m_failures)}));
        else
            ++m_unrecordedFailures;
        return false;
    }
    // Wrong passphrases typed while the practice was closed could not be written then.
    for (int attempt = m_failures - m_unrecordedFailures + 1; attempt <= m_failures; ++attempt)
        record(QStringLiteral("failed unlock"),
               storedAuditSummary(AuditSummaryKey::FailedAttempt, {QString::number(attempt)}));
    m_unrecordedFailures = 0;
    m_failures = 0;
    m_locked = false;
    m_secret.set(passphrase);
    m_screen->clear();
    restoreWindowChrome();
    record(QStringLiteral("unlock"), QString());
    if (m_closed) {
        m_closed = false;
        emit unlocked(); // the window builds its contents again and puts them in place
    } else if (m_content) {
        m_stack->setCurrentWidget(m_content); // unlocked before step 2 ran: nothing was closed
    }
    m_idle.start(idleTimeout());
    emit lockedChanged(false);
    return true;
}

void LockController::editPassphrase()
{
    if (m_locked)
        return;
    PassphraseDialog dialog(m_store, &m_window);
    const QString before = m_hash;
    const bool accepted = dialog.exec() == QDialog::Accepted;
    reloadSettings();
    if (m_hash != before) {
        // Backups from now on use the new passphrase (none once it was removed).
        m_secret.clear();
        if (accepted && hasPassphrase())
            m_secret.set(dialog.newField()->text().toUtf8());
    }
}

void LockController::rememberPassphrase(const QByteArray &passphrase)
{
    m_secret.clear();
    if (!passphrase.isEmpty())
        m_secret.set(passphrase);
}

std::optional<QByteArray> LockController::passphrase() const
{
    if (m_locked || !hasPassphrase() || m_secret.isEmpty())
        return std::nullopt;
    return m_secret.copy();
}

void LockController::record(const QString &action, const QString &summary)
{
    if (!m_store.isOpen())
        return; // a closed protected practice: there is no trail to write to until it opens
    if (const Status s = m_store.recordEvent(action, QStringLiteral("practice"), {}, {}, summary); !s) {
        // The lock still works; the therapist learns that the trail missed this event.
        if (m_locked && m_screen)
            m_screen->showMessage(tr("This could not be recorded in the audit trail: %1").arg(s.error()));
    }
}

void LockController::onScreenSaverActiveChanged(bool active)
{
    if (active)
        lockFor(QStringLiteral("desktop"));
}

void LockController::onDesktopLocked()
{
    lockFor(QStringLiteral("desktop"));
}

void LockController::connectDesktopSignals()
{
#ifdef ATTUNE_HAVE_DBUS
    // Each connection is best effort: without a bus, or without a screen saver on it, nothing happens.
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        session.connect(QStringLiteral("org.freedesktop.ScreenSaver"),
                        QStringLiteral("/org/freedesktop/ScreenSaver"),
                        QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"), this,
                        SLOT(onScreenSaverActiveChanged(bool)));
        session.connect(QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("/org/gnome/ScreenSaver"),
                        QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("ActiveChanged"), this,
                        SLOT(onScreenSaverActiveChanged(bool)));
    }
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        // Any session object's Lock: finding our own session's path needs a blocking call at startup, and
        // locking when another session locks errs on the safe side.
        system.connect(QStringLiteral("org.freedesktop.login1"), QString(),
                       QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"), this,
                       SLOT(onDesktopLocked()));
    }
#endif
}

void LockController::showOnScreen(const QString &message, bool waiting)
{
    if (!m_screen)
        return;
    m_screen->showMessage(message);
    m_screen->setWaiting(waiting);
}

// Every action that reads or changes the record is disabled, not hidden: hidden actions are still in the
// accessibility tree and a screen reader can still invoke them. Quit and Help stay. The status and tool bars
// can name clients (a status message may name a couple), so they are hidden. The title names no one; the
// application's display name is set aside meanwhile, or the window system would append it ("… — Attune").
void LockController::hideWindowChrome()
{
    m_title = m_window.windowTitle();
    m_displayName = QGuiApplication::applicationDisplayName();
    QGuiApplication::setApplicationDisplayName(QString());
    m_window.setWindowTitle(tr("Attune — locked"));

    m_disabledActions.clear();
    for (QAction *action : m_window.findChildren<QAction *>()) {
        if (!action->isEnabled() || isAvailableWhenLocked(action) ||
            (m_screen && m_screen->isAncestorOf(qobject_cast<QWidget *>(action->parent()))))
            continue;
        // A menu in the menu bar stays open-able, so Quit and Help can be reached; its items are disabled.
        bool inMenuBar = false;
        for (QObject *owner : action->associatedObjects())
            inMenuBar = inMenuBar || qobject_cast<QMenuBar *>(owner);
        if (inMenuBar)
            continue;
        action->setEnabled(false);
        m_disabledActions << action;
    }
    m_hiddenBars.clear();
    for (QWidget *bar : m_window.findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if ((qobject_cast<QStatusBar *>(bar) || qobject_cast<QToolBar *>(bar) ||
             qobject_cast<QDockWidget *>(bar)) &&
            !bar->isHidden()) { // not isVisible(): the window opens locked before it is shown
            if (auto *status = qobject_cast<QStatusBar *>(bar))
                status->clearMessage();
            bar->hide();
            m_hiddenBars << bar;
        }
}

void LockController::restoreWindowChrome()
{
    for (const QPointer<QAction> &action : std::as_const(m_disabledActions))
        if (action)
            action->setEnabled(true);
    m_disabledActions.clear();
    for (const QPointer<QWidget> &bar : std::as_const(m_hiddenBars))
        if (bar)
            bar->show();
    m_hiddenBars.clear();
    QGuiApplication::setApplicationDisplayName(m_displayName);
    m_window.setWindowTitle(m_title);
}

// Every other window is closed, not covered: a dialog's contents (a report's couple, an export's list, an
// audit trail) would otherwise stay in the accessibility tree. A dialog is rejected, which ends its exec();
// what was typed into a dialog is dropped, as KeePassXC drops it. Tool windows the main window owns (Find,
// the audit trail) are destroyed by the window on locked().
void LockController::closeOtherWindows()
{
    QToolTip::hideText();
    for (int guard = 0; guard < 16 && QApplication::activePopupWidget(); ++guard)
        QApplication::activePopupWidget()->close();
    m_closing.clear();
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window == &m_window || !window->isVisible() || window->windowType() == Qt::ToolTip ||
            window->windowType() == Qt::Popup)
            continue;
        if (auto *dialog = qobject_cast<QDialog *>(window)) {
            m_closing << dialog;
            dialog->reject();
            dialog->hide(); // one that refuses to be rejected (a message box without Cancel) all the same
        } else {
            window->close();
        }
    }
}

void LockController::closeWindowLater(QWidget *window)
{
    if (window == &m_window || window->windowType() == Qt::ToolTip || window->windowType() == Qt::Popup)
        return;
    // Not now: exec() has not started its event loop yet, and rejecting before it does would leave it
    // waiting for ever.
    if (auto *dialog = qobject_cast<QDialog *>(window)) {
        m_closing << dialog;
        QMetaObject::invokeMethod(
            dialog,
            [dialog] {
                dialog->reject();
                dialog->hide();
            },
            Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(window, &QWidget::close, Qt::QueuedConnection);
    }
}

// What Attune put on the clipboard (a copied note) is removed; what another program put there is left. The
// offscreen and minimal platforms keep a clipboard inside this process, so whatever it holds is Attune's.
void LockController::forgetClipboard()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    const QString platform = QGuiApplication::platformName();
    const bool private_ = platform == QLatin1String("offscreen") || platform == QLatin1String("minimal");
    if (private_ || clipboard->ownsClipboard())
        clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection() && (private_ || clipboard->ownsSelection()))
        clipboard->clear(QClipboard::Selection);
}

} // namespace attune
