// `attune demo` and `attune check`.
#include "CommandSupport.h"
#include "TerminalProgress.h"

#include "demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QFile>

#include <unistd.h>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

int runDemo(const QStringList &args, CommandContext &context)
{
    const auto parsed = CommandOptions::parse(
        args, {valueOption("couples"), valueOption("sessions"), valueOption("seed")}, 0, context.err);
    qint64 couples = 0, sessions = 0, seed = 1;
    if (!parsed || !parsed->readNumber(QStringLiteral("couples"), 1, 100000, &couples, context.err) ||
        !parsed->readNumber(QStringLiteral("sessions"), 1, 1000, &sessions, context.err) ||
        !parsed->readNumber(QStringLiteral("seed"), 0, 0xffffffffLL, &seed, context.err))
        return ExitUsage;
    auto store = openPracticeFor(context, PracticeStore::OpenMode::CreateIfMissing);
    if (!store)
        return ExitFailure;
    DemoOptions options;
    options.couples = static_cast<int>(couples);
    options.sessionsPerCouple = static_cast<int>(sessions);
    options.seed = static_cast<quint32>(seed);
    const auto summary = generateDemoPractice(*store, options);
    if (!summary) {
        context.err << summary.error() << Qt::endl;
        return ExitFailure;
    }
    context.out << Messages::tr(
                       "Created a demo practice at %1: %2 couples, %3 sessions, %4 cycle maps, %5 exercises.")
                       .arg(store->path())
                       .arg(summary->couples)
                       .arg(summary->sessions)
                       .arg(summary->cycleMaps)
                       .arg(summary->exercises)
                << Qt::endl;
    return ExitOk;
}

int runCheck(const QStringList &args, CommandContext &context)
{
    if (!CommandOptions::parse(args, {}, 0, context.err))
        return ExitUsage;
    auto store = openPracticeFor(context, PracticeStore::OpenMode::OpenExisting);
    if (!store)
        return ExitFailure;
    // On a terminal, how far the check has come (piped or captured output gets only the verdict).
    Result<IntegrityReport> report = IntegrityReport{};
    {
        TerminalProgress line(context.err, Messages::tr("Checking the practice: %1%"));
        PracticeStore::CheckProgress progress;
        if (line.enabled())
            progress = [&line](int done, int total) { line.update(done, total); };
        report = store->checkIntegrity(progress);
    }
    if (!report) {
        context.err << report.error() << Qt::endl;
        return ExitFailure;
    }
    if (!report->passed()) {
        for (const QString &problem : report->problems)
            context.err << problem << Qt::endl;
        context.err << Messages::tr("%n problem(s) found in %1.", nullptr, int(report->problems.size()))
                           .arg(store->path())
                    << Qt::endl;
        return ExitFailure;
    }
    context.out << Messages::tr("%1 passed the integrity, foreign-key and schema checks.").arg(store->path())
                << Qt::endl;
    return ExitOk;
}

} // namespace attune
