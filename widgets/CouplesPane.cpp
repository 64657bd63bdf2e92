#include "CouplesPane.h"

#include "CoupleListDelegate.h"

#include "AccessibleText.h"

#include "items/CoupleFilterProxy.h"
#include "items/CouplesModel.h"
#include "items/Roles.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace attune {
namespace {

const QString kArchived = QStringLiteral("archived");

} // namespace

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
    linkScreenReaderLabel(m_status); // no visible label: the list above says what it filters
    for (CoupleStatus status : allValues<CoupleStatus>())
        m_status->addItem(displayName(status), toKey(status));
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("Archived"), kArchived);
    m_status->setCurrentIndex(m_status->findData(toKey(CoupleStatus::Active)));

    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new CoupleListDelegate(m_list));
    m_list->setAccessibleName(tr("Couples"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_list);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        filterKeepingOpenCouple([this, text] { m_proxy->setSearchText(text); });
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &CouplesPane::applyFilter);
    auto announce = [this] {
        if (m_filtering)
            return;
        const qint64 id = currentCoupleId();
        if (id != m_lastEmitted) {
            m_lastEmitted = id;
            emit currentCoupleChanged(id);
        }
        emit countChanged(visibleCount());
    };
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, announce);
    // Filtering or archiving can take the current couple out of view: then nothing is selected.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, announce);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, announce);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, announce);
    // An open couple the filter hides leaves the list for good when it is archived (or its creation
    // undone): then it is closed like a shown one.
    auto closeWhenGone = [this] {
        if (m_lastEmitted > 0 && !m_filtering && currentCoupleId() == 0 &&
            m_model->rowOf(m_lastEmitted) < 0) {
            m_lastEmitted = 0;
            emit currentCoupleChanged(0);
        }
    };
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, closeWhenGone);
    connect(m_model, &QAbstractItemModel::modelReset, this, closeWhenGone);
    applyFilter();
}

void CouplesPane::applyFilter()
{
    const QString key = m_status->currentData().toString();
    const bool archived = key == kArchived;
    const auto status = key.isEmpty() || archived ? std::nullopt : fromKey<CoupleStatus>(key);
    const ArchiveFilter shown = archived ? ArchiveFilter::Archived : ArchiveFilter::Current;
    if (m_model->archiveFilter() == shown) {
        filterKeepingOpenCouple([this, status] { m_proxy->setStatusFilter(status); });
        return;
    }
    // The archived view is another list: the open couple is not in it.
    m_model->setArchiveFilter(shown);
    m_proxy->setStatusFilter(status);
    emit countChanged(visibleCount());
}

void CouplesPane::filterKeepingOpenCouple(const std::function<void()> &change)
{
    const qint64 open = m_lastEmitted > 0 ? m_lastEmitted : 0;
    m_filtering = true;
    change();
    // The proxy may have moved the current row to a neighbour when it hid the open couple's row.
    if (open != 0 && !selectCouple(open))
        m_list->selectionModel()->clear();
    m_filtering = false;
    emit countChanged(visibleCount());
}

bool CouplesPane::revealCouple(qint64 coupleId, bool archived)
{
    if (showingArchived() != archived)
        showArchived(archived);
    if (selectCouple(coupleId))
        return true;
    m_search->clear();
    if (selectCouple(coupleId))
        return true;
    m_status->setCurrentIndex(m_status->findData(QString())); // all statuses
    return selectCouple(coupleId);
}

bool CouplesPane::showingArchived() const
{
    return m_status->currentData().toString() == kArchived;
}

void CouplesPane::showArchived(bool archived)
{
    m_status->setCurrentIndex(m_status->findData(archived ? kArchived : toKey(CoupleStatus::Active)));
}

qint64 CouplesPane::currentCoupleId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(IdRole).toLongLong() : 0;
}

bool CouplesPane::selectCouple(qint64 coupleId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IdRole).toLongLong() == coupleId) {
            m_list->setCurrentIndex(index);
            return true;
        }
    }
    return false;
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
