// Makes the practice's writes to one table fail, and work again, from a second connection: a trigger
// that aborts every UPDATE with a message. It fails at once (a second connection holding BEGIN IMMEDIATE
// would block each attempt for the store's 5 s busy timeout) and needs no root or file permissions.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace attune::test {

inline bool execOnSecondConnection(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("saboteur");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning("second connection: %s", qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

inline bool breakUpdates(const QString &path, const QString &table)
{
    return execOnSecondConnection(path,
                                  QStringLiteral("CREATE TRIGGER test_fail_%1 BEFORE UPDATE ON %1 "
                                                 "BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END")
                                      .arg(table));
}

inline bool repairUpdates(const QString &path, const QString &table)
{
    return execOnSecondConnection(path, QStringLiteral("DROP TRIGGER test_fail_%1").arg(table));
}

} // namespace attune::test
