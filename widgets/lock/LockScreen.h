// What a locked practice shows instead of its contents: the app's name, a passphrase field and Unlock.
// It holds no client data. The main window gets one in place of its central widget; each dialog that was
// open gets one in place of its contents, so the practice can be unlocked from wherever the user is.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace attune {

class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(bool compact, QWidget *parent = nullptr);

    QLineEdit *passphraseField() const { return m_passphrase; }
    QPushButton *unlockButton() const { return m_unlock; }
    QString message() const;

    void clear();                             // empties the field and the message
    void showMessage(const QString &message); // one sentence, e.g. why the passphrase was refused
    void setWaiting(bool waiting);            // while a retry delay runs, nothing can be entered

signals:
    void unlockRequested(const QByteArray &passphrase);

private:
    void submit();

    QLineEdit *m_passphrase;
    QPushButton *m_unlock;
    QLabel *m_message;
};

} // namespace attune
