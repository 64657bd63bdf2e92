// CouplesModel: loading, per-couple refresh on the store's signals, and the data the views ask for.
#include "CouplesModel.h"

#include "i18n/DateText.h"

#include "Roles.h"

#include <QLocale>

#include <algorithm>

namespace attune {
namespace {

qint64 keyOf(const CoupleSummary &summary)
{
    return summary.id;
}

} // namespace

CouplesModel::CouplesModel(PracticeStore &store, ArchiveFilter filter, QObject *parent)
    : RowSyncModel<QAbstractListModel>(parent)
    , m_store(&store)
    , m_filter(filter)
{
    connect(&store, &PracticeStore::coupleChanged, this, &CouplesModel::refreshCouple);
    // A new session changes the summary's last date, stage and count, which the list sorts and shows by.
    connect(&store, &PracticeStore::sessionsChanged, this, &CouplesModel::refreshCouple);
    // A new re-screening period can raise or lower any couple's safety flag.
    connect(&store, &PracticeStore::safetyPolicyChanged, this, &CouplesModel::reload);
    connect(&store, &QObject::destroyed, this, &CouplesModel::forgetStore);
    reload();
}

void CouplesModel::setArchiveFilter(ArchiveFilter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

bool CouplesModel::reload()
{
    if (!m_store) {
        fail(tr("The practice is closed."));
        return false;
    }
    auto summaries = m_store->coupleSummaries(m_filter);
    if (!summaries) {
        fail(summaries.error());
        return false;
    }
    m_lastError.clear();
    syncRows(m_rows, inShownOrder(std::move(summaries).value()), keyOf);
    return true;
}

QList<CoupleSummary> CouplesModel::inShownOrder(QList<CoupleSummary> fresh) const
{
    // Rows keep the order they arrived in and newcomers go last: what the therapist sees is ordered by the
    // proxy, and following the store's order here would turn every reload into a reset.
    QHash<qint64, qsizetype> shownAt;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        shownAt.insert(m_rows[i].id, i);
    std::stable_sort(fresh.begin(), fresh.end(), [&](const CoupleSummary &a, const CoupleSummary &b) {
        return shownAt.value(a.id, m_rows.size()) < shownAt.value(b.id, m_rows.size());
    });
    return fresh;
}

void CouplesModel::refreshCouple(qint64 coupleId)
{
    if (!m_store)
        return;
    auto summary = m_store->coupleSummary(coupleId);
    if (!summary) {
        fail(summary.error());
        return;
    }
    m_lastError.clear();

    // Diffing a copy with the one row replaced keeps a single code path for insert, change and removal;
    // a new couple goes last, as in inShownOrder().
    QList<CoupleSummary> fresh = m_rows;
    const int row = rowOf(coupleId);
    if (!accepts(*summary)) {
        if (row >= 0)
            fresh.removeAt(row);
    } else if (row >= 0) {
        fresh[row] = *summary;
    } else {
        fresh.append(*summary);
    }
    syncRows(m_rows, fresh, keyOf);
}

bool CouplesModel::accepts(const CoupleSummary &summary) const
{
    switch (m_filter) {
    case ArchiveFilter::Current:
        return !summary.archived;
    case ArchiveFilter::Archived:
        return summary.archived;
    case ArchiveFilter::All:
        return true;
    }
    return true;
}

void CouplesModel::fail(const QString &message)
{
    m_lastError = message;
    emit loadFailed(message);
}

void CouplesModel::forgetStore()
{
    // Rows of a closed practice must not outlive it on screen.
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int CouplesModel::rowOf(qint64 coupleId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == coupleId)
            return i;
    return -1;
}

CoupleSummary CouplesModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : CoupleSummary();
}

int CouplesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CouplesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CoupleSummary &c = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return c.name;
    case Qt::ToolTipRole:
        return toolTip(c);
    case IdRole:
        return c.id;
    case UuidRole:
        return c.uuid;
    case ArchivedRole:
        return c.archived;
    case StatusKeyRole:
        return toKey(c.status);
    case PatternKeyRole:
        return toKey(c.pattern);
    case LastSessionDateRole:
        return c.lastSessionDate;
    case SessionCountRole:
        return c.sessionCount;
    case SearchTextRole: {
        QStringList parts{c.name, c.partnerNames[0], c.partnerNames[1]};
        parts += c.tags;
        return parts.join(u' ');
    }
    case StageRole:
        return c.stage;
    case StepRole:
        return c.step;
    case SafetyConcernRole:
        return safetyConcernKey(c.safety);
    case Qt::AccessibleDescriptionRole:
        // The red flag is painted; a screen reader hears it in words.
        return isRedFlag(c.safety) ? safetyFlagLabel(c.safety) : QVariant();
    default:
        return {};
    }
}

QString CouplesModel::toolTip(const CoupleSummary &c) const
{
    const QString partners = tr("%1 (%2) and %3 (%4)")
                                 .arg(c.partnerNames[0], displayName(c.positions[0]), c.partnerNames[1],
                                      displayName(c.positions[1]));
    const QString last = c.lastSessionDate.isValid()
                             ? tr("Last session: %1").arg(shortDate(c.lastSessionDate))
                             : tr("No sessions yet");
    QString tip = partners + u'\n' + displayName(c.pattern) + u'\n' + last;
    if (c.safety != SafetyConcern::None)
        tip += u'\n' + safetyFlagLabel(c.safety);
    return tip;
}

QHash<int, QByteArray> CouplesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(itemRoleNames());
    return names;
}

} // namespace attune
