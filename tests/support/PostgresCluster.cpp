// See PostgresCluster.h.
#include "PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVersionNumber>

#include <pwd.h>
#include <unistd.h>

namespace attune::test {
namespace {

// Hands the folder (and what is already in it) to the server's user.
bool giveTo(const QString &path, const QString &user)
{
    const passwd *pw = ::getpwnam(user.toLocal8Bit().constData());
    return pw && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

QString serverUserForRoot()
{
    for (const char *user : {"postgres", "nobody"})
        if (::getpwnam(user))
            return QString::fromLatin1(user);
    return {};
}

} // namespace

QString PostgresCluster::serverBinDir()
{
    QVersionNumber newest;
    QString found;
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &name : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber version = QVersionNumber::fromString(name);
        const QString bin = versions.filePath(name + QStringLiteral("/bin"));
        if (version > newest && QFile::exists(bin + QStringLiteral("/initdb"))) {
            newest = version;
            found = bin;
        }
    }
    return found;
}

PostgresCluster::PostgresCluster()
    : m_dir(QDir::tempPath() + QStringLiteral("/attune-pg-XXXXXX")) // short: a socket path has 107 bytes
    , m_bin(serverBinDir())
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a folder for the cluster: ") + m_dir.errorString();
        return;
    }
    if (m_bin.isEmpty()) {
        m_error = QStringLiteral("the PostgreSQL server is not installed (run packaging/install-deps.sh)");
        return;
    }
    if (::geteuid() == 0) {
        m_serverUser = serverUserForRoot();
        if (m_serverUser.isEmpty() || !giveTo(m_dir.path(), m_serverUser)) {
            m_error = QStringLiteral("running as root, and no user to run the server as");
            return;
        }
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (run(m_bin + QStringLiteral("/initdb"),
            {QStringLiteral("-D"), data, QStringLiteral("-U"), QString::fromLatin1(kSuperuser),
             QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
             QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
            true, &m_error)
            .isNull())
        return;
    // No TCP at all; the socket in the cluster's own folder; no durability work (a throwaway cluster).
    const QString options =
        QStringLiteral("-c listen_addresses='' -c unix_socket_directories='%1' -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off")
            .arg(m_dir.path());
    if (run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
             QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
             QStringLiteral("-o"), options},
            true, &m_error)
            .isNull())
        return;
    m_running = true;
}

PostgresCluster::~PostgresCluster()
{
    if (m_running)
        run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("fast"),
             QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data"))},
            true, nullptr);
}

QString PostgresCluster::run(const QString &program, const QStringList &args, bool asServerUser,
                             QString *error) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setWorkingDirectory(m_dir.path()); // a folder the server's user can enter
    if (asServerUser && !m_serverUser.isEmpty())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), m_serverUser, QStringLiteral("--"), program} + args);
    else
        process.start(program, args);
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000) ||
        process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 failed: %2%3")
                         .arg(QFileInfo(program).fileName(),
                              QString::fromLocal8Bit(process.readAllStandardError()), process.errorString());
        return {};
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    return out.isNull() ? QStringLiteral("") : out;
}

QString PostgresCluster::createDatabase(const QString &name)
{
    QString error;
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name), &error);
    return error;
}

QString PostgresCluster::url(const QString &database) const
{
    return QStringLiteral("postgresql:///%1?host=%2").arg(database, m_dir.path());
}

QString PostgresCluster::psql(const QString &database, const QString &sql, QString *error) const
{
    const QString psqlProgram = QStandardPaths::findExecutable(QStringLiteral("psql"), {m_bin});
    return run(psqlProgram.isEmpty() ? QStringLiteral("psql") : psqlProgram,
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_dir.path(),
                QStringLiteral("-U"), QString::fromLatin1(kSuperuser), QStringLiteral("-d"), database,
                QStringLiteral("-c"), sql},
               false, error);
}

} // namespace attune::test
