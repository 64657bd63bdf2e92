// Parsing Attune's command line: global options, then an optional command with its own arguments.
// Hand-written rather than QCommandLineParser because each command has its own options and positionals.
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

// The arguments of one command: options are taken out by name, what is left must be positionals.
class CommandArgs
{
public:
    explicit CommandArgs(QStringList args)
        : m_args(std::move(args))
    {}
    bool takeFlag(const QString &name);
    // Takes "--name VALUE" or "--name=VALUE"; sets *error if the value is missing.
    std::optional<QString> takeValue(const QString &name, QString *error);
    // What remains; an error names the first unknown option.
    QStringList positionals(QString *error) const;

private:
    QStringList m_args;
};

QString usageText();

} // namespace attune
