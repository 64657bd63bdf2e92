// The headless commands. Each prints results to out, one clear sentence per error to err, and returns
// the process exit code (0 success, 1 failure, 2 misuse).
#pragma once

#include "CommandLine.h"

#include "domain/Clock.h"
#include "security/SecretBuffer.h"

#include <memory>
#include <optional>

#include <QTextStream>

namespace attune {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

struct CommandContext
{
    QString practicePath;
    QTextStream &out;
    QTextStream &err;
    Clock clock;
    // --passphrase-file, which every command takes (taken out of its arguments before it parses them).
    std::optional<QString> passphraseFile = {};
    // The passphrase of the protected practice the command opened, for encrypting what it exports.
    std::shared_ptr<SecretBuffer> practicePassphrase = {};
};

bool isKnownCommand(const QString &name);
// The sentence for a command Attune does not have, in the interface's language.
QString unknownCommandError(const QString &name);
// Commands that paint (cycle pictures, worksheets, reports) need a QGuiApplication on the offscreen
// platform rather than a QCoreApplication.
bool commandNeedsPainting(const QString &name);
int runCommand(const QString &name, const QStringList &args, CommandContext &context);

int runDemo(const QStringList &args, CommandContext &context);
int runCouples(const QStringList &args, CommandContext &context);
int runSessions(const QStringList &args, CommandContext &context);
int runCheck(const QStringList &args, CommandContext &context);
int runAudit(const QStringList &args, CommandContext &context);  // AuditCommands.cpp
int runBackup(const QStringList &args, CommandContext &context); // BackupCommands.cpp
int runRestore(const QStringList &args, CommandContext &context);
int runExport(const QStringList &args, CommandContext &context); // CaseFileCommands.cpp
int runImport(const QStringList &args, CommandContext &context);
int runCycle(const QStringList &args, CommandContext &context); // CycleCommands.cpp
int runWorksheet(const QStringList &args, CommandContext &context);
int runReport(const QStringList &args, CommandContext &context);       // ReportCommand.cpp
int runRecord(const QStringList &args, CommandContext &context);       // RecordCommand.cpp
int runAppointments(const QStringList &args, CommandContext &context); // AppointmentCommands.cpp
int runSearch(const QStringList &args, CommandContext &context);       // SearchCommand.cpp
int runProtect(const QStringList &args, CommandContext &context);      // ProtectCommands.cpp
int runUnprotect(const QStringList &args, CommandContext &context);
int runPassphrase(const QStringList &args, CommandContext &context);

} // namespace attune
