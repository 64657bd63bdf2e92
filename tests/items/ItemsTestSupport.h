// Helpers shared by the item-model tests: storing records with a readable failure, and one bundle of
// signal spies that tells row-level updates apart from resets.
#pragma once

#include "domain/Couple.h"
#include "domain/CycleMap.h"
#include "domain/Session.h"
#include "store/PracticeStore.h"

#include <QAbstractItemModel>
#include <QSignalSpy>

namespace attune::test {

// Each returns the new id, or 0 after logging the store's message, so a test can QVERIFY(id > 0).
qint64 storeCouple(PracticeStore &store, const Couple &couple);
qint64 storeSession(PracticeStore &store, const Session &session);
qint64 storeCycleMap(PracticeStore &store, const CycleMap &map);

// Watches the structural and data signals of one model.
struct ModelSpies
{
    explicit ModelSpies(const QAbstractItemModel *model);

    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
    QSignalSpy reset;
    QSignalSpy layout;

    void clear();
    // True when no reset or layout change happened: the update reached the views row by row.
    bool noReset() const { return reset.isEmpty() && layout.isEmpty(); }
};

// First and last row of one rowsInserted or rowsRemoved emission (parent, first, last).
QPair<int, int> structuralRows(const QList<QVariant> &emission);
// First and last row of one dataChanged emission (topLeft, bottomRight, roles).
QPair<int, int> changedRows(const QList<QVariant> &emission);

} // namespace attune::test
