// CycleModel: one version of a couple's infinity cycle as a 6 × 2 table — rows are the cycle steps,
// columns the partners — for the cycle editor. Edits go through undoable commands on the practice's undo
// stack; the cells then follow the store's cycleMapsChanged signal, so every open view shows the same map.
#pragma once

#include "domain/CycleMap.h"
#include "store/PracticeStore.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QUndoStack>

#include <array>

namespace attune {

class CycleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    CycleModel(PracticeStore &store, QUndoStack &undoStack, QObject *parent = nullptr);

    // Reads the map from the store and shows it. False (and loadFailed) when the store cannot read it.
    bool loadCycleMap(qint64 mapId);
    // Shows map as given, e.g. a version just created; edits still go to the stored map with its id.
    void setCycleMap(const CycleMap &map);
    void clear();
    bool hasCycleMap() const { return m_loaded; }
    const CycleMap &cycleMap() const { return m_map; }

    // The message of the latest failed read or write.
    QString lastError() const { return m_lastError; }

    QModelIndex cellIndex(CycleStep step, int partner) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Pushes an EditCycleStepCommand rather than changing the cell: the cell changes when the store
    // announces the write. False when the write failed (editFailed says why).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void editFailed(const QString &message);
    void loadFailed(const QString &message);

private:
    void onCycleMapsChanged(qint64 coupleId);
    void onCoupleChanged(qint64 coupleId);
    void applyMap(const CycleMap &map);
    void loadPartnerNames();
    QString partnerName(int partner) const;
    void reportEditFailure(const QString &message);
    void fail(const QString &message);

    QPointer<PracticeStore> m_store;
    QPointer<QUndoStack> m_undoStack;
    CycleMap m_map;
    bool m_loaded = false;
    std::array<QString, 2> m_partnerNames; // empty until read; headers fall back to "Partner A/B"
    QString m_lastError;
    int m_editFailures = 0;
};

} // namespace attune
