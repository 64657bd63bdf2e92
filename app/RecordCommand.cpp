// `attune record COUPLE --output FILE.pdf [--from DATE] [--to DATE] [--language CODE] [--page letter|a4]`:
// writes the couple's clinical record (RecordDocument.h) and leaves a "print" row in the audit trail.
#include "CommandSupport.h"

#include "domain/AuditSummary.h"
#include "i18n/DocumentLanguage.h"
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
    const auto parsed = CommandOptions::parse(args,
                                              {valueOption("output"), valueOption("language"),
                                               valueOption("page"), valueOption("from"), valueOption("to")},
                                              1, context.err);
    if (!parsed)
        return ExitUsage;
    const auto output = parsed->value(QStringLiteral("output"));
    if (parsed->positionals().isEmpty() || !output || output->trimmed().isEmpty()) {
        context.err << Messages::tr("Name the couple and the file: attune record COUPLE --output FILE.pdf.")
                    << Qt::endl;
        return ExitUsage;
    }
    RecordOptions options;
    QPageSize page(options.pageSize);
    QString language;
    if (!parsed->readPeriod(&options.from, &options.to, context.err) ||
        !parsed->readPageSize(&page, context.err) || !parsed->readLanguage(&language, context.err))
        return ExitUsage;
    options.pageSize = page.id();
    const DocumentLanguage document(language);
    options.language = document.code();
    options.locale = document.locale();

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
    if (const Status written = writeRecordPdf(*content, *output); !written) {
        context.err << written.error() << Qt::endl;
        return ExitFailure;
    }
    if (const Status s = store->recordCoupleEvent(QStringLiteral("print"), {couple->id},
                                                  storedAuditSummary(AuditSummaryKey::ClinicalRecord));
        !s) {
        context.err << Messages::tr("The record was written, but printing it could not be recorded in the "
                                    "audit trail: %1")
                           .arg(s.error())
                    << Qt::endl;
        return ExitFailure;
    }
    context.out << Messages::tr("Wrote the clinical record of %1 (%n session(s)) to %2.", nullptr,
                                int(content->sessions.size()))
                       .arg(content->couple.name, QDir::toNativeSeparators(*output))
                << Qt::endl;
    return ExitOk;
}

} // namespace attune
