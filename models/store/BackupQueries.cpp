// Consistent backups of a practice that stays open: SQLite's VACUUM INTO writes a compact copy as of one
// moment; the copy is synced, checked in full and only then renamed into place.
#include "PracticeStore.h"

#include "PracticeFile.h"
#include "SealedStorage.h"
#include "SqlStatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace attune {
namespace {

bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

Status verifyPracticeCopy(const QString &path)
{
    auto db = openPracticeConnection(path, true);
    if (!db)
        return db.status();
    QString problem;
    {
        SqlStatement q(*db, QStringLiteral("PRAGMA integrity_check"));
        if (Status s = q.exec(); !s)
            problem = s.error();
        else if (!q.next() || q.text(0) != QStringLiteral("ok"))
            problem = q.text(0);
    }
    closePracticeConnection(*db);
    if (!problem.isEmpty())
        return Status::failure(
            QCoreApplication::translate("attune::PracticeStore", "The copy failed its integrity check (%1).")
                .arg(problem));
    return Status::ok();
}

Status PracticeStore::backupTo(const QString &path) const
{
    const QFileInfo target(path);
    if (target.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return Status::failure(tr("A backup cannot replace the practice itself."));
    if (!target.absoluteDir().exists())
        return Status::failure(
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (m_protected) {
        if (!m_sealed) // closed: neither the image nor the key is there to copy
            return Status::failure(tr("The practice is locked."));
        {
            SqlStatement q(m_db, QStringLiteral("PRAGMA integrity_check"));
            if (Status s = q.exec(); !s)
                return Status::failure(tr("The backup was not kept: %1").arg(s.error()));
            if (!q.next() || q.text(0) != QStringLiteral("ok"))
                return Status::failure(tr("The backup was not kept: the practice failed its integrity check "
                                          "(%1).")
                                           .arg(q.text(0)));
        }
        auto copy = serializeDatabase(m_db);
        if (!copy)
            return copy.status();
        return writeSealed(target.absoluteFilePath(), copy->data(), copy->size(), *m_sealed->key());
    }
    const QString partial = target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                            QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    auto discard = [&partial](const Status &failure) {
        QFile::remove(partial);
        return failure;
    };
    {
        SqlStatement q(m_db, QStringLiteral("VACUUM INTO :target"));
        q.bind(QStringLiteral(":target"), partial);
        if (auto s = q.exec(); !s)
            return discard(Status::failure(tr("The backup could not be written: %1").arg(s.error())));
    }
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
    if (!syncPath(partial))
        return discard(Status::failure(tr("The backup could not be written to disk.")));
    if (auto s = verifyPracticeCopy(partial); !s)
        return discard(Status::failure(tr("The backup was not kept: %1").arg(s.error())));
    if (::rename(QFile::encodeName(partial).constData(),
                 QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return discard(
            Status::failure(tr("The backup could not be moved to %1.").arg(QDir::toNativeSeparators(path))));
    syncPath(target.absolutePath()); // the rename itself is durable once the folder is synced
    return Status::ok();
}

} // namespace attune
