// CycleModel: cells of one cycle map, edits as undo commands, refresh from the store's notifications.
#include "CycleModel.h"

#include "EditCycleStepCommand.h"
#include "Roles.h"

#include <utility>

namespace attune {
namespace {

constexpr int kStepCount = int(enumCount<CycleStep>());
constexpr int kPartnerCount = 2;

CycleStep stepAt(int row)
{
    return allValues<CycleStep>()[std::size_t(row)];
}

} // namespace

CycleModel::CycleModel(PracticeStore &store, QUndoStack &undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(&store)
    , m_undoStack(&undoStack)
{
    connect(&store, &PracticeStore::cycleMapsChanged, this, &CycleModel::onCycleMapsChanged);
    connect(&store, &PracticeStore::coupleChanged, this, &CycleModel::onCoupleChanged);
    connect(&store, &QObject::destroyed, this, &CycleModel::clear);
}

bool CycleModel::loadCycleMap(qint64 mapId)
{
    if (!m_store) {
        fail(tr("The practice is closed."));
        return false;
    }
    Result<CycleMap> map = m_store->cycleMap(mapId);
    if (!map) {
        fail(map.error());
        return false;
    }
    setCycleMap(*map);
    return true;
}

void CycleModel::setCycleMap(const CycleMap &map)
{
    beginResetModel();
    m_map = map;
    m_loaded = true;
    m_partnerNames = {};
    endResetModel();
    loadPartnerNames();
}

void CycleModel::clear()
{
    if (!m_loaded)
        return;
    beginResetModel();
    m_map = CycleMap();
    m_loaded = false;
    m_partnerNames = {};
    endResetModel();
}

QModelIndex CycleModel::cellIndex(CycleStep step, int partner) const
{
    return index(attune::indexOf(step), partner);
}

void CycleModel::onCycleMapsChanged(qint64 coupleId)
{
    if (!m_loaded || !m_store || coupleId != m_map.coupleId)
        return;
    Result<CycleMap> map = m_store->cycleMap(m_map.id);
    if (!map) {
        fail(map.error());
        return;
    }
    applyMap(*map);
}

void CycleModel::onCoupleChanged(qint64 coupleId)
{
    if (m_loaded && coupleId == m_map.coupleId)
        loadPartnerNames();
}

void CycleModel::applyMap(const CycleMap &map)
{
    const CycleMap old = std::exchange(m_map, map);
    // Only the cells that changed, so an editor open on another cell keeps its text and cursor.
    for (int partner = 0; partner < kPartnerCount; ++partner)
        for (int row = 0; row < kStepCount; ++row)
            if (old.chains[partner][stepAt(row)] != map.chains[partner][stepAt(row)])
                emit dataChanged(index(row, partner), index(row, partner));
}

void CycleModel::loadPartnerNames()
{
    std::array<QString, 2> names;
    if (m_store && m_map.coupleId > 0) {
        // A couple that cannot be read only costs the headers their names, not the map its cells.
        if (Result<Couple> couple = m_store->couple(m_map.coupleId))
            names = {couple->partners[0].name, couple->partners[1].name};
    }
    if (names == m_partnerNames)
        return;
    m_partnerNames = names;
    emit headerDataChanged(Qt::Horizontal, 0, kPartnerCount - 1);
}

QString CycleModel::partnerName(int partner) const
{
    if (!m_partnerNames[partner].isEmpty())
        return m_partnerNames[partner];
    return partner == 0 ? tr("Partner A") : tr("Partner B");
}

int CycleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_loaded ? 0 : kStepCount;
}

int CycleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kPartnerCount;
}

QVariant CycleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CycleStep step = stepAt(index.row());
    const int partner = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_map.chains[partner][step];
    case Qt::ToolTipRole:
        return isBelowAwareness(step)
                   ? tr("%1 of %2, below the line of awareness").arg(displayName(step), partnerName(partner))
                   : tr("%1 of %2").arg(displayName(step), partnerName(partner));
    case IdRole:
        return m_map.id;
    case UuidRole:
        return m_map.uuid;
    case DateRole:
        return m_map.date;
    case CycleStepRole:
        return attune::indexOf(step);
    case PartnerRole:
        return partner;
    case BelowAwarenessRole:
        return isBelowAwareness(step);
    default:
        return {};
    }
}

bool CycleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const CycleStep step = stepAt(index.row());
    const int partner = index.column();
    const QString text = value.toString();
    if (text == m_map.chains[partner][step])
        return true; // nothing to undo
    if (!m_store || !m_undoStack) {
        reportEditFailure(tr("The practice is closed."));
        return false;
    }

    // A failed first write makes the stack drop the command at once; counting failures tells this call
    // whether its own push was one of them.
    const int failuresBefore = m_editFailures;
    auto onError = [model = QPointer<CycleModel>(this)](const QString &message) {
        if (model)
            model->reportEditFailure(message);
    };
    m_undoStack->push(
        new EditCycleStepCommand(*m_store, m_map.id, partner, step, text, partnerName(partner), onError));
    return m_editFailures == failuresBefore;
}

void CycleModel::reportEditFailure(const QString &message)
{
    ++m_editFailures;
    m_lastError = message;
    emit editFailed(message);
}

void CycleModel::fail(const QString &message)
{
    m_lastError = message;
    emit loadFailed(message);
}

Qt::ItemFlags CycleModel::flags(const QModelIndex &index) const
{
    // Views ask for the root's flags; only a foreign or stale index deserves checkIndex's warning.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant CycleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal && section >= 0 && section < kPartnerCount)
        return partnerName(section);
    if (orientation == Qt::Vertical && section >= 0 && section < kStepCount)
        return displayName(stepAt(section));
    return {};
}

QHash<int, QByteArray> CycleModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(itemRoleNames());
    return names;
}

} // namespace attune
