// `attune export (COUPLE... | --all) --output FILE.attune` and
// `attune import FILE.attune [--on-conflict skip|replace|copy]`.
#include "CommandSupport.h"

#include "casefile/CaseFile.h"
#include "store/CoupleLookup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <limits>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

bool rejectEncryption(const CommandOptions &options, CommandContext &context)
{
    if (!options.isSet(QStringLiteral("encrypt")))
        return false;
    context.err << Messages::tr("Encrypted case files are not supported yet; export without --encrypt.")
                << Qt::endl;
    return true;
}

} // namespace

int runExport(const QStringList &args, CommandContext &context)
{
    const auto options = CommandOptions::parse(args, {flag("encrypt"), flag("all"), valueOption("output")},
                                               std::numeric_limits<int>::max(), context.err);
    if (!options || rejectEncryption(*options, context))
        return ExitUsage;
    const bool all = options->isSet(QStringLiteral("all"));
    const auto output = options->value(QStringLiteral("output"));
    const QStringList &couples = options->positionals();
    if (!output || output->isEmpty()) {
        context.err << Messages::tr("Name the file to write: attune export COUPLE --output FILE.attune.")
                    << Qt::endl;
        return ExitUsage;
    }
    if (all == !couples.isEmpty()) {
        context.err << Messages::tr("Name the couples to export, or --all for every couple (not both).")
                    << Qt::endl;
        return ExitUsage;
    }
    auto store = openPracticeFor(context, PracticeStore::OpenMode::OpenExisting);
    if (!store)
        return ExitFailure;
    QList<qint64> ids;
    for (const QString &fragment : std::as_const(couples)) {
        const auto couple = findCouple(*store, fragment);
        if (!couple) {
            context.err << couple.error() << Qt::endl;
            return ExitFailure;
        }
        if (!ids.contains(couple->id))
            ids.append(couple->id);
    }
    if (all) {
        const auto summaries = store->coupleSummaries(ArchiveFilter::All);
        if (!summaries) {
            context.err << summaries.error() << Qt::endl;
            return ExitFailure;
        }
        for (const CoupleSummary &c : *summaries)
            ids.append(c.id);
        if (ids.isEmpty()) {
            context.err << Messages::tr("The practice has no couples to export.") << Qt::endl;
            return ExitFailure;
        }
    }
    if (auto s = exportCaseFile(*store, ids, *output); !s) {
        context.err << s.error() << Qt::endl;
        return ExitFailure;
    }
    if (!recordExport(context, *store, ids, QStringLiteral("case file")))
        return ExitFailure;
    context.out << Messages::tr("Exported %n couple(s) to %1.", nullptr, int(ids.size()))
                       .arg(QDir::toNativeSeparators(QFileInfo(*output).absoluteFilePath()))
                << Qt::endl;
    return ExitOk;
}

int runImport(const QStringList &args, CommandContext &context)
{
    const auto options =
        CommandOptions::parse(args, {flag("encrypt"), valueOption("on-conflict")}, 1, context.err);
    if (!options || rejectEncryption(*options, context))
        return ExitUsage;
    QString policyText = QStringLiteral("skip");
    if (!options->readChoice(QStringLiteral("on-conflict"),
                             {QStringLiteral("skip"), QStringLiteral("replace"), QStringLiteral("copy")},
                             &policyText, context.err))
        return ExitUsage;
    const ConflictPolicy policy = policyText == u"replace" ? ConflictPolicy::Replace
                                  : policyText == u"copy"  ? ConflictPolicy::Copy
                                                           : ConflictPolicy::Skip;
    const QStringList &positionals = options->positionals();
    if (positionals.isEmpty()) {
        context.err << Messages::tr("Name the case file: attune import FILE.attune.") << Qt::endl;
        return ExitUsage;
    }
    // The file is read and checked before the practice is opened, so a bad file never creates a practice.
    const auto contents = readCaseFile(positionals.first(), context.clock().toLocalTime().date());
    if (!contents) {
        context.err << contents.error() << Qt::endl;
        return ExitFailure;
    }
    auto store = openPracticeFor(context, PracticeStore::OpenMode::CreateIfMissing);
    if (!store)
        return ExitFailure;
    const auto summary = importCaseFile(*store, *contents, policy);
    if (!summary) {
        context.err << summary.error() << Qt::endl;
        return ExitFailure;
    }
    context.out << describeImportSummary(*summary) << Qt::endl;
    return ExitOk;
}

} // namespace attune
