// Helpers shared by the item-model tests.
#include "ItemsTestSupport.h"

#include <QModelIndex>
#include <QtGlobal>

namespace attune::test {
namespace {

qint64 idOrZero(const Result<qint64> &id, const char *what)
{
    if (id)
        return *id;
    qWarning("could not store the %s: %s", what, qPrintable(id.error()));
    return 0;
}

} // namespace

qint64 storeCouple(PracticeStore &store, const Couple &couple)
{
    return idOrZero(store.createCouple(couple), "couple");
}

qint64 storeSession(PracticeStore &store, const Session &session)
{
    return idOrZero(store.createSession(session), "session");
}

qint64 storeCycleMap(PracticeStore &store, const CycleMap &map)
{
    return idOrZero(store.createCycleMap(map), "cycle map");
}

ModelSpies::ModelSpies(const QAbstractItemModel *model)
    : inserted(model, &QAbstractItemModel::rowsInserted)
    , removed(model, &QAbstractItemModel::rowsRemoved)
    , changed(model, &QAbstractItemModel::dataChanged)
    , reset(model, &QAbstractItemModel::modelReset)
    , layout(model, &QAbstractItemModel::layoutChanged)
{}

void ModelSpies::clear()
{
    inserted.clear();
    removed.clear();
    changed.clear();
    reset.clear();
    layout.clear();
}

QPair<int, int> structuralRows(const QList<QVariant> &emission)
{
    return {emission.at(1).toInt(), emission.at(2).toInt()};
}

QPair<int, int> changedRows(const QList<QVariant> &emission)
{
    return {emission.at(0).value<QModelIndex>().row(), emission.at(1).value<QModelIndex>().row()};
}

} // namespace attune::test
