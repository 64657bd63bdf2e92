// SearchResultsModel: what a practice-wide search found, grouped by couple for the Find window. Each
// couple is a row (in the order of its best hit) whose children are its hits, best first, with their
// date, where they were found and the snippet, whose matched words HighlightsRole gives.
#pragma once

#include "domain/Search.h"

#include <QAbstractItemModel>

namespace attune {

class SearchResultsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, WhereColumn, SnippetColumn, ColumnCount };

    explicit SearchResultsModel(QObject *parent = nullptr);

    // Replaces what the model shows (an empty SearchResults clears it).
    void setResults(const SearchResults &results);
    const SearchResults &results() const { return m_results; }
    int coupleCount() const { return int(m_groups.size()); }

    // The hit of a hit row; null for a couple row or an invalid index.
    const SearchHit *hitAt(const QModelIndex &index) const;
    // The first hit's row, for the keyboard to land on; invalid when there are no hits.
    QModelIndex firstHitIndex() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Group
    {
        qint64 coupleId = 0;
        QString coupleName;
        QList<int> hits; // indexes into m_results.hits, best first
    };
    static constexpr quintptr kCoupleRow = ~quintptr(0); // internalId of a couple row

    SearchResults m_results;
    QList<Group> m_groups;
};

} // namespace attune
