// `attune demo` and `attune check`.
#include "CommandSupport.h"

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

// Where the error stream is the terminal itself, `check` shows how far it has come on one line that it
// rewrites and clears at the end; piped or captured output gets only the verdict.
bool errIsTerminal(const QTextStream &err)
{
    const auto *file = qobject_cast<const QFile *>(err.device());
    return file && file->handle() == STDERR_FILENO && ::isatty(STDERR_FILENO) == 1;
}

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
    PracticeStore::CheckProgress progress;
    int shownPercent = -1;
    if (errIsTerminal(context.err))
        progress = [&](int done, int total) {
            const int percent = total > 0 ? done * 100 / total : 100;
            if (percent == shownPercent)
                return;
            shownPercent = percent;
            context.err << '\r' << Messages::tr("Checking the practice: %1%").arg(percent) << Qt::flush;
        };
    const auto report = store->checkIntegrity(progress);
    if (shownPercent >= 0)
        context.err << '\r' << QString(60, QLatin1Char(' ')) << '\r' << Qt::flush;
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
