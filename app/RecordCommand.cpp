// `attune record COUPLE --output FILE.pdf [--from DATE] [--to DATE] [--language CODE] [--page letter|a4]`:
// writes the couple's clinical record (RecordDocument.h) and leaves a "print" row in the audit trail.
#include "CommandSupport.h"

#include "domain/AuditSummary.h"
#include "record/RecordDocument.h"
#include "store/CoupleLookup.h"

#include <QCoreApplication>
#include <QDir>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

int runRecord(const QStringList &args, CommandContext &context)
{
    const auto parsed = parseDocumentCommand(
        args, {}, Messages::tr("Name the couple and the file: attune record COUPLE --output FILE.pdf."),
        context.err);
    RecordOptions options;
    if (!parsed || !readDocumentOptions(*parsed, options, context.err))
        return ExitUsage;
    const QString output = *parsed->value(QStringLiteral("output"));

    auto store = openPracticeFor(context, PracticeStore::OpenMode::OpenExisting);
    if (!store)
        return ExitFailure;
    const auto couple = findCouple(*store, parsed->positionals().first());
    if (!couple) {
        context.err << couple.error() << Qt::endl;
        return ExitFailure;
    }
    const auto content = loadRecordContent(*store, couple->id, options);
    if (!content) {
        context.err << content.error() << Qt::endl;
        return ExitFailure;
    }
    auto intent = announceExport(*store, {couple->id}, storedAuditSummary(AuditSummaryKey::ClinicalRecord),
                                 output, QStringLiteral("print"));
    if (const Status written = writeRecordPdf(*content, output); !written) {
        context.err << written.error() << Qt::endl;
        return ExitFailure;
    }
    if (!recordExport(context, *store, intent))
        return ExitFailure;
    context.out << Messages::tr("Wrote the clinical record of %1 (%n session(s)) to %2.", nullptr,
                                int(content->sessions.size()))
                       .arg(content->couple.name, QDir::toNativeSeparators(output))
                << Qt::endl;
    return ExitOk;
}

} // namespace attune
