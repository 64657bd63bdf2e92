// SessionsModel: one couple's sessions as a table, newest first, for the session list and the couple's
// overview. It follows the store's sessionsChanged signal with a keyed row diff, so a save elsewhere
// updates the rows in place.
#pragma once

#include "RowSync.h"

#include "domain/Session.h"
#include "store/PracticeStore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace attune {

class SessionsModel : public RowSyncModel<QAbstractTableModel>
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        StageColumn,
        StepColumn,
        AttendanceColumn,
        FormatColumn,
        ReengagementColumn,
        SofteningColumn,
        SignedColumn,
        FocusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SessionsModel(PracticeStore &store, QObject *parent = nullptr);

    qint64 coupleId() const { return m_coupleId; }
    // Shows that couple's sessions (0 shows none). Switching couples resets the model: none of the rows
    // shown before belong to the new couple.
    void setCouple(qint64 coupleId);

    ArchiveFilter archiveFilter() const { return m_filter; }
    void setArchiveFilter(ArchiveFilter filter);

    // Reads the couple's sessions again and applies the difference. False (and loadFailed) when the
    // store fails; the rows shown before stay.
    bool reload();

    // The message of the latest failed read; empty once a later read succeeds.
    QString lastError() const { return m_lastError; }

    int rowOf(qint64 sessionId) const; // -1 when not listed
    SessionSummary summaryAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadFailed(const QString &message);

private:
    void onSessionsChanged(qint64 coupleId);
    void forgetStore();
    QVariant display(const SessionSummary &s, int column) const;
    void fail(const QString &message);

    QPointer<PracticeStore> m_store;
    qint64 m_coupleId = 0;
    ArchiveFilter m_filter = ArchiveFilter::Current;
    QList<SessionSummary> m_rows;
    QString m_lastError;
};

} // namespace attune
