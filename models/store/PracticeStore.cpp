// Opening the practice, transactions and change announcements. The record queries live in
// CoupleQueries.cpp, SessionQueries.cpp, CycleQueries.cpp and ExerciseQueries.cpp.
#include "PracticeStore.h"

#include "AuditIntent.h"
#include "BackgroundIndexer.h"
#include "Migrations.h"
#include "PracticeFile.h"
#include "RowVersions.h"
#include "SealedStorage.h"
#include "SideFiles.h"
#include "SqlStatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUuid>

#include <utility>

#include <sys/stat.h>

namespace attune {
namespace {

// Which file is at path (device and inode): a rename over it, as a restore does, gives another.
QString fileIdentity(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("missing");
    return QStringLiteral("%1:%2").arg(qulonglong(info.st_dev)).arg(qulonglong(info.st_ino));
}

// A new practice is built whole under a hidden name beside its place (SideFiles.h), then put there in one
// step, so a kill during its creation leaves nothing at the path (the hidden file goes at the next start).
// replaceEmpty: an empty file at the path (an older build's interrupted creation) is replaced.
Status createPracticeAtomically(const QString &path, bool replaceEmpty)
{
    const QString building = sideFilePath(path, sidefile::kCreating);
    auto discard = [&building](const Status &failure) {
        QFile::remove(building);
        QFile::remove(building + QStringLiteral("-journal"));
        return failure;
    };
    if (auto s = createPracticeFile(building); !s)
        return discard(s);
    {
        Result<QSqlDatabase> db = openPracticeConnection(building, false);
        if (!db)
            return discard(db.status());
        const Status migrated = migrate(*db, PracticeStore::kApplicationId);
        closePracticeConnection(*db);
        if (!migrated)
            return discard(migrated);
    }
    if (!syncFile(building))
        return discard(Status::failure(
            PracticeStore::tr("Could not write %1 to disk.").arg(QDir::toNativeSeparators(path))));
    // Never over a practice that appeared in the meantime: only an empty file is replaced, and only when
    // it is still empty.
    const Status placed = replaceEmpty && isEmptyPracticeFile(path) ? renameIntoPlace(building, path)
                                                                    : linkIntoPlace(building, path);
    return placed ? placed : discard(placed);
}

} // namespace

bool PracticeStore::isInterruptedCreation(const QString &path)
{
    return isEmptyPracticeFile(path);
}

Status PracticeStore::replaceInterruptedCreation(const QString &path)
{
    const QString absolute = resolvedPracticePath(path);
    if (!isEmptyPracticeFile(absolute))
        return Status::failure(tr("%1 is not an empty file.").arg(QDir::toNativeSeparators(absolute)));
    return createPracticeAtomically(absolute, true);
}

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

    removeStaleSideFiles(info.absolutePath()); // what a killed restore, backup or creation left here

    int schemaVersion = 0;
    // Never replaced here, whatever the mode: only replaceInterruptedCreation() does, once the user agreed.
    if (isEmptyPracticeFile(absolute))
        return R::failure(
            tr("%1 is an empty file left by an interrupted creation of a practice, not a practice; "
               "open it in Attune's window, or import into it, to create a new practice in its "
               "place.")
                .arg(QDir::toNativeSeparators(absolute)));
    if (!info.exists()) {
        if (mode != OpenMode::CreateIfMissing)
            return R::failure(tr("There is no practice at %1.").arg(QDir::toNativeSeparators(absolute)));
        if (auto s = createPracticeAtomically(resolvedPracticePath(absolute), false); !s)
            return s;
        schemaVersion = currentSchemaVersion();
    } else {
        const auto header = inspectPracticeFile(absolute, kApplicationId, currentSchemaVersion());
        if (!header)
            return header.status();
        schemaVersion = header->schemaVersion;
    }

    const bool readOnly = mode == OpenMode::ReadOnly;
    if (readOnly && schemaVersion < currentSchemaVersion())
        return R::failure(tr("%1 needs an upgrade, which cannot be done while it is open read-only.")
                              .arg(QDir::toNativeSeparators(absolute)));
    // A crash mid-write leaves a hot journal: the first connection that can write rolls it back (SQLite
    // does it on its first read). A read-only connection cannot, so it lets one writer do it first.
    const bool interrupted = hasHotJournal(absolute);
    if (interrupted && readOnly) {
        if (auto writer = openPracticeConnection(absolute, false))
            closePracticeConnection(*writer);
    }
    Result<QSqlDatabase> db = openPracticeConnection(absolute, readOnly);
    if (!db) {
        if (hasHotJournal(absolute))
            return R::failure(interruptedChangeMessage(absolute));
        return db.status();
    }
    // Only a file that needs it is migrated, so an up-to-date read-only practice still opens for reading.
    if (schemaVersion < currentSchemaVersion()) {
        if (auto s = migrate(*db, kApplicationId); !s) {
            closePracticeConnection(*db);
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
    store->m_fileIdentity = fileIdentity(absolute);
    store->m_undidInterruptedChange = interrupted && !hasHotJournal(absolute);
    if (searchQueued) {
        store->m_hasDeferredTexts = true; // whatever is queued, long texts included, is indexed now
        store->indexDeferredTexts();
    }
    if (!readOnly) {
        // Records of a practice upgraded from before content hashes get theirs; if that cannot be
        // written now, the next writable open does it.
        if (auto s = store->fillMissingContentHashes(); !s)
            qWarning("%s", qUtf8Printable(s.error()));
        recordLeftAuditIntents(*store); // backups and exports a killed run wrote but could not record
    }
    return store;
}

PracticeStore::PracticeStore(QSqlDatabase db, QString path, Clock clock)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_clock(std::move(clock))
    , m_changes(new ChangeNotifier(this))
    , m_deferredIndex(new QTimer(this))
{
    // The coarse signals stay the store's own, so views that need no more than "this couple's sessions
    // changed" follow the store as before.
    connect(m_changes, &ChangeNotifier::coupleChanged, this, &PracticeStore::coupleChanged);
    connect(m_changes, &ChangeNotifier::sessionsChanged, this, &PracticeStore::sessionsChanged);
    connect(m_changes, &ChangeNotifier::cycleMapsChanged, this, &PracticeStore::cycleMapsChanged);
    connect(m_changes, &ChangeNotifier::exercisesChanged, this, &PracticeStore::exercisesChanged);
    connect(m_changes, &ChangeNotifier::appointmentChanged, this, &PracticeStore::appointmentChanged);
    connect(m_changes, &ChangeNotifier::treatmentPlanChanged, this, &PracticeStore::treatmentPlanChanged);
    m_deferredIndex->setSingleShot(true);
    m_deferredIndex->setInterval(kDeferredIndexMs);
    connect(m_deferredIndex, &QTimer::timeout, this, &PracticeStore::startIndexingDeferredTexts);
}

PracticeStore::~PracticeStore()
{
    closeConnection();
    m_lock.reset(); // released last, once nothing can be written any more
}

void PracticeStore::closeConnection()
{
    if (m_indexer)
        m_indexer->cancel(); // rolled back: what it had not committed is indexed below, or at the next open
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

    // A write after a failed one, or on a file that was replaced underneath (a restore or a move by a
    // program that held no lock), starts on a new connection: the old one may be the read-only handle
    // of a file that is writable again, or write to a file no longer at the path.
    const bool replaced = !m_fileIdentity.isEmpty() && fileIdentity(m_path) != m_fileIdentity;
    if (m_reconnectBeforeWrite || replaced) {
        if (auto s = reconnect(); !s)
            return s;
        m_reconnectBeforeWrite = false;
        if (replaced)
            announceEverything(); // what the views show came from the old file
    }
    // One writer at a time: a background run of the search index gives way (it is rolled back and runs
    // again once the writes pause), so this write waits for a rollback at most, never for indexing.
    if (m_indexer)
        m_indexer->cancel();
    if (auto s = SqlStatement(m_db, QStringLiteral("BEGIN IMMEDIATE")).exec(); !s) {
        m_reconnectBeforeWrite = !m_protected;
        return s;
    }
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
    m_changes->discard();
    // A refused change (a conflict, invalid input) is no fault of the connection; anything else may be.
    m_reconnectBeforeWrite = !m_protected && !result.isConflict();
    m_hashPending.clear();
    return result ? Status::failure(m_transactionError) : result;
}

Status PracticeStore::settlePendingWork()
{
    if (m_transactionDepth == 0)
        return Status::ok();
    Status s = flushContentHashes();
    if (s)
        s = sealAuditRows();
    if (!s && m_transactionError.isEmpty())
        m_transactionError = s.error(); // the transaction must not commit half-sealed
    return s;
}

void PracticeStore::announce(Change change, qint64 coupleId)
{
    static constexpr ChangeNotifier::Kind kinds[] = {
        ChangeNotifier::Kind::CycleMaps, ChangeNotifier::Kind::Exercises, ChangeNotifier::Kind::Appointment,
        ChangeNotifier::Kind::TreatmentPlan};
    m_changes->note(kinds[static_cast<int>(change)], coupleId);
    if (m_transactionDepth == 0)
        flushAnnouncements();
}

void PracticeStore::announceSession(qint64 coupleId, qint64 sessionId, SessionFields fields)
{
    m_changes->noteSession(coupleId, sessionId, fields);
    // What the couple's summary shows of its sessions: their count, the latest date, stage and step.
    if (fields &
        (SessionField::Existence | SessionField::Archived | SessionField::Date | SessionField::StageStep))
        m_changes->noteCouple(coupleId, CoupleField::Summary);
    if (m_transactionDepth == 0)
        flushAnnouncements();
}

void PracticeStore::announceCouple(qint64 coupleId, CoupleFields fields)
{
    m_changes->noteCouple(coupleId, fields);
    if (m_transactionDepth == 0)
        flushAnnouncements();
}

void PracticeStore::flushAnnouncements()
{
    m_changes->announce();
}

Status PracticeStore::purge(const char *table, qint64 id)
{
    // table is one of our own constant names, never user input. Children go with ON DELETE CASCADE.
    SqlStatement q(m_db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(QLatin1StringView(table)));
    q.bind(QStringLiteral(":id"), id);
    return q.execChangingOneRow(tr("That record no longer exists."));
}

Status PracticeStore::checkRowVersion(const char *table, qint64 id, qint64 readVersion) const
{
    if (readVersion <= 0)
        return Status::ok(); // not read from this practice (an import, a restore): nothing to compare
    const Result<bool> ours = rowVersionStillOurs(m_db, table, id, readVersion);
    if (!ours)
        return ours.status();
    if (*ours)
        return Status::ok();
    return Status::conflict(tr("This record was changed by another program after you opened it, so your "
                               "change was not stored over it."));
}

Result<qint64> PracticeStore::dataVersion() const
{
    SqlStatement q(m_db, QStringLiteral("PRAGMA data_version"));
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Result<qint64>::failure(tr("SQLite did not say the practice's data version."));
    return q.integer(0);
}

bool PracticeStore::pollChangesByOthers()
{
    // A protected practice lives in memory (its file is a sealed image no other program can change
    // under it without the lock), and a closed one has no connection.
    if (m_sealed || !isOpen() || m_transactionDepth > 0)
        return false;
    // Another file renamed over this one (a restore or a move by a program that held no lock): its
    // data_version is the old file's, so the path is looked at too.
    if (!m_fileIdentity.isEmpty() && fileIdentity(m_path) != m_fileIdentity) {
        if (!reconnect())
            return false; // the next write says why
        announceEverything();
        return true;
    }
    const Result<qint64> version = dataVersion();
    if (!version)
        return false;
    const qint64 previous = std::exchange(m_dataVersion, *version);
    if (previous < 0 || previous == *version)
        return false;
    announceEverything();
    return true;
}

void PracticeStore::announceEverything()
{
    SqlStatement q(m_db, QStringLiteral("SELECT id FROM couples"));
    if (!q.exec())
        return;
    QList<qint64> coupleIds;
    while (q.next())
        coupleIds.append(q.integer(0));
    m_changes->noteEverything(coupleIds);
    flushAnnouncements();
}

Status PracticeStore::reconnect()
{
    if (m_protected)
        return Status::ok(); // its image is in memory; each save writes a whole new file
    if (m_mode == OpenMode::ReadOnly)
        return Status::ok(); // opened for reading on purpose
    if (m_transactionDepth > 0)
        return Status::failure(tr("The practice cannot be opened again in the middle of a change."));
    if (!QFileInfo::exists(m_path))
        return Status::failure(
            tr("There is no practice at %1 any more.").arg(QDir::toNativeSeparators(m_path)));
    const auto header = inspectPracticeFile(m_path, kApplicationId, currentSchemaVersion());
    if (!header)
        return header.status();
    if (header->schemaVersion != currentSchemaVersion())
        return Status::failure(tr("%1 was replaced by a practice of another version; open it again.")
                                   .arg(QDir::toNativeSeparators(m_path)));
    Result<QSqlDatabase> db = openPracticeConnection(m_path, false);
    if (!db)
        return db.status();
    closeConnection();
    m_db = *db;
    m_fileIdentity = fileIdentity(m_path);
    m_dataVersion = -1;
    return Status::ok();
}

Status PracticeStore::setArchived(const char *table, qint64 id, bool archived)
{
    // table is one of our own constant names, never user input.
    SqlStatement q(m_db, QStringLiteral("UPDATE %1 SET archived = :archived, modified_at = :now, "
                                        "row_version = row_version + 1 WHERE id = :id")
                             .arg(QLatin1StringView(table)));
    q.bind(QStringLiteral(":archived"), archived)
        .bind(QStringLiteral(":now"), now())
        .bind(QStringLiteral(":id"), id);
    if (auto s = q.execChangingOneRow(tr("That record no longer exists.")); !s)
        return s;
    return rememberOwnRowVersion(m_db, table, id);
}

} // namespace attune
