// What the command implementations share.
#pragma once

#include "CommandOptions.h"
#include "Commands.h"

#include "i18n/DocumentLanguage.h"
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
// action: "export", or "print" for the clinical record (which counts as printed however it leaves).
AuditIntent announceExport(const PracticeStore &store, const QList<qint64> &coupleIds, const QString &what,
                           const QString &file, const QString &action = QStringLiteral("export"));
// Once the file is written: records in the audit trail that the couples' records were written to it.
// False, with the reason printed, when it could not be recorded now (it is at the next chance).
bool recordExport(CommandContext &context, PracticeStore &store, AuditIntent &intent);

// A document command's arguments (record, report): COUPLE --output FILE.pdf [--from DATE] [--to DATE]
// [--language CODE] [--page letter|a4], and the command's own options (extra). On misuse prints one
// sentence (usage, when the couple or the file is missing) and returns nullopt: exit with ExitUsage.
std::optional<CommandOptions> parseDocumentCommand(const QStringList &args, QList<CommandOption> extra,
                                                   const QString &usage, QTextStream &err);

// Reads the period, page size and language into a document's options (RecordOptions, ReportOptions), which
// hold the defaults. The document's words and dates follow --language (else the interface's); the
// command's messages do not. False, with the reason printed, on a malformed value.
template<typename DocumentOptions>
bool readDocumentOptions(const CommandOptions &parsed, DocumentOptions &options, QTextStream &err)
{
    QPageSize page(options.pageSize);
    QString language;
    if (!parsed.readPeriod(&options.from, &options.to, err) || !parsed.readPageSize(&page, err) ||
        !parsed.readLanguage(&language, err))
        return false;
    options.pageSize = page.id();
    const DocumentLanguage document(language);
    options.language = document.code();
    options.locale = document.locale();
    return true;
}

} // namespace attune
