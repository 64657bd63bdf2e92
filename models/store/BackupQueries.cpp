// Consistent backups of a practice that stays open: SQLite's VACUUM INTO writes a compact copy as of one
// moment, under a hidden name beside the backup (SideFiles.h); the copy is synced, checked in full and only
// then renamed into place. An encrypted backup is encrypted from the database's image in memory, so no
// plain copy of it ever reaches a disk.
#include "PracticeStore.h"

#include "PracticeFile.h"
#include "SealedStorage.h"
#include "SideFiles.h"
#include "SqlStatement.h"
#include "security/Envelope.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace attune {

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
    removeStaleSideFiles(target.absolutePath()); // what a killed backup left there
    if (m_protected) {
        if (!m_sealed) // closed: neither the image nor the key is there to copy
            return Status::failure(tr("The practice is locked."));
        if (auto s = checkWholeForBackup(); !s)
            return s;
        auto copy = serializeDatabase(m_db);
        if (!copy)
            return copy.status();
        return writeSealed(target.absoluteFilePath(), copy->data(), copy->size(), *m_sealed->key());
    }
    const QString partial = sideFilePath(target.absoluteFilePath(), sidefile::kPartialBackup);
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
    if (!syncFile(partial))
        return discard(Status::failure(tr("The backup could not be written to disk.")));
    if (auto s = verifyPracticeCopy(partial); !s)
        return discard(Status::failure(tr("The backup was not kept: %1").arg(s.error())));
    if (!renameIntoPlace(partial, target.absoluteFilePath()))
        return discard(
            Status::failure(tr("The backup could not be moved to %1.").arg(QDir::toNativeSeparators(path))));
    return Status::ok();
}

Status PracticeStore::checkWholeForBackup() const
{
    SqlStatement q(m_db, QStringLiteral("PRAGMA integrity_check"));
    if (Status s = q.exec(); !s)
        return Status::failure(tr("The backup was not kept: %1").arg(s.error()));
    if (!q.next() || q.text(0) != QStringLiteral("ok"))
        return Status::failure(
            tr("The backup was not kept: the practice failed its integrity check (%1).").arg(q.text(0)));
    return Status::ok();
}

Status PracticeStore::encryptedBackupTo(const QString &path, const QByteArray &passphrase, KeyCost cost) const
{
    const QFileInfo target(path);
    if (target.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return Status::failure(tr("A backup cannot replace the practice itself."));
    if (!target.absoluteDir().exists())
        return Status::failure(
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (m_protected)
        return backupTo(path); // already encrypted, with the practice's own key
    removeStaleSideFiles(target.absolutePath());
    if (auto s = checkWholeForBackup(); !s)
        return s;
    // One read transaction's pages (sqlite3_serialize), as of one moment like VACUUM INTO's copy.
    auto image = serializeDatabase(m_db);
    if (!image)
        return image.status();
    // Not copied: encryptBytes reads the image where SQLite put it, and the image is wiped when it goes.
    const QByteArray plain =
        QByteArray::fromRawData(reinterpret_cast<const char *>(image->data()), image->size());
    auto sealed = encryptBytes(plain, passphrase, cost);
    if (!sealed)
        return sealed.status();
    return writeFileAtomically(target.absoluteFilePath(), *sealed);
}

} // namespace attune
