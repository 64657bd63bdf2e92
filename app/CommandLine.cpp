#include "CommandLine.h"

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
    Invocation inv;
    // arguments[0] is the program.
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto valueOf = [&](const QString &name) -> std::optional<QString> {
            if (a.startsWith(name + QLatin1Char('=')))
                return a.mid(name.size() + 1);
            if (i + 1 >= arguments.size()) {
                *error = Messages::tr("%1 needs a value.").arg(name);
                return std::nullopt;
            }
            return arguments.at(++i);
        };
        if (a == QStringLiteral("--version") || a == QStringLiteral("-v")) {
            inv.showVersion = true;
        } else if (a == QStringLiteral("--help") || a == QStringLiteral("-h")) {
            inv.showHelp = true;
        } else if (a == QStringLiteral("--practice") || a.startsWith(QStringLiteral("--practice="))) {
            auto v = valueOf(QStringLiteral("--practice"));
            if (!v)
                return std::nullopt;
            inv.practicePath = *v;
        } else if (a == QStringLiteral("--language") || a.startsWith(QStringLiteral("--language="))) {
            auto v = valueOf(QStringLiteral("--language"));
            if (!v)
                return std::nullopt;
            inv.language = *v;
        } else if (a.startsWith(QLatin1Char('-'))) {
            *error = Messages::tr("Unknown option %1. Try attune --help.").arg(a);
            return std::nullopt;
        } else {
            inv.command = a;
            inv.args = arguments.mid(i + 1);
            break;
        }
    }
    return inv;
}

bool CommandArgs::takeFlag(const QString &name)
{
    return m_args.removeAll(name) > 0;
}

std::optional<QString> CommandArgs::takeValue(const QString &name, QString *error)
{
    for (int i = 0; i < m_args.size(); ++i) {
        const QString a = m_args.at(i);
        if (a.startsWith(name + QLatin1Char('='))) {
            m_args.removeAt(i);
            return a.mid(name.size() + 1);
        }
        if (a == name) {
            if (i + 1 >= m_args.size()) {
                *error = Messages::tr("%1 needs a value.").arg(name);
                return std::nullopt;
            }
            const QString value = m_args.at(i + 1);
            m_args.remove(i, 2);
            return value;
        }
    }
    return std::nullopt;
}

QStringList CommandArgs::positionals(QString *error) const
{
    for (const QString &a : m_args) {
        if (a.startsWith(QStringLiteral("--"))) {
            *error = Messages::tr("Unknown option %1 for this command.").arg(a);
            return {};
        }
    }
    return m_args;
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
  attune [--practice FILE] appointments [--json]    today's and the coming week's appointments
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
                                                    draw the cycle, or the handout for the couple
  attune worksheet --output FILE.pdf [--kind cycle|five-step] [--language CODE] [--page letter|a4]
                                                    a blank worksheet to fill in by hand
  attune [--practice FILE] report COUPLE --output FILE.pdf [--from DATE] [--to DATE]
                           [--language CODE] [--page letter|a4] [--therapist NAME]
                                                    write a couple's progress report (dates as YYYY-MM-DD)
  attune [--practice FILE] export (COUPLE... | --all) --output FILE.attune
                                                    write couples' records to a case file
  attune [--practice FILE] import FILE.attune [--on-conflict skip|replace|copy]
                                                    add a case file's records to the practice

COUPLE is a numeric id or part of a couple's name that matches exactly one couple.
Without --practice, Attune uses the practice in your data folder.
)");
}

} // namespace attune
