// Every command parses its options the same way and says the same sentence for the same mistake: an
// unknown option, a missing value, a value given to a flag, a malformed date, page size, number or
// choice, and a language Attune has no translation for. All are misuse (exit 2), written to stderr as
// one sentence, and nothing is written.
#include "AttuneProcess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using attune::test::isOneSentence;
using attune::test::Run;
using attune::test::runAttune;

class TestCommandOptions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_never; // a file no misuse may create

    QStringList withDemo(QStringList args) const
    {
        args.prepend(m_demo);
        args.prepend(QStringLiteral("--practice"));
        return args;
    }

    void addRow(const char *name, const QStringList &args, const QString &sentence)
    {
        QTest::newRow(name) << withDemo(args) << sentence;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        m_never = m_dir.filePath(QStringLiteral("never.pdf"));
        const Run r = runAttune(withDemo({QStringLiteral("demo")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void init() { QFile::remove(m_never); }

    void misuseSaysTheSameSentenceEverywhere_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("sentence");
        const QString out = m_never;
        const QString o = QStringLiteral("--output");

        // One date parser: the same words for audit and report, and the same rule (exactly YYYY-MM-DD).
        const QString badDate = QStringLiteral("--from takes a real date as YYYY-MM-DD, not 2026-02-30.");
        addRow("audit impossible date",
               {QStringLiteral("audit"), QStringLiteral("--from"), QStringLiteral("2026-02-30")}, badDate);
        addRow(
            "report impossible date",
            {QStringLiteral("report"), QStringLiteral("John"), o, out, QStringLiteral("--from=2026-02-30")},
            badDate);
        const QString timeNotDate =
            QStringLiteral("--to takes a real date as YYYY-MM-DD, not 2026-05-01T10:00.");
        addRow("audit date with a time",
               {QStringLiteral("audit"), QStringLiteral("--to"), QStringLiteral("2026-05-01T10:00")},
               timeNotDate);
        addRow("report date with a time",
               {QStringLiteral("report"), QStringLiteral("John"), o, out, QStringLiteral("--to"),
                QStringLiteral("2026-05-01T10:00")},
               timeNotDate);
        const QString backwards =
            QStringLiteral("The period starts (2026-05-01) after it ends (2026-04-01).");
        addRow("audit backwards",
               {QStringLiteral("audit"), QStringLiteral("--from"), QStringLiteral("2026-05-01"),
                QStringLiteral("--to"), QStringLiteral("2026-04-01")},
               backwards);
        addRow("report backwards",
               {QStringLiteral("report"), QStringLiteral("John"), o, out, QStringLiteral("--from"),
                QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-04-01")},
               backwards);

        // One page-size parser.
        const QString badPage = QStringLiteral("--page takes letter or a4, not a5.");
        addRow("report page",
               {QStringLiteral("report"), QStringLiteral("John"), o, out, QStringLiteral("--page"),
                QStringLiteral("a5")},
               badPage);
        addRow("cycle export page",
               {QStringLiteral("cycle"), QStringLiteral("export"), QStringLiteral("John"), o, out,
                QStringLiteral("--page"), QStringLiteral("a5")},
               badPage);
        addRow("worksheet page", {QStringLiteral("worksheet"), o, out, QStringLiteral("--page=a5")}, badPage);

        // Every command that takes --language checks it, like the global option.
        const QString noFrench = QStringLiteral("Attune has no fr translation; choose en or es.");
        addRow("report language",
               {QStringLiteral("report"), QStringLiteral("John"), o, out, QStringLiteral("--language"),
                QStringLiteral("fr")},
               noFrench);
        addRow("cycle export language",
               {QStringLiteral("cycle"), QStringLiteral("export"), QStringLiteral("John"), o, out,
                QStringLiteral("--handout"), QStringLiteral("--language"), QStringLiteral("fr")},
               noFrench);
        addRow("worksheet language",
               {QStringLiteral("worksheet"), o, out, QStringLiteral("--language"), QStringLiteral("fr")},
               noFrench);
        addRow("five-step worksheet language",
               {QStringLiteral("worksheet"), QStringLiteral("--kind"), QStringLiteral("five-step"), o, out,
                QStringLiteral("--language=fr")},
               noFrench);
        addRow("global language",
               {QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("couples")}, noFrench);
        addRow("empty language", {QStringLiteral("worksheet"), o, out, QStringLiteral("--language=")},
               QStringLiteral("Attune has no \"\" translation; choose en or es."));

        // Numbers and choices.
        addRow("cycle version",
               {QStringLiteral("cycle"), QStringLiteral("show"), QStringLiteral("John"),
                QStringLiteral("--version"), QStringLiteral("two")},
               QStringLiteral("--version takes a whole number from 1 up, not two."));
        addRow("cycle dpi",
               {QStringLiteral("cycle"), QStringLiteral("export"), QStringLiteral("John"), o,
                m_dir.filePath(QStringLiteral("never.png")), QStringLiteral("--dpi"), QStringLiteral("5000")},
               QStringLiteral("--dpi takes a whole number from 10 to 1200, not 5000."));
        addRow("demo couples", {QStringLiteral("demo"), QStringLiteral("--couples"), QStringLiteral("many")},
               QStringLiteral("--couples takes a whole number from 1 to 100000, not many."));
        addRow("worksheet kind",
               {QStringLiteral("worksheet"), o, out, QStringLiteral("--kind"), QStringLiteral("other")},
               QStringLiteral("--kind takes cycle or five-step, not other."));
        addRow("import conflict",
               {QStringLiteral("import"), QStringLiteral("x.attune"), QStringLiteral("--on-conflict"),
                QStringLiteral("merge")},
               QStringLiteral("--on-conflict takes skip, replace or copy, not merge."));

        // The parser's own errors, in the commands' words.
        const QString unknown = QStringLiteral("Unknown option --bogus for this command.");
        for (const char *command : {"couples", "appointments", "sessions", "check", "audit", "backup",
                                    "restore", "export", "import", "worksheet", "report", "demo"})
            QTest::newRow(qPrintable(QStringLiteral("%1 unknown option").arg(QLatin1StringView(command))))
                << withDemo({QLatin1StringView(command), QStringLiteral("--bogus")}) << unknown;
        addRow("search unknown option",
               {QStringLiteral("search"), QStringLiteral("hurt"), QStringLiteral("--bogus")}, unknown);
        addRow("cycle export unknown",
               {QStringLiteral("cycle"), QStringLiteral("export"), QStringLiteral("John"), o, out,
                QStringLiteral("--bogus")},
               unknown);
        addRow("protect unknown", {QStringLiteral("protect"), QStringLiteral("--bogus")}, unknown);
        addRow("unprotect unknown", {QStringLiteral("unprotect"), QStringLiteral("--bogus")}, unknown);
        addRow("passphrase change unknown",
               {QStringLiteral("passphrase"), QStringLiteral("change"), QStringLiteral("--bogus")}, unknown);
        addRow("protect key cost",
               {QStringLiteral("protect"), QStringLiteral("--key-cost"), QStringLiteral("cheap")},
               QStringLiteral("--key-cost takes moderate or interactive, not cheap."));
        addRow("cycle show unknown",
               {QStringLiteral("cycle"), QStringLiteral("show"), QStringLiteral("John"),
                QStringLiteral("--bogus")},
               unknown);
        addRow("cycle show takes no handout",
               {QStringLiteral("cycle"), QStringLiteral("show"), QStringLiteral("John"),
                QStringLiteral("--handout")},
               QStringLiteral("Unknown option --handout for this command."));
        addRow("audit verify unknown",
               {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")},
               QStringLiteral("Unknown option --json for this command."));
        addRow("missing value", {QStringLiteral("report"), QStringLiteral("John"), o},
               QStringLiteral("--output needs a value."));
        addRow("worksheet missing value", {QStringLiteral("worksheet"), o},
               QStringLiteral("--output needs a value."));
        addRow("unknown option with a value",
               {QStringLiteral("couples"), QStringLiteral("--json"), QStringLiteral("--all"),
                QStringLiteral("--bogus=1")},
               unknown);
        addRow("flag with a value", {QStringLiteral("couples"), QStringLiteral("--json=yes")},
               QStringLiteral("--json takes no value."));
        addRow("extra argument", {QStringLiteral("check"), QStringLiteral("now")},
               QStringLiteral("Unexpected argument now."));
        addRow("sessions extra argument",
               {QStringLiteral("sessions"), QStringLiteral("John"), QStringLiteral("Mary")},
               QStringLiteral("Unexpected argument Mary."));
        // The same sentences in Spanish, the unknown command included.
        QTest::newRow("unknown command in Spanish")
            << QStringList{QStringLiteral("--language"), QStringLiteral("es"), QStringLiteral("bogus")}
            << QStringLiteral("Comando desconocido: bogus. Pruebe attune --help.");
        QTest::newRow("global unknown") << QStringList{QStringLiteral("--bogus")}
                                        << QStringLiteral("Unknown option --bogus. Try attune --help.");
        QTest::newRow("global practice without value")
            << QStringList{QStringLiteral("--practice")} << QStringLiteral("--practice needs a value.");
        QTest::newRow("global language without value")
            << QStringList{QStringLiteral("--language")} << QStringLiteral("--language needs a value.");
    }

    void misuseSaysTheSameSentenceEverywhere()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, sentence);
        const Run r = runAttune(args);
        QVERIFY2(r.exitCode == 2, qPrintable(QString::number(r.exitCode) + QLatin1Char(' ') + r.err));
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        QCOMPARE(r.err.trimmed(), sentence);
        QVERIFY(!QFile::exists(m_never));
    }

    // Options anywhere among the positionals, "--name=value" as well as "--name value", "--" before a
    // positional that starts with a dash, and options before a subcommand.
    void optionsParseAsDocumented()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("sheet.pdf"));
        const Run sheet =
            runAttune({QStringLiteral("worksheet"), QStringLiteral("--kind=five-step"),
                       QStringLiteral("--page"), QStringLiteral("A4"), QStringLiteral("--output=") + pdf});
        QVERIFY2(sheet.exitCode == 0, qPrintable(sheet.err));
        QVERIFY(QFile::exists(pdf));

        const Run show =
            runAttune(withDemo({QStringLiteral("cycle"), QStringLiteral("--json"), QStringLiteral("show"),
                                QStringLiteral("--version=1"), QStringLiteral("John")}));
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        QVERIFY(show.out.contains(QStringLiteral("\"version\": 1")));

        const Run sessions = runAttune(withDemo({QStringLiteral("sessions"), QStringLiteral("--json"),
                                                 QStringLiteral("--"), QStringLiteral("John")}));
        QVERIFY2(sessions.exitCode == 0, qPrintable(sessions.err));

        const Run audit = runAttune(withDemo({QStringLiteral("audit"), QStringLiteral("--from"),
                                              QStringLiteral("2000-01-01"), QStringLiteral("--json")}));
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandOptions)
#include "tst_commandoptions.moc"
