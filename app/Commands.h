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
int runCommand(const QString &name, CommandArgs args, CommandContext &context);

int runDemo(CommandArgs &args, CommandContext &context);
int runCouples(CommandArgs &args, CommandContext &context);
int runSessions(CommandArgs &args, CommandContext &context);
int runCheck(CommandArgs &args, CommandContext &context);

} // namespace attune
