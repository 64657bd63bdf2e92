// See DefaultPractice.h.
#include "DefaultPractice.h"

#include "PracticeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace attune {

QString oldDefaultPracticePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/attune/attune/practice.db");
}

QString PracticeMove::message() const
{
    return QCoreApplication::translate(
               "attune::PracticeMove",
               "Your practice was moved from %1 to %2, where Attune keeps it from now on.")
        .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to));
}

Result<std::optional<PracticeMove>> moveOldDefaultPractice()
{
    const QString from = oldDefaultPracticePath();
    const QString to = defaultPracticePath();
    if (!QFileInfo::exists(from) || QFileInfo::exists(to))
        return std::optional<PracticeMove>();
    const QString fromFolder = QFileInfo(from).path();
    const QString toFolder = QFileInfo(to).path();
    if (!QDir().mkpath(toFolder))
        return Result<std::optional<PracticeMove>>::failure(
            QCoreApplication::translate("attune::PracticeMove",
                                        "The folder %1 could not be created to move your practice into.")
                .arg(QDir::toNativeSeparators(toFolder)));
    QFile::setPermissions(toFolder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // The practice first: SQLite's side files belong with it (a WAL may hold committed pages).
    QStringList moved;
    bool ok = true;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (!QFileInfo::exists(from + suffix))
            continue;
        if (QFileInfo::exists(to + suffix) || !QFile::rename(from + suffix, to + suffix)) {
            ok = false;
            break;
        }
        moved << suffix;
    }
    const QString fromBackups = fromFolder + QStringLiteral("/backups");
    const QString toBackups = toFolder + QStringLiteral("/backups");
    bool backupsMoved = false;
    if (ok && QFileInfo(fromBackups).isDir() && !QFileInfo::exists(toBackups)) {
        backupsMoved = QDir().rename(fromBackups, toBackups);
        ok = backupsMoved;
    }
    if (!ok) {
        for (const QString &suffix : std::as_const(moved))
            QFile::rename(to + suffix, from + suffix);
        return Result<std::optional<PracticeMove>>::failure(
            QCoreApplication::translate(
                "attune::PracticeMove",
                "Your practice at %1 could not be moved to %2; it stays where it was.")
                .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to)));
    }
    QDir().rmdir(fromFolder); // only when empty: anything else the user put there stays
    return std::optional<PracticeMove>(PracticeMove{from, to});
}

} // namespace attune
