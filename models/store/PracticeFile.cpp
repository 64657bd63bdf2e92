#include "PracticeFile.h"

#include "SqlStatement.h"
#include "security/SealedImage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <QtEndian>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(PracticeStore)
};

constexpr int kSqliteHeaderSize = 100;
constexpr int kUserVersionOffset = 60;
constexpr int kApplicationIdOffset = 68;

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<PracticeHeader> inspectPracticeFile(const QString &path, qint32 applicationId,
                                           int newestReadableVersion)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<PracticeHeader>::failure(
            Messages::tr("Could not read %1: %2.").arg(shownPath(path), file.errorString()));
    const QByteArray header = file.read(kSqliteHeaderSize);
    if (header.isEmpty())
        return Result<PracticeHeader>::failure(
            Messages::tr("%1 is an empty file, not an Attune practice.").arg(shownPath(path)));
    if (isSealedPracticeData(header))
        return Result<PracticeHeader>::failure(
            Messages::tr("%1 is a protected practice: it opens only with its passphrase.")
                .arg(shownPath(path)));
    if (header.size() < kSqliteHeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Result<PracticeHeader>::failure(
            Messages::tr("%1 is not an Attune practice (it is not a database file).").arg(shownPath(path)));

    PracticeHeader result;
    result.applicationId = qFromBigEndian<qint32>(header.constData() + kApplicationIdOffset);
    result.schemaVersion = qFromBigEndian<qint32>(header.constData() + kUserVersionOffset);
    if (result.applicationId != applicationId)
        return Result<PracticeHeader>::failure(
            Messages::tr("%1 is a database of another program, not an Attune practice.")
                .arg(shownPath(path)));
    if (result.schemaVersion > newestReadableVersion)
        return Result<PracticeHeader>::failure(
            Messages::tr(
                "%1 was written by a newer version of Attune (practice format %2; this version reads up "
                "to %3). Please update Attune to open it.")
                .arg(shownPath(path))
                .arg(result.schemaVersion)
                .arg(newestReadableVersion));
    if (result.schemaVersion < 1)
        return Result<PracticeHeader>::failure(
            Messages::tr("%1 is an unfinished Attune practice with no format version.").arg(shownPath(path)));
    return result;
}

bool isEmptyPracticeFile(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && info.isFile() && info.size() == 0;
}

bool hasHotJournal(const QString &path)
{
    // The first eight bytes of every rollback journal's header; a committed or discarded journal that is
    // kept (PERSIST) has them zeroed, and an empty one (TRUNCATE) has none.
    static const QByteArray journalMagic = QByteArray::fromHex("d9d505f920a163d7");
    QFile journal(path + QStringLiteral("-journal"));
    // Looked at (stat) before it is opened: most practices have none, and nothing needs to open it then.
    if (journal.exists() && journal.open(QIODevice::ReadOnly) &&
        journal.read(journalMagic.size()) == journalMagic)
        return true;
    return QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}

QString interruptedChangeMessage(const QString &path)
{
    return Messages::tr(
               "%1 cannot be opened yet: Attune (or another program) was interrupted while changing "
               "it, and the unfinished change, kept beside it in %2, can only be undone by a program "
               "that may write the file. Make the file and its folder writable again, then run this "
               "again: the change is undone and nothing saved before it is lost.")
        .arg(shownPath(path), shownPath(QFileInfo(path + (QFileInfo::exists(path + QStringLiteral("-wal"))
                                                              ? QStringLiteral("-wal")
                                                              : QStringLiteral("-journal")))
                                            .fileName()));
}

Status createPracticeFile(const QString &path)
{
    const QFileInfo info(path);
    QDir folder = info.absoluteDir();
    if (!folder.exists()) {
        if (!folder.mkpath(QStringLiteral(".")))
            return Status::failure(
                Messages::tr("Could not create the folder %1.").arg(shownPath(folder.path())));
        QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QFile file(path);
    // NewOnly: never truncate a file that appeared in the meantime.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Status::failure(
            Messages::tr("Could not create %1: %2.").arg(shownPath(path), file.errorString()));
    if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return Status::failure(Messages::tr("Could not make %1 private to you.").arg(shownPath(path)));
    return Status::ok();
}

Result<QSqlDatabase> openPracticeConnection(const QString &path, bool readOnly, bool quickCheck)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                QStringLiteral("attune-") +
                                                    QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!db.isValid()) {
        closePracticeConnection(db);
        return Result<QSqlDatabase>::failure(
            Messages::tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    }
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString why = describeSqlError(db.lastError());
        closePracticeConnection(db);
        return Result<QSqlDatabase>::failure(Messages::tr("Could not open %1: %2").arg(shownPath(path), why));
    }
    if (auto s = configurePracticeConnection(db, path, quickCheck); !s) {
        closePracticeConnection(db);
        return Result<QSqlDatabase>::failure(s.error());
    }
    return db;
}

Status configurePracticeConnection(QSqlDatabase &db, const QString &path, bool quickCheck)
{
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA trusted_schema = OFF"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral(
            "PRAGMA secure_delete = ON"), // deleted client text is overwritten, not left in free pages
        // An INSERT OR REPLACE (say, from the sqlite3 shell) then fires the delete triggers that keep the
        // search index in step; the store itself never uses REPLACE.
        QStringLiteral("PRAGMA recursive_triggers = ON"),
    };
    for (const QString &pragma : pragmas) {
        if (auto s = SqlStatement(db, pragma).exec(); !s) {
            return Status::failure(Messages::tr("Could not open %1: %2").arg(shownPath(path), s.error()));
        }
    }
    if (!quickCheck)
        return Status::ok();
    QString damage;
    {
        SqlStatement check(db, QStringLiteral("PRAGMA quick_check"));
        if (Status s = check.exec(); !s)
            damage = s.error();
        else if (!check.next())
            damage = Messages::tr("the quick check returned nothing");
        else if (check.text(0) != QStringLiteral("ok"))
            damage = check.text(0);
    }
    if (!damage.isEmpty())
        return Status::failure(
            Messages::tr("%1 is damaged and was not opened (%2).").arg(shownPath(path), damage));
    return Status::ok();
}

void closePracticeConnection(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    if (db.isOpen())
        db.close();
    db = QSqlDatabase();
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

} // namespace attune

#include <QStandardPaths>

namespace attune {

QString defaultPracticePath()
{
    // Not AppDataLocation: that adds the organisation and the application name, both "attune", and gives
    // the doubled folder older builds used (see DefaultPractice.h).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/attune/practice.db");
}

} // namespace attune
