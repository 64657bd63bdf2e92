// Every printed document in the language chosen for it, whatever the interface speaks, from the command
// line: `cycle export --handout --language`, `cycle export --language`, `worksheet [--kind five-step]
// --language` and `report --language`, with the interface (the system's locale) in the other language.
// An unknown code is refused with the available ones. The PDF's title names no client.
#include "DocumentWords.h"
#include "PdfText.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace attune::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

// The executable with the interface in `interface` (through the locale, as a user's desktop sets it).
Run run(const QStringList &args, const QString &interface)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString locale =
        interface == QStringLiteral("es") ? QStringLiteral("es_ES.UTF-8") : QStringLiteral("en_US.UTF-8");
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LANGUAGE"), interface);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ATTUNE_BINARY), args);
    Run r;
    if (!p.waitForFinished(180000)) {
        p.kill();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

Q_DECLARE_METATYPE(attune::test::Document)

class TestDocumentLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        const Run r =
            run({QStringLiteral("--practice"), m_demo, QStringLiteral("demo")}, QStringLiteral("en"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void documentFollowsItsLanguage_data()
    {
        QTest::addColumn<Document>("document");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("interface");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        const QStringList practice{QStringLiteral("--practice"), m_demo};
        const QStringList handout =
            practice + QStringList{QStringLiteral("cycle"), QStringLiteral("export"), QStringLiteral("John"),
                                   QStringLiteral("--handout")};
        const QStringList diagram =
            practice + QStringList{QStringLiteral("cycle"), QStringLiteral("export"), QStringLiteral("John")};
        const QStringList worksheet{QStringLiteral("worksheet")};
        const QStringList fiveStep{QStringLiteral("worksheet"), QStringLiteral("--kind"),
                                   QStringLiteral("five-step")};
        const QStringList report = practice + QStringList{QStringLiteral("report"), QStringLiteral("John")};
        for (const QString &interface : {QStringLiteral("en"), QStringLiteral("es")}) {
            const QString language =
                interface == QStringLiteral("en") ? QStringLiteral("es") : QStringLiteral("en");
            const bool es = language == QStringLiteral("es");
            const auto row = [&](const char *name, Document d, const QStringList &args,
                                 const QString &title) {
                QTest::addRow("%s, interface %s", name, qPrintable(interface))
                    << d << args << interface << language << title;
            };
            row("handout", Document::Handout, handout,
                es ? QStringLiteral("Attune – material del ciclo")
                   : QStringLiteral("Attune – cycle handout"));
            row("diagram", Document::Diagram, diagram,
                es ? QStringLiteral("Attune – ciclo") : QStringLiteral("Attune – cycle"));
            row("worksheet", Document::CycleWorksheet, worksheet,
                es ? QStringLiteral("Attune – hoja de trabajo del ciclo")
                   : QStringLiteral("Attune – cycle worksheet"));
            row("five-step", Document::FiveStepWorksheet, fiveStep,
                es ? QStringLiteral("Attune – hoja de los cinco pasos")
                   : QStringLiteral("Attune – five-step worksheet"));
            row("report", Document::Report, report,
                es ? QStringLiteral("Attune – informe de progreso")
                   : QStringLiteral("Attune – progress report"));
        }
    }

    void documentFollowsItsLanguage()
    {
        QFETCH(Document, document);
        QFETCH(QStringList, args);
        QFETCH(QString, interface);
        QFETCH(QString, language);
        QFETCH(QString, title);
        const QString pdf = m_dir.filePath(
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')) +
            QStringLiteral(".pdf"));
        const Run r =
            run(args + QStringList{QStringLiteral("--language"), language, QStringLiteral("--output"), pdf},
                interface);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString problem = languageProblem(pdfText(pdf), document, language);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The title a viewer and a print system show: the kind of page, in its language, and no client.
        const QString info = pdfInfo(pdf);
        QVERIFY2(pdfInfoField(info, QStringLiteral("Title")) == title, qPrintable(info));
        for (const QString &name : {QStringLiteral("John"), QStringLiteral("Mary"), QStringLiteral("Miller")})
            QVERIFY2(!info.contains(name), qPrintable(info));
    }

    // The interface's language, when no --language is given: the document follows it (global form too).
    void globalLanguageStillWorks()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("global.pdf"));
        const Run r = run({QStringLiteral("--language"), QStringLiteral("es"), QStringLiteral("worksheet"),
                           QStringLiteral("--output"), pdf},
                          QStringLiteral("en"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString problem = languageProblem(pdfText(pdf), Document::CycleWorksheet, QStringLiteral("es"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void unknownLanguageRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        const QStringList practice{QStringLiteral("--practice"), m_demo};
        QTest::newRow("handout") << practice + QStringList{QStringLiteral("cycle"), QStringLiteral("export"),
                                                           QStringLiteral("John"),
                                                           QStringLiteral("--handout")};
        QTest::newRow("diagram") << practice + QStringList{QStringLiteral("cycle"), QStringLiteral("export"),
                                                           QStringLiteral("John")};
        QTest::newRow("worksheet") << QStringList{QStringLiteral("worksheet")};
        QTest::newRow("five-step") << QStringList{QStringLiteral("worksheet"), QStringLiteral("--kind"),
                                                  QStringLiteral("five-step")};
        QTest::newRow("report") << practice + QStringList{QStringLiteral("report"), QStringLiteral("John")};
    }

    void unknownLanguageRefused()
    {
        QFETCH(QStringList, args);
        const QString pdf = m_dir.filePath(QStringLiteral("fr.pdf"));
        const Run r = run(args + QStringList{QStringLiteral("--language"), QStringLiteral("fr"),
                                             QStringLiteral("--output"), pdf},
                          QStringLiteral("en"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("fr")) && r.err.contains(QStringLiteral("en")) &&
                     r.err.contains(QStringLiteral("es")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_GUILESS_MAIN(TestDocumentLanguage)
#include "tst_documentlanguage.moc"
