// Setting, changing or removing the practice passphrase, and choosing the idle time before the practice
// locks itself. Changing or removing asks for the current passphrase first; a new one is typed twice and
// has at least eight characters. Only an Argon2id hash is stored.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace attune {

class PracticeStore;

class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PassphraseDialog(PracticeStore &store, QWidget *parent = nullptr);

    QLineEdit *currentField() const { return m_current; } // hidden when no passphrase is set
    QLineEdit *newField() const { return m_new; }
    QLineEdit *repeatField() const { return m_repeat; }
    QSpinBox *idleMinutesField() const { return m_idleMinutes; }
    QPushButton *removeButton() const { return m_remove; } // hidden when no passphrase is set
    QString problem() const;

    void accept() override; // stores; stays open with the reason when something is not right

private:
    void remove();
    bool currentIsRight();
    void showProblem(const QString &message);

    PracticeStore &m_store;
    QString m_hash; // the stored hash when the dialog opened
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QSpinBox *m_idleMinutes;
    QPushButton *m_remove;
    QLabel *m_problem;
};

} // namespace attune
