// SessionsModel: loading one couple's sessions in date order, refreshing them by diff, and their display.
#include "SessionsModel.h"

#include "i18n/DateText.h"

#include "Roles.h"

#include <QLocale>

#include <algorithm>

namespace attune {
namespace {

qint64 keyOf(const SessionSummary &summary)
{
    return summary.id;
}

// Newest first; sessions on one day by start time, then by id so the order never depends on the store's.
bool newerFirst(const SessionSummary &a, const SessionSummary &b)
{
    if (a.date != b.date)
        return a.date > b.date;
    if (a.startTime != b.startTime)
        return a.startTime > b.startTime;
    return a.id > b.id;
}

} // namespace

SessionsModel::SessionsModel(PracticeStore &store, QObject *parent)
    : RowSyncModel<QAbstractTableModel>(parent)
    , m_store(&store)
{
    connect(&store, &PracticeStore::sessionsChanged, this, &SessionsModel::onSessionsChanged);
    connect(&store, &QObject::destroyed, this, &SessionsModel::forgetStore);
}

void SessionsModel::setCouple(qint64 coupleId)
{
    if (coupleId == m_coupleId)
        return;
    beginResetModel();
    m_coupleId = coupleId;
    m_rows.clear();
    endResetModel();
    reload();
}

void SessionsModel::setArchiveFilter(ArchiveFilter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

bool SessionsModel::reload()
{
    if (m_coupleId == 0) {
        syncRows(m_rows, QList<SessionSummary>(), keyOf);
        return true;
    }
    if (!m_store) {
        fail(tr("The practice is closed."));
        return false;
    }
    auto summaries = m_store->sessionSummaries(m_coupleId, m_filter);
    if (!summaries) {
        fail(summaries.error());
        return false;
    }
    m_lastError.clear();
    QList<SessionSummary> fresh = std::move(summaries).value();
    std::stable_sort(fresh.begin(), fresh.end(), newerFirst);
    syncRows(m_rows, fresh, keyOf);
    return true;
}

void SessionsModel::onSessionsChanged(qint64 coupleId)
{
    if (coupleId == m_coupleId && m_coupleId != 0)
        reload();
}

void SessionsModel::forgetStore()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void SessionsModel::fail(const QString &message)
{
    m_lastError = message;
    emit loadFailed(message);
}

int SessionsModel::rowOf(qint64 sessionId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == sessionId)
            return i;
    return -1;
}

SessionSummary SessionsModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : SessionSummary();
}

int SessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionSummary &s = m_rows[index.row()];
    const auto reengagement = s.levels[indexOf(ChangeEventKind::WithdrawerReengagement)];
    const auto softening = s.levels[indexOf(ChangeEventKind::BlamerSoftening)];
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DateColumn) {
            const QLocale locale;
            return s.startTime.isValid() ? tr("%1 at %2, %3 minutes")
                                               .arg(locale.toString(s.date, QLocale::LongFormat),
                                                    locale.toString(s.startTime, QLocale::ShortFormat),
                                                    locale.toString(s.durationMinutes))
                                         : tr("%1, %2 minutes")
                                               .arg(locale.toString(s.date, QLocale::LongFormat),
                                                    locale.toString(s.durationMinutes));
        }
        if (index.column() == StageColumn || index.column() == StepColumn)
            return tr("Stage %1 · %2, step %3")
                .arg(QLocale().toString(s.stage), stageName(s.stage), QLocale().toString(s.step));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StepColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IdRole:
        return s.id;
    case UuidRole:
        return s.uuid;
    case ArchivedRole:
        return s.archived;
    case DateRole:
        return s.date;
    case StageRole:
        return s.stage;
    case StepRole:
        return s.step;
    case AttendanceKeyRole:
        return toKey(s.attendance);
    case FormatKeyRole:
        return toKey(s.format);
    case ReengagementLevelRole:
        return toKey(reengagement);
    case SofteningLevelRole:
        return toKey(softening);
    case SignedRole:
        return s.isSigned;
    default:
        return {};
    }
}

QVariant SessionsModel::display(const SessionSummary &s, int column) const
{
    switch (static_cast<Column>(column)) {
    case DateColumn:
        return shortDate(s.date);
    case StageColumn:
        // The number keeps the list narrow enough for every column at a laptop's width; the tooltip
        // names the stage.
        return QLocale().toString(s.stage);
    case StepColumn:
        return QLocale().toString(s.step);
    case AttendanceColumn:
        return displayName(s.attendance);
    case FormatColumn:
        return displayName(s.format);
    case ReengagementColumn:
        return displayName(s.levels[indexOf(ChangeEventKind::WithdrawerReengagement)]);
    case SofteningColumn:
        return displayName(s.levels[indexOf(ChangeEventKind::BlamerSoftening)]);
    case SignedColumn:
        return s.isSigned ? tr("Signed") : tr("Draft");
    case FocusColumn:
        return s.focus;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    // Short headers keep every column in view beside the editor; the tooltip and a screen reader get
    // the full name.
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (static_cast<Column>(section)) {
        case StageColumn:
            return tr("EFT stage");
        case StepColumn:
            return tr("EFT step");
        case ReengagementColumn:
            return displayName(ChangeEventKind::WithdrawerReengagement);
        case SofteningColumn:
            return displayName(ChangeEventKind::BlamerSoftening);
        case SignedColumn:
            return tr("Signed or draft");
        default:
            return headerData(section, orientation, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case DateColumn:
        return tr("Date");
    case StageColumn:
        return tr("Stage");
    case StepColumn:
        return tr("Step");
    case AttendanceColumn:
        return tr("Attendance");
    case FormatColumn:
        return tr("Format");
    case ReengagementColumn:
        return tr("Re-engage", "short header: withdrawer re-engagement");
    case SofteningColumn:
        return tr("Soften", "short header: blamer softening");
    case SignedColumn:
        return tr("State", "short header: signed or draft");
    case FocusColumn:
        return tr("Focus");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> SessionsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(itemRoleNames());
    return names;
}

} // namespace attune
