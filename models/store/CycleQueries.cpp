// Reading and writing the dated versions of a couple's infinity cycle.
#include "PracticeStore.h"

#include "QueryParts.h"
#include "RowVersions.h"
#include "SqlStatement.h"
#include "domain/Validation.h"

namespace attune {
namespace {

const QString kMapColumns = QStringLiteral(
    "id, uuid, couple_id, version, map_date, kind, notes, archived, created_at, modified_at, row_version");

CycleMap readMapRow(const SqlStatement &q)
{
    CycleMap m;
    m.id = q.integer(0);
    m.uuid = q.text(1);
    m.coupleId = q.integer(2);
    m.version = static_cast<int>(q.integer(3));
    m.date = q.date(4);
    m.kind = fromKey<CycleKind>(q.text(5)).value_or(CycleKind::Negative);
    m.notes = q.text(6);
    m.archived = q.integer(7) != 0;
    m.created = q.timestamp(8);
    m.modified = q.timestamp(9);
    m.rowVersion = q.integer(10);
    return m;
}

} // namespace

Result<QList<CycleMap>> PracticeStore::cycleMaps(qint64 coupleId, ArchiveFilter filter) const
{
    QList<CycleMap> maps;
    {
        SqlStatement q(m_db, QStringLiteral("SELECT ") + kMapColumns +
                                 QStringLiteral(" FROM cycle_maps WHERE couple_id = :couple AND ") +
                                 archiveClause(filter, QStringLiteral("archived")) +
                                 QStringLiteral(" ORDER BY version"));
        q.bind(QStringLiteral(":couple"), coupleId);
        if (auto s = q.exec(); !s)
            return s;
        while (q.next())
            maps.append(readMapRow(q));
    }
    SqlStatement q(m_db, QStringLiteral(R"(
        SELECT c.cycle_map_id, c.partner, c.trigger_text, c.primary_emotion, c.secondary_emotion, c.perception,
               c.behavior, c.need, c.uuid
        FROM cycle_chains c JOIN cycle_maps m ON m.id = c.cycle_map_id WHERE m.couple_id = :couple)"));
    q.bind(QStringLiteral(":couple"), coupleId);
    if (auto s = q.exec(); !s)
        return s;
    while (q.next()) {
        const qint64 mapId = q.integer(0);
        const qint64 partner = q.integer(1);
        for (CycleMap &m : maps) {
            if (m.id == mapId && (partner == 0 || partner == 1)) {
                for (int i = 0; i < 6; ++i)
                    m.chains[partner].steps[i] = q.text(2 + i);
                m.chains[partner].uuid = q.text(8);
            }
        }
    }
    return maps;
}

Result<CycleMap> PracticeStore::cycleMap(qint64 mapId) const
{
    const auto coupleId = coupleOfCycleMap(mapId);
    if (!coupleId)
        return coupleId.status();
    const auto maps = cycleMaps(*coupleId, ArchiveFilter::All);
    if (!maps)
        return maps.status();
    for (const CycleMap &m : *maps)
        if (m.id == mapId)
            return m;
    return Result<CycleMap>::failure(tr("That cycle map no longer exists."));
}

Result<qint64> PracticeStore::coupleOfCycleMap(qint64 mapId) const
{
    SqlStatement q(m_db, QStringLiteral("SELECT couple_id FROM cycle_maps WHERE id = :id"));
    q.bind(QStringLiteral(":id"), mapId);
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Result<qint64>::failure(tr("That cycle map no longer exists."));
    return q.integer(0);
}

Result<qint64> PracticeStore::createCycleMap(const CycleMap &map)
{
    if (map.isStored())
        return Result<qint64>::failure(tr("This cycle map is already in the practice."));
    return insertCycleMap(map);
}

Status PracticeStore::restoreCycleMap(const CycleMap &map)
{
    if (!map.isStored())
        return Status::failure(tr("Only a cycle map that was stored before can be restored."));
    return insertCycleMap(map).status();
}

Result<qint64> PracticeStore::insertCycleMap(const CycleMap &map)
{
    if (auto s = validateCycleMap(map, today()); !s)
        return s;
    qint64 mapId = 0;
    const Status written = transaction([&]() -> Status {
        int version = map.version;
        if (version <= 0) {
            SqlStatement v(
                m_db,
                QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM cycle_maps WHERE couple_id = :c"));
            v.bind(QStringLiteral(":c"), map.coupleId);
            if (auto s = v.exec(); !s)
                return s;
            if (!v.next())
                return Status::failure(tr("The next cycle version could not be determined."));
            version = static_cast<int>(v.integer(0));
        }
        const QDateTime stamp = now();
        SqlStatement q(m_db, QStringLiteral(R"(
            INSERT INTO cycle_maps (id, uuid, couple_id, version, map_date, kind, notes, archived, created_at, modified_at)
            VALUES (:id, :uuid, :couple, :version, :date, :kind, :notes, :archived, :created, :modified))"));
        q.bind(QStringLiteral(":id"), idOrNull(map.id))
            .bind(QStringLiteral(":uuid"), map.uuid.isEmpty() ? newUuid() : map.uuid)
            .bind(QStringLiteral(":couple"), map.coupleId)
            .bind(QStringLiteral(":version"), version)
            .bind(QStringLiteral(":date"), map.date)
            .bind(QStringLiteral(":kind"), toKey(map.kind))
            .bind(QStringLiteral(":notes"), map.notes)
            .bind(QStringLiteral(":archived"), map.archived)
            .bind(QStringLiteral(":created"), map.created.isValid() ? map.created : stamp)
            .bind(QStringLiteral(":modified"), map.modified.isValid() ? map.modified : stamp);
        if (auto s = q.exec(); !s)
            return s;
        mapId = q.lastInsertId();
        if (auto s = writeChains(map, mapId); !s)
            return s;
        noteContentChanged(Hashed::CycleMap, mapId);
        announce(Change::CycleMaps, map.coupleId);
        return Status::ok();
    });
    if (!written)
        return written;
    return mapId;
}

Status PracticeStore::updateCycleMap(const CycleMap &map)
{
    if (!map.isStored())
        return Status::failure(tr("This cycle map has not been stored yet."));
    if (auto s = validateCycleMap(map, today()); !s)
        return s;
    const auto coupleId = coupleOfCycleMap(map.id);
    if (!coupleId)
        return coupleId.status();
    if (*coupleId != map.coupleId)
        return Status::failure(tr("A cycle map cannot move to another couple."));
    return transaction([&]() -> Status {
        if (auto s = checkRowVersion("cycle_maps", map.id, map.rowVersion); !s)
            return s;
        SqlStatement q(m_db, QStringLiteral(R"(
            UPDATE cycle_maps SET map_date = :date, kind = :kind, notes = :notes, archived = :archived,
                modified_at = :modified, row_version = row_version + 1 WHERE id = :id)"));
        q.bind(QStringLiteral(":date"), map.date)
            .bind(QStringLiteral(":kind"), toKey(map.kind))
            .bind(QStringLiteral(":notes"), map.notes)
            .bind(QStringLiteral(":archived"), map.archived)
            .bind(QStringLiteral(":modified"), now())
            .bind(QStringLiteral(":id"), map.id);
        if (auto s = q.execChangingOneRow(tr("That cycle map no longer exists.")); !s)
            return s;
        if (auto s = rememberOwnRowVersion(m_db, "cycle_maps", map.id); !s)
            return s;
        if (auto s = writeChains(map, map.id); !s)
            return s;
        noteContentChanged(Hashed::CycleMap, map.id);
        announce(Change::CycleMaps, map.coupleId);
        return Status::ok();
    });
}

Status PracticeStore::purgeCycleMap(qint64 mapId)
{
    const auto coupleId = coupleOfCycleMap(mapId);
    if (!coupleId)
        return coupleId.status();
    return transaction([&]() -> Status {
        if (auto s = purge("cycle_maps", mapId); !s)
            return s;
        announce(Change::CycleMaps, *coupleId);
        return Status::ok();
    });
}

Status PracticeStore::setCycleMapArchived(qint64 mapId, bool archived)
{
    const auto coupleId = coupleOfCycleMap(mapId);
    if (!coupleId)
        return coupleId.status();
    return transaction([&]() -> Status {
        if (auto s = setArchived("cycle_maps", mapId, archived); !s)
            return s;
        announce(Change::CycleMaps, *coupleId);
        return Status::ok();
    });
}

// Chains are written only here, inside the map's own write after its counter check; each statement moves
// the chain's row_version so that only another program's change moves the map's counter
// (MigrationChildRowVersions.cpp).
Status PracticeStore::writeChains(const CycleMap &map, qint64 mapId)
{
    const QDateTime stamp = now();
    for (int partner = 0; partner < 2; ++partner) {
        const PartnerChain &chain = map.chains[partner];
        SqlStatement q(m_db, QStringLiteral(R"(
            INSERT INTO cycle_chains (uuid, cycle_map_id, partner, trigger_text, primary_emotion, secondary_emotion,
                                      perception, behavior, need, created_at, modified_at, row_version)
            VALUES (:uuid, :map, :partner, :s0, :s1, :s2, :s3, :s4, :s5, :now, :now, 1)
            ON CONFLICT (cycle_map_id, partner) DO UPDATE SET trigger_text = excluded.trigger_text,
                primary_emotion = excluded.primary_emotion, secondary_emotion = excluded.secondary_emotion,
                perception = excluded.perception, behavior = excluded.behavior, need = excluded.need,
                modified_at = excluded.modified_at, row_version = row_version + 1)"));
        q.bind(QStringLiteral(":uuid"), chain.uuid.isEmpty() ? newUuid() : chain.uuid)
            .bind(QStringLiteral(":map"), mapId)
            .bind(QStringLiteral(":partner"), partner)
            .bind(QStringLiteral(":now"), stamp);
        for (int i = 0; i < 6; ++i)
            q.bind(QStringLiteral(":s%1").arg(i), chain.steps[i]);
        if (auto s = q.exec(); !s)
            return s;
    }
    return Status::ok();
}

} // namespace attune
