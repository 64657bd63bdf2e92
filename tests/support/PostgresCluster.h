// Test support: a throwaway PostgreSQL cluster (issue 19) that a test starts and stops itself. initdb
// writes it into a temporary folder; the server listens on a unix socket in that folder only
// (listen_addresses = ''), so nothing on the machine can reach it and clusters of tests running in
// parallel never meet. initdb refuses to run as root: when the tests do, the server runs as the
// `postgres` system user (or `nobody`) through runuser, and the folder is handed to that user.
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace attune::test {

class PostgresCluster
{
public:
    // The role every test connects as: the cluster's superuser (initdb -U), trusted on the socket.
    static constexpr char kSuperuser[] = "attune_test";

    PostgresCluster();  // starts it; isRunning() says whether it did, error() why not
    ~PostgresCluster(); // stops the server (fast shutdown) and removes the folder
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }
    QString socketDir() const { return m_dir.path(); }

    // A database of the cluster, created empty (an error message, or empty on success).
    QString createDatabase(const QString &name);
    // libpq's unix-socket form of a practice URL: postgresql:///NAME?host=/socket/dir
    QString url(const QString &database) const;
    // Runs SQL through the psql shell as the superuser, as a user at a terminal would (stdout; the
    // error in *error when it fails).
    QString psql(const QString &database, const QString &sql, QString *error = nullptr) const;

    // Where Debian keeps the server's programs (initdb, pg_ctl): /usr/lib/postgresql/15/bin, the newest
    // installed version; empty when there is none.
    static QString serverBinDir();

private:
    QString run(const QString &program, const QStringList &args, bool asServerUser, QString *error) const;

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_serverUser; // empty when the tests do not run as root
    bool m_running = false;
    QString m_error;
};

} // namespace attune::test
