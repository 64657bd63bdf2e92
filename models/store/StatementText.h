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
// The practice-wide search (bound :match, :all, :couple, :limit), the FTS5 query it binds to :match, and
// the snippets of the hits it kept (bound :match and :rids, a JSON array of the hits' rowids).
const QString &searchSql();
const QString &searchSnippetSql();
QString searchMatchExpression(const SearchTerms &terms);

} // namespace attune
