// CoupleFilterProxy: accent- and case-insensitive search, the status filter and the caseload order.
#include "CoupleFilterProxy.h"

#include "domain/TextSearch.h"

#include "Roles.h"

#include <QDate>
#include <QRegularExpression>

namespace attune {

CoupleFilterProxy::CoupleFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setDynamicSortFilter(true);
}

void CoupleFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    QSortFilterProxyModel::setSourceModel(sourceModel);
    // Sorting is what the list is for, so it starts sorted rather than in the store's order.
    sort(0, Qt::AscendingOrder);
}

void CoupleFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    static const QRegularExpression whitespace(QStringLiteral(R"(\s+)"));
    m_terms = foldForSearch(text).split(whitespace, Qt::SkipEmptyParts);
    invalidateFilter();
}

void CoupleFilterProxy::setStatusFilter(std::optional<CoupleStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

bool CoupleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(StatusKeyRole).toString() != toKey(*m_status))
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString haystack = foldForSearch(index.data(SearchTextRole).toString());
    for (const QString &term : m_terms)
        if (!haystack.contains(term))
            return false;
    return true;
}

bool CoupleFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QDate leftDate = left.data(LastSessionDateRole).toDate();
    const QDate rightDate = right.data(LastSessionDateRole).toDate();
    if (leftDate.isValid() != rightDate.isValid())
        return leftDate.isValid();
    if (leftDate != rightDate)
        return leftDate > rightDate;
    const int byName =
        m_collator.compare(left.data(Qt::DisplayRole).toString(), right.data(Qt::DisplayRole).toString());
    if (byName != 0)
        return byName < 0;
    // Ties between equal names still need one fixed order, or rows would swap on every change.
    return left.data(IdRole).toLongLong() < right.data(IdRole).toLongLong();
}

} // namespace attune
