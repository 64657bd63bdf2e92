// What the command implementations share.
#pragma once

#include "CommandOptions.h"
#include "Commands.h"

#include "store/AuditIntent.h"
#include "store/PracticeStore.h"

#include <memory>

namespace attune {

// How long a command that writes waits for another Attune (a window, another command) to let go of the
// practice before it gives up with a message saying who holds it.
constexpr int kCommandLockWaitMs = 3000;

// Whether a command writes the practice. One that does holds the lock beside it for as long as it runs,
// so it never writes under an open window; one that only lists does not, so it works beside a window.
enum class Writes { Yes, No };

// Opens the practice or prints why not (and returns null).
std::unique_ptr<PracticeStore> openPracticeFor(CommandContext &context, PracticeStore::OpenMode mode,
                                               Writes writes = Writes::Yes);

// Before an export writes file: notes its audit row on disk (AuditIntent.h), so that a kill after the file
// is written cannot leave it unrecorded (what: "case file", "progress report", "cycle").
AuditIntent announceExport(const PracticeStore &store, const QList<qint64> &coupleIds, const QString &what,
                           const QString &file);
// Once the file is written: records in the audit trail that the couples' records were written to it.
// False, with the reason printed, when it could not be recorded now (it is at the next chance).
bool recordExport(CommandContext &context, PracticeStore &store, AuditIntent &intent);

} // namespace attune
