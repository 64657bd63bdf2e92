// Dispatching a command by name, and what the commands share: opening the practice.
#include "Commands.h"

#include "CommandSupport.h"

#include <QCoreApplication>
#include <QDir>

namespace attune {
namespace {

using Runner = int (*)(const QStringList &, CommandContext &);

struct CommandEntry
{
    const char *name;
    Runner run;
};

constexpr CommandEntry kCommands[] = {
    {"demo", runDemo},
    {"couples", runCouples},
    {"sessions", runSessions},
    {"check", runCheck},
    {"audit", runAudit},
    {"backup", runBackup},
    {"restore", runRestore},
    {"export", runExport},
    {"import", runImport},
    {"cycle", runCycle},
    {"worksheet", runWorksheet},
    {"report", runReport},
    {"appointments", runAppointments},
    {"search", runSearch},
};

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

bool isKnownCommand(const QString &name)
{
    for (const CommandEntry &c : kCommands)
        if (name == QLatin1StringView(c.name))
            return true;
    return false;
}

bool commandNeedsPainting(const QString &name)
{
    return name == QStringLiteral("cycle") || name == QStringLiteral("worksheet") ||
           name == QStringLiteral("report");
}

int runCommand(const QString &name, const QStringList &args, CommandContext &context)
{
    for (const CommandEntry &c : kCommands)
        if (name == QLatin1StringView(c.name))
            return c.run(args, context);
    context.err << Messages::tr("Unknown command %1. Try attune --help.").arg(name) << Qt::endl;
    return ExitUsage;
}

std::unique_ptr<PracticeStore> openPracticeFor(CommandContext &context, PracticeStore::OpenMode mode)
{
    auto store = PracticeStore::open(context.practicePath, mode, context.clock);
    if (!store) {
        context.err << store.error() << Qt::endl;
        return nullptr;
    }
    return std::move(store).value();
}

bool recordExport(CommandContext &context, PracticeStore &store, const QList<qint64> &coupleIds,
                  const QString &what)
{
    if (const Status s = store.recordCoupleEvent(QStringLiteral("export"), coupleIds, what); !s) {
        context.err << Messages::tr("The file was written, but the export could not be recorded in the audit "
                                    "trail: %1")
                           .arg(s.error())
                    << Qt::endl;
        return false;
    }
    return true;
}

} // namespace attune
