// The audit viewer's table; see AuditTrailModel.h.
#include "AuditTrailModel.h"

#include "i18n/DateText.h"

#include "Roles.h"

#include "domain/AuditSummary.h"

#include <QLocale>

namespace attune {

AuditTrailModel::AuditTrailModel(PracticeStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

bool AuditTrailModel::setFilter(const AuditFilter &filter)
{
    auto entries = m_store.auditTrail(filter);
    if (!entries) {
        m_lastError = entries.error();
        return false;
    }
    m_lastError.clear();
    beginResetModel();
    m_filter = filter;
    m_entries = std::move(entries).value();
    endResetModel();
    return true;
}

bool AuditTrailModel::reload()
{
    auto entries = m_store.auditTrail(m_filter);
    if (!entries) {
        m_lastError = entries.error();
        return false;
    }
    m_lastError.clear();
    const QList<AuditEntry> &fresh = *entries;
    bool appendsOnly = fresh.size() >= m_entries.size();
    for (qsizetype i = 0; appendsOnly && i < m_entries.size(); ++i)
        appendsOnly = fresh.at(i).id == m_entries.at(i).id && fresh.at(i).hash == m_entries.at(i).hash;
    if (!appendsOnly) {
        beginResetModel();
        m_entries = fresh;
        endResetModel();
    } else if (fresh.size() > m_entries.size()) {
        beginInsertRows({}, int(m_entries.size()), int(fresh.size() - 1));
        m_entries = fresh;
        endInsertRows();
    }
    return true;
}

void AuditTrailModel::setCoupleNames(const QHash<QString, QString> &namesByUuid)
{
    m_coupleNames = namesByUuid;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, CoupleColumn), index(rowCount() - 1, CoupleColumn), {Qt::DisplayRole});
}

int AuditTrailModel::rowOfEntry(qint64 entryId) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == entryId)
            return int(i);
    return -1;
}

namespace {

const QHash<QString, const char *> &actionLabels()
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("attune::AuditTrailModel", "Create")},
        {QStringLiteral("edit"), QT_TRANSLATE_NOOP("attune::AuditTrailModel", "Edit")},
        {QStringLiteral("sign"), QT_TRANSLATE_NOOP("attune::AuditTrailModel", "Sign")},
        {QStringLiteral("addendum"), QT_TRANSLATE_NOOP("attune::AuditTrailModel", "Addendum")},
        {QStringLiteral("archive"), QT_TRANSLATE_NOOP("attune::AuditTrailModel", "Archive")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("attune::AuditTrailModel", "Restore")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("attune::AuditTrailModel", "Delete")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("attune::AuditTrailModel", "Export")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("attune::AuditTrailModel", "Import")},
        {QStringLiteral("print"), QT_TRANSLATE_NOOP("attune::AuditTrailModel", "Print")},
        {QStringLiteral("backup"), QT_TRANSLATE_NOOP("attune::AuditTrailModel", "Backup")},
        {QStringLiteral("lock"), QT_TRANSLATE_NOOP("attune::AuditTrailModel", "Lock")},
        {QStringLiteral("unlock"), QT_TRANSLATE_NOOP("attune::AuditTrailModel", "Unlock")},
        {QStringLiteral("failed unlock"), QT_TRANSLATE_NOOP("attune::AuditTrailModel", "Failed unlock")},
        {QStringLiteral("lock settings"), QT_TRANSLATE_NOOP("attune::AuditTrailModel", "Lock settings")},
        {QStringLiteral("protect"), QT_TRANSLATE_NOOP("attune::AuditTrailModel", "Protect")},
        {QStringLiteral("unprotect"), QT_TRANSLATE_NOOP("attune::AuditTrailModel", "Unprotect")},
        {QStringLiteral("passphrase"), QT_TRANSLATE_NOOP("attune::AuditTrailModel", "Passphrase change")},
    };
    return labels;
}

} // namespace

QStringList AuditTrailModel::knownActions()
{
    return actionLabels().keys();
}

QString AuditTrailModel::actionLabel(const QString &action)
{
    const auto &labels = actionLabels();
    const auto found = labels.constFind(action);
    return found == labels.constEnd() ? action : tr(*found);
}

QString AuditTrailModel::recordTypeLabel(const QString &recordType)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("couple"), QT_TR_NOOP("Couple")},
        {QStringLiteral("session"), QT_TR_NOOP("Session")},
        {QStringLiteral("cycle_map"), QT_TR_NOOP("Cycle map")},
        {QStringLiteral("exercise"), QT_TR_NOOP("Five-step exercise")},
        {QStringLiteral("addendum"), QT_TR_NOOP("Addendum")},
        {QStringLiteral("appointment"), QT_TR_NOOP("Appointment")},
        {QStringLiteral("practice"), QT_TR_NOOP("Practice")},
    };
    const auto found = labels.constFind(recordType);
    return found == labels.constEnd() ? recordType : tr(*found);
}

QString AuditTrailModel::coupleName(const QString &uuid) const
{
    if (uuid.isEmpty())
        return {};
    // A couple removed by undoing its creation has no name any more; its UUID still identifies it.
    return m_coupleNames.value(uuid, uuid.left(8));
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case UuidRole:
        return e.recordUuid;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn: {
            // Local time for reading; the stored UTC instant is in the tooltip.
            const QLocale locale;
            const QDateTime local = e.at.toLocalTime();
            return shortDate(local.date(), locale) + QLatin1Char(' ') +
                   locale.toString(local.time(), QLocale::LongFormat);
        }
        case ClinicianColumn:
            return e.clinician;
        case ActionColumn:
            return actionLabel(e.action);
        case CoupleColumn:
            return coupleName(e.coupleUuid);
        case RecordColumn:
            return recordTypeLabel(e.recordType);
        case SummaryColumn:
            return shownAuditSummary(
                e.summary); // stored as a key and arguments, shown in the window's language
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return tr("%1 UTC (row %2)")
                .arg(e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                .arg(e.id);
        if (index.column() == RecordColumn && !e.recordUuid.isEmpty())
            return tr("Record %1").arg(e.recordUuid);
        if (index.column() == CoupleColumn && !e.coupleUuid.isEmpty())
            return coupleName(e.coupleUuid); // the whole name, where the column is too narrow
        break;
    case SortKeyRole:
        // The trail's order is its row order: ids sort as time does, even for rows sealed together.
        return index.column() == TimeColumn ? QVariant(e.id) : data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time (local)");
    case ClinicianColumn:
        return tr("Clinician");
    case ActionColumn:
        return tr("Action");
    case CoupleColumn:
        return tr("Couple");
    case RecordColumn:
        return tr("Record");
    case SummaryColumn:
        return tr("Summary");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace attune
