// Keeping every record's content hash (MigrationContentHashes.cpp): the writes note what they changed,
// the transaction computes those hashes from the records as stored just before it commits, and the
// records of an upgraded practice get theirs the first time it is opened for writing.
#include "PracticeStore.h"

#include "SqlStatement.h"

namespace attune {
namespace {

struct HashedTable
{
    const char *table;
    const char *type; // record_hashes.record_type
};

HashedTable hashedTable(int kind)
{
    static const HashedTable tables[] = {{"couples", "couple"},
                                         {"sessions", "session"},
                                         {"cycle_maps", "cycle_map"},
                                         {"exercises", "exercise"}};
    return tables[kind];
}

Status storeHash(const QSqlDatabase &db, int kind, qint64 id, const QString &hash)
{
    SqlStatement q(db, QStringLiteral("INSERT INTO record_hashes (record_type, record_id, content_hash) "
                                      "VALUES (:type, :id, :hash) ON CONFLICT (record_type, record_id) "
                                      "DO UPDATE SET content_hash = excluded.content_hash"));
    q.bind(QStringLiteral(":type"), QString::fromLatin1(hashedTable(kind).type))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":hash"), hash);
    return q.exec();
}

template<typename T> Result<QString> hashOf(const Result<T> &record, QString (*hash)(const T &))
{
    if (!record)
        return record.status();
    return hash(*record);
}

} // namespace

void PracticeStore::noteContentChanged(Hashed kind, qint64 id)
{
    m_hashPending.insert(qMakePair(static_cast<int>(kind), id));
}

Status PracticeStore::flushContentHashes()
{
    const auto pending = std::exchange(m_hashPending, {});
    for (const auto &[kind, id] : pending) {
        {
            // A record removed later in the same transaction has no hash left to keep (its delete
            // trigger removed the row).
            SqlStatement exists(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE id = :id)")
                                          .arg(QLatin1StringView(hashedTable(kind).table)));
            exists.bind(QStringLiteral(":id"), id);
            if (auto s = exists.exec(); !s)
                return s;
            if (!exists.next() || exists.integer(0) == 0)
                continue;
        }
        Result<QString> hash = QString();
        switch (static_cast<Hashed>(kind)) {
        case Hashed::Couple:
            hash = hashOf(couple(id), coupleContentHash);
            break;
        case Hashed::Session:
            hash = hashOf(session(id), sessionContentHash);
            break;
        case Hashed::CycleMap:
            hash = hashOf(cycleMap(id), cycleMapContentHash);
            break;
        case Hashed::Exercise:
            hash = hashOf(exercise(id), exerciseContentHash);
            break;
        }
        if (!hash)
            return hash.status();
        if (auto s = storeHash(m_db, kind, id, *hash); !s)
            return s;
    }
    return Status::ok();
}

Status PracticeStore::visitRecordHashes(const HashVisit &visit,
                                        const std::function<void(int, int)> &progress) const
{
    QList<qint64> coupleIds;
    {
        SqlStatement q(m_db, QStringLiteral("SELECT id FROM couples ORDER BY id"));
        if (auto s = q.exec(); !s)
            return s;
        while (q.next())
            coupleIds.append(q.integer(0));
    }
    // Each couple's records come in a few statements however many they are (the list loaders).
    for (qsizetype i = 0; i < coupleIds.size(); ++i) {
        const qint64 coupleId = coupleIds.at(i);
        const auto c = couple(coupleId);
        visit(Hashed::Couple, coupleId, coupleId, hashOf(c, coupleContentHash));
        const auto sessions = this->sessions(coupleId, ArchiveFilter::All);
        if (!sessions)
            return sessions.status();
        for (const Session &s : *sessions)
            visit(Hashed::Session, s.id, coupleId, sessionContentHash(s));
        const auto maps = cycleMaps(coupleId, ArchiveFilter::All);
        if (!maps)
            return maps.status();
        for (const CycleMap &m : *maps)
            visit(Hashed::CycleMap, m.id, coupleId, cycleMapContentHash(m));
        const auto exercises = this->exercises(coupleId, ArchiveFilter::All);
        if (!exercises)
            return exercises.status();
        for (const FiveStepExercise &e : *exercises)
            visit(Hashed::Exercise, e.id, coupleId, exerciseContentHash(e));
        if (progress)
            progress(int(i + 1), int(coupleIds.size()));
    }
    return Status::ok();
}

Status PracticeStore::fillMissingContentHashes()
{
    QSet<QPair<int, qint64>> missing;
    {
        SqlStatement q(m_db, QStringLiteral("SELECT record_type, record_id FROM record_hashes "
                                            "WHERE content_hash IS NULL"));
        if (auto s = q.exec(); !s)
            return s;
        while (q.next())
            for (int kind = 0; kind < 4; ++kind)
                if (q.text(0) == QLatin1StringView(hashedTable(kind).type))
                    missing.insert(qMakePair(kind, q.integer(1)));
    }
    if (missing.isEmpty())
        return Status::ok();
    // Usually the first open after an upgrade: every record at once, loaded couple by couple.
    return transaction([&]() -> Status {
        Status failed = Status::ok();
        const Status visited =
            visitRecordHashes([&](Hashed kind, qint64 id, qint64, const Result<QString> &hash) {
                if (!failed || !missing.contains(qMakePair(static_cast<int>(kind), id)))
                    return;
                if (!hash)
                    failed = hash.status();
                else
                    failed = storeHash(m_db, static_cast<int>(kind), id, *hash);
            });
        return visited ? failed : visited;
    });
}

} // namespace attune
