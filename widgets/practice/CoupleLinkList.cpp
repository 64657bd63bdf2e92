#include "CoupleLinkList.h"

#include <QHeaderView>

namespace attune {
namespace {

constexpr int kCoupleIdRole = Qt::UserRole + 1;

} // namespace

CoupleLinkList::CoupleLinkList(const QStringList &headers, QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(static_cast<int>(headers.size()));
    setHeaderLabels(headers);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setMouseTracking(true);
    header()->setStretchLastSection(true);
    header()->setSectionsMovable(false);
    auto open = [this](QTreeWidgetItem *item) {
        if (const qint64 id = coupleIdOf(item); id > 0)
            emit openCoupleRequested(id);
    };
    connect(this, &QTreeWidget::itemClicked, this, open);
    connect(this, &QTreeWidget::itemActivated, this, open);
}

QTreeWidgetItem *CoupleLinkList::addCoupleRow(const QStringList &columns, qint64 coupleId,
                                              const QString &coupleName, QTreeWidgetItem *parent)
{
    auto *item = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(this, columns);
    item->setData(0, kCoupleIdRole, coupleId);
    for (int c = 0; c < columns.size(); ++c)
        item->setToolTip(c, tr("Open %1's overview").arg(coupleName));
    return item;
}

QTreeWidgetItem *CoupleLinkList::addNoteRow(const QString &text, QTreeWidgetItem *parent)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setText(0, text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setForeground(0, palette().placeholderText());
    item->setFirstColumnSpanned(true);
    item->setToolTip(0, text); // whole, should a narrow list cut it short
    return item;
}

qint64 CoupleLinkList::coupleIdOf(const QTreeWidgetItem *item)
{
    return item ? item->data(0, kCoupleIdRole).toLongLong() : 0;
}

QTreeWidgetItem *CoupleLinkList::rowForCouple(qint64 coupleId) const
{
    for (QTreeWidgetItemIterator it(const_cast<CoupleLinkList *>(this)); *it; ++it)
        if (coupleIdOf(*it) == coupleId)
            return *it;
    return nullptr;
}

} // namespace attune
