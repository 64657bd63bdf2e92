// SearchResultsModel: the hits of a search, grouped under their couples.
#include "SearchResultsModel.h"

#include "i18n/DateText.h"

#include "Roles.h"

#include <QFont>
#include <QHash>
#include <QLocale>
#include <QPoint>

namespace attune {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void SearchResultsModel::setResults(const SearchResults &results)
{
    beginResetModel();
    m_results = results;
    m_groups.clear();
    QHash<qint64, qsizetype> groupOf;
    for (int i = 0; i < m_results.hits.size(); ++i) {
        const SearchHit &hit = m_results.hits.at(i);
        auto found = groupOf.constFind(hit.coupleId);
        if (found == groupOf.cend()) {
            found = groupOf.insert(hit.coupleId, m_groups.size());
            m_groups.append({hit.coupleId, hit.coupleName, {}});
        }
        m_groups[*found].hits.append(i);
    }
    endResetModel();
}

const SearchHit *SearchResultsModel::hitAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kCoupleRow)
        return nullptr;
    const Group &group = m_groups.at(qsizetype(index.internalId()));
    return &m_results.hits.at(group.hits.at(index.row()));
}

QModelIndex SearchResultsModel::firstHitIndex() const
{
    return m_groups.isEmpty() ? QModelIndex() : index(0, 0, index(0, 0));
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kCoupleRow);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex SearchResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kCoupleRow)
        return {};
    return createIndex(int(child.internalId()), 0, kCoupleRow);
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kCoupleRow && parent.column() == 0)
        return int(m_groups.at(parent.row()).hits.size());
    return 0;
}

int SearchResultsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kCoupleRow) {
        const Group &group = m_groups.at(index.row());
        if (role == IdRole)
            return group.coupleId;
        if (index.column() != 0)
            return {};
        if (role == Qt::DisplayRole)
            return tr("%1 (%n)", "a couple and how many hits it has", int(group.hits.size()))
                .arg(group.coupleName);
        if (role == Qt::AccessibleTextRole)
            return tr("%1: %n result(s)", nullptr, int(group.hits.size())).arg(group.coupleName);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const SearchHit &hit = *hitAt(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return hit.date.isValid() ? shortDate(hit.date) : QString();
        case WhereColumn:
            return hit.archived ? tr("%1 (archived)").arg(describeSearchHit(hit)) : describeSearchHit(hit);
        case SnippetColumn:
            return hit.snippet;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == SnippetColumn ? QVariant(hit.snippet) : QVariant();
    case HighlightsRole:
        if (index.column() == SnippetColumn) {
            QVariantList spans;
            for (const TextSpan &m : hit.matches)
                spans << QPoint(m.start, m.length);
            return spans;
        }
        return {};
    case IdRole:
        return hit.recordId;
    case DateRole:
        return hit.date;
    case ArchivedRole:
        return hit.archived;
    default:
        return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case WhereColumn:
        return tr("Found in");
    case SnippetColumn:
        return tr("Text");
    }
    return {};
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(itemRoleNames());
    return names;
}

} // namespace attune
