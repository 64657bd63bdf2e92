// The window's side of a protected practice (issue 12), against the real main window on a small demo
// practice: Edit → Protect Practice… through its dialog encrypts the open practice in place (plain backups
// converted or removed, no name left in the file) and the window goes on with it; locking closes the store
// (no connection, no key, every query "The practice is locked.") and unlocking decrypts the file again and
// returns to the same couple and tab; a wrong passphrase is refused and slowed; Remove Protection… makes it
// plain again. Opening a protected practice asks for its passphrase first (wrong, damaged and cancelled
// told apart), and a second opener, a second window or `attune protect` beside a plain window, is refused
// because the window holds the lock file.
#include "AttuneProcess.h"
#include "GuiHelpers.h"
#include "TestPractice.h"

#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "casefile/CaseFileActions.h"
#include "casefile/ExportCouplesDialog.h"
#include "demo/DemoGenerator.h"
#include "lock/LockController.h"
#include "lock/LockScreen.h"
#include "lock/PassphraseDialog.h"
#include "lock/ProtectDialog.h"
#include "lock/ProtectionGroup.h"
#include "lock/UnlockPracticeDialog.h"
#include "security/Envelope.h"
#include "security/Passphrase.h"
#include "store/PracticeFile.h"
#include "store/PracticeProtection.h"
#include "store/PracticeRestore.h"
#include "store/SealedStorage.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace attune;
using namespace attune::test;
using namespace std::chrono_literals;

namespace {

const QByteArray kPassphrase = "protect me please";

QAction *actionNamed(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>())
        if (action->text().remove(QLatin1Char('&')).startsWith(text))
            return action;
    return nullptr;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A small demo practice at path, and the names of its couples' partners.
QStringList makeDemo(const QString &path)
{
    auto store = PracticeStore::open(path, PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
    if (!store || !generateDemoPractice(**store, DemoOptions{2, 3, 7}))
        return {};
    QStringList names;
    const auto couples = (*store)->coupleSummaries(ArchiveFilter::All);
    if (!couples)
        return {};
    for (const CoupleSummary &couple : *couples)
        names << couple.partnerNames[0] << couple.partnerNames[1];
    return names;
}

// Accepts the next message box once it is the modal window (another dialog may still be busy first).
void acceptNextMessage(int attempts = 1000)
{
    QTimer::singleShot(10, qApp, [attempts] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box && attempts > 0) {
            acceptNextMessage(attempts - 1);
            return;
        }
        QVERIFY2(box, "no message box opened");
        box->accept();
    });
}

// The one main window shown apart from `other` (which may be gone).
MainWindow *otherMainWindow(const QPointer<MainWindow> &other)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<MainWindow *>(w); window && window != other && window->isVisible())
            return window;
    return nullptr;
}

} // namespace

class TestGuiProtect : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(initialiseCrypto());
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        UnlockPracticeDialog::setRetryDelays(50ms, 100ms);
    }

    void protectLockUnlockAndRemoveThroughTheWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("window/practice.db"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("window/backups"))));
        const QStringList names = makeDemo(path);
        QVERIFY(names.size() >= 4);
        // A plain backup made before protection: it must not stay plain.
        const QString plainBackup =
            m_dir.filePath(QStringLiteral("window/backups/practice-20260101-000000.db"));
        QVERIFY(QFile::copy(path, plainBackup));

        auto opened = MainWindow::open(path, *m_settings, PracticeStore::OpenMode::OpenExisting);
        QVERIFY2(opened, qPrintable(opened.error()));
        MainWindow *window = *opened;
        window->resize(1200, 760);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        PracticeStore &store = window->store();
        LockController *lock = window->lockController();
        lock->setRetryDelays(50ms, 100ms);
        QVERIFY(!store.isProtected());
        QVERIFY(!actionNamed(window, QStringLiteral("Remove Protection"))->isEnabled());

        // Protect via the menu's dialog: passphrase twice, backups encrypted.
        bool dialogSeen = false;
        whenDialogOpens([&](QWidget *dialog) {
            auto *protect = qobject_cast<ProtectDialog *>(dialog);
            QVERIFY(protect);
            dialogSeen = true;
            protect->setKeyCost(PracticeKeyCost::Interactive);
            protect->passphraseField()->setText(QString::fromUtf8(kPassphrase));
            protect->repeatField()->setText(QStringLiteral("something else"));
            protect->protectButton()->click();
            QVERIFY(protect->problem().contains(QStringLiteral("differ")));
            protect->repeatField()->setText(QString::fromUtf8(kPassphrase));
            QVERIFY(protect->grab().save(QStringLiteral("/tmp/guiprotect-dialog.png")));
            acceptNextMessage(); // the summary
            protect->protectButton()->click();
        });
        actionNamed(window, QStringLiteral("Protect Practice"))->trigger();
        QVERIFY(dialogSeen);
        QVERIFY(store.isProtected());
        QVERIFY(store.isOpen());
        QVERIFY(PracticeStore::isProtectedFile(path));
        QVERIFY(!QFile::exists(plainBackup));
        QVERIFY(QFile::exists(
            m_dir.filePath(QStringLiteral("window/backups/practice-20260101-000000.attune-backup"))));
        const QByteArray sealed = fileBytes(path);
        for (const QString &name : names)
            QVERIFY2(!sealed.contains(name.toUtf8()), qPrintable(name));
        QVERIFY(actionNamed(window, QStringLiteral("Remove Protection"))->isEnabled());
        QVERIFY(!actionNamed(window, QStringLiteral("Protect Practice"))->isEnabled());
        QVERIFY(lock->hasPassphrase());

        // An edit goes on in the protected store, and the view the user had.
        window->openCoupleOverview(window->currentCoupleId() ? window->currentCoupleId()
                                                             : store.coupleSummaries()->constFirst().id);
        const qint64 coupleId = window->currentCoupleId();
        QVERIFY(coupleId != 0);
        window->workspace()->setCurrentIndex(2);
        auto couple = store.couple(coupleId);
        QVERIFY(couple);
        couple->presentingConcerns = QStringLiteral("Edited just before the lock");
        QVERIFY(store.updateCouple(*couple));

        // Lock means closed: no connection, no key, every query refused with one sentence.
        const std::weak_ptr<PracticeKey> key = store.sealedStorage()->key();
        lock->lock();
        QTRY_VERIFY(lock->isClosed());
        QVERIFY(!store.isOpen());
        QVERIFY(!store.sealedStorage());
        QVERIFY(key.expired()); // the key's guarded memory was freed (and wiped) with the storage
        const auto refused = store.coupleSummaries();
        QVERIFY(!refused);
        QCOMPARE(refused.error(), QStringLiteral("The practice is locked."));
        QVERIFY(!store.updateCouple(*couple));
        QVERIFY(window->grab().save(QStringLiteral("/tmp/guiprotect-locked.png")));

        // A wrong passphrase fails authentication and is slowed; the store stays closed.
        QVERIFY(!lock->unlock("not the passphrase"));
        QVERIFY(!store.isOpen());
        QVERIFY(lock->lockScreen()->message().contains(QStringLiteral("not right")));
        QVERIFY(lock->isWaitingToRetry());
        QVERIFY(!lock->unlock(kPassphrase)); // not even tried while waiting
        QTRY_VERIFY(!lock->isWaitingToRetry());

        // The right one decrypts the file again: the edit was saved before closing.
        QVERIFY(lock->unlock(kPassphrase));
        QVERIFY(store.isOpen());
        QCOMPARE(window->currentCoupleId(), coupleId);
        QCOMPARE(window->workspace()->currentIndex(), 2);
        QCOMPARE(store.couple(coupleId)->presentingConcerns, QStringLiteral("Edited just before the lock"));
        const auto trail = store.auditActions();
        QVERIFY(trail && trail->contains(QStringLiteral("failed unlock")));

        // A case file from the protected practice is encrypted by default; plain only when chosen.
        auto *caseFiles = window->findChild<CaseFileActions *>();
        QVERIFY(caseFiles);
        QString target = m_dir.filePath(QStringLiteral("window/encrypted.attune"));
        caseFiles->setSavePathChooser([&target](const QString &) { return target; });
        QStringList failures;
        caseFiles->setNotifier([&failures](bool failed, const QString &text) {
            if (failed)
                failures << text;
        });
        std::optional<bool> encrypt = true;
        caseFiles->setEncryptionChooser([&encrypt] { return encrypt; });
        auto exportOnce = [&] {
            whenDialogOpens([](QWidget *dialog) {
                auto *chooser = qobject_cast<ExportCouplesDialog *>(dialog);
                QVERIFY(chooser);
                chooser->exportButton()->click();
            });
            caseFiles->exportAction()->trigger();
        };
        exportOnce();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY(isEnvelopeFile(target));
        const QByteArray exported = fileBytes(target);
        for (const QString &name : names)
            QVERIFY2(!exported.contains(name.toUtf8()), qPrintable(name));
        encrypt = false;
        target = m_dir.filePath(QStringLiteral("window/plain.attune"));
        exportOnce();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY(QFile::exists(target) && !isEnvelopeFile(target));

        // Change Passphrase… re-encrypts under the new one: the lock and the file agree on it.
        const QByteArray changed = "a changed passphrase";
        whenDialogOpens([&changed](QWidget *dialog) {
            auto *edit = qobject_cast<PassphraseDialog *>(dialog);
            QVERIFY(edit);
            QVERIFY(!edit->removeButton()->isVisible()); // the passphrase goes only with the protection
            edit->currentField()->setText(QString::fromUtf8(kPassphrase));
            edit->newField()->setText(QString::fromUtf8(changed));
            edit->repeatField()->setText(QString::fromUtf8(changed));
            edit->accept();
            QVERIFY2(edit->result() == QDialog::Accepted, qPrintable(edit->problem()));
        });
        actionNamed(window, QStringLiteral("Change Passphrase"))->trigger();
        lock->lock();
        QTRY_VERIFY(lock->isClosed());
        QVERIFY(!lock->unlock(kPassphrase)); // the old one no longer opens the file
        QVERIFY(!store.isOpen());
        QTRY_VERIFY(!lock->isWaitingToRetry());
        QVERIFY(lock->unlock(changed));
        QVERIFY(store.isOpen());

        // Remove Protection: warned, passphrase asked, then a plain file the window goes on with.
        whenDialogOpens([](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("anyone with the laptop")));
            QAbstractButton *remove = buttonWithText(box, QStringLiteral("Remove Protection"));
            QVERIFY(remove);
            whenDialogOpens([](QWidget *input) {
                auto *ask = qobject_cast<QInputDialog *>(input);
                QVERIFY(ask);
                ask->setTextValue(QStringLiteral("a changed passphrase"));
                acceptNextMessage(); // "no longer protected"
                ask->accept();
            });
            remove->click();
        });
        actionNamed(window, QStringLiteral("Remove Protection"))->trigger();
        QVERIFY(!store.isProtected());
        QVERIFY(!PracticeStore::isProtectedFile(path));
        QVERIFY(
            inspectPracticeFile(path, PracticeStore::kApplicationId, PracticeStore::currentSchemaVersion()));
        QVERIFY(!lock->hasPassphrase());
        QCOMPARE(store.couple(coupleId)->presentingConcerns, QStringLiteral("Edited just before the lock"));
        window->close();
    }

    void openingAsksForThePassphraseFirst()
    {
        const QString path = m_dir.filePath(QStringLiteral("prompt/practice.db"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("prompt"))));
        QVERIFY(!makeDemo(path).isEmpty());
        QVERIFY(protectPractice(path, kPassphrase, PracticeKeyCost::Interactive));
        const QByteArray before = fileBytes(path);

        // Wrong, then cancelled: nothing opens, the file is unchanged, the caller knows it was cancelled.
        whenDialogOpens([](QWidget *dialog) {
            auto *prompt = qobject_cast<UnlockPracticeDialog *>(dialog);
            QVERIFY(prompt);
            QVERIFY(prompt->grab().save(QStringLiteral("/tmp/guiprotect-prompt.png")));
            prompt->passphraseField()->setText(QStringLiteral("wrong passphrase"));
            prompt->openButton()->click();
            QVERIFY(prompt->message().contains(QStringLiteral("not right")));
            QVERIFY(!prompt->openButton()->isEnabled()); // slowed
            prompt->reject();
        });
        bool cancelled = false;
        auto none = MainWindow::open(path, *m_settings, PracticeStore::OpenMode::OpenExisting, systemClock(),
                                     nullptr, &cancelled);
        QVERIFY(!none);
        QVERIFY(cancelled);
        QCOMPARE(fileBytes(path), before);

        // The right passphrase: the window opens unlocked on the protected store.
        whenDialogOpens([](QWidget *dialog) {
            auto *prompt = qobject_cast<UnlockPracticeDialog *>(dialog);
            QVERIFY(prompt);
            prompt->passphraseField()->setText(QString::fromUtf8(kPassphrase));
            prompt->openButton()->click();
        });
        auto opened = MainWindow::open(path, *m_settings, PracticeStore::OpenMode::OpenExisting);
        QVERIFY2(opened, qPrintable(opened.error()));
        MainWindow *window = *opened;
        QVERIFY(window->store().isProtected() && window->store().isOpen());
        QVERIFY(!window->lockController()->isLocked());
        QVERIFY(window->couplesPane());

        // A second opener is refused before any passphrase is asked, with a message naming the problem.
        auto second = MainWindow::open(path, *m_settings, PracticeStore::OpenMode::OpenExisting);
        QVERIFY(!second);
        QVERIFY2(second.error().contains(QStringLiteral("open in another Attune")),
                 qPrintable(second.error()));
        window->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

        // A damaged file: told as damage, not as a wrong passphrase.
        const QString damaged = m_dir.filePath(QStringLiteral("prompt/damaged.db"));
        QByteArray bytes = fileBytes(path);
        bytes[bytes.size() - 40] = char(bytes[bytes.size() - 40] ^ 0x5a);
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        QString shown;
        whenDialogOpens([&shown](QWidget *dialog) {
            auto *prompt = qobject_cast<UnlockPracticeDialog *>(dialog);
            QVERIFY(prompt);
            prompt->passphraseField()->setText(QString::fromUtf8(kPassphrase));
            prompt->openButton()->click();
            shown = prompt->message();
            QVERIFY(prompt->openButton()->isEnabled()); // no waiting: no passphrase would help
            prompt->reject();
        });
        QVERIFY(!MainWindow::open(damaged, *m_settings, PracticeStore::OpenMode::OpenExisting));
        QVERIFY2(shown.contains(QStringLiteral("could not be opened")) &&
                     !shown.contains(QStringLiteral("not right")),
                 qPrintable(shown));
    }

    void aPlainWindowKeepsAttuneProtectOut()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli/practice.db"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("cli/backups"))));
        QVERIFY(!makeDemo(path).isEmpty());
        const QString pass = m_dir.filePath(QStringLiteral("cli/pass"));
        {
            QFile f(pass);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kPassphrase + '\n');
        }
        const QStringList protect{QStringLiteral("--practice"),
                                  path,
                                  QStringLiteral("protect"),
                                  QStringLiteral("--key-cost"),
                                  QStringLiteral("interactive"),
                                  QStringLiteral("--passphrase-file"),
                                  pass,
                                  QStringLiteral("--remove-plain-backups")};
        auto opened = MainWindow::open(path, *m_settings, PracticeStore::OpenMode::OpenExisting);
        QVERIFY2(opened, qPrintable(opened.error()));
        Run refused = runAttune(protect);
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("open in another Attune")), qPrintable(refused.err));
        QVERIFY(!PracticeStore::isProtectedFile(path));
        (*opened)->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

        // Closed: protect runs, and removes plain backups when asked to.
        const QString plainBackup = m_dir.filePath(QStringLiteral("cli/backups/practice-20260101-000000.db"));
        QVERIFY(QFile::copy(path, plainBackup));
        Run done = runAttune(protect);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        // The window's backup on closing is plain too, so at least the two are gone.
        QVERIFY2(done.out.contains(QStringLiteral("overwritten and removed")), qPrintable(done.out));
        QVERIFY(!QFile::exists(plainBackup));
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("cli/backups")))
                    .entryList({QStringLiteral("*.db")})
                    .isEmpty());
        QVERIFY(!QFile::exists(
            m_dir.filePath(QStringLiteral("cli/backups/practice-20260101-000000.attune-backup"))));
        QVERIFY(PracticeStore::isProtectedFile(path));
    }

    // Preferences → Privacy's Protection group runs the Edit menu's own actions and shows the result.
    void preferencesProtectsAndRemovesProtectionWithTheMenuActions()
    {
        const QString path = m_dir.filePath(QStringLiteral("prefs/practice.db"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("prefs/backups"))));
        const QStringList names = makeDemo(path);
        QVERIFY(names.size() >= 4);
        auto opened = MainWindow::open(path, *m_settings, PracticeStore::OpenMode::OpenExisting);
        QVERIFY2(opened, qPrintable(opened.error()));
        MainWindow *window = *opened;
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        PracticeStore &store = window->store();

        bool checked = false;
        whenModalOfType<PreferencesDialog>([&](PreferencesDialog *prefs) {
            ProtectionGroup *group = prefs->protectionGroup();
            QVERIFY(group);
            QVERIFY(group->statusLabel()->text().contains(QStringLiteral("not protected")));
            QVERIFY(group->protectButton()->isEnabled());
            QVERIFY(!group->changePassphraseButton()->isEnabled());
            QVERIFY(!group->removeButton()->isEnabled());

            // Protect…: the menu action's dialog, not another one.
            whenModalOfType<ProtectDialog>([](ProtectDialog *protect) {
                protect->setKeyCost(PracticeKeyCost::Interactive);
                protect->passphraseField()->setText(QString::fromUtf8(kPassphrase));
                protect->repeatField()->setText(QString::fromUtf8(kPassphrase));
                acceptNextMessage(); // the summary
                protect->protectButton()->click();
            });
            group->protectButton()->click();
            QVERIFY(store.isProtected());
            QVERIFY(PracticeStore::isProtectedFile(path));
            QVERIFY(group->statusLabel()->text().contains(QStringLiteral("is protected")));
            QVERIFY(!group->protectButton()->isEnabled());
            QVERIFY(group->changePassphraseButton()->isEnabled());
            QVERIFY(group->removeButton()->isEnabled());
            QVERIFY(window->lockController()->hasPassphrase());
            QWidget *tabs = prefs->findChild<QTabWidget *>();
            qobject_cast<QTabWidget *>(tabs)->setCurrentIndex(2);
            QVERIFY(prefs->grab().save(QStringLiteral("/tmp/guiprotect-preferences.png")));

            // Change Passphrase…: the Practice Lock dialog the menu opens.
            whenModalOfType<PassphraseDialog>([](PassphraseDialog *edit) {
                edit->currentField()->setText(QString::fromUtf8(kPassphrase));
                edit->newField()->setText(QStringLiteral("changed in preferences"));
                edit->repeatField()->setText(QStringLiteral("changed in preferences"));
                edit->accept();
                QVERIFY2(edit->result() == QDialog::Accepted, qPrintable(edit->problem()));
            });
            group->changePassphraseButton()->click();

            // Remove Protection…: warned, asked for the (new) passphrase, then plain again.
            whenModalOfType<QMessageBox>([](QMessageBox *box) {
                QAbstractButton *remove = buttonWithText(box, QStringLiteral("Remove Protection"));
                QVERIFY(remove);
                whenModalOfType<QInputDialog>([](QInputDialog *ask) {
                    ask->setTextValue(QStringLiteral("changed in preferences"));
                    acceptNextMessage(); // "no longer protected"
                    ask->accept();
                });
                remove->click();
            });
            group->removeButton()->click();
            QVERIFY(!store.isProtected());
            QVERIFY(!PracticeStore::isProtectedFile(path));
            QVERIFY(group->statusLabel()->text().contains(QStringLiteral("not protected")));
            QVERIFY(group->protectButton()->isEnabled());
            QVERIFY(!group->removeButton()->isEnabled());
            checked = true;
            prefs->reject();
        });
        actionNamed(window, QStringLiteral("Preferences"))->trigger();
        QVERIFY(checked);
        window->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    // Restore from Backup in the window, on a protected practice: its own (encrypted) backup is proved
    // with its passphrase and restored still encrypted; a plain backup restored over it is encrypted with
    // the practice's key first. Each time the window goes on with a protected practice that holds the
    // lock file, and the replaced one kept aside is encrypted too.
    void restoringIntoAProtectedPracticeKeepsItProtected()
    {
        const QString path = m_dir.filePath(QStringLiteral("restore/practice.db"));
        const QString backups = m_dir.filePath(QStringLiteral("restore/backups"));
        QVERIFY(QDir().mkpath(backups));
        const QStringList names = makeDemo(path);
        QVERIFY(names.size() >= 4);
        const QString plainBackup = m_dir.filePath(QStringLiteral("restore/plain-copy.db"));
        QVERIFY(QFile::copy(path, plainBackup));
        QVERIFY(protectPractice(path, kPassphrase, PracticeKeyCost::Interactive));

        auto unlockNext = [] {
            whenModalOfType<UnlockPracticeDialog>([](UnlockPracticeDialog *prompt) {
                prompt->passphraseField()->setText(QString::fromUtf8(kPassphrase));
                prompt->openButton()->click();
            });
        };
        unlockNext();
        auto opened = MainWindow::open(path, *m_settings, PracticeStore::OpenMode::OpenExisting);
        QVERIFY2(opened, qPrintable(opened.error()));
        QPointer<MainWindow> window = *opened;
        window->show();
        const qint64 coupleId = window->store().coupleSummaries()->constFirst().id;
        auto couple = window->store().couple(coupleId);
        QVERIFY(couple);
        const QString before = couple->presentingConcerns;
        const QString backup =
            QDir(backups).filePath(QStringLiteral("practice-20260102-000000.attune-backup"));
        QVERIFY(window->store().backupTo(backup));
        QVERIFY(PracticeStore::isProtectedFile(backup));
        couple->presentingConcerns = QStringLiteral("Written after the backup");
        QVERIFY(window->store().updateCouple(*couple));

        // Restores backupFile through the window's dialogs; the window that opens after it, or null.
        auto restoreThroughWindow = [&](const QString &backupFile, bool asksPassphrase) -> MainWindow * {
            auto confirm = [] {
                whenModalOfType<QMessageBox>([](QMessageBox *box) {
                    QAbstractButton *yes = box->button(QMessageBox::Yes);
                    if (!yes) { // a warning instead of the question: the restore was refused
                        const QString refused = box->text();
                        box->accept();
                        QFAIL(qPrintable(refused));
                    }
                    yes->click();
                });
            };
            if (asksPassphrase) {
                whenModalOfType<QInputDialog>([confirm](QInputDialog *ask) {
                    ask->setTextValue(QString::fromUtf8(kPassphrase));
                    confirm();
                    ask->accept();
                });
            } else {
                confirm();
            }
            window->restoreFromBackupFile(backupFile);
            unlockNext(); // the restored practice opens as a protected one does: asking first
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            return otherMainWindow(window);
        };

        MainWindow *restored = restoreThroughWindow(backup, true);
        QVERIFY2(restored, "no window after the restore");
        QVERIFY(window.isNull());
        QVERIFY(restored->store().isProtected() && restored->store().isOpen());
        QVERIFY(PracticeStore::isProtectedFile(path));
        QCOMPARE(restored->store().couple(coupleId)->presentingConcerns, before);
        // The restored window holds the lock file as any window does.
        auto second = MainWindow::open(path, *m_settings, PracticeStore::OpenMode::OpenExisting);
        QVERIFY(!second);
        QVERIFY2(second.error().contains(QStringLiteral("open in another Attune")),
                 qPrintable(second.error()));

        // A plain backup over the protected practice: encrypted with its key, so the same passphrase opens
        // it, and no byte of the file names anyone.
        window = restored;
        const QByteArray chosenBefore = fileBytes(plainBackup);
        restored = restoreThroughWindow(plainBackup, false);
        QVERIFY2(restored, "no window after the plain restore");
        QVERIFY(restored->store().isProtected() && restored->store().isOpen());
        QVERIFY(PracticeStore::isProtectedFile(path));
        QCOMPARE(fileBytes(plainBackup), chosenBefore); // the chosen file is left as it was
        const QByteArray sealed = fileBytes(path);
        for (const QString &name : names)
            QVERIFY2(!sealed.contains(name.toUtf8()), qPrintable(name));
        QVERIFY(restored->store().coupleSummaries());
        QVERIFY(!QFile::exists(path + QStringLiteral(".restoring")));
        // Both replaced practices kept aside (two restores within a second each get their own name), and
        // encrypted as they were.
        const QStringList aside = QDir(m_dir.filePath(QStringLiteral("restore")))
                                      .entryList({QStringLiteral("practice.db.replaced-*")});
        QCOMPARE(aside.size(), 2);
        for (const QString &kept : aside)
            QVERIFY2(PracticeStore::isProtectedFile(m_dir.filePath(QStringLiteral("restore/")) + kept),
                     qPrintable(kept));
        restored->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
};

QTEST_MAIN(TestGuiProtect)
#include "tst_guiprotect.moc"
