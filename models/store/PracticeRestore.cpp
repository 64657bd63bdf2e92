#include "PracticeRestore.h"

#include "PracticeFile.h"
#include "PracticeStore.h"
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

} // namespace attune
