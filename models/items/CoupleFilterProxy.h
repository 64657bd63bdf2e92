// CoupleFilterProxy: narrows the couples list to what the therapist types and the status they pick, and
// orders it the way a caseload is worked through: most recent session first, couples without sessions
// last, then by name.
#pragma once

#include "domain/Enums.h"

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace attune {

class CoupleFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CoupleFilterProxy(QObject *parent = nullptr);

    // Every whitespace-separated word must occur somewhere in the row's SearchTextRole, ignoring case
    // and accents ("jose" finds "José"). Quotes and other punctuation are matched literally.
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

    // nullopt shows every status.
    std::optional<CoupleStatus> statusFilter() const { return m_status; }
    void setStatusFilter(std::optional<CoupleStatus> status);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText;
    QStringList m_terms; // folded
    std::optional<CoupleStatus> m_status;
    QCollator m_collator;
};

} // namespace attune
