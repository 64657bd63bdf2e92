#include "PracticeRestore.h"

#include "PracticeFile.h"
#include "PracticeProtection.h"
#include "PracticeStore.h"
#include "SealedStorage.h"
#include "security/SealedImage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

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

} // namespace

Result<RestoreResult> restorePractice(const QString &backup, const QString &practice, bool force)
{
    using R = Result<RestoreResult>;
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
    const QFileInfo target(practice);
    if (target.exists() && !force)
        return R::failure(
            Messages::tr("%1 already exists. Restore with --force to replace it; the current file is "
                         "then kept aside.")
                .arg(shown(target.absoluteFilePath())));
    if (!target.absoluteDir().exists() && !QDir().mkpath(target.absolutePath()))
        return R::failure(Messages::tr("Could not create the folder %1.").arg(shown(target.absolutePath())));

    const QString incoming = target.absoluteFilePath() + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backup, incoming))
        return R::failure(Messages::tr("Could not copy %1 next to the practice.").arg(shown(backup)));
    QFile::setPermissions(incoming, QFile::ReadOwner | QFile::WriteOwner);

    RestoreResult result;
    if (target.exists()) {
        result.keptAside = target.absoluteFilePath() + QStringLiteral(".replaced-") +
                           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        // A second restore within the same second keeps the first one's replaced file too.
        const QString firstChoice = result.keptAside;
        for (int n = 2; QFileInfo::exists(result.keptAside); ++n)
            result.keptAside = firstChoice + QStringLiteral("-%1").arg(n);
        if (!QFile::rename(target.absoluteFilePath(), result.keptAside)) {
            QFile::remove(incoming);
            return R::failure(
                Messages::tr("Could not move the current practice aside; nothing was changed."));
        }
    }
    if (std::rename(QFile::encodeName(incoming).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        if (!result.keptAside.isEmpty())
            QFile::rename(result.keptAside, target.absoluteFilePath());
        QFile::remove(incoming);
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
