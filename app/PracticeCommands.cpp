// `attune demo` and `attune check`.
#include "CommandSupport.h"

#include "demo/DemoGenerator.h"

#include <QCoreApplication>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Reads a whole number option within [minimum, maximum]; prints an error and returns false otherwise.
bool takeNumber(CommandArgs &args, CommandContext &context, const QString &name, qint64 minimum,
                qint64 maximum, qint64 *value)
{
    QString error;
    const auto text = args.takeValue(name, &error);
    if (!error.isEmpty()) {
        context.err << error << Qt::endl;
        return false;
    }
    if (!text)
        return true;
    bool ok = false;
    const qint64 v = text->toLongLong(&ok);
    if (!ok || v < minimum || v > maximum) {
        context.err
            << Messages::tr("%1 takes a whole number from %2 to %3.").arg(name).arg(minimum).arg(maximum)
            << Qt::endl;
        return false;
    }
    *value = v;
    return true;
}

} // namespace

int runDemo(CommandArgs &args, CommandContext &context)
{
    qint64 couples = 0, sessions = 0, seed = 1;
    if (!takeNumber(args, context, QStringLiteral("--couples"), 1, 100000, &couples) ||
        !takeNumber(args, context, QStringLiteral("--sessions"), 1, 1000, &sessions) ||
        !takeNumber(args, context, QStringLiteral("--seed"), 0, 0xffffffffLL, &seed))
        return ExitUsage;
    if (rejectExtraArguments(args, context, 0))
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

int runCheck(CommandArgs &args, CommandContext &context)
{
    if (rejectExtraArguments(args, context, 0))
        return ExitUsage;
    auto store = openPracticeFor(context, PracticeStore::OpenMode::OpenExisting);
    if (!store)
        return ExitFailure;
    const auto report = store->checkIntegrity();
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
