// The passphrase prompt of a protected practice that is being opened (at start, File → Open Practice, a
// recent practice): a dialog before the window is built, so nothing of the record exists until the file is
// decrypted; the window then opens unlocked. A dialog rather than the window's lock screen because a window
// needs its record to build its menus and views, and the lock screen after a lock has them to come back to.
// A wrong passphrase is told apart from a damaged file; wrong ones wait longer each time, as the lock does.
#pragma once

#include <QDialog>
#include <QTimer>

#include <chrono>

class QLabel;
class QLineEdit;
class QPushButton;

namespace attune {

class PracticeStore;

class UnlockPracticeDialog : public QDialog
{
    Q_OBJECT
public:
    // store: a closed protected practice (PracticeStore::openClosed).
    explicit UnlockPracticeDialog(PracticeStore &store, QWidget *parent = nullptr);
    ~UnlockPracticeDialog() override;

    QLineEdit *passphraseField() const { return m_passphrase; }
    QPushButton *openButton() const { return m_open; }
    QString message() const;
    // The passphrase that opened the practice (the caller wipes it), once accepted.
    QByteArray takePassphrase();

    // After the n-th wrong passphrase, opening waits first·2^(n-1), at most cap (1 s … 30 s by default).
    static void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds cap);

    void accept() override; // decrypts; stays open with the reason when it cannot

private:
    void showMessage(const QString &text);

    PracticeStore &m_store;
    QLineEdit *m_passphrase;
    QPushButton *m_open;
    QLabel *m_message;
    QTimer m_retry;
    int m_failures = 0;
    QByteArray m_entered;
};

} // namespace attune
