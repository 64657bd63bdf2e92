// Edit → Protect Practice…: the passphrase twice, what becomes of the plain backups made so far (encrypted
// with the practice's key, or overwritten and removed), a busy indicator while Argon2id derives the key on a
// worker thread, then the practice file is encrypted in place and the window goes on with it. Every failure
// keeps the practice as it was and the dialog open with the reason.
#pragma once

#include "security/PracticeKey.h"
#include "store/PracticeProtection.h"

#include <QDialog>

#include <utility>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace attune {

class PracticeStore;

class ProtectDialog : public QDialog
{
    Q_OBJECT
public:
    ProtectDialog(PracticeStore &store, QString backupFolder, QWidget *parent = nullptr);
    ~ProtectDialog() override;

    QLineEdit *passphraseField() const { return m_passphrase; }
    QLineEdit *repeatField() const { return m_repeat; }
    QRadioButton *encryptBackupsChoice() const { return m_encrypt; }
    QRadioButton *removeBackupsChoice() const { return m_remove; }
    QProgressBar *busyIndicator() const { return m_busy; }
    QPushButton *protectButton() const { return m_protect; }
    QString problem() const;
    bool isBusy() const { return m_working; }
    // What protecting did, once accepted.
    const ProtectionSummary &summary() const { return m_summary; }
    // The passphrase that protects the practice now (the caller wipes it), once accepted.
    QByteArray takePassphrase() { return std::exchange(m_entered, {}); }
    // Moderate by default; tests choose Interactive so they run quickly.
    void setKeyCost(PracticeKeyCost cost) { m_cost = cost; }

    void accept() override; // protects; stays open with the reason when it cannot
    void reject() override; // not while the key is being derived

private:
    void showProblem(const QString &message);
    void setWorking(bool working);

    PracticeStore &m_store;
    QString m_backupFolder;
    PracticeKeyCost m_cost = PracticeKeyCost::Moderate;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QRadioButton *m_encrypt;
    QRadioButton *m_remove;
    QProgressBar *m_busy;
    QPushButton *m_protect;
    QLabel *m_problem;
    bool m_working = false;
    ProtectionSummary m_summary;
    QByteArray m_entered;
};

} // namespace attune
