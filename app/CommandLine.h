// Parsing Attune's command line: global options, then an optional command with its own arguments, which
// the command parses itself (CommandOptions.h): one QCommandLineParser for the global part, one per command.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace attune {

struct Invocation
{
    QString practicePath; // empty: the default location
    QString language;     // empty: the system's
    bool showVersion = false;
    bool showHelp = false;
    QString command;  // empty: open the GUI
    QStringList args; // everything after the command
};

// Returns the parsed invocation, or an error sentence for a malformed command line.
std::optional<Invocation> parseInvocation(const QStringList &arguments, QString *error);

QString usageText();

} // namespace attune
