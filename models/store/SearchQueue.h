// Applying the search queue (search_pending, MigrationVersion4.cpp) to the full-text index, on any
// connection: the store's own at each commit, and the background indexer's for long texts.
#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>

namespace attune {

// Inside the caller's transaction: removes from the index what it holds for each queued text and indexes
// the text as stored now, then empties the queue. longestAtOnce > 0 leaves texts longer than that many
// characters queued (*left says whether any was); 0 applies everything.
Status applySearchQueue(const QSqlDatabase &db, int longestAtOnce, bool *left);

} // namespace attune
