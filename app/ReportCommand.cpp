// `attune report COUPLE --output FILE.pdf [--from DATE] [--to DATE] [--language CODE] [--page letter|a4]
// [--therapist NAME]`: writes the progress report. Qt Charts draws with QtWidgets classes, so main()
// runs this command under a QApplication on the offscreen platform (no display needed).
#include "CommandSupport.h"

#include "domain/AuditSummary.h"
#include "progress/ProgressReport.h"
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

int runReport(const QStringList &args, CommandContext &context)
{
    const auto parsed = parseDocumentCommand(
        args, {valueOption("therapist")},
        Messages::tr("Name the couple and the file: attune report COUPLE --output FILE.pdf."), context.err);
    ReportOptions options;
    if (!parsed || !readDocumentOptions(*parsed, options, context.err))
        return ExitUsage;
    const QString output = *parsed->value(QStringLiteral("output"));
    options.therapist = parsed->value(QStringLiteral("therapist")).value_or(QString());

    auto store = openPracticeFor(context, PracticeStore::OpenMode::OpenExisting);
    if (!store)
        return ExitFailure;
    // Without --therapist, the clinician profile's signature, as the window's report dialog proposes.
    if (!parsed->value(QStringLiteral("therapist")))
        if (const auto profile = store->clinician(); profile && profile->isComplete())
            options.therapist = profile->signature();
    const auto couple = findCouple(*store, parsed->positionals().first());
    if (!couple) {
        context.err << couple.error() << Qt::endl;
        return ExitFailure;
    }
    const auto content = loadReportContent(*store, couple->id, options);
    if (!content) {
        context.err << content.error() << Qt::endl;
        return ExitFailure;
    }
    auto intent =
        announceExport(*store, {couple->id}, storedAuditSummary(AuditSummaryKey::ProgressReport), output);
    if (const Status written = writeReportPdf(*content, output); !written) {
        context.err << written.error() << Qt::endl;
        return ExitFailure;
    }
    if (!recordExport(context, *store, intent))
        return ExitFailure;
    context.out << Messages::tr("Wrote the progress report for %1 (%n session(s)) to %2.", nullptr,
                                content->data.sessionCount)
                       .arg(content->couple.name, QDir::toNativeSeparators(output))
                << Qt::endl;
    return ExitOk;
}

} // namespace attune
