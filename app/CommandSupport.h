// What the command implementations share.
#pragma once

#include "CommandOptions.h"
#include "Commands.h"

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

// Records in the audit trail that the couples' records were written to a file (what: "case file",
// "progress report", "cycle"). False, with the reason printed, when it could not be recorded.
bool recordExport(CommandContext &context, PracticeStore &store, const QList<qint64> &coupleIds,
                  const QString &what);

} // namespace attune
