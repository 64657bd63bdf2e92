// The test hook that watches the statements the store runs (PracticeStore::watchStatements): counting
// them is how a test proves that an autosave does one field's work and no more.
#include "PracticeStore.h"

#include "SealedStorage.h"

#include <sqlite3.h>

namespace attune {
namespace {

int traceStatement(unsigned type, void *context, void *, void *text)
{
    if (type == SQLITE_TRACE_STMT) {
        const auto *watch = static_cast<const PracticeStore::StatementWatch *>(context);
        (*watch)(static_cast<const char *>(text));
    }
    return 0;
}

} // namespace

void PracticeStore::watchStatements(StatementWatch watch)
{
    m_statementWatch = std::move(watch);
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        return;
    if (m_statementWatch)
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, traceStatement, &m_statementWatch);
    else
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
}

} // namespace attune
