// The headless commands. Each prints results to out, one clear sentence per error to err, and returns
// the process exit code (0 success, 1 failure, 2 misuse).
#pragma once

#include "CommandLine.h"

#include "domain/Clock.h"

#include <QTextStream>

namespace attune {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

struct CommandContext
{
    QString practicePath;
    QTextStream &out;
    QTextStream &err;
    Clock clock;
};

bool isKnownCommand(const QString &name);
// Commands that paint (cycle pictures, worksheets, reports) need a QGuiApplication on the offscreen
// platform rather than a QCoreApplication.
bool commandNeedsPainting(const QString &name);
int runCommand(const QString &name, CommandArgs args, CommandContext &context);

int runDemo(CommandArgs &args, CommandContext &context);
int runCouples(CommandArgs &args, CommandContext &context);
int runSessions(CommandArgs &args, CommandContext &context);
int runCheck(CommandArgs &args, CommandContext &context);
int runAudit(CommandArgs &args, CommandContext &context);  // AuditCommands.cpp
int runBackup(CommandArgs &args, CommandContext &context); // BackupCommands.cpp
int runRestore(CommandArgs &args, CommandContext &context);
int runExport(CommandArgs &args, CommandContext &context); // CaseFileCommands.cpp
int runImport(CommandArgs &args, CommandContext &context);
int runCycle(CommandArgs &args, CommandContext &context); // CycleCommands.cpp
int runWorksheet(CommandArgs &args, CommandContext &context);
int runReport(CommandArgs &args, CommandContext &context);       // ReportCommand.cpp
int runAppointments(CommandArgs &args, CommandContext &context); // AppointmentCommands.cpp
int runSearch(CommandArgs &args, CommandContext &context);       // SearchCommand.cpp

} // namespace attune
