// CouplesModel: the practice's couples as a list, one row per CoupleSummary, for the couples pane and
// anything that picks a couple. It follows the store's change signals row by row, so an edit elsewhere
// never resets the list under the therapist's selection.
#pragma once

#include "RowSync.h"

#include "domain/Couple.h"
#include "store/PracticeStore.h"

#include <QAbstractListModel>
#include <QPointer>

namespace attune {

class CouplesModel : public RowSyncModel<QAbstractListModel>
{
    Q_OBJECT
public:
    explicit CouplesModel(PracticeStore &store, ArchiveFilter filter = ArchiveFilter::Current,
                          QObject *parent = nullptr);

    ArchiveFilter archiveFilter() const { return m_filter; }
    void setArchiveFilter(ArchiveFilter filter);

    // Reads the whole list again and applies the difference. False (and loadFailed) when the store fails;
    // the rows shown before stay.
    bool reload();

    // The message of the latest failed read; empty once a later read succeeds.
    QString lastError() const { return m_lastError; }

    int rowOf(qint64 coupleId) const; // -1 when the couple is not listed
    CoupleSummary summaryAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadFailed(const QString &message);

private:
    void refreshCouple(qint64 coupleId);
    bool accepts(const CoupleSummary &summary) const;
    QList<CoupleSummary> inShownOrder(QList<CoupleSummary> fresh) const;
    void fail(const QString &message);
    void forgetStore();
    QString toolTip(const CoupleSummary &summary) const;

    QPointer<PracticeStore> m_store;
    ArchiveFilter m_filter;
    QList<CoupleSummary> m_rows;
    QString m_lastError;
};

} // namespace attune
