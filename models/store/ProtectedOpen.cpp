// Opening a protected practice: the lock beside it, the decrypted image in memory, the same checks and
// migrations as a plain file, and the SealedStorage that writes it back encrypted.
#include "PracticeStore.h"

#include "Migrations.h"
#include "PracticeFile.h"
#include "SealedStorage.h"
#include "SqlStatement.h"
#include "security/SealedImage.h"

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
                                                                    bool *wrongPassphrase)
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
    return openProtected(path, mode, *key, timing, std::move(clock), wrongPassphrase);
}

Result<std::unique_ptr<PracticeStore>> PracticeStore::openProtected(const QString &path, OpenMode mode,
                                                                    std::shared_ptr<PracticeKey> key,
                                                                    SaveTiming timing, Clock clock,
                                                                    bool *wrongPassphrase)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (auto s = requirePractice(absolute); !s)
        return s;
    auto lock = lockPractice(absolute);
    if (!lock)
        return lock.status();
    auto db = openSealedConnection(absolute, key, mode == OpenMode::ReadOnly, wrongPassphrase);
    if (!db)
        return db.status();
    return openSealed(absolute, mode, *db, std::move(key), std::move(*lock), timing, std::move(clock));
}

Result<std::unique_ptr<PracticeStore>> PracticeStore::openSealed(const QString &absolute, OpenMode mode,
                                                                 QSqlDatabase db,
                                                                 std::shared_ptr<PracticeKey> key,
                                                                 std::unique_ptr<QLockFile> lock,
                                                                 SaveTiming timing, Clock clock)
{
    using R = Result<std::unique_ptr<PracticeStore>>;
    const QString shown = QDir::toNativeSeparators(absolute);
    const auto appId = pragmaNumber(db, QStringLiteral("PRAGMA application_id"));
    const auto version = pragmaNumber(db, QStringLiteral("PRAGMA user_version"));
    auto refuse = [&](const QString &message) {
        closePracticeConnection(db);
        return R::failure(message);
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
    }
    std::unique_ptr<PracticeStore> store(new PracticeStore(db, absolute, std::move(clock)));
    store->m_sealed = std::make_unique<SealedStorage>(absolute, db, std::move(key), std::move(lock), timing);
    if (migrating) {
        if (auto s = store->m_sealed->flush(); !s)
            return s;
    }
    return store;
}

} // namespace attune
