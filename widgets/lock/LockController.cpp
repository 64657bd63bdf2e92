// The practice lock: locking, unlocking, the idle timer, the desktop's lock signals, and what locking
// hides and puts back.
#include "LockController.h"

#include "LockScreen.h"
#include "LockSettings.h"
#include "PassphraseDialog.h"

#include "security/Passphrase.h"
#include "store/PracticeStore.h"

#include <QAction>
#include <QApplication>
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

// Another window may be a modal dialog whose exec() is running: hiding it would end exec() and lose what
// was typed in it. So its contents are hidden instead and a lock screen takes their place, which also lets
// the practice be unlocked while that dialog blocks the main window.
struct LockController::Covered
{
    QPointer<QWidget> window;
    QList<QPointer<QWidget>> hidden;
    QPointer<LockScreen> screen;
    QString title;
    QSize minimum;
    QSize maximum;
    QLayout::SizeConstraint constraint = QLayout::SetDefaultConstraint;
    // A message box's text stays readable (to screen readers, too) with its labels hidden.
    QString text;
    QString informativeText;
    QString accessibleName;
    QString accessibleDescription;

    // Later, not now: the screen's own Return key or Unlock button may be what is unlocking.
    ~Covered()
    {
        if (screen) {
            screen->hide();
            screen->deleteLater();
        }
    }
};

LockController::LockController(QMainWindow &window, PracticeStore &store)
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
            [this] { showOnScreens(tr("That passphrase was not right. Try again."), false); });
    qApp->installEventFilter(this);

    reloadSettings();
    connectDesktopSignals();
    if (hasPassphrase())
        lockFor(QStringLiteral("opened"));
}

LockController::~LockController()
{
    qApp->removeEventFilter(this);
    qDeleteAll(m_covered);
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
    m_stack->insertWidget(0, content);
    if (old) {
        m_stack->removeWidget(old);
        delete old;
    }
    m_stack->setCurrentWidget(m_locked ? static_cast<QWidget *>(m_screen) : content);
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
    if (box.clickedButton() == set)
        editPassphrase();
}

void LockController::lockFor(const QString &reason)
{
    if (m_locked || !hasPassphrase() || !m_stack || !m_screen)
        return;
    m_locked = true;
    m_idle.stop();
    m_secret.clear();
    QWidget *focus = QApplication::focusWidget();
    m_focus = focus && m_content && m_content->isAncestorOf(focus) ? focus : nullptr;
    hideWindowChrome();
    coverOtherWindows();
    m_screen->clear();
    m_stack->setCurrentWidget(m_screen);
    if (m_retry.isActive())
        showOnScreens(tr("Wait a moment before trying again."), true);
    m_screen->passphraseField()->setFocus(Qt::OtherFocusReason);
    record(QStringLiteral("lock"), reason);
    emit lockedChanged(true);
}

bool LockController::unlock(const QByteArray &passphrase)
{
    if (!m_locked)
        return true;
    if (m_retry.isActive())
        return false; // still waiting after the last wrong passphrase; this one is not even checked
    if (!verifyPassphrase(m_hash, passphrase)) {
        ++m_failures;
        const qint64 factor = qint64(1) << std::min(m_failures - 1, 20);
        const auto delay = std::min<std::chrono::milliseconds>(m_firstDelay * factor, m_maxDelay);
        m_retry.start(delay);
        const int seconds = int((delay.count() + 999) / 1000);
        showOnScreens(
            tr("That passphrase is not right. You can try again in %n second(s).", nullptr, seconds), true);
        record(QStringLiteral("failed unlock"), tr("attempt %1").arg(m_failures));
        return false;
    }
    m_failures = 0;
    m_locked = false;
    m_secret.set(passphrase);
    for (LockScreen *screen : screens())
        screen->clear();
    uncoverOtherWindows();
    if (m_content)
        m_stack->setCurrentWidget(m_content);
    restoreWindowChrome();
    if (m_focus)
        m_focus->setFocus(Qt::OtherFocusReason);
    record(QStringLiteral("unlock"), QString());
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

std::optional<QByteArray> LockController::passphrase() const
{
    if (m_locked || !hasPassphrase() || m_secret.isEmpty())
        return std::nullopt;
    return m_secret.copy();
}

void LockController::record(const QString &action, const QString &summary)
{
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

QList<LockScreen *> LockController::screens() const
{
    QList<LockScreen *> all;
    if (m_screen)
        all << m_screen;
    for (const Covered *covered : m_covered)
        if (covered->screen)
            all << covered->screen;
    return all;
}

void LockController::showOnScreens(const QString &message, bool waiting)
{
    for (LockScreen *screen : screens()) {
        screen->showMessage(message);
        screen->setWaiting(waiting);
    }
}

// Menu items, shortcuts, the status bar and tool bars can all name clients (an undo item says what it
// undoes; a status message may name a couple), so they are hidden while locked. Quit stays.
void LockController::hideWindowChrome()
{
    m_title = m_window.windowTitle();
    m_window.setWindowTitle(tr("Attune (locked)"));

    QSet<QAction *> kept;
    for (QAction *action : m_window.findChildren<QAction *>())
        if (action->menuRole() == QAction::QuitRole) {
            kept.insert(action);
            for (QObject *owner : action->associatedObjects())
                if (auto *menu = qobject_cast<QMenu *>(owner))
                    kept.insert(menu->menuAction());
        }
    m_hiddenActions.clear();
    for (QAction *action : m_window.findChildren<QAction *>()) {
        if (!action->isVisible() || kept.contains(action))
            continue;
        bool inMenus = false;
        for (QObject *owner : action->associatedObjects())
            inMenus = inMenus || qobject_cast<QMenu *>(owner) || qobject_cast<QMenuBar *>(owner);
        if (!inMenus && action->shortcuts().isEmpty())
            continue; // a widget's own inner action, hidden with the contents anyway
        action->setVisible(false);
        m_hiddenActions << action;
    }
    m_hiddenBars.clear();
    for (QWidget *bar : m_window.findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if ((qobject_cast<QStatusBar *>(bar) || qobject_cast<QToolBar *>(bar) ||
             qobject_cast<QDockWidget *>(bar)) &&
            !bar->isHidden()) { // not isVisible(): the window opens locked before it is shown
            bar->hide();
            m_hiddenBars << bar;
        }
}

void LockController::restoreWindowChrome()
{
    for (const QPointer<QAction> &action : std::as_const(m_hiddenActions))
        if (action)
            action->setVisible(true);
    m_hiddenActions.clear();
    for (const QPointer<QWidget> &bar : std::as_const(m_hiddenBars))
        if (bar)
            bar->show();
    m_hiddenBars.clear();
    m_window.setWindowTitle(m_title);
}

void LockController::coverOtherWindows()
{
    QToolTip::hideText();
    for (int guard = 0; guard < 16 && QApplication::activePopupWidget(); ++guard)
        QApplication::activePopupWidget()->close();
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window == &m_window || !window->isVisible() || window->windowType() == Qt::ToolTip ||
            window->windowType() == Qt::Popup || window->findChild<LockScreen *>())
            continue;
        auto *covered = new Covered;
        covered->window = window;
        covered->title = window->windowTitle();
        covered->minimum = window->minimumSize();
        covered->maximum = window->maximumSize();
        if (QLayout *layout = window->layout()) {
            covered->constraint = layout->sizeConstraint();
            layout->setSizeConstraint(QLayout::SetNoConstraint); // a fixed-size layout would shrink it
        }
        window->setFixedSize(window->size().expandedTo(QSize(380, 200)));
        window->setWindowTitle(tr("Attune (locked)"));
        covered->accessibleName = window->accessibleName();
        covered->accessibleDescription = window->accessibleDescription();
        window->setAccessibleName(tr("Attune is locked"));
        window->setAccessibleDescription(QString());
        if (auto *box = qobject_cast<QMessageBox *>(window)) {
            covered->text = box->text();
            covered->informativeText = box->informativeText();
            box->setText(tr("Attune is locked."));
            box->setInformativeText(QString());
        }
        for (QWidget *child : window->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            if (!child->isWindow() && child->isVisible()) {
                child->hide();
                covered->hidden << child;
            }
        covered->screen = new LockScreen(true, window);
        covered->screen->setGeometry(window->rect());
        covered->screen->show();
        covered->screen->raise();
        connect(covered->screen, &LockScreen::unlockRequested, this, &LockController::unlock);
        m_covered << covered;
    }
}

void LockController::uncoverOtherWindows()
{
    for (Covered *covered : std::as_const(m_covered)) {
        if (QWidget *window = covered->window) {
            if (auto *box = qobject_cast<QMessageBox *>(window)) {
                box->setText(covered->text);
                box->setInformativeText(covered->informativeText);
            }
            window->setAccessibleName(covered->accessibleName);
            window->setAccessibleDescription(covered->accessibleDescription);
            for (const QPointer<QWidget> &child : std::as_const(covered->hidden))
                if (child)
                    child->show();
            window->setMinimumSize(covered->minimum);
            window->setMaximumSize(covered->maximum);
            if (QLayout *layout = window->layout())
                layout->setSizeConstraint(covered->constraint);
            window->setWindowTitle(covered->title);
        }
    }
    qDeleteAll(m_covered);
    m_covered.clear();
}

} // namespace attune
