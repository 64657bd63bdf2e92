#include "CouplesPane.h"

#include "items/CoupleFilterProxy.h"
#include "items/CouplesModel.h"
#include "items/Roles.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace attune {

CouplesPane::CouplesPane(PracticeStore &store, QWidget *parent)
    : QWidget(parent)
    , m_model(new CouplesModel(store, ArchiveFilter::Current, this))
    , m_proxy(new CoupleFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_list(new QListView(this))
{
    m_proxy->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Search names and tags"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search couples"));

    m_status->setAccessibleName(tr("Show couples with status"));
    m_status->addItem(tr("All statuses"), QString());
    for (CoupleStatus status : allValues<CoupleStatus>())
        m_status->addItem(displayName(status), toKey(status));
    m_status->setCurrentIndex(m_status->findData(toKey(CoupleStatus::Active)));

    m_list->setModel(m_proxy);
    m_list->setAccessibleName(tr("Couples"));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &CoupleFilterProxy::setSearchText);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CouplesPane::applyStatusFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { emit currentCoupleChanged(currentCoupleId()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, [this] { emit countChanged(visibleCount()); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { emit countChanged(visibleCount()); });
    applyStatusFilter();
}

void CouplesPane::applyStatusFilter()
{
    const QString key = m_status->currentData().toString();
    m_proxy->setStatusFilter(key.isEmpty() ? std::nullopt : fromKey<CoupleStatus>(key));
    emit countChanged(visibleCount());
}

qint64 CouplesPane::currentCoupleId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(IdRole).toLongLong() : 0;
}

void CouplesPane::selectCouple(qint64 coupleId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IdRole).toLongLong() == coupleId) {
            m_list->setCurrentIndex(index);
            return;
        }
    }
}

void CouplesPane::selectFirstCouple()
{
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
}

int CouplesPane::visibleCount() const
{
    return m_proxy->rowCount();
}

} // namespace attune
