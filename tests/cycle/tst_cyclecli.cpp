// `attune cycle show|export` and `attune worksheet` as scripts call them: JSON keys, exit codes and
// one-sentence errors, with the real executable on a demo practice.
#include "AttuneProcess.h"
#include "PdfText.h"
#include "TestPractice.h"

#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using attune::test::isOneSentence;
using attune::test::Run;
using attune::test::runAttune;

class TestCycleCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    QStringList withDemo(QStringList args) const
    {
        args.prepend(m_demo);
        args.prepend(QStringLiteral("--practice"));
        return args;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        const Run r = runAttune(withDemo({QStringLiteral("demo")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void showJson()
    {
        const Run r = runAttune(withDemo({QStringLiteral("cycle"), QStringLiteral("show"),
                                          QStringLiteral("John"), QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("couple")).toString(), QStringLiteral("John & Mary Miller"));
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 3); // the latest version
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("positive"));
        QVERIFY(QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate).isValid());
        const QJsonArray partners = o.value(QStringLiteral("partners")).toArray();
        QCOMPARE(partners.size(), 2);
        QCOMPARE(partners.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("John Miller"));
        QCOMPARE(partners.at(0).toObject().value(QStringLiteral("position")).toString(),
                 QStringLiteral("withdrawer"));
        QCOMPARE(partners.at(1).toObject().value(QStringLiteral("position")).toString(),
                 QStringLiteral("pursuer"));
        for (const char *key :
             {"trigger", "primary_emotion", "secondary_emotion", "perception", "behavior", "need"})
            QVERIFY2(!partners.at(1).toObject().value(QLatin1StringView(key)).toString().isEmpty(), key);

        const Run first =
            runAttune(withDemo({QStringLiteral("cycle"), QStringLiteral("show"), QStringLiteral("John"),
                                QStringLiteral("--version"), QStringLiteral("1"), QStringLiteral("--json")}));
        QCOMPARE(first.exitCode, 0);
        const QJsonObject v1 = QJsonDocument::fromJson(first.out.toUtf8()).object();
        QCOMPARE(v1.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(v1.value(QStringLiteral("kind")).toString(), QStringLiteral("negative"));
        QVERIFY(v1.value(QStringLiteral("partners"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("trigger"))
                    .toString()
                    .contains(QStringLiteral("shoulder rub")));
    }

    void showText()
    {
        const Run r =
            runAttune(withDemo({QStringLiteral("cycle"), QStringLiteral("show"), QStringLiteral("Mary")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("John Miller (Withdrawer)")));
        QVERIFY(r.out.contains(QStringLiteral("Primary emotion: ")));
    }

    void errors()
    {
        const Run unknown =
            runAttune(withDemo({QStringLiteral("cycle"), QStringLiteral("show"), QStringLiteral("Nobody")}));
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(isOneSentence(unknown.err), qPrintable(unknown.err));
        const Run noVersion =
            runAttune(withDemo({QStringLiteral("cycle"), QStringLiteral("show"), QStringLiteral("John"),
                                QStringLiteral("--version"), QStringLiteral("42")}));
        QCOMPARE(noVersion.exitCode, 1);
        QVERIFY2(isOneSentence(noVersion.err), qPrintable(noVersion.err));
        const Run noSub = runAttune(withDemo({QStringLiteral("cycle")}));
        QCOMPARE(noSub.exitCode, 2);
        const Run noOutput =
            runAttune(withDemo({QStringLiteral("cycle"), QStringLiteral("export"), QStringLiteral("John")}));
        QCOMPARE(noOutput.exitCode, 2);
        const Run wrongOption = runAttune(withDemo({QStringLiteral("cycle"), QStringLiteral("show"),
                                                    QStringLiteral("John"), QStringLiteral("--handout")}));
        QCOMPARE(wrongOption.exitCode, 2);
        const Run badSuffix =
            runAttune(withDemo({QStringLiteral("cycle"), QStringLiteral("export"), QStringLiteral("John"),
                                QStringLiteral("--output"), m_dir.filePath(QStringLiteral("c.doc"))}));
        QCOMPARE(badSuffix.exitCode, 1);
        QVERIFY2(isOneSentence(badSuffix.err), qPrintable(badSuffix.err));
        const Run unwritable = runAttune(
            withDemo({QStringLiteral("cycle"), QStringLiteral("export"), QStringLiteral("John"),
                      QStringLiteral("--output"), m_dir.filePath(QStringLiteral("missing/dir/c.pdf"))}));
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(isOneSentence(unwritable.err), qPrintable(unwritable.err));
    }

    void noCycleYet()
    {
        attune::test::TestPractice practice;
        QVERIFY(practice.store().createCouple(
            attune::test::makeCouple(QStringLiteral("Zoë"), QStringLiteral("Ren"))));
        const Run r = runAttune({QStringLiteral("--practice"), practice.path(), QStringLiteral("cycle"),
                                 QStringLiteral("show"), QStringLiteral("Zoë")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(QStringLiteral("no cycle")), qPrintable(r.err));
    }

    void exportFiles()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("handout.pdf"));
        const Run r = runAttune(
            withDemo({QStringLiteral("cycle"), QStringLiteral("export"), QStringLiteral("John"),
                      QStringLiteral("--version"), QStringLiteral("2"), QStringLiteral("--handout"),
                      QStringLiteral("--initials"), QStringLiteral("--page"), QStringLiteral("a4"),
                      QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--output"), pdf}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QSet<QString> words = attune::test::wordsOf(attune::test::pdfText(pdf));
        QVERIFY(words.contains(QStringLiteral("study"))); // from version 2's behavior
        QVERIFY(!words.contains(QStringLiteral("john")));

        const QString png = m_dir.filePath(QStringLiteral("thumb.png"));
        QCOMPARE(runAttune(withDemo({QStringLiteral("cycle"), QStringLiteral("export"),
                                     QStringLiteral("John"), QStringLiteral("--dpi"), QStringLiteral("32"),
                                     QStringLiteral("--output"), png}))
                     .exitCode,
                 0);
        QCOMPARE(QImage(png).width(), 320);

        const QString sheet = m_dir.filePath(QStringLiteral("five.pdf"));
        const Run w = runAttune({QStringLiteral("worksheet"), QStringLiteral("--kind"),
                                 QStringLiteral("five-step"), QStringLiteral("--output"), sheet});
        QVERIFY2(w.exitCode == 0, qPrintable(w.err));
        QVERIFY(attune::test::pdfText(sheet).contains(QStringLiteral("From resentment to closeness")));
        QCOMPARE(runAttune({QStringLiteral("worksheet"), QStringLiteral("--kind"), QStringLiteral("other"),
                            QStringLiteral("--output"), sheet})
                     .exitCode,
                 2);
    }
};

QTEST_MAIN(TestCycleCli)
#include "tst_cyclecli.moc"
