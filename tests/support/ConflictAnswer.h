// Test support: answers the WriteConflictDialog the code under test opens. The dialog is modal (its exec()
// runs an event loop of its own), so a timer looks for it while the test waits and makes the choice;
// asked() says whether it came, mine() and theirs() what its two versions showed.
#pragma once

#include "WriteConflictDialog.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTimer>

namespace attune::test {

class ConflictAnswer
{
public:
    explicit ConflictAnswer(WriteConflictDialog::Choice choice)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this, choice] {
            auto *dialog = qobject_cast<WriteConflictDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            for (QPlainTextEdit *view : dialog->findChildren<QPlainTextEdit *>())
                (view->accessibleName() == WriteConflictDialog::tr("Your version") ? m_mine : m_theirs) =
                    view->toPlainText();
            m_asked = true;
            m_timer.stop();
            dialog->choose(choice);
        });
        m_timer.start(20);
    }
    ConflictAnswer(const ConflictAnswer &) = delete;
    ConflictAnswer &operator=(const ConflictAnswer &) = delete;

    bool asked() const { return m_asked; }
    QString mine() const { return m_mine; }
    QString theirs() const { return m_theirs; }

private:
    QTimer m_timer;
    bool m_asked = false;
    QString m_mine;
    QString m_theirs;
};

} // namespace attune::test
