// RowSyncModel: the keyed row diff that list-like item models use to follow the store. Given the rows a
// model shows and a freshly read list, it tells views exactly which rows went, came or changed, so
// selections, the current index and the scroll position survive every save. Only a reordering of rows
// that stay falls back to a reset: a move-based diff is not worth its complexity for lists this short.
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <type_traits>
#include <utility>

namespace attune {

// Base is QAbstractListModel or QAbstractTableModel. The diff lives in a base class rather than a free
// function because the row notifications (beginInsertRows, …) are protected members of the model.
template<typename Base> class RowSyncModel : public Base
{
public:
    using Base::Base;

protected:
    // Makes rows equal to fresh. keyOf(row) must be unique within each list; a row whose key stays but
    // whose value differs (operator==) is reported with one dataChanged across all its columns.
    template<typename Row, typename KeyOf>
    void syncRows(QList<Row> &rows, const QList<Row> &fresh, KeyOf keyOf)
    {
        using Key = std::decay_t<decltype(keyOf(std::declval<const Row &>()))>;
        QSet<Key> oldKeys;
        QSet<Key> freshKeys;
        for (const Row &row : rows)
            oldKeys.insert(keyOf(row));
        for (const Row &row : fresh)
            freshKeys.insert(keyOf(row));

        if (!sameOrderOfSurvivors(rows, fresh, oldKeys, freshKeys, keyOf)) {
            this->beginResetModel();
            rows = fresh;
            this->endResetModel();
            return;
        }

        // Back to front, so the positions still to visit do not shift.
        for (qsizetype i = rows.size() - 1; i >= 0; --i) {
            if (freshKeys.contains(keyOf(rows[i])))
                continue;
            const qsizetype last = i;
            while (i > 0 && !freshKeys.contains(keyOf(rows[i - 1])))
                --i;
            this->beginRemoveRows(QModelIndex(), int(i), int(last));
            rows.remove(i, last - i + 1);
            this->endRemoveRows();
        }

        // The rows left are fresh's survivors in fresh's order, so wherever the keys at a position differ,
        // fresh holds a new row there.
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            if (i < rows.size() && keyOf(rows[i]) == keyOf(fresh[i]))
                continue;
            qsizetype last = i;
            while (last + 1 < fresh.size() && !oldKeys.contains(keyOf(fresh[last + 1])))
                ++last;
            this->beginInsertRows(QModelIndex(), int(i), int(last));
            for (qsizetype j = i; j <= last; ++j)
                rows.insert(j, fresh[j]);
            this->endInsertRows();
            i = last;
        }

        Q_ASSERT(rows.size() == fresh.size());
        const int lastColumn = static_cast<const QAbstractItemModel *>(this)->columnCount(QModelIndex()) - 1;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows[i] == fresh[i])
                continue;
            qsizetype last = i;
            while (last + 1 < rows.size() && !(rows[last + 1] == fresh[last + 1]))
                ++last;
            for (qsizetype j = i; j <= last; ++j)
                rows[j] = fresh[j];
            Q_EMIT this->dataChanged(this->index(int(i), 0), this->index(int(last), lastColumn));
            i = last;
        }
    }

private:
    template<typename Row, typename KeyOf, typename Key>
    static bool sameOrderOfSurvivors(const QList<Row> &rows, const QList<Row> &fresh,
                                     const QSet<Key> &oldKeys, const QSet<Key> &freshKeys, KeyOf &keyOf)
    {
        qsizetype f = 0;
        for (const Row &row : rows) {
            const Key key = keyOf(row);
            if (!freshKeys.contains(key))
                continue;
            while (f < fresh.size() && !oldKeys.contains(keyOf(fresh[f])))
                ++f;
            if (f == fresh.size() || keyOf(fresh[f]) != key)
                return false;
            ++f;
        }
        return true;
    }
};

} // namespace attune
