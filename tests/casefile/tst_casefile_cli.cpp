// `attune export` and `attune import` as scripts call them: exit codes 0/1/2, the summary on stdout, one
// sentence on stderr, import into a missing practice creating it, and a bad file creating nothing.
#include "AttuneProcess.h"
#include "CaseFileTestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using attune::test::isOneSentence;
using attune::test::Run;
using attune::test::runAttune;

class TestCaseFileCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = path("demo.db");
        const Run r = runAttune({QStringLiteral("--practice"), m_demo, QStringLiteral("demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void exportAllAndImportIntoANewPractice()
    {
        const QString file = path("all.attune");
        Run r = runAttune({QStringLiteral("--practice"), m_demo, QStringLiteral("export"),
                           QStringLiteral("--all"), QStringLiteral("--output"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Exported 6 couple")));
        QVERIFY(QFile::exists(file));

        const QString fresh = path("fresh.db");
        r = runAttune({QStringLiteral("--practice"), fresh, QStringLiteral("import"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Added: 6 couples")), qPrintable(r.out));
        QVERIFY(QFile::exists(fresh));

        r = runAttune({QStringLiteral("--practice"), fresh, QStringLiteral("import"), file,
                       QStringLiteral("--on-conflict"), QStringLiteral("replace")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Added: nothing.")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("identical: 6 couples")));

        r = runAttune({QStringLiteral("--practice"), fresh, QStringLiteral("couples")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 6);
    }

    void exportOneCoupleByName()
    {
        const QString file = path("john.attune");
        Run r = runAttune({QStringLiteral("--practice"), m_demo, QStringLiteral("export"),
                           QStringLiteral("John"), QStringLiteral("--output"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Exported 1 couple")));
        const QString fresh = path("john.db");
        r = runAttune({QStringLiteral("--practice"), fresh, QStringLiteral("import"), file,
                       QStringLiteral("--on-conflict=copy")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("Added: 1 couple")));

        r = runAttune({QStringLiteral("--practice"), m_demo, QStringLiteral("export"),
                       QStringLiteral("Nobody"), QStringLiteral("--output"), path("nobody.attune")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(path("nobody.attune")));
    }

    void misuseExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("export without output")
            << QStringList{QStringLiteral("export"), QStringLiteral("--all")};
        QTest::newRow("export without couples")
            << QStringList{QStringLiteral("export"), QStringLiteral("--output"), QStringLiteral("x.attune")};
        QTest::newRow("export all and a couple")
            << QStringList{QStringLiteral("export"), QStringLiteral("John"), QStringLiteral("--all"),
                           QStringLiteral("--output"), QStringLiteral("x.attune")};
        QTest::newRow("export encrypted")
            << QStringList{QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--encrypt"),
                           QStringLiteral("--output"), QStringLiteral("x.attune")};
        QTest::newRow("import without file") << QStringList{QStringLiteral("import")};
        QTest::newRow("import bad policy")
            << QStringList{QStringLiteral("import"), QStringLiteral("x.attune"),
                           QStringLiteral("--on-conflict"), QStringLiteral("merge")};
        QTest::newRow("import unknown option")
            << QStringList{QStringLiteral("import"), QStringLiteral("x.attune"), QStringLiteral("--force")};
    }

    void misuseExitsTwo()
    {
        QFETCH(QStringList, args);
        const Run r = runAttune(QStringList{QStringLiteral("--practice"), m_demo} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
    }

    void badFileFailsAndCreatesNothing()
    {
        const QString junk = path("junk.attune");
        QVERIFY(attune::test::writeBytes(junk, QByteArrayLiteral("ATTUNECF and then nonsense")));
        const QString practice = path("never.db");
        const Run r = runAttune({QStringLiteral("--practice"), practice, QStringLiteral("import"), junk});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("not an Attune case file")));
        QVERIFY(!QFile::exists(practice));

        const Run missing = runAttune(
            {QStringLiteral("--practice"), practice, QStringLiteral("import"), path("none.attune")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(isOneSentence(missing.err));
    }

    void helpListsTheCommands()
    {
        const Run r = runAttune({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("export (COUPLE... | --all) --output FILE.attune")));
        QVERIFY(r.out.contains(QStringLiteral("--on-conflict skip|replace|copy")));
    }
};

QTEST_GUILESS_MAIN(TestCaseFileCli)
#include "tst_casefile_cli.moc"
