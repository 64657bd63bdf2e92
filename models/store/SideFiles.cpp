// See SideFiles.h.
#include "SideFiles.h"

#include "SealedStorage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(PracticeStore)
};

bool processExists(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == qint64(::getpid()))
        return true;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

bool syncDescriptor(const QByteArray &path, int flags)
{
    const int fd = ::open(path.constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

QString sideFilePath(const QString &finalPath, const char *kind)
{
    const QFileInfo info(finalPath);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QLatin1Char('.') +
           QLatin1StringView(kind) + QStringLiteral("-%1-").arg(qint64(::getpid())) +
           QUuid::createUuid().toString(QUuid::Id128).left(8);
}

QStringList removeStaleSideFiles(const QString &folder)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\..+\\.(?:partial|restoring|creating)-(\\d+)-[0-9a-f]{8}(?:[.-].*)?$"));
    // Older builds named theirs without a process id (".NAME.partial-1a2b3c4d", "NAME.restoring"): those
    // are taken as left over once no run could still be writing them.
    static const QRegularExpression legacy(
        QStringLiteral("^(?:\\..+\\.partial-[0-9a-f]{8}(?:-journal)?|.+\\.restoring)$"));
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addSecs(-15 * 60);
    QStringList removed;
    const QDir dir(folder);
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        const bool stale = match.hasMatch() ? !processExists(match.captured(1).toLongLong())
                                            : legacy.match(name).hasMatch() &&
                                                  QFileInfo(dir.filePath(name)).lastModified() < longAgo;
        if (!stale)
            continue;
        const QString path = dir.filePath(name);
        if (removeSecurely(path))
            removed << path;
    }
    return removed;
}

QString resolvedPracticePath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isSymLink())
        return info.absoluteFilePath();
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    // A link to a file that does not exist yet: the file it names is where the practice goes.
    const QString target = info.symLinkTarget();
    return target.isEmpty() ? info.absoluteFilePath() : QFileInfo(target).absoluteFilePath();
}

bool syncFile(const QString &path)
{
    return syncDescriptor(QFile::encodeName(path), O_RDONLY);
}

bool syncFolderOf(const QString &path)
{
    return syncDescriptor(QFile::encodeName(QFileInfo(path).absolutePath()), O_RDONLY | O_DIRECTORY);
}

Status renameIntoPlace(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Status::failure(
            Messages::tr("Could not put %1 in place: %2.")
                .arg(QDir::toNativeSeparators(to), QString::fromLocal8Bit(strerror(errno))));
    syncFolderOf(to);
    return Status::ok();
}

Status linkIntoPlace(const QString &from, const QString &to)
{
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Status::failure(
            Messages::tr("Could not put %1 in place: %2.")
                .arg(QDir::toNativeSeparators(to), QString::fromLocal8Bit(strerror(errno))));
    ::unlink(QFile::encodeName(from).constData());
    syncFolderOf(to);
    return Status::ok();
}

} // namespace attune
