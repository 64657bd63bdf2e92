// Parsing a command's options with QCommandLineParser and reading typed values with one set of errors.
#include "CommandOptions.h"

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// "a", "a or b", "a, b or c".
QString alternatives(const QStringList &words)
{
    if (words.size() < 2)
        return words.value(0);
    return Messages::tr("%1 or %2")
        .arg(words.mid(0, words.size() - 1).join(QStringLiteral(", ")), words.last());
}

QStringList flagNames(const QList<CommandOption> &options)
{
    QStringList names;
    for (const CommandOption &o : options)
        if (!o.takesValue)
            names << QLatin1StringView(o.name);
    return names;
}

} // namespace

QString describeParseError(const QCommandLineParser &parser, const QStringList &args,
                           const QStringList &flags, ParseScope scope)
{
    if (const QStringList unknown = parser.unknownOptionNames(); !unknown.isEmpty())
        return scope == ParseScope::Global
                   ? Messages::tr("Unknown option %1. Try attune --help.").arg(dashed(unknown.first()))
                   : Messages::tr("Unknown option %1 for this command.").arg(dashed(unknown.first()));
    for (const QString &arg : args) {
        if (arg == QStringLiteral("--"))
            break;
        for (const QString &name : flags)
            if (arg.startsWith(dashed(name) + QLatin1Char('=')))
                return Messages::tr("%1 takes no value.").arg(dashed(name));
    }
    // The only other failure: a value option last, with nothing after it.
    return Messages::tr("%1 needs a value.").arg(args.value(args.size() - 1));
}

std::optional<CommandOptions> CommandOptions::parse(const QStringList &args,
                                                    const QList<CommandOption> &options, int maxPositionals,
                                                    QTextStream &err)
{
    CommandOptions parsed;
    parsed.m_parser = std::make_shared<QCommandLineParser>();
    QCommandLineParser &parser = *parsed.m_parser;
    QStringList added;
    for (const CommandOption &o : options) {
        const QString name = QLatin1StringView(o.name);
        if (added.contains(name)) // a subcommand's options may be merged with another's
            continue;
        added << name;
        parser.addOption(o.takesValue ? QCommandLineOption(name, QString(), QStringLiteral("value"))
                                      : QCommandLineOption(name));
    }
    // QCommandLineParser expects the program's name first.
    if (!parser.parse(QStringList{QStringLiteral("attune")} + args)) {
        err << describeParseError(parser, args, flagNames(options), ParseScope::Command) << Qt::endl;
        return std::nullopt;
    }
    parsed.m_positionals = parser.positionalArguments();
    if (parsed.m_positionals.size() > maxPositionals) {
        err << Messages::tr("Unexpected argument %1.").arg(parsed.m_positionals.at(maxPositionals))
            << Qt::endl;
        return std::nullopt;
    }
    return parsed;
}

bool CommandOptions::isSet(const QString &name) const
{
    return m_parser->isSet(name);
}

std::optional<QString> CommandOptions::value(const QString &name) const
{
    if (!m_parser->isSet(name))
        return std::nullopt;
    // The last one wins when an option is given twice, as in most command-line tools.
    return m_parser->values(name).constLast();
}

bool CommandOptions::readDate(const QString &name, QDate *result, QTextStream &err) const
{
    const auto text = value(name);
    if (!text)
        return true;
    // Exactly YYYY-MM-DD: Qt::ISODate alone also takes "2026-05-01T10:00" and surrounding spaces.
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    if (!shape.match(*text).hasMatch() || !date.isValid()) {
        err << Messages::tr("%1 takes a real date as YYYY-MM-DD, not %2.").arg(dashed(name), *text)
            << Qt::endl;
        return false;
    }
    *result = date;
    return true;
}

bool CommandOptions::readPeriod(QDate *from, QDate *to, QTextStream &err) const
{
    if (!readDate(QStringLiteral("from"), from, err) || !readDate(QStringLiteral("to"), to, err))
        return false;
    if (from->isValid() && to->isValid() && *from > *to) {
        err << Messages::tr("The period starts (%1) after it ends (%2).")
                   .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate))
            << Qt::endl;
        return false;
    }
    return true;
}

bool CommandOptions::readPageSize(QPageSize *result, QTextStream &err) const
{
    QString page;
    if (!readChoice(QStringLiteral("page"), {QStringLiteral("letter"), QStringLiteral("a4")}, &page, err))
        return false;
    if (!page.isEmpty())
        *result = QPageSize(page == QStringLiteral("a4") ? QPageSize::A4 : QPageSize::Letter);
    return true;
}

bool CommandOptions::readLanguage(QString *result, QTextStream &err) const
{
    const auto code = value(QStringLiteral("language"));
    if (!code)
        return true;
    // An empty code would mean the system's language, which --language is there to override.
    if (code->trimmed().isEmpty() || !isAvailableLanguage(*code)) {
        err << noTranslationError(*code) << Qt::endl;
        return false;
    }
    *result = *code;
    return true;
}

bool CommandOptions::readNumber(const QString &name, qint64 minimum, std::optional<qint64> maximum,
                                qint64 *result, QTextStream &err) const
{
    const auto text = value(name);
    if (!text)
        return true;
    bool ok = false;
    const qint64 number = text->toLongLong(&ok);
    if (!ok || number < minimum || (maximum && number > *maximum)) {
        err << (!maximum ? Messages::tr("%1 takes a whole number from %2 up, not %3.")
                               .arg(dashed(name))
                               .arg(minimum)
                         : Messages::tr("%1 takes a whole number from %2 to %3, not %4.")
                               .arg(dashed(name))
                               .arg(minimum)
                               .arg(*maximum))
                   .arg(*text)
            << Qt::endl;
        return false;
    }
    *result = number;
    return true;
}

bool CommandOptions::readChoice(const QString &name, const QStringList &choices, QString *result,
                                QTextStream &err) const
{
    const auto text = value(name);
    if (!text)
        return true;
    // Case is forgiven ("A4"), spelling is not.
    for (const QString &choice : choices) {
        if (text->trimmed().compare(choice, Qt::CaseInsensitive) == 0) {
            *result = choice;
            return true;
        }
    }
    err << Messages::tr("%1 takes %2, not %3.").arg(dashed(name), alternatives(choices), *text) << Qt::endl;
    return false;
}

QString noTranslationError(const QString &languageCode)
{
    return Messages::tr("Attune has no %1 translation; choose %2.")
        .arg(languageCode.isEmpty() ? QStringLiteral("\"\"") : languageCode,
             alternatives(availableLanguages()));
}

QString unknownLanguageError(const QString &languageCode)
{
    return isAvailableLanguage(languageCode) ? QString() : noTranslationError(languageCode);
}

} // namespace attune
