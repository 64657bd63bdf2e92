// See OldPractice.h.
#include "OldPractice.h"

#include "store/Migrations.h"
#include "store/PracticeFile.h"
#include "store/PracticeStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace attune::test {

QString writeOldPractice(const QString &path, int version, const QStringList &rows)
{
    if (version < 1 || version > schemaMigrations().size())
        return QStringLiteral("there is no schema version %1").arg(version);
    if (const Status created = createPracticeFile(path); !created)
        return created.error();
    auto db = openPracticeConnection(path);
    if (!db)
        return db.error();
    QString problem;
    if (const Status s = migrate(*db, PracticeStore::kApplicationId, schemaMigrations().mid(0, 1)); !s)
        problem = s.error();
    for (const QString &row : rows) {
        if (!problem.isEmpty())
            break;
        QSqlQuery q(*db);
        if (!q.exec(row.arg(QLatin1String(kOldPracticeStamp))))
            problem = row.left(60) + QStringLiteral("…: ") + q.lastError().text();
    }
    if (problem.isEmpty())
        if (const Status s = migrate(*db, PracticeStore::kApplicationId, schemaMigrations().mid(0, version));
            !s)
            problem = s.error();
    closePracticeConnection(*db);
    return problem;
}

int versionBefore(const QStringList &migration)
{
    const qsizetype at = schemaMigrations().indexOf(migration);
    return int(at); // element N moves a file from version N to N + 1 (-1 when it is not listed)
}

QStringList rosaAndTomRows()
{
    return {
        QStringLiteral(
            "INSERT INTO couples (uuid, name, status, pattern, intake_date, created_at, modified_at) "
            "VALUES ('c-1', 'Rosa & Tom', 'active', 'pursue_withdraw', '2026-01-05', '%1', '%1')"),
        QStringLiteral("INSERT INTO partners (uuid, couple_id, ordinal, name, position, closeness_need, "
                       "alone_need, created_at, modified_at) VALUES ('p-0', 1, 0, 'Rosa', 'pursuer', 5, 5, "
                       "'%1', '%1'), ('p-1', 1, 1, 'Tom', 'withdrawer', 5, 5, '%1', '%1')"),
    };
}

} // namespace attune::test
