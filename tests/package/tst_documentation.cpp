// Issue 13, item 19: the documentation cannot drift from the program. The man page lists exactly the
// commands `attune --help` shows, in the same order, and each command's options in the man page and in the
// README's usage block are the ones --help gives it; its FILES section names the default practice where
// the code puts it; and the AppStream metadata names only screenshots the repository has.
#include "AttuneProcess.h"

#include "store/PracticeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using attune::test::runAttune;

namespace {

const QString kSource = QStringLiteral(ATTUNE_SOURCE_DIR);

QString readSource(const QString &relative)
{
    QFile f(kSource + QLatin1Char('/') + relative);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// "cycle show COUPLE [--version N]" → "cycle show": the leading lower-case words.
QString commandWords(const QStringList &tokens)
{
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z-]*$"));
    QStringList words;
    for (const QString &t : tokens) {
        if (!word.match(t).hasMatch())
            break;
        words << t;
    }
    return words.join(QLatin1Char(' '));
}

// The commands of --help's usage lines: "  attune [--practice FILE] couples [--all] [--json] …".
QStringList helpCommands(const QString &help)
{
    QStringList commands;
    for (QString line : help.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QStringLiteral("  attune ")))
            continue;
        // The usage, without the description that follows it after a run of spaces.
        static const QRegularExpression gap(QStringLiteral("\\s{2,}"));
        line = line.trimmed().split(gap).constFirst();
        line.remove(QStringLiteral("[--practice FILE]")).remove(QStringLiteral("[--language CODE]"));
        const QString command = commandWords(line.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(1));
        if (!command.isEmpty())
            commands << command;
    }
    return commands;
}

// The commands of the man page: each ".TP" entry of its COMMANDS section, ".B cycle show \fICOUPLE…".
QStringList manCommands(const QString &page)
{
    const qsizetype start = page.indexOf(QStringLiteral("\n.SH COMMANDS\n"));
    const qsizetype end = page.indexOf(QStringLiteral("\n.SH "), start + 1);
    const QStringList lines = page.mid(start, end - start).split(QLatin1Char('\n'));
    QStringList commands;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i) != QStringLiteral(".TP") || !lines.at(i + 1).startsWith(QStringLiteral(".B ")))
            continue;
        QString entry = lines.at(i + 1).mid(3);
        entry = entry.left(entry.indexOf(QLatin1Char('\\')) < 0 ? entry.size()
                                                                : entry.indexOf(QLatin1Char('\\')));
        commands << commandWords(entry.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }
    return commands;
}

// Each command's options ("protect" → {"--backups", "--key-cost", …}), from usage entries: a first line
// "attune [--practice FILE] CMD …" and the lines that continue it (indented, starting with "[").
// The options every command takes (--practice, --passphrase-file) are left out.
using CommandOptions = QMap<QString, QStringList>;

void addOptions(CommandOptions &options, const QString &usage)
{
    QString line = usage;
    line.remove(QStringLiteral("[--practice FILE]"));
    const QStringList tokens = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.isEmpty() || tokens.first() != QStringLiteral("attune"))
        return;
    const QString command = commandWords(tokens.mid(1));
    if (command.isEmpty())
        return;
    static const QRegularExpression option(QStringLiteral("--[a-z][a-z-]*"));
    QStringList found;
    for (auto it = option.globalMatch(line); it.hasNext();) {
        const QString name = it.next().captured(0);
        if (name != QStringLiteral("--passphrase-file") && !found.contains(name))
            found << name;
    }
    found.sort();
    options.insert(command, found);
}

CommandOptions usageOptions(const QStringList &lines, const QString &firstLineStart)
{
    CommandOptions options;
    static const QRegularExpression gap(QStringLiteral("\\s{2,}"));
    QString entry;
    for (const QString &line : lines) {
        const QString usage = line.trimmed().split(gap).constFirst();
        if (line.startsWith(firstLineStart)) {
            addOptions(options, entry);
            entry = usage;
        } else if (!entry.isEmpty() && line.startsWith(QLatin1Char(' ')) &&
                   usage.startsWith(QLatin1Char('['))) {
            entry += QLatin1Char(' ') + usage;
        } else {
            addOptions(options, entry);
            entry.clear();
        }
    }
    addOptions(options, entry);
    return options;
}

CommandOptions manOptions(const QString &page)
{
    const qsizetype start = page.indexOf(QStringLiteral("\n.SH COMMANDS\n"));
    const qsizetype end = page.indexOf(QStringLiteral("\n.SH "), start + 1);
    const QStringList lines = page.mid(start, end - start).split(QLatin1Char('\n'));
    static const QRegularExpression font(QStringLiteral("\\\\f[BIR]"));
    CommandOptions options;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i) != QStringLiteral(".TP") || !lines.at(i + 1).startsWith(QStringLiteral(".B ")))
            continue;
        QString entry = lines.at(i + 1).mid(3);
        entry.remove(font).replace(QStringLiteral("\\-"), QStringLiteral("-"));
        addOptions(options, QStringLiteral("attune ") + entry);
    }
    return options;
}

// The README's usage block: the fenced block that holds "attune --version | --help".
QStringList readmeUsage(const QString &readme)
{
    const qsizetype at = readme.indexOf(QStringLiteral("\nattune --version | --help\n"));
    if (at < 0)
        return {};
    const qsizetype start = readme.lastIndexOf(QStringLiteral("```"), at);
    const qsizetype end = readme.indexOf(QStringLiteral("```"), at);
    QStringList lines = readme.mid(start, end - start).split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.left(line.indexOf(QStringLiteral("  #")) < 0 ? line.size()
                                                                 : line.indexOf(QStringLiteral("  #")));
    return lines;
}

void compareOptions(const CommandOptions &expected, const CommandOptions &documented, const char *where)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QString message =
            QStringLiteral("%1, %2: %3 against --help's %4")
                .arg(QLatin1StringView(where), it.key(), documented.value(it.key()).join(QLatin1Char(' ')),
                     it.value().join(QLatin1Char(' ')));
        QVERIFY2(documented.contains(it.key()) && documented.value(it.key()) == it.value(),
                 qPrintable(message));
    }
    QCOMPARE(documented.keys(), expected.keys());
}

} // namespace

class TestDocumentation : public QObject
{
    Q_OBJECT

private slots:
    void manPageListsEveryCommandOfHelp()
    {
        const auto help = runAttune({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QStringList fromHelp = helpCommands(help.out);
        // The ones the issue found missing, so a parsing slip cannot make both lists empty and equal.
        for (const char *expected :
             {"demo", "appointments", "audit", "audit verify", "backup", "restore", "cycle show",
              "cycle export", "worksheet", "report", "protect", "unprotect", "passphrase change"})
            QVERIFY2(fromHelp.contains(QLatin1StringView(expected)), expected);
        const QString page = readSource(QStringLiteral("packaging/attune.1"));
        QVERIFY(!page.isEmpty());
        QCOMPARE(manCommands(page), fromHelp);
    }

    void manPageAndReadmeGiveEachCommandTheOptionsOfHelp()
    {
        const auto help = runAttune({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const CommandOptions fromHelp =
            usageOptions(help.out.split(QLatin1Char('\n')), QStringLiteral("  attune "));
        // Options the command line has that the documentation once missed.
        QVERIFY(fromHelp.value(QStringLiteral("protect")).contains(QStringLiteral("--remove-plain-backups")));
        QVERIFY(fromHelp.value(QStringLiteral("export")).contains(QStringLiteral("--plain")));
        QVERIFY(fromHelp.value(QStringLiteral("cycle export")).contains(QStringLiteral("--grayscale")));
        compareOptions(fromHelp, manOptions(readSource(QStringLiteral("packaging/attune.1"))), "man page");
        compareOptions(
            fromHelp,
            usageOptions(readmeUsage(readSource(QStringLiteral("README.md"))), QStringLiteral("attune ")),
            "README");
    }

    void manPageNamesTheDefaultPracticeWhereTheCodePutsIt()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
        QCoreApplication::setOrganizationName(QStringLiteral("attune")); // as main() does
        QCoreApplication::setApplicationName(QStringLiteral("attune"));
        QCOMPARE(attune::defaultPracticePath(), data.filePath(QStringLiteral("attune/practice.db")));
        const QString page = readSource(QStringLiteral("packaging/attune.1"));
        const qsizetype files = page.indexOf(QStringLiteral("\n.SH FILES\n"));
        QVERIFY(files > 0);
        const QString section = page.mid(files, page.indexOf(QStringLiteral("\n.SH "), files + 1) - files);
        QVERIFY(section.contains(QStringLiteral(".I $XDG_DATA_HOME/attune/practice.db\n")));
        QVERIFY(section.contains(QStringLiteral("~/.local/share/attune/practice.db")));
    }

    void appStreamNamesOnlyScreenshotsThatExist()
    {
        const QString metainfo =
            readSource(QStringLiteral("packaging/io.github.attune.Attune.metainfo.xml.in"));
        QVERIFY(!metainfo.isEmpty());
        static const QRegularExpression image(QStringLiteral("<image>@ATTUNE_HOMEPAGE@/([^<]+)</image>"));
        int images = 0;
        for (auto it = image.globalMatch(metainfo); it.hasNext(); ++images) {
            const QString path = it.next().captured(1);
            QVERIFY2(QFile::exists(kSource + QLatin1Char('/') + path), qPrintable(path));
        }
        QVERIFY(images > 0);
        // Every <image> is one the pattern above read: none points elsewhere unchecked.
        QCOMPARE(metainfo.count(QStringLiteral("<image")), images);
    }
};

QTEST_GUILESS_MAIN(TestDocumentation)
#include "tst_documentation.moc"
