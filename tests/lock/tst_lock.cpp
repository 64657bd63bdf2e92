// The practice lock against the real main window on the demo practice: locked, no partner or couple name
// is anywhere a user or a screen reader could read it (every visible widget of every window, item views,
// menus, titles, the accessibility tree), on every tab and with a dialog open; a wrong passphrase keeps it
// locked, is slowed and audited; the right one brings back the same widgets with the unsaved text; the idle
// timer (with a short injected interval), Ctrl+L and the desktop's lock signal lock it; the passphrase
// dialog enforces its rules.
#include "GuiHelpers.h"
#include "TestPractice.h"

#include "MainWindow.h"
#include "demo/DemoGenerator.h"
#include "lock/LockController.h"
#include "lock/LockScreen.h"
#include "lock/LockSettings.h"
#include "lock/PassphraseDialog.h"
#include "security/Passphrase.h"
#include "session/SessionEditor.h"
#include "session/SessionsTab.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace attune;
using namespace attune::test;
using namespace std::chrono_literals;

namespace {

const QByteArray kPassphrase = "correct horse battery";

void collectAccessible(QAccessibleInterface *node, QStringList &out, int depth = 0)
{
    if (!node || depth > 64 || node->state().invisible)
        return;
    out << node->text(QAccessible::Name) << node->text(QAccessible::Description)
        << node->text(QAccessible::Value);
    for (int i = 0; i < node->childCount(); ++i)
        collectAccessible(node->child(i), out, depth + 1);
}

void collectMenu(const QList<QAction *> &actions, QStringList &out)
{
    for (QAction *action : actions) {
        if (!action->isVisible())
            continue;
        out << action->text() << action->toolTip() << action->statusTip();
        if (action->menu())
            collectMenu(action->menu()->actions(), out);
    }
}

// Everything a person or a screen reader can read in the application's visible windows.
QStringList readableText()
{
    QStringList out;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        out << top->windowTitle();
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *w : widgets) {
            if (!w->isVisible())
                continue;
            out << w->toolTip() << w->accessibleName() << w->accessibleDescription() << w->whatsThis();
            for (const char *property : {"text", "plainText", "title", "placeholderText", "currentText"})
                out << w->property(property).toString();
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
                const QAbstractItemModel *model = view->model();
                for (int r = 0; r < model->rowCount(); ++r)
                    for (int c = 0; c < model->columnCount(); ++c)
                        for (int role : {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole})
                            out << model->index(r, c).data(role).toString();
            }
        }
        if (auto *window = qobject_cast<QMainWindow *>(top))
            collectMenu(window->menuBar()->actions(), out);
        collectAccessible(QAccessible::queryAccessibleInterface(top), out);
    }
    out.removeAll(QString());
    return out;
}

// The names found in text, of those given.
QStringList namesIn(const QStringList &text, const QStringList &names)
{
    const QString all = text.join(u'\n');
    QStringList found;
    for (const QString &name : names)
        if (all.contains(name, Qt::CaseInsensitive))
            found << name;
    return found;
}

} // namespace

class TestLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    LockController *m_lock = nullptr;
    QStringList m_names; // every couple and partner name of the demo practice

    SessionEditor *sessionEditor() const { return m_window->sessionsTab()->editor(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(initialiseCrypto());
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        auto store = PracticeStore::open(m_dir.filePath(QStringLiteral("demo.db")),
                                         PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
        QVERIFY(store);
        QVERIFY(generateDemoPractice(**store, DemoOptions{}));
        const auto hash = hashPassphrase(kPassphrase);
        QVERIFY(hash);
        QVERIFY((*store)->setPracticeSetting(lock::hashKey(), *hash));
        const auto couples = (*store)->coupleSummaries(ArchiveFilter::All);
        QVERIFY(couples);
        for (const CoupleSummary &couple : *couples) {
            m_names << couple.name << couple.partnerNames[0] << couple.partnerNames[1];
        }
        m_names.removeDuplicates();
        QVERIFY(m_names.size() >= 12);

        m_window = std::make_unique<MainWindow>(std::move(store).value(), *m_settings);
        m_lock = m_window->lockController(); // the window makes its own: the one under test
        m_lock->setRetryDelays(100ms, 400ms);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void opensLockedAndShowsNoName()
    {
        QVERIFY(m_lock->isLocked());
        QCOMPARE(m_window->centralWidget()->findChild<LockScreen *>(), m_lock->lockScreen());
        QVERIFY(!m_lock->contentWidget()->isVisible()); // swapped out, not covered
        const QStringList found = namesIn(readableText(), m_names);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u',')));
        QVERIFY(m_window->grab().save(QStringLiteral("/tmp/lock.png")));
    }

    void noNameOnAnyTabWhileLocked()
    {
        QVERIFY(m_lock->unlock(kPassphrase));
        // Unlocked, the walk does find names: it would notice them when locked.
        QVERIFY(!namesIn(readableText(), m_names).isEmpty());
        // The practice page (tab -1: appointments and caseload name couples), then every workspace tab.
        for (int tab = -1; tab < m_window->workspace()->count(); ++tab) {
            if (tab < 0) {
                m_window->showPracticePage();
            } else {
                m_window->showWorkspacePage();
                m_window->workspace()->setCurrentIndex(tab);
            }
            // A non-modal window naming the couple is open too.
            QMessageBox note(QMessageBox::Information, m_names.first(), m_names.at(1), QMessageBox::Ok,
                             m_window.get());
            note.setModal(false);
            note.show();
            QVERIFY(!namesIn(readableText(), m_names).isEmpty());
            QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier); // Ctrl+L
            QVERIFY(m_lock->isLocked());
            const QStringList found = namesIn(readableText(), m_names);
            QVERIFY2(found.isEmpty(),
                     qPrintable(QStringLiteral("tab %1: %2").arg(tab).arg(found.join(u','))));
            QVERIFY(note.isVisible()); // its contents are hidden, the window itself kept
            QVERIFY(m_lock->unlock(kPassphrase));
            QCOMPARE(note.windowTitle(), m_names.first());
            QVERIFY(!namesIn(readableText(), m_names).isEmpty());
        }
    }

    void wrongPassphraseIsSlowedAndAudited_rightOneRestoresTheSameEditor()
    {
        m_window->showWorkspacePage(); // the window opened on the practice page
        m_window->workspace()->setCurrentWidget(m_window->sessionsTab());
        QPlainTextEdit *note = nullptr;
        for (QLabel *label : sessionEditor()->findChildren<QLabel *>())
            if (label->text() == QStringLiteral("&Note:") && label->buddy())
                note = qobject_cast<QPlainTextEdit *>(label->buddy());
        QVERIFY(note);
        QVERIFY(!note->isReadOnly()); // the demo leaves each couple's latest session unsigned
        note->setFocus();
        note->moveCursor(QTextCursor::End);
        QTest::keyClicks(note, QStringLiteral(" Typed before the lock."));
        const QString typed = note->toPlainText();
        QWidget *content = m_lock->contentWidget();

        m_lock->lockAction()->trigger();
        QVERIFY(m_lock->isLocked());
        QVERIFY(!note->isVisible());
        const int failedBefore = [this] {
            int n = 0;
            const auto trail = m_window->store().auditTrail();
            for (const AuditEntry &e : *trail)
                n += e.action == QStringLiteral("failed unlock");
            return n;
        }();

        // A wrong passphrase, typed into the lock screen.
        QLineEdit *field = m_lock->lockScreen()->passphraseField();
        QTest::keyClicks(field, QStringLiteral("not the passphrase"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(m_lock->isLocked());
        QVERIFY(m_lock->isWaitingToRetry());
        QVERIFY(!field->isEnabled());
        QVERIFY2(m_lock->lockScreen()->message().contains(QStringLiteral("not right")),
                 qPrintable(m_lock->lockScreen()->message()));
        // Even the right one is not accepted while waiting.
        QVERIFY(!m_lock->unlock(kPassphrase));
        QVERIFY(m_lock->isLocked());
        QTRY_VERIFY(!m_lock->isWaitingToRetry());
        // A second wrong one waits longer (100 ms, then 200 ms).
        QElapsedTimer waited;
        QVERIFY(!m_lock->unlock("still wrong"));
        waited.start();
        QTRY_VERIFY(!m_lock->isWaitingToRetry());
        QVERIFY2(waited.elapsed() >= 180, qPrintable(QString::number(waited.elapsed())));

        int failedAfter = 0;
        const auto trailAfter = m_window->store().auditTrail();
        for (const AuditEntry &e : *trailAfter)
            failedAfter += e.action == QStringLiteral("failed unlock");
        QCOMPARE(failedAfter, failedBefore + 2);
        QVERIFY(m_window->store().verifyAuditTrail()->intact());

        // The right one, through the screen: the same widgets, the same text, the same tab.
        QTRY_VERIFY(field->isEnabled());
        QTest::keyClicks(field, QString::fromUtf8(kPassphrase));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(!m_lock->isLocked());
        QCOMPARE(m_lock->contentWidget(), content);
        QCOMPARE(m_window->workspace()->currentWidget(), m_window->sessionsTab());
        QVERIFY(note->isVisible());
        QCOMPARE(note->toPlainText(), typed);
        QVERIFY(field->text().isEmpty());
        const auto trail = m_window->store().auditTrail();
        QCOMPARE(trail->last().action, QStringLiteral("unlock"));
        QVERIFY(m_window->flushAllEdits());
    }

    void idleTimeLocks()
    {
        QVERIFY(!m_lock->isLocked());
        m_lock->setIdleTimeout(300ms);
        // Moving the mouse keeps it open…
        QElapsedTimer busy;
        busy.start();
        while (busy.elapsed() < 900) {
            QTest::mouseMove(m_window.get(), QPoint(200 + int(busy.elapsed() % 50), 300));
            QTest::qWait(50);
            QVERIFY(!m_lock->isLocked());
        }
        // …and doing nothing locks it.
        QTRY_VERIFY_WITH_TIMEOUT(m_lock->isLocked(), 3000);
        QVERIFY(namesIn(readableText(), m_names).isEmpty());
        QVERIFY(m_lock->unlock(kPassphrase));
        m_lock->setIdleTimeout(1h);
    }

    void desktopLockLocks()
    {
        QVERIFY(!m_lock->isLocked());
        QVERIFY(QMetaObject::invokeMethod(m_lock, "onScreenSaverActiveChanged", Q_ARG(bool, false)));
        QVERIFY(!m_lock->isLocked());
        QVERIFY(QMetaObject::invokeMethod(m_lock, "onScreenSaverActiveChanged", Q_ARG(bool, true)));
        QVERIFY(m_lock->isLocked());
        QVERIFY(m_lock->unlock(kPassphrase));
        QVERIFY(QMetaObject::invokeMethod(m_lock, "onDesktopLocked"));
        QVERIFY(m_lock->isLocked());
        QVERIFY(m_lock->unlock(kPassphrase));
    }

    void aModalDialogKeepsItsWorkAndCanUnlock()
    {
        bool checked = false;
        whenDialogOpens([&](QWidget *dialog) {
            m_lock->lock();
            QVERIFY(m_lock->isLocked());
            QVERIFY(dialog->isVisible()); // exec() goes on
            const QStringList found = namesIn(readableText(), m_names);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u',')));
            auto *screen = dialog->findChild<LockScreen *>();
            QVERIFY(screen && screen->isVisible());
            QTest::keyClicks(screen->passphraseField(), QString::fromUtf8(kPassphrase));
            QTest::keyClick(screen->passphraseField(), Qt::Key_Return);
            QVERIFY(!m_lock->isLocked());
            QVERIFY(!screen->isVisible());
            QVERIFY(!namesIn(readableText(), m_names).isEmpty());
            checked = true;
            static_cast<QDialog *>(dialog)->accept();
        });
        QMessageBox::information(m_window.get(), tr("Couple"), m_names.first());
        QVERIFY(checked);
    }

    void passphraseDialogRules()
    {
        PassphraseDialog dialog(m_window->store(), m_window.get());
        QVERIFY(dialog.currentField()->isVisibleTo(&dialog));
        dialog.show();
        // Changing needs the current passphrase.
        dialog.currentField()->setText(QStringLiteral("wrong wrong"));
        dialog.newField()->setText(QStringLiteral("a new passphrase"));
        dialog.repeatField()->setText(QStringLiteral("a new passphrase"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.problem().contains(QStringLiteral("current passphrase")),
                 qPrintable(dialog.problem()));
        // At least eight characters, typed twice alike.
        dialog.currentField()->setText(QString::fromUtf8(kPassphrase));
        dialog.newField()->setText(QStringLiteral("short"));
        dialog.repeatField()->setText(QStringLiteral("short"));
        dialog.accept();
        QVERIFY2(dialog.problem().contains(QStringLiteral("8 characters")), qPrintable(dialog.problem()));
        dialog.currentField()->setText(QString::fromUtf8(kPassphrase));
        dialog.newField()->setText(QStringLiteral("a new passphrase"));
        dialog.repeatField()->setText(QStringLiteral("another one"));
        dialog.accept();
        QVERIFY2(dialog.problem().contains(QStringLiteral("differ")), qPrintable(dialog.problem()));
        QVERIFY(verifyPassphrase(*m_window->store().practiceSetting(lock::hashKey()), kPassphrase));
        // Right: stored as an Argon2id hash, never as text.
        dialog.currentField()->setText(QString::fromUtf8(kPassphrase));
        dialog.newField()->setText(QStringLiteral("a new passphrase"));
        dialog.repeatField()->setText(QStringLiteral("a new passphrase"));
        dialog.idleMinutesField()->setValue(5);
        dialog.accept();
        QVERIFY2(!dialog.isVisible(), qPrintable(dialog.problem()));
        const QString hash = *m_window->store().practiceSetting(lock::hashKey());
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(verifyPassphrase(hash, "a new passphrase"));
        QCOMPARE(*m_window->store().practiceSetting(lock::idleMinutesKey()), QStringLiteral("5"));
        m_lock->reloadSettings();
        m_lock->lock();
        QVERIFY(!m_lock->unlock(kPassphrase));
        QTRY_VERIFY(!m_lock->isWaitingToRetry());
        QVERIFY(m_lock->unlock("a new passphrase"));

        // Removing needs the current one too; then Ctrl+L cannot lock.
        PassphraseDialog removing(m_window->store(), m_window.get());
        removing.show();
        removing.currentField()->setText(QStringLiteral("a new passphrase"));
        removing.removeButton()->click();
        QVERIFY2(!removing.isVisible(), qPrintable(removing.problem()));
        m_lock->reloadSettings();
        QVERIFY(!m_lock->hasPassphrase());
        m_lock->lock();
        QVERIFY(!m_lock->isLocked());
    }

    void cleanupTestCase()
    {
        m_window->close();
        m_window.reset();
    }
};

QTEST_MAIN(TestLock)
#include "tst_lock.moc"
