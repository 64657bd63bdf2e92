// The session's homework as one control: a list that reads like a text area and behaves like one. Typing
// anywhere in it writes a new item in the line at its foot (inside the same frame, so there is no second
// box that looks like the real input), Enter adds it; an item is edited in place (double-click, F2 or
// Enter), emptied or Delete removes it, and its box ticks it off.
#pragma once

#include "domain/Session.h"

#include <QFrame>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace attune {

class HomeworkList : public QFrame
{
    Q_OBJECT
public:
    explicit HomeworkList(QWidget *parent = nullptr);

    // Shows the items without announcing an edit; the selected row stays where it was (clamped).
    void setItems(const QList<HomeworkItem> &items);
    // What is shown, UUIDs kept; items emptied in place are left out.
    QList<HomeworkItem> items() const;
    void setReadOnly(bool readOnly);

    QListWidget *list() const { return m_list; }
    QLineEdit *entry() const { return m_entry; }

signals:
    void edited(); // an item was added, changed, ticked or removed by the user

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addFromEntry();
    void removeCurrent();
    void onItemChanged(QListWidgetItem *item);
    void updateButtons();
    Qt::ItemFlags itemFlags() const;

    QListWidget *m_list;
    QLineEdit *m_entry;
    QToolButton *m_remove;
    bool m_readOnly = false;
    bool m_loading = false;
};

} // namespace attune
