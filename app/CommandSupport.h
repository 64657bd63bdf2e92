// What the command implementations share.
#pragma once

#include "CommandOptions.h"
#include "Commands.h"

#include "store/AuditIntent.h"
#include "store/PracticeStore.h"

#include <memory>

namespace attune {

// Opens the practice or prints why not (and returns null).
std::unique_ptr<PracticeStore> openPracticeFor(CommandContext &context, PracticeStore::OpenMode mode);

// Before an export writes file: notes its audit row on disk (AuditIntent.h), so that a kill after the file
// is written cannot leave it unrecorded (what: "case file", "progress report", "cycle").
AuditIntent announceExport(const PracticeStore &store, const QList<qint64> &coupleIds, const QString &what,
                           const QString &file);
// Once the file is written: records in the audit trail that the couples' records were written to it.
// False, with the reason printed, when it could not be recorded now (it is at the next chance).
bool recordExport(CommandContext &context, PracticeStore &store, AuditIntent &intent);

} // namespace attune
