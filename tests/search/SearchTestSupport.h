// Test support for the search: whether the full-text index is in step with the records (the checks
// `attune check` runs), and what a search finds, as short strings that compare well in QCOMPARE.
#pragma once

#include "store/PracticeStore.h"

#include <QStringList>

namespace attune::test {

// The problems `attune check` reports about the search index; empty when it is in step. Any other
// integrity problem is reported too, so a test cannot pass on a practice that is otherwise damaged.
inline QString indexProblems(const PracticeStore &store)
{
    const auto report = store.checkIntegrity();
    if (!report)
        return report.error();
    return report->problems.join(QLatin1Char('\n'));
}

// The snippets a search finds, best first; a failed search gives its message prefixed by "error: ".
inline QStringList found(const PracticeStore &store, const QString &query, bool includeArchived = false,
                         qint64 coupleId = 0)
{
    const auto results = store.search({query, coupleId, includeArchived, 200});
    if (!results)
        return {QStringLiteral("error: ") + results.error()};
    QStringList snippets;
    for (const SearchHit &hit : results->hits)
        snippets << hit.snippet;
    return snippets;
}

} // namespace attune::test
