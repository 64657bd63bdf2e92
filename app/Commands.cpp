// Dispatching a command by name, and what the commands share: opening the practice.
#include "Commands.h"

#include "CommandSupport.h"
#include "PassphraseInput.h"

#include "security/Passphrase.h"
#include "store/SealedStorage.h"

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
    {"demo", runDemo},           {"couples", runCouples},
    {"sessions", runSessions},   {"check", runCheck},
    {"audit", runAudit},         {"backup", runBackup},
    {"restore", runRestore},     {"export", runExport},
    {"import", runImport},       {"cycle", runCycle},
    {"worksheet", runWorksheet}, {"report", runReport},
    {"record", runRecord},       {"appointments", runAppointments},
    {"search", runSearch},       {"protect", runProtect},
    {"unprotect", runUnprotect}, {"passphrase", runPassphrase},
};

// Takes --passphrase-file FILE (or =FILE) out of a command's arguments: every command may need the
// passphrase of a protected practice, so every command takes it.
QStringList takePassphraseFile(const QStringList &args, std::optional<QString> *file)
{
    QStringList rest;
    const QString name = QStringLiteral("--passphrase-file");
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QStringLiteral("--")) {
            rest += args.mid(i);
            break;
        }
        if (a == name && i + 1 < args.size()) {
            *file = args.at(++i);
            continue;
        }
        if (a.startsWith(name + QLatin1Char('='))) {
            *file = a.mid(name.size() + 1);
            continue;
        }
        rest << a;
    }
    return rest;
}

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
           name == QStringLiteral("report") || name == QStringLiteral("record");
}

int runCommand(const QString &name, const QStringList &args, CommandContext &context)
{
    for (const CommandEntry &c : kCommands)
        if (name == QLatin1StringView(c.name))
            return c.run(takePassphraseFile(args, &context.passphraseFile), context);
    context.err << unknownCommandError(name) << Qt::endl;
    return ExitUsage;
}

QString unknownCommandError(const QString &name)
{
    return Messages::tr("Unknown command %1. Try attune --help.").arg(name);
}

std::unique_ptr<PracticeStore> openPracticeFor(CommandContext &context, PracticeStore::OpenMode mode,
                                               Writes writes)
{
    if (PracticeStore::isProtectedFile(context.practicePath)) {
        auto passphrase = readPassphrase(context.passphraseFile, context, false);
        if (!passphrase)
            return nullptr;
        auto store =
            PracticeStore::openProtected(context.practicePath, mode, *passphrase, SaveTiming::Immediate,
                                         context.clock, nullptr, kCommandLockWaitMs);
        if (store) {
            context.practicePassphrase = std::make_shared<SecretBuffer>();
            context.practicePassphrase->set(*passphrase);
        }
        wipe(*passphrase);
        if (!store) {
            context.err << store.error() << Qt::endl;
            return nullptr;
        }
        return std::move(store).value();
    }
    // A command that creates a practice replaces the empty file a killed creation left (and says so).
    const bool emptyLeftover = mode == PracticeStore::OpenMode::CreateIfMissing &&
                               PracticeStore::isInterruptedCreation(context.practicePath);
    if (emptyLeftover) {
        if (const Status replaced = PracticeStore::replaceInterruptedCreation(context.practicePath);
            !replaced) {
            context.err << replaced.error() << Qt::endl;
            return nullptr;
        }
    }
    auto store = PracticeStore::open(context.practicePath, mode, context.clock);
    if (!store) {
        context.err << store.error() << Qt::endl;
        return nullptr;
    }
    if (writes == Writes::Yes && mode != PracticeStore::OpenMode::ReadOnly)
        if (const Status locked = (*store)->lockAgainstOtherWriters(kCommandLockWaitMs); !locked) {
            context.err << locked.error() << Qt::endl;
            return nullptr;
        }
    // After a crash: said once, on stderr, so that the output a script reads stays the same.
    if (emptyLeftover)
        context.err << Messages::tr(
                           "%1 was an empty file left by an interrupted creation of a practice; a new "
                           "practice was created in its place.")
                           .arg(QDir::toNativeSeparators((*store)->path()))
                    << Qt::endl;
    if ((*store)->undidInterruptedChange())
        context.err << Messages::tr(
                           "Attune had been interrupted while changing %1; the unfinished change was "
                           "undone, and everything saved before it is there.")
                           .arg(QDir::toNativeSeparators((*store)->path()))
                    << Qt::endl;
    return std::move(store).value();
}

AuditIntent announceExport(const PracticeStore &store, const QList<qint64> &coupleIds, const QString &what,
                           const QString &file, const QString &action)
{
    return AuditIntent::begin(store.path(), action, coupleIds, what, file);
}

std::optional<CommandOptions> parseDocumentCommand(const QStringList &args, QList<CommandOption> extra,
                                                   const QString &usage, QTextStream &err)
{
    extra << valueOption("output") << valueOption("language") << valueOption("page") << valueOption("from")
          << valueOption("to");
    auto parsed = CommandOptions::parse(args, extra, 1, err);
    if (!parsed)
        return std::nullopt;
    const auto output = parsed->value(QStringLiteral("output"));
    if (parsed->positionals().isEmpty() || !output || output->trimmed().isEmpty()) {
        err << usage << Qt::endl;
        return std::nullopt;
    }
    return parsed;
}

bool recordExport(CommandContext &context, PracticeStore &store, AuditIntent &intent)
{
    if (const Status s = intent.record(store); !s) {
        context.err << Messages::tr(
                           "The file was written, but the export is not in the audit trail yet: %1 It is "
                           "recorded the next time the practice can be written.")
                           .arg(s.error())
                    << Qt::endl;
        return false;
    }
    return true;
}

} // namespace attune
