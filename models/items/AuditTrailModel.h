// AuditTrailModel: the practice's audit trail as a table for the audit viewer, one row per sealed entry
// that passes a filter. Filtering happens in the store, so a practice with many thousands of rows only
// ever turns the matching ones into values. The rows hold no note text because the trail holds none.
#pragma once

#include "domain/Integrity.h"
#include "store/PracticeStore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace attune {

class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ClinicianColumn,
        ActionColumn,
        CoupleColumn,
        RecordColumn,
        SummaryColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AuditTrailModel(PracticeStore &store, QObject *parent = nullptr);

    AuditFilter filter() const { return m_filter; }
    // Lists the rows that pass filter; false (and lastError) when the store fails, keeping the old rows.
    bool setFilter(const AuditFilter &filter);
    // Reads the trail again with the same filter. Rows are only ever added to the trail, so new ones are
    // appended in place (keeping the selection and scroll position); anything else resets the model.
    bool reload();
    QString lastError() const { return m_lastError; }

    // Names shown for couples' UUIDs (the trail stores only the UUID).
    void setCoupleNames(const QHash<QString, QString> &namesByUuid);

    AuditEntry entryAt(int row) const { return m_entries.at(row); }
    int rowOfEntry(qint64 entryId) const; // -1 when not listed

    // A reader's words for an action key ("failed unlock" → "Failed unlock") and a record type.
    static QString actionLabel(const QString &action);
    static QStringList knownActions(); // every action key actionLabel has words for
    static QString recordTypeLabel(const QString &recordType);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString coupleName(const QString &uuid) const;

    PracticeStore &m_store;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    QHash<QString, QString> m_coupleNames;
    QString m_lastError;
};

} // namespace attune
