// Opening the practice, transactions and change announcements. The record queries live in
// CoupleQueries.cpp, SessionQueries.cpp, CycleQueries.cpp and ExerciseQueries.cpp.
#include "PracticeStore.h"

#include "Migrations.h"
#include "PracticeFile.h"
#include "SealedStorage.h"
#include "SqlStatement.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUuid>

namespace attune {

int PracticeStore::currentSchemaVersion()
{
    return latestSchemaVersion();
}

Result<std::unique_ptr<PracticeStore>> PracticeStore::open(const QString &path, OpenMode mode, Clock clock)
{
    using R = Result<std::unique_ptr<PracticeStore>>;
    if (path.trimmed().isEmpty())
        return R::failure(tr("No practice file was given."));
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.isDir())
        return R::failure(tr("%1 is a folder, not a practice file.").arg(QDir::toNativeSeparators(absolute)));

    bool created = false;
    int schemaVersion = 0;
    if (!info.exists()) {
        if (mode != OpenMode::CreateIfMissing)
            return R::failure(tr("There is no practice at %1.").arg(QDir::toNativeSeparators(absolute)));
        if (auto s = createPracticeFile(absolute); !s)
            return s;
        created = true;
    } else {
        const auto header = inspectPracticeFile(absolute, kApplicationId, currentSchemaVersion());
        if (!header)
            return header.status();
        schemaVersion = header->schemaVersion;
    }

    auto forgetNewFile = [&] {
        if (created)
            QFile::remove(absolute);
    };
    const bool readOnly = mode == OpenMode::ReadOnly;
    if (readOnly && schemaVersion < currentSchemaVersion())
        return R::failure(tr("%1 needs an upgrade, which cannot be done while it is open read-only.")
                              .arg(QDir::toNativeSeparators(absolute)));
    Result<QSqlDatabase> db = openPracticeConnection(absolute, readOnly);
    if (!db) {
        forgetNewFile();
        return db.status();
    }
    // Only a file that needs it is migrated, so an up-to-date read-only practice still opens for reading.
    if (schemaVersion < currentSchemaVersion()) {
        if (auto s = migrate(*db, kApplicationId); !s) {
            closePracticeConnection(*db);
            forgetNewFile();
            return s;
        }
    }
    // Changes made outside Attune (the sqlite3 shell) wait in the search queue until a write applies
    // them; a practice that can be written applies them now, so the first search finds them. If that
    // fails (a file without write permission), the next write that succeeds applies them.
    bool searchQueued = false;
    if (!readOnly) {
        SqlStatement queued(*db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_pending)"));
        searchQueued = queued.exec() && queued.next() && queued.integer(0) != 0;
    }
    std::unique_ptr<PracticeStore> store(new PracticeStore(*db, absolute, std::move(clock)));
    store->m_mode = mode;
    if (searchQueued) {
        store->m_hasDeferredTexts = true; // whatever is queued, long texts included, is indexed now
        store->indexDeferredTexts();
    }
    // Records of a practice upgraded from before content hashes get theirs; if that cannot be written
    // now, the next writable open does it.
    if (!readOnly)
        if (auto s = store->fillMissingContentHashes(); !s)
            qWarning("%s", qUtf8Printable(s.error()));
    return store;
}

PracticeStore::PracticeStore(QSqlDatabase db, QString path, Clock clock)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_clock(std::move(clock))
    , m_deferredIndex(new QTimer(this))
{
    m_deferredIndex->setSingleShot(true);
    m_deferredIndex->setInterval(kDeferredIndexMs);
    connect(m_deferredIndex, &QTimer::timeout, this, [this] {
        if (auto s = indexDeferredTexts(); !s)
            qWarning("%s", qUtf8Printable(s.error())); // kept queued: the next commit or the close retries
    });
}

PracticeStore::~PracticeStore()
{
    closeConnection();
    m_lock.reset(); // released last, once nothing can be written any more
}

void PracticeStore::closeConnection()
{
    // Long texts still waiting for the search index are indexed before the connection goes; their text
    // is stored already, so nothing is lost if this is cut short (the next open indexes them).
    if (m_hasDeferredTexts && m_mode != OpenMode::ReadOnly)
        if (auto s = indexDeferredTexts(); !s)
            qWarning("%s", qUtf8Printable(s.error()));
    m_deferredIndex->stop();
    m_searchHits.reset(); // prepared statements go before their connection
    m_searchSnippets.reset();
    if (m_sealed) {
        if (auto s = m_sealed->flush(); !s)
            qWarning("%s", qUtf8Printable(s.error()));
        m_sealed->wipe(); // the decrypted pages are overwritten before SQLite frees them
    }
    closePracticeConnection(m_db);
    m_sealed.reset(); // with it the key, unless a save under way still holds it
}

Status PracticeStore::flush()
{
    return m_sealed ? m_sealed->flush() : Status::ok();
}

QDate PracticeStore::today() const
{
    return m_clock().toLocalTime().date();
}

QString PracticeStore::newUuid() const
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status PracticeStore::transaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status s = work();
        --m_transactionDepth;
        if (!s && m_transactionError.isEmpty())
            m_transactionError = s.error(); // the outer transaction must roll back even if its caller goes on
        return s;
    }

    if (auto s = SqlStatement(m_db, QStringLiteral("BEGIN IMMEDIATE")).exec(); !s)
        return s;
    m_transactionDepth = 1;
    m_transactionError.clear();
    Status result = work();
    m_transactionDepth = 0;
    if (result && m_transactionError.isEmpty())
        result = flushContentHashes();
    if (result && m_transactionError.isEmpty())
        result = flushSearchIndex();
    if (result && m_transactionError.isEmpty())
        result = sealAuditRows();
    if (result && m_transactionError.isEmpty()) {
        if (auto s = SqlStatement(m_db, QStringLiteral("COMMIT")).exec(); s) {
            // A protected practice writes its encrypted image now (the command line) or shortly (the
            // window); a failure to write is reported, the change stays in memory for the next try.
            const Status saved = m_sealed ? m_sealed->changed() : Status::ok();
            if (m_hasDeferredTexts && !m_indexEverything)
                m_deferredIndex->start();
            flushAnnouncements();
            return saved;
        } else {
            result = s;
        }
    }
    SqlStatement(m_db, QStringLiteral("ROLLBACK")).exec(); // may fail if SQLite already rolled back; harmless
    m_pending.clear();
    m_hashPending.clear();
    return result ? Status::failure(m_transactionError) : result;
}

void PracticeStore::announce(Change change, qint64 coupleId)
{
    m_pending.insert(qMakePair(static_cast<int>(change), coupleId));
    if (m_transactionDepth == 0)
        flushAnnouncements();
}

void PracticeStore::flushAnnouncements()
{
    const auto pending = std::exchange(m_pending, {});
    for (const auto &[change, coupleId] : pending) {
        switch (static_cast<Change>(change)) {
        case Change::Couple:
            emit coupleChanged(coupleId);
            break;
        case Change::Sessions:
            emit sessionsChanged(coupleId);
            break;
        case Change::CycleMaps:
            emit cycleMapsChanged(coupleId);
            break;
        case Change::Exercises:
            emit exercisesChanged(coupleId);
            break;
        case Change::Appointment:
            emit appointmentChanged(coupleId);
            break;
        }
    }
}

Status PracticeStore::purge(const char *table, qint64 id)
{
    // table is one of our own constant names, never user input. Children go with ON DELETE CASCADE.
    SqlStatement q(m_db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(QLatin1StringView(table)));
    q.bind(QStringLiteral(":id"), id);
    return q.execChangingOneRow(tr("That record no longer exists."));
}

Status PracticeStore::setArchived(const char *table, qint64 id, bool archived)
{
    // table is one of our own constant names, never user input.
    SqlStatement q(m_db,
                   QStringLiteral("UPDATE %1 SET archived = :archived, modified_at = :now WHERE id = :id")
                       .arg(QLatin1StringView(table)));
    q.bind(QStringLiteral(":archived"), archived)
        .bind(QStringLiteral(":now"), now())
        .bind(QStringLiteral(":id"), id);
    return q.execChangingOneRow(tr("That record no longer exists."));
}

} // namespace attune
