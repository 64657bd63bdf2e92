// The throwaway PostgreSQL cluster the server tests run on (issue 19): it starts without root's help
// (initdb refuses root, so it runs as the server's user), listens on its own unix socket only, answers
// Qt's QPSQL driver and the psql shell, has the unaccent extension that search on a server needs, and
// leaves nothing behind once stopped.
#include "PostgresCluster.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace attune::test;

class TestPostgresCluster : public QObject
{
    Q_OBJECT

private slots:
    void startsAnswersAndStops()
    {
        QString socketDir;
        {
            PostgresCluster cluster;
            QVERIFY2(cluster.isRunning(), qPrintable(cluster.error()));
            socketDir = cluster.socketDir();
            QVERIFY(QFileInfo::exists(socketDir + QStringLiteral("/.s.PGSQL.5432")));
            QCOMPARE(cluster.createDatabase(QStringLiteral("attune_cluster_test")), QString());
            QVERIFY2(cluster.url(QStringLiteral("attune_cluster_test"))
                         .startsWith(QStringLiteral("postgresql:///")),
                     qPrintable(cluster.url(QStringLiteral("attune_cluster_test"))));

            QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                     "Qt's PostgreSQL driver is missing (libqt6sql6-psql)");
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("cluster"));
                db.setHostName(socketDir);
                db.setDatabaseName(QStringLiteral("attune_cluster_test"));
                db.setUserName(QString::fromLatin1(PostgresCluster::kSuperuser));
                QVERIFY2(db.open(), qPrintable(db.lastError().text()));
                QSqlQuery q(db);
                QVERIFY2(q.exec(QStringLiteral("SHOW listen_addresses")) && q.next(),
                         qPrintable(q.lastError().text()));
                QCOMPARE(q.value(0).toString(), QString()); // no TCP: only the socket in the folder
                QVERIFY2(q.exec(QStringLiteral("CREATE EXTENSION unaccent")),
                         qPrintable(q.lastError().text()));
                QVERIFY(q.exec(QStringLiteral("SELECT unaccent('Peña, Ramón')")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("Pena, Ramon"));
                QVERIFY(q.exec(QStringLiteral("SHOW server_version_num")) && q.next());
                QVERIFY2(q.value(0).toInt() >= 150000, qPrintable(q.value(0).toString()));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("cluster"));

            // The psql shell, as the server tests use it to act as a user outside Attune would.
            QString error;
            const QString out = cluster.psql(
                QStringLiteral("attune_cluster_test"),
                QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'unaccent'"), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(out.trimmed(), QStringLiteral("1"));
            cluster.psql(QStringLiteral("attune_cluster_test"), QStringLiteral("SELECT * FROM no_such_table"),
                         &error);
            QVERIFY2(error.contains(QStringLiteral("no_such_table")), qPrintable(error));
        }
        QVERIFY2(!QFileInfo::exists(socketDir), "the cluster's folder was left behind");
    }
};

QTEST_GUILESS_MAIN(TestPostgresCluster)
#include "tst_postgrescluster.moc"
