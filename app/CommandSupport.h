// What the command implementations share.
#pragma once

#include "CommandOptions.h"
#include "Commands.h"

#include "store/PracticeStore.h"

#include <memory>

namespace attune {

// Opens the practice or prints why not (and returns null).
std::unique_ptr<PracticeStore> openPracticeFor(CommandContext &context, PracticeStore::OpenMode mode);

// Records in the audit trail that the couples' records were written to a file (what: "case file",
// "progress report", "cycle"). False, with the reason printed, when it could not be recorded.
bool recordExport(CommandContext &context, PracticeStore &store, const QList<qint64> &coupleIds,
                  const QString &what);

} // namespace attune
