// See PaneMemory.h.
#include "PaneMemory.h"

#include <QEvent>
#include <QSplitter>

namespace attune {
namespace {

// Restores one splitter once it is visible with a real width, then goes away.
class RestoreWhenShown : public QObject
{
public:
    RestoreWhenShown(QSplitter *splitter, QByteArray state)
        : QObject(splitter)
        , m_splitter(splitter)
        , m_state(std::move(state))
    {
        splitter->installEventFilter(this);
        restoreIfLaidOut();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_splitter && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
            restoreIfLaidOut();
        return false;
    }

private:
    void restoreIfLaidOut()
    {
        if (m_done || !m_splitter->isVisible() || m_splitter->width() <= 0)
            return;
        m_done = true;
        m_splitter->restoreState(m_state);
        m_splitter->removeEventFilter(this);
        deleteLater();
    }

    QSplitter *m_splitter;
    QByteArray m_state;
    bool m_done = false;
};

} // namespace

QMap<QString, QByteArray> savePanes(const QWidget &root)
{
    QMap<QString, QByteArray> states;
    for (const QSplitter *splitter : root.findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty())
            states.insert(splitter->objectName(), splitter->saveState());
    return states;
}

void restorePanes(QWidget &root, const QMap<QString, QByteArray> &states)
{
    for (QSplitter *splitter : root.findChildren<QSplitter *>()) {
        const auto state = states.constFind(splitter->objectName());
        if (!splitter->objectName().isEmpty() && state != states.constEnd() && !state->isEmpty())
            new RestoreWhenShown(splitter, *state);
    }
}

} // namespace attune
