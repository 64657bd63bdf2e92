// The text of the store's hottest queries, shared with the benchmarks so that the "raw SQLite" baseline
// runs exactly the statement the store runs.
#pragma once

#include "domain/Search.h"

#include <QString>

namespace attune {

// Every couple's summary row; append a WHERE clause. Columns as CoupleQueries.cpp reads them.
const QString &coupleSummarySql();
// One couple's sessions (bound :couple), oldest first, filtered by an archive condition on s.archived.
QString sessionSummarySql(const QString &archiveCondition);
// The practice-wide search (bound :match, :all, :couple, :limit), and the FTS5 query it binds to :match.
const QString &searchSql();
QString searchMatchExpression(const SearchTerms &terms);

} // namespace attune
