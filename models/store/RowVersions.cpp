// See RowVersions.h.
#include "RowVersions.h"

#include "SqlStatement.h"

namespace attune {
namespace {

Status ensureTable(const QSqlDatabase &db)
{
    return SqlStatement(db,
                        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS own_row_versions ("
                                       "tbl TEXT NOT NULL, id INTEGER NOT NULL, version INTEGER NOT NULL, "
                                       "PRIMARY KEY (tbl, id))"))
        .exec();
}

} // namespace

Status rememberOwnRowVersion(const QSqlDatabase &db, const char *table, qint64 id)
{
    if (auto s = ensureTable(db); !s)
        return s;
    // table is one of the store's own constant names, never user input.
    SqlStatement q(db, QStringLiteral("INSERT OR REPLACE INTO temp.own_row_versions (tbl, id, version) "
                                      "SELECT '%1', id, row_version FROM main.%1 WHERE id = :id")
                           .arg(QLatin1StringView(table)));
    q.bind(QStringLiteral(":id"), id);
    return q.exec();
}

Result<bool> rowVersionStillOurs(const QSqlDatabase &db, const char *table, qint64 id, qint64 readVersion)
{
    if (auto s = ensureTable(db); !s)
        return s;
    SqlStatement q(db, QStringLiteral("SELECT t.row_version, (SELECT o.version FROM temp.own_row_versions o "
                                      "WHERE o.tbl = '%1' AND o.id = t.id) FROM main.%1 t WHERE t.id = :id")
                           .arg(QLatin1StringView(table)));
    q.bind(QStringLiteral(":id"), id);
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return true; // the update itself says the record is gone
    const qint64 stored = q.integer(0);
    return stored == readVersion || (!q.value(1).isNull() && q.integer(1) == stored);
}

} // namespace attune
