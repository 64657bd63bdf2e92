// `attune export (COUPLE... | --all) --output FILE.attune` and
// `attune import FILE.attune [--on-conflict skip|replace|copy]`.
#include "CommandSupport.h"
#include "PassphraseInput.h"
#include "TerminalProgress.h"

#include "domain/AuditSummary.h"
#include "security/Envelope.h"
#include "security/Passphrase.h"

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

// Wipes a passphrase copy on every way out.
struct WipedCopy
{
    QByteArray bytes;
    ~WipedCopy() { wipe(bytes); }
};

} // namespace

int runExport(const QStringList &args, CommandContext &context)
{
    const auto options =
        CommandOptions::parse(args, {flag("encrypt"), flag("plain"), flag("all"), valueOption("output")},
                              std::numeric_limits<int>::max(), context.err);
    if (!options)
        return ExitUsage;
    const bool plain = options->isSet(QStringLiteral("plain"));
    if (plain && options->isSet(QStringLiteral("encrypt"))) {
        context.err << Messages::tr("Choose --encrypt or --plain, not both.") << Qt::endl;
        return ExitUsage;
    }
    // A protected practice's case files are encrypted with its passphrase unless --plain says otherwise;
    // a plain practice's with a passphrase asked for when --encrypt says so.
    const bool sealed = PracticeStore::isProtectedFile(context.practicePath);
    WipedCopy passphrase;
    if (options->isSet(QStringLiteral("encrypt")) && !sealed) {
        auto typed = readPassphrase(context.passphraseFile, context, true);
        if (!typed)
            return ExitUsage;
        passphrase.bytes = *typed;
        wipe(*typed);
    }
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
    if (sealed && !plain && context.practicePassphrase)
        passphrase.bytes = context.practicePassphrase->copy();
    if (sealed && plain)
        context.err << Messages::tr(
                           "Warning: the case file is not encrypted; anyone who gets it can read it.")
                    << Qt::endl;
    auto intent = announceExport(*store, ids, storedAuditSummary(AuditSummaryKey::CaseFile), *output);
    Status written = Status::ok();
    {
        TerminalProgress line(context.err, Messages::tr("Exporting: %1%"));
        written = exportCaseFile(
            *store, ids, *output, [&line](qint64 done, qint64 total) { return line.update(done, total); },
            passphrase.bytes);
    }
    if (!written) {
        context.err << written.error() << Qt::endl;
        return ExitFailure;
    }
    if (!recordExport(context, *store, intent))
        return ExitFailure;
    context.out << Messages::tr("Exported %n couple(s) to %1.", nullptr, int(ids.size()))
                       .arg(QDir::toNativeSeparators(QFileInfo(*output).absoluteFilePath()));
    if (!passphrase.bytes.isEmpty())
        context.out << ' ' << Messages::tr("The file is encrypted with the passphrase.");
    context.out << Qt::endl;
    return ExitOk;
}

int runImport(const QStringList &args, CommandContext &context)
{
    const auto options =
        CommandOptions::parse(args, {flag("encrypt"), valueOption("on-conflict")}, 1, context.err);
    if (!options)
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
    // An encrypted case file from a protected practice opens with that practice's passphrase: the
    // practice is opened first, and its passphrase tried on the file.
    std::unique_ptr<PracticeStore> store;
    WipedCopy passphrase;
    if (isEnvelopeFile(positionals.first())) {
        if (PracticeStore::isProtectedFile(context.practicePath)) {
            if (!(store = openPracticeFor(context, PracticeStore::OpenMode::OpenExisting)))
                return ExitFailure;
            passphrase.bytes = context.practicePassphrase->copy();
        } else {
            auto typed = readPassphrase(context.passphraseFile, context, false);
            if (!typed)
                return ExitUsage;
            passphrase.bytes = *typed;
            wipe(*typed);
        }
    }
    // The file is read and checked before a plain practice is opened, so a bad file never creates one.
    const auto contents =
        readCaseFile(positionals.first(), context.clock().toLocalTime().date(), passphrase.bytes);
    if (!contents) {
        context.err << contents.error() << Qt::endl;
        return ExitFailure;
    }
    if (!store && !(store = openPracticeFor(context, PracticeStore::OpenMode::CreateIfMissing)))
        return ExitFailure;
    Result<ImportSummary> summary = ImportSummary{};
    {
        TerminalProgress line(context.err, Messages::tr("Importing: %1%"));
        summary = importCaseFile(*store, *contents, policy,
                                 [&line](qint64 done, qint64 total) { return line.update(done, total); });
    }
    if (!summary) {
        context.err << summary.error() << Qt::endl;
        return ExitFailure;
    }
    context.out << describeImportSummary(*summary) << Qt::endl;
    return ExitOk;
}

} // namespace attune
