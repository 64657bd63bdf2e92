// The options of one headless command, parsed by one QCommandLineParser, with the typed readers every
// command shares (dates, page sizes, languages, numbers, choices), so that a malformed value gets the
// same one-sentence error from every command and exits 2 (misuse).
#pragma once

#include <QCommandLineParser>
#include <QDate>
#include <QPageSize>
#include <QStringList>

#include <memory>
#include <optional>

class QTextStream;

namespace attune {

// One option a command takes: "--json" (a flag) or "--output" with a value.
struct CommandOption
{
    const char *name; // without the leading dashes: "output"
    bool takesValue = false;
};

inline constexpr CommandOption flag(const char *name)
{
    return {name, false};
}
inline constexpr CommandOption valueOption(const char *name)
{
    return {name, true};
}

class CommandOptions
{
public:
    // Parses a command's own arguments (what follows the command's name). Options may come before,
    // between and after the positionals, as "--name VALUE" or "--name=VALUE"; "--" ends the options.
    // On misuse (an unknown option, a missing value, more than maxPositionals positionals) prints one
    // sentence to err and returns nullopt.
    static std::optional<CommandOptions> parse(const QStringList &args, const QList<CommandOption> &options,
                                               int maxPositionals, QTextStream &err);

    bool isSet(const QString &name) const;
    std::optional<QString> value(const QString &name) const; // nullopt when the option is absent
    const QStringList &positionals() const { return m_positionals; }

    // The typed readers: each leaves *result untouched when the option is absent, and prints one
    // sentence to err and returns false when its value is malformed.
    bool readDate(const QString &name, QDate *result, QTextStream &err) const; // YYYY-MM-DD
    // --from and --to as a period; false also when it starts after it ends.
    bool readPeriod(QDate *from, QDate *to, QTextStream &err) const;
    bool readPageSize(QPageSize *result, QTextStream &err) const; // --page letter|a4
    bool readLanguage(QString *result, QTextStream &err) const;   // --language CODE, one Attune speaks
    // A whole number from minimum up to maximum (nullopt: no upper limit).
    bool readNumber(const QString &name, qint64 minimum, std::optional<qint64> maximum, qint64 *result,
                    QTextStream &err) const;
    // One of choices, spelled exactly.
    bool readChoice(const QString &name, const QStringList &choices, QString *result, QTextStream &err) const;

private:
    std::shared_ptr<QCommandLineParser> m_parser; // shared: QCommandLineParser cannot be copied
    QStringList m_positionals;
};

// QCommandLineParser explains a failed parse in English only; this says it as every command does. args
// are the arguments parsed (without the program's name), flags the options that take no value.
enum class ParseScope { Global, Command };
QString describeParseError(const QCommandLineParser &parser, const QStringList &args,
                           const QStringList &flags, ParseScope scope);

// The sentence for a language Attune has no translation of, listing those it has. Shared by the global
// --language and the commands'.
QString noTranslationError(const QString &languageCode);
// The same, or empty when the code is available (an empty code means the system's and is available).
QString unknownLanguageError(const QString &languageCode);

} // namespace attune
