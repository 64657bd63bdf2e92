// Helpers shared by the lock and signing GUI tests: answering modal dialogs and finding widgets the way a
// user would, by what they say.
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace attune::test {

// Runs answer on the next modal dialog once it is shown (poll, since dialogs may open after a delay).
inline void whenDialogOpens(const std::function<void(QWidget *)> &answer, int attempts = 200)
{
    QTimer::singleShot(10, qApp, [answer, attempts] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog && attempts > 0) {
            whenDialogOpens(answer, attempts - 1);
            return;
        }
        QVERIFY2(dialog, "no dialog opened");
        answer(dialog);
    });
}

// Runs answer on the next modal dialog of type T once it is the modal window (an earlier dialog may still be
// closing, or a dialog under it still be the active one).
template<typename T> void whenModalOfType(const std::function<void(T *)> &answer, int attempts = 1000)
{
    QTimer::singleShot(10, qApp, [answer, attempts] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog && attempts > 0) {
            whenModalOfType<T>(answer, attempts - 1);
            return;
        }
        QVERIFY2(dialog, T::staticMetaObject.className());
        answer(dialog);
    });
}

inline QAbstractButton *buttonWithText(QWidget *root, const QString &text)
{
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        if (b->text().remove(QLatin1Char('&')) == text && b->isVisibleTo(root))
            return b;
    return nullptr;
}

template<typename T> T *named(QWidget *root, const QString &accessibleName)
{
    for (T *w : root->findChildren<T *>())
        if (w->accessibleName() == accessibleName && w->isVisibleTo(root))
            return w;
    return nullptr;
}

} // namespace attune::test
