// Edit → Protect Practice…, Change Passphrase… and Remove Protection…: the window's side of a protected
// practice (models/store/PracticeProtection.h). Each converts the open practice in place, so the window,
// its editor and its backups go on with the same store; each failure leaves the practice as it was.
#include "MainWindow.h"

#include "backup/BackupScheduler.h"
#include "lock/LockController.h"
#include "lock/LockSettings.h"
#include "lock/ProtectDialog.h"
#include "security/Passphrase.h"
#include "store/PracticeProtection.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>

namespace attune {

void MainWindow::addProtectionActions(QMenu *edit)
{
    m_protectAction = edit->addAction(tr("Pro&tect Practice…"), this, &MainWindow::protectPractice);
    m_protectAction->setToolTip(tr("Encrypt the practice file and its backups with a passphrase"));
    // The Practice Lock dialog changes a protected practice's passphrase (the key's) as well.
    m_changePassphraseAction =
        edit->addAction(tr("C&hange Passphrase…"), m_lock->passphraseAction(), &QAction::trigger);
    m_unprotectAction = edit->addAction(tr("Remove Pr&otection…"), this, &MainWindow::removeProtection);
    connect(edit, &QMenu::aboutToShow, this, &MainWindow::updateProtectionActions);
    updateProtectionActions();
}

void MainWindow::updateProtectionActions()
{
    const bool protectedNow = m_store->isProtected();
    // Nothing of the practice changes while it is locked (the window opens locked before these exist).
    const bool open = !(m_lock && m_lock->isLocked());
    if (m_protectAction)
        m_protectAction->setEnabled(open && !protectedNow);
    if (m_changePassphraseAction)
        m_changePassphraseAction->setEnabled(open && protectedNow);
    if (m_unprotectAction)
        m_unprotectAction->setEnabled(open && protectedNow);
}

void MainWindow::protectPractice()
{
    if (m_store->isProtected())
        return;
    // What is being typed goes into the file before it is encrypted, not into a plain one after.
    if (const Status s = flushAllEdits(); !s) {
        QMessageBox::warning(
            this, tr("Protect Practice"),
            tr("Your changes could not be stored, so the practice was not protected: %1").arg(s.error()));
        return;
    }
    ProtectDialog dialog(*m_store, m_backups->folder(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_lock->reloadSettings(); // the lock's passphrase is now the protection's
    QByteArray passphrase = dialog.takePassphrase();
    m_lock->rememberPassphrase(passphrase); // for encrypted case files, as after unlocking
    wipe(passphrase);
    updateProtectionActions();
    const ProtectionSummary &summary = dialog.summary();
    QString text = tr("The practice is protected: its file is encrypted and opens only with the passphrase.");
    text += QLatin1Char('\n');
    if (dialog.removeBackupsChoice()->isChecked())
        text += tr("%n plain backup(s) were overwritten and removed.", nullptr, summary.backupsRemoved);
    else
        text += tr("%n plain backup(s) were encrypted and their plain copies overwritten and removed.",
                   nullptr, summary.backupsEncrypted);
    if (summary.backupsFailed > 0) {
        text += QLatin1Char('\n');
        text += tr("%n backup(s) could not be converted and are still plain; remove them.", nullptr,
                   summary.backupsFailed);
        QMessageBox::warning(this, tr("Protect Practice"), text);
        return;
    }
    QMessageBox::information(this, tr("Protect Practice"), text);
}

void MainWindow::removeProtection()
{
    if (!m_store->isProtected())
        return;
    QMessageBox warning(QMessageBox::Warning, tr("Remove Protection"),
                        tr("Without protection the practice file is no longer encrypted: anyone with the "
                           "laptop, its disk or a copy of the file can read every client's record."),
                        QMessageBox::Cancel, this);
    warning.setInformativeText(tr("The window lock goes with it. Encrypted backups keep needing the "
                                  "passphrase."));
    QPushButton *remove = warning.addButton(tr("Remove Protection"), QMessageBox::DestructiveRole);
    warning.setDefaultButton(QMessageBox::Cancel);
    warning.exec();
    if (warning.clickedButton() != remove)
        return;
    bool ok = false;
    QByteArray passphrase =
        QInputDialog::getText(this, tr("Remove Protection"), tr("The practice's passphrase:"),
                              QLineEdit::Password, QString(), &ok)
            .toUtf8();
    if (!ok)
        return;
    const auto hash = m_store->practiceSetting(lock::hashKey());
    const bool right = hash && verifyPassphrase(*hash, passphrase);
    wipe(passphrase);
    if (!right) {
        QMessageBox::warning(this, tr("Remove Protection"),
                             tr("That passphrase is not right, so the practice stays protected."));
        return;
    }
    if (const Status s = flushAllEdits(); !s) {
        QMessageBox::warning(
            this, tr("Remove Protection"),
            tr("Your changes could not be stored, so the practice stays protected: %1").arg(s.error()));
        return;
    }
    if (const Status s = unprotectOpenPractice(*m_store); !s) {
        QMessageBox::warning(this, tr("Remove Protection"),
                             tr("The practice stays protected: %1").arg(s.error()));
        return;
    }
    m_lock->reloadSettings(); // no passphrase any more: the window no longer locks
    updateProtectionActions();
    QMessageBox::information(
        this, tr("Remove Protection"),
        tr("The practice is no longer protected: it is a plain file that anyone with the "
           "disk can read."));
}

} // namespace attune
