// The store's memory of the change counters it wrote itself, kept in a TEMP table of its connection (so
// it is per program and never reaches the file). An editor that keeps showing a record after its own save
// still holds the counter it first read; the counter has moved since, but only by this store, which is no
// conflict. A counter moved by anyone else is.
#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>

namespace attune {

// After this store's UPDATE of table's row id (in the same transaction, so a rollback forgets it too).
Status rememberOwnRowVersion(const QSqlDatabase &db, const char *table, qint64 id);
// True when readVersion is the stored counter, or the stored counter is the one this store last wrote.
Result<bool> rowVersionStillOurs(const QSqlDatabase &db, const char *table, qint64 id, qint64 readVersion);

} // namespace attune
