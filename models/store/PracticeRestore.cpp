#include "PracticeRestore.h"

#include "PracticeFile.h"
#include "PracticeProtection.h"
#include "PracticeStore.h"
#include "SealedStorage.h"
#include "SideFiles.h"
#include "SqlStatement.h"
#include "security/SealedImage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QScopeGuard>

#include <unistd.h>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(PracticeStore)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The side files SQLite keeps beside a practice: a rollback journal or a write-ahead log still holding
// a crash's unfinished (or, for a WAL, committed) change, and the WAL's shared-memory index.
const QStringList &sqliteSideSuffixes()
{
    static const QStringList suffixes = {QStringLiteral("-journal"), QStringLiteral("-wal"),
                                         QStringLiteral("-shm")};
    return suffixes;
}

// Under the practice's lock, lets SQLite settle what a crash left beside the practice: opening it once
// rolls a hot journal back (or checkpoints a WAL into the file), so the copy kept aside is the practice as
// last committed, and no journal is left to be played into the restored file. A write transaction, begun
// and rolled back, proves that no other program (one that takes no lock: an older build, the sqlite3 shell)
// is writing it right now. Side files SQLite did not take (a damaged practice) go aside with the kept copy.
Status settleSideFiles(const QString &practice, const QString &keptAside)
{
    if (QFileInfo::exists(practice) && !isSealedPractice(practice)) {
        if (auto db = openPracticeConnection(practice, false)) {
            const Status idle = SqlStatement(*db, QStringLiteral("BEGIN IMMEDIATE")).exec();
            if (idle)
                SqlStatement(*db, QStringLiteral("ROLLBACK")).exec();
            closePracticeConnection(*db);
            if (!idle)
                return Status::failure(
                    Messages::tr("Nothing was restored: another program is writing %1 right now (%2). Close "
                                 "it, then restore again.")
                        .arg(shown(practice), idle.error()));
        }
    }
    for (const QString &suffix : sqliteSideSuffixes()) {
        const QString side = practice + suffix;
        if (!QFileInfo::exists(side))
            continue;
        if (keptAside.isEmpty() || !QFile::rename(side, keptAside + suffix))
            QFile::remove(side);
    }
    return Status::ok();
}

// A hard link is the replaced practice kept aside without copying it, made before the new file goes in,
// so that there is no moment without a practice at the path; a copy where links are not possible.
bool keepAside(const QString &practice, const QString &keptAside)
{
    if (::link(QFile::encodeName(practice).constData(), QFile::encodeName(keptAside).constData()) == 0)
        return syncFolderOf(keptAside);
    return QFile::copy(practice, keptAside) && syncFile(keptAside) && syncFolderOf(keptAside);
}

QString keptAsideName(const QString &practice)
{
    const QString firstChoice = practice + QStringLiteral(".replaced-") +
                                QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // A second restore within the same second keeps the first one's replaced file too.
    QString name = firstChoice;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = firstChoice + QStringLiteral("-%1").arg(n);
    return name;
}

} // namespace

QString restoreScratchPath(const QString &practice)
{
    return sideFilePath(resolvedPracticePath(practice), sidefile::kRestoring);
}

Result<RestoreResult> restorePractice(const QString &backup, const QString &practice, bool force,
                                      RestoreSource source)
{
    using R = Result<RestoreResult>;
    // A scratch copy beside the practice is gone however the restore ends: it may be a decrypted one.
    const auto dropScratch = qScopeGuard([&] {
        if (source == RestoreSource::MoveScratch)
            removeSecurely(backup);
    });
    // A protected backup is checked by its caller, which has the passphrase (it opens it); restored, it
    // is a protected practice with the same passphrase.
    if (!isSealedPractice(backup)) {
        const auto header =
            inspectPracticeFile(backup, PracticeStore::kApplicationId, PracticeStore::currentSchemaVersion());
        if (!header)
            return header.status();
        if (auto s = verifyPracticeCopy(backup); !s)
            return R::failure(Messages::tr("%1 cannot be restored: %2").arg(shown(backup), s.error()));
    }
    // A symbolic link stays a link: the practice it points to is what is replaced.
    const QFileInfo target(resolvedPracticePath(practice));
    const QString path = target.absoluteFilePath();
    if (target.exists() && !force)
        return R::failure(
            Messages::tr("%1 already exists. Restore with --force to replace it; the current file is "
                         "then kept aside.")
                .arg(shown(path)));
    if (!target.absoluteDir().exists() && !QDir().mkpath(target.absolutePath()))
        return R::failure(Messages::tr("Could not create the folder %1.").arg(shown(target.absolutePath())));

    // Nobody else may have the practice open while it is replaced: a window would go on writing to the
    // file it had open, and its next save would never reach the restored practice.
    auto lock = lockPractice(path);
    if (!lock)
        return R::failure(Messages::tr("Nothing was restored: %1").arg(lock.error()));
    std::unique_ptr<QLockFile> linkLock; // the link's own name, which the window and the CLI lock too
    if (QFileInfo(practice).absoluteFilePath() != path) {
        auto second = lockPractice(QFileInfo(practice).absoluteFilePath());
        if (!second)
            return R::failure(Messages::tr("Nothing was restored: %1").arg(second.error()));
        linkLock = std::move(*second);
    }

    QString incoming = backup;
    if (source == RestoreSource::CopyBackup) {
        incoming = sideFilePath(path, sidefile::kRestoring);
        if (!QFile::copy(backup, incoming)) {
            QFile::remove(incoming);
            return R::failure(Messages::tr("Could not copy %1 next to the practice.").arg(shown(backup)));
        }
    } else if (QFileInfo(backup).absolutePath() != target.absolutePath()) {
        return R::failure(Messages::tr("Could not put the restored practice in place; nothing was changed."));
    }
    const auto dropIncoming = qScopeGuard([&] { removeSecurely(incoming); });
    QFile::setPermissions(incoming, QFile::ReadOwner | QFile::WriteOwner);
    if (!syncFile(incoming))
        return R::failure(
            Messages::tr("Could not write the restored practice to disk; nothing was changed."));

    RestoreResult result;
    if (target.exists()) {
        result.keptAside = keptAsideName(path);
        if (auto s = settleSideFiles(path, result.keptAside); !s)
            return R::failure(s.error());
        if (!keepAside(path, result.keptAside)) {
            QFile::remove(result.keptAside);
            return R::failure(
                Messages::tr("Could not keep the current practice aside; nothing was changed."));
        }
    } else {
        settleSideFiles(path, QString()); // side files of a practice that is gone belong to nothing
    }
    // One rename: at every moment the path holds the old practice or the restored one, whole.
    if (auto s = renameIntoPlace(incoming, path); !s) {
        if (!result.keptAside.isEmpty())
            QFile::remove(result.keptAside); // the practice is still there, unchanged
        return R::failure(Messages::tr("Could not put the restored practice in place; nothing was changed."));
    }
    return result;
}

Status verifyProtectedBackup(const QString &backup, const QByteArray &passphrase, Clock clock)
{
    auto opened = PracticeStore::openProtected(backup, PracticeStore::OpenMode::ReadOnly, passphrase,
                                               SaveTiming::Immediate, std::move(clock));
    if (!opened)
        return opened.status();
    const auto report = (*opened)->checkIntegrity();
    if (!report || !report->passed())
        return Status::failure(
            Messages::tr("%1 cannot be restored: it failed its integrity check.").arg(shown(backup)));
    return Status::ok();
}

Status protectCopyLike(const QString &plainCopy, const PracticeStore &protectedPractice)
{
    const SealedStorage *sealed = protectedPractice.sealedStorage();
    const auto hash = protectedPractice.practiceSetting(lockHashSettingKey());
    if (!protectedPractice.isProtected() || !sealed || !hash || hash->isEmpty())
        return Status::failure(Messages::tr("The practice is locked."));
    // Checked as a plain restore checks it, before it is sealed and can no longer be read without the key.
    if (const auto header = inspectPracticeFile(plainCopy, PracticeStore::kApplicationId,
                                                PracticeStore::currentSchemaVersion());
        !header)
        return header.status();
    if (auto s = verifyPracticeCopy(plainCopy); !s)
        return s;
    auto copy = PracticeStore::open(plainCopy, PracticeStore::OpenMode::OpenExisting);
    if (!copy)
        return copy.status();
    // Its own backups folder (none) beside the copy: the practice's real backups are not this copy's.
    ProtectionOptions options;
    options.backupFolder = QFileInfo(plainCopy).absolutePath() + QStringLiteral("/no-backups");
    const auto done =
        protectOpenPractice(**copy, ProtectionSecrets{sealed->key(), *hash}, options, SaveTiming::Immediate);
    return done ? Status::ok() : done.status();
}

} // namespace attune
