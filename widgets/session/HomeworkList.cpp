// The homework control; see HomeworkList.h.
#include "HomeworkList.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QScopedValueRollback>
#include <QTimer>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace attune {

HomeworkList::HomeworkList(QWidget *parent)
    : QFrame(parent)
    , m_list(new QListWidget(this))
    , m_entry(new QLineEdit(this))
    , m_remove(new QToolButton(this))
{
    // One sunken box on the base colour, like a text area: the list and its entry line share it.
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setFocusProxy(m_list);

    m_list->setAccessibleName(tr("Homework"));
    m_list->setFrameShape(QFrame::NoFrame);
    const int rowHeight = m_list->fontMetrics().lineSpacing() + 6;
    m_list->setFixedHeight(3 * rowHeight);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->installEventFilter(this);

    m_entry->setFrame(false);
    m_entry->setPlaceholderText(tr("Type new homework, then Enter"));
    m_entry->setAccessibleName(tr("New homework"));
    m_entry->setAccessibleDescription(tr("Enter adds it to the homework list"));

    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove homework"));
    m_remove->setToolTip(tr("Remove the selected homework (Delete)"));
    m_remove->setAutoRaise(true);

    auto *entryRow = new QHBoxLayout;
    entryRow->setContentsMargins(4, 0, 2, 2);
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_list);
    layout->addLayout(entryRow);

    connect(m_entry, &QLineEdit::returnPressed, this, &HomeworkList::addFromEntry);
    connect(m_remove, &QToolButton::clicked, this, &HomeworkList::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &HomeworkList::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &HomeworkList::onItemChanged);
    updateButtons();
}

Qt::ItemFlags HomeworkList::itemFlags() const
{
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // Ticking homework off in a signed note would change it: the list stays readable, nothing more.
    if (!m_readOnly)
        flags |= Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
    return flags;
}

void HomeworkList::setItems(const QList<HomeworkItem> &items)
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    const int row = m_list->currentRow();
    m_list->clear();
    for (const HomeworkItem &h : items) {
        auto *item = new QListWidgetItem(h.text, m_list);
        item->setData(Qt::UserRole, h.uuid);
        item->setFlags(itemFlags());
        item->setCheckState(h.done ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    updateButtons();
}

QList<HomeworkItem> HomeworkList::items() const
{
    QList<HomeworkItem> items;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->text().trimmed().isEmpty())
            continue; // an emptied item is a removed one; storing it would be refused
        items.append({item->data(Qt::UserRole).toString(), item->text(), item->checkState() == Qt::Checked});
    }
    return items;
}

void HomeworkList::setReadOnly(bool readOnly)
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    m_readOnly = readOnly;
    m_entry->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    m_list->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setFlags(itemFlags());
    updateButtons();
}

void HomeworkList::addFromEntry()
{
    const QString text = m_entry->text().trimmed();
    if (text.isEmpty() || m_readOnly)
        return;
    {
        const QScopedValueRollback<bool> loading(m_loading, true); // one edit, not one per property
        auto *item = new QListWidgetItem(text, m_list);
        // The editor chooses the UUID so the item keeps its identity through every later save.
        item->setData(Qt::UserRole, QUuid::createUuid().toString(QUuid::WithoutBraces));
        item->setFlags(itemFlags());
        item->setCheckState(Qt::Unchecked);
        m_list->scrollToItem(item);
    }
    m_entry->clear();
    updateButtons();
    emit edited();
}

void HomeworkList::removeCurrent()
{
    if (m_readOnly || !m_list->currentItem())
        return;
    delete m_list->currentItem();
    updateButtons();
    emit edited();
}

void HomeworkList::onItemChanged(QListWidgetItem *item)
{
    if (m_loading)
        return;
    if (item->text().trimmed().isEmpty()) {
        // Emptied in place: gone. Removed once the editor has let go of the row.
        QTimer::singleShot(0, this, [this, row = m_list->row(item)] {
            if (row >= 0 && row < m_list->count() && m_list->item(row)->text().trimmed().isEmpty())
                delete m_list->takeItem(row);
            updateButtons();
        });
    }
    emit edited();
}

void HomeworkList::updateButtons()
{
    m_remove->setEnabled(!m_readOnly && m_list->currentItem() != nullptr);
}

bool HomeworkList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_list || event->type() != QEvent::KeyPress || m_readOnly)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (!m_list->hasFocus())
        return false; // a key the item being edited in place passed on
    if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
        removeCurrent();
        return true;
    }
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_list->currentItem()) {
        m_list->editItem(m_list->currentItem());
        return true;
    }
    // Typing in the list writes the next item: the list is where a therapist expects to type.
    const QString text = key->text();
    const bool printable = !text.isEmpty() && text.at(0).isPrint() &&
                           !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (printable && key->key() != Qt::Key_Space) {
        m_entry->setFocus(Qt::OtherFocusReason);
        m_entry->insert(text);
        return true;
    }
    return false;
}

} // namespace attune
