// Opening a protected practice: the lock beside it, the decrypted image in memory, the same checks and
// migrations as a plain file, and the SealedStorage that writes it back encrypted.
#include "PracticeStore.h"

#include "AuditIntent.h"
#include "Migrations.h"
#include "PracticeFile.h"
#include "SealedStorage.h"
#include "SideFiles.h"
#include "SqlStatement.h"
#include "security/SealedImage.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace attune {
namespace {

Result<qint64> pragmaNumber(QSqlDatabase &db, const QString &pragma)
{
    SqlStatement q(db, pragma);
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Result<qint64>::failure(PracticeStore::tr("The practice's header could not be read."));
    return q.integer(0);
}

Status requirePractice(const QString &absolute)
{
    if (QFileInfo::exists(absolute))
        return Status::ok();
    return Status::failure(
        PracticeStore::tr("There is no practice at %1.").arg(QDir::toNativeSeparators(absolute)));
}

} // namespace

Result<DatabaseImage> PracticeStore::image() const
{
    return serializeDatabase(m_db);
}

bool PracticeStore::isProtectedFile(const QString &path)
{
    return isSealedPractice(path);
}

Result<std::unique_ptr<PracticeStore>> PracticeStore::openProtected(const QString &path, OpenMode mode,
                                                                    const QByteArray &passphrase,
                                                                    SaveTiming timing, Clock clock,
                                                                    bool *wrongPassphrase, int lockWaitMs)
{
    // The key first (right or wrong: opening compares its check), then the one way to open with a key.
    if (wrongPassphrase)
        *wrongPassphrase = false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (auto s = requirePractice(absolute); !s)
        return s;
    auto key = derivePracticeKey(absolute, passphrase);
    if (!key)
        return key.status();
    return openProtected(path, mode, *key, timing, std::move(clock), wrongPassphrase, lockWaitMs);
}

Result<std::unique_ptr<PracticeStore>> PracticeStore::openProtected(const QString &path, OpenMode mode,
                                                                    std::shared_ptr<PracticeKey> key,
                                                                    SaveTiming timing, Clock clock,
                                                                    bool *wrongPassphrase, int lockWaitMs)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (auto s = requirePractice(absolute); !s)
        return s;
    removeStaleSideFiles(QFileInfo(absolute).absolutePath()); // what a killed restore or backup left here
    auto lock = lockPractice(absolute, lockWaitMs);
    if (!lock)
        return lock.status();
    auto db = openSealedConnection(absolute, key, mode == OpenMode::ReadOnly, wrongPassphrase);
    if (!db)
        return db.status();
    return openSealed(absolute, mode, *db, std::move(key), std::move(*lock), timing, std::move(clock));
}

Result<std::unique_ptr<PracticeStore>> PracticeStore::openClosed(const QString &path, OpenMode mode,
                                                                 SaveTiming timing, Clock clock)
{
    using R = Result<std::unique_ptr<PracticeStore>>;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(absolute))
        return R::failure(tr("There is no practice at %1.").arg(QDir::toNativeSeparators(absolute)));
    removeStaleSideFiles(QFileInfo(absolute).absolutePath()); // what a killed restore or backup left here
    auto lock = lockPractice(absolute);
    if (!lock)
        return lock.status();
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(
            tr("Could not read %1: %2.").arg(QDir::toNativeSeparators(absolute), file.errorString()));
    if (const auto header = readSealedHeader(file.read(4096), absolute); !header)
        return header.status();
    std::unique_ptr<PracticeStore> store(new PracticeStore(QSqlDatabase(), absolute, std::move(clock)));
    store->m_lock = std::move(*lock);
    store->m_protected = true;
    store->m_mode = mode;
    store->m_timing = timing;
    return store;
}

Status PracticeStore::prepareSealedConnection(QSqlDatabase &db, const QString &absolute, OpenMode mode,
                                              bool *migrated)
{
    const QString shown = QDir::toNativeSeparators(absolute);
    *migrated = false;
    const auto appId = pragmaNumber(db, QStringLiteral("PRAGMA application_id"));
    const auto version = pragmaNumber(db, QStringLiteral("PRAGMA user_version"));
    auto refuse = [&](const QString &message) {
        closePracticeConnection(db);
        return Status::failure(message);
    };
    if (!appId || !version)
        return refuse(appId ? version.error() : appId.error());
    if (*appId != kApplicationId)
        return refuse(tr("%1 holds a database of another program, not an Attune practice.").arg(shown));
    if (*version > currentSchemaVersion())
        return refuse(
            tr("%1 was written by a newer version of Attune (practice format %2; this version reads "
               "up to %3). Please update Attune to open it.")
                .arg(shown)
                .arg(*version)
                .arg(currentSchemaVersion()));
    const bool migrating = *version < currentSchemaVersion();
    if (migrating) {
        if (mode == OpenMode::ReadOnly)
            return refuse(
                tr("%1 needs an upgrade, which cannot be done while it is open read-only.").arg(shown));
        if (auto s = migrate(db, kApplicationId); !s)
            return refuse(s.error());
        *migrated = true;
    }
    return Status::ok();
}

void PracticeStore::adoptSealedConnection(QSqlDatabase db, std::shared_ptr<PracticeKey> key)
{
    m_db = std::move(db);
    m_protected = true;
    // The lock stays with the store (it outlives a lock of the window); the storage only writes.
    m_sealed = std::make_unique<SealedStorage>(m_path, m_db, std::move(key), nullptr, m_timing);
    connect(m_sealed.get(), &SealedStorage::saveFailed, this, &PracticeStore::saveFailed);
}

Result<std::unique_ptr<PracticeStore>> PracticeStore::openSealed(const QString &absolute, OpenMode mode,
                                                                 QSqlDatabase db,
                                                                 std::shared_ptr<PracticeKey> key,
                                                                 std::unique_ptr<QLockFile> lock,
                                                                 SaveTiming timing, Clock clock)
{
    bool migrating = false;
    if (auto s = prepareSealedConnection(db, absolute, mode, &migrating); !s)
        return s;
    std::unique_ptr<PracticeStore> store(new PracticeStore(QSqlDatabase(), absolute, std::move(clock)));
    store->m_lock = std::move(lock);
    store->m_mode = mode;
    store->m_timing = timing;
    store->adoptSealedConnection(db, std::move(key));
    if (migrating) {
        if (auto s = store->fillMissingContentHashes(); !s)
            return s;
        if (auto s = store->m_sealed->flush(); !s)
            return s;
    }
    if (mode != OpenMode::ReadOnly)
        recordLeftAuditIntents(*store); // backups and exports a killed run wrote but could not record
    return store;
}

Status PracticeStore::close()
{
    if (!m_protected)
        return Status::failure(tr("Only a protected practice can be closed while the window stays open."));
    if (!isOpen())
        return Status::ok();
    // Synchronously: what was typed before the lock is on disk before the image goes.
    if (m_sealed) {
        if (auto s = m_sealed->flush(); !s)
            return Status::failure(
                tr("The practice could not be saved before closing, so it stays open: %1").arg(s.error()));
    }
    closeConnection();
    return Status::ok();
}

Status PracticeStore::reopen(const QByteArray &passphrase, bool *wrongPassphrase)
{
    if (wrongPassphrase)
        *wrongPassphrase = false;
    if (isOpen())
        return Status::ok();
    if (!m_protected)
        return Status::failure(tr("The practice is locked."));
    auto derived = derivePracticeKey(m_path, passphrase);
    if (!derived)
        return derived.status();
    std::shared_ptr<PracticeKey> key = *derived;
    auto db = openSealedConnection(m_path, key, m_mode == OpenMode::ReadOnly, wrongPassphrase);
    if (!db)
        return db.status();
    bool migrated = false;
    if (auto s = prepareSealedConnection(*db, m_path, m_mode, &migrated); !s)
        return s;
    adoptSealedConnection(*db, std::move(key));
    if (!migrated)
        return Status::ok();
    if (auto s = fillMissingContentHashes(); !s)
        return s;
    return m_sealed->flush();
}

Status PracticeStore::lockAgainstOtherWriters(int waitMs)
{
    if (m_lock)
        return Status::ok();
    auto lock = lockPractice(m_path, waitMs);
    if (!lock)
        return lock.status();
    m_lock = std::move(*lock);
    return Status::ok();
}

Status PracticeStore::switchToSealed(std::shared_ptr<PracticeKey> key, SaveTiming timing)
{
    if (m_protected)
        return Status::failure(tr("%1 is already protected.").arg(QDir::toNativeSeparators(m_path)));
    if (auto s = lockAgainstOtherWriters(); !s)
        return s;
    auto db = openSealedConnection(m_path, key, m_mode == OpenMode::ReadOnly);
    if (!db)
        return db.status();
    closeConnection();      // the plain connection, on the file the sealed one has replaced
    m_fileIdentity.clear(); // each save of a sealed practice writes a new file
    m_timing = timing;
    adoptSealedConnection(*db, std::move(key));
    return Status::ok();
}

Status PracticeStore::switchToPlain()
{
    if (!m_protected || !isOpen())
        return Status::failure(tr("%1 is not protected.").arg(QDir::toNativeSeparators(m_path)));
    auto db = openPracticeConnection(m_path, m_mode == OpenMode::ReadOnly);
    if (!db)
        return db.status();
    m_sealed->wipe(); // the file is plain already; nothing more is sealed over it
    closeConnection();
    m_protected = false;
    m_db = *db;
    return Status::ok();
}

} // namespace attune
