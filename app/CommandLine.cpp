#include "CommandLine.h"

#include "CommandOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

std::optional<Invocation> parseInvocation(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    // Everything from the command's name on belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption practice(QStringLiteral("practice"), QString(), QStringLiteral("file"));
    const QCommandLineOption language(QStringLiteral("language"), QString(), QStringLiteral("code"));
    parser.addOptions({version, help, practice, language});
    if (!parser.parse(arguments)) {
        *error = describeParseError(
            parser, arguments.mid(1),
            {QStringLiteral("v"), QStringLiteral("version"), QStringLiteral("h"), QStringLiteral("help")},
            ParseScope::Global);
        return std::nullopt;
    }
    Invocation inv;
    inv.showVersion = parser.isSet(version);
    inv.showHelp = parser.isSet(help);
    if (parser.isSet(practice))
        inv.practicePath = parser.values(practice).constLast();
    if (parser.isSet(language)) {
        inv.language = parser.values(language).constLast();
        // "--language=" would silently mean the system's language.
        if (inv.language.trimmed().isEmpty()) {
            *error = noTranslationError(inv.language);
            return std::nullopt;
        }
    }
    const QStringList positionals = parser.positionalArguments();
    if (!positionals.isEmpty()) {
        inv.command = positionals.first();
        inv.args = positionals.mid(1);
    }
    return inv;
}

QString usageText()
{
    return Messages::tr(R"(Attune: case notes for Emotionally Focused couples therapy.

Usage:
  attune [--practice FILE] [--language CODE]        open the application
  attune --version | --help
  attune [--practice FILE] demo [--couples N] [--sessions N] [--seed S]
                                                    fill an empty practice with synthetic demo couples
  attune [--practice FILE] couples [--all] [--json] list the couples
  attune [--practice FILE] appointments [--json] [--ics FILE]
                                                    today's and the coming week's appointments, or the
                                                    whole calendar as an iCalendar file (initials only)
  attune [--practice FILE] sessions COUPLE [--all] [--json]
                                                    list a couple's sessions
  attune [--practice FILE] check                    check the practice file's integrity
  attune [--practice FILE] search QUERY [--couple COUPLE] [--all] [--json]
                                                    find words anywhere in the record ("a phrase",
                                                    -word to leave out; --all includes archived ones)
  attune [--practice FILE] audit [--json] [--from DATE] [--to DATE]
                                                    list the audit trail
  attune [--practice FILE] audit verify             check that the audit trail's hash chain is whole
  attune [--practice FILE] backup --output FILE [--encrypt] [--passphrase-file FILE]
                                                    write a checked (optionally encrypted) backup
  attune [--practice FILE] restore FILE [--force] [--passphrase-file FILE]
                                                    restore a backup; --force keeps the replaced file aside
  attune [--practice FILE] cycle show COUPLE [--version N] [--json]
                                                    print a couple's cycle (the latest version by default)
  attune [--practice FILE] cycle export COUPLE --output FILE.pdf|.png|.svg [--version N]
                           [--handout] [--initials] [--language CODE] [--dpi N] [--page letter|a4]
                           [--layout loop|boxes] [--grayscale]
                                                    draw the cycle (the figure eight, or boxes), or the
                                                    handout for the couple
  attune worksheet --output FILE.pdf [--kind cycle|five-step] [--language CODE] [--page letter|a4]
                                                    a blank worksheet to fill in by hand
  attune [--practice FILE] report COUPLE --output FILE.pdf [--from DATE] [--to DATE]
                           [--language CODE] [--page letter|a4] [--therapist NAME]
                                                    write a couple's progress report (dates as YYYY-MM-DD)
  attune [--practice FILE] record COUPLE --output FILE.pdf [--from DATE] [--to DATE]
                           [--language CODE] [--page letter|a4]
                                                    write a couple's clinical record: every session of
                                                    the period in full, with signatures and addenda
  attune [--practice FILE] export (COUPLE... | --all) --output FILE.attune [--encrypt | --plain]
                                                    write couples' records to a case file
  attune [--practice FILE] import FILE.attune [--on-conflict skip|replace|copy]
                                                    add a case file's records to the practice
  attune [--practice FILE] protect [--key-cost moderate|interactive] [--backups FOLDER]
                           [--remove-plain-backups]
                                                    encrypt the practice (and its backups) at rest
  attune [--practice FILE] unprotect                turn a protected practice back into a plain file
  attune [--practice FILE] passphrase change [--new-passphrase-file FILE]
                                                    change a protected practice's passphrase

COUPLE is a numeric id or part of a couple's name that matches exactly one couple.
Commands that need a passphrase take --passphrase-file FILE or ask on the terminal.
Without --practice, Attune uses the practice in your data folder.
)");
}

} // namespace attune
