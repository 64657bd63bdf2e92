// `attune report` as scripts call it, through the built binary: a PDF for a couple, and one clear
// sentence with exit code 2 for a malformed or impossible date, a backwards period, an unknown paper
// size or a missing output; exit code 1 for an unknown couple or a file that cannot be written.
#include "AttuneProcess.h"
#include "store/PracticeStore.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using attune::test::isOneSentence;
using attune::test::Run;
using attune::test::runAttune;

class TestReportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_practice;

    Run report(const QStringList &extra)
    {
        return runAttune(QStringList{u"--practice"_s, m_practice, u"report"_s} + extra);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_practice = m_dir.filePath(u"demo.db"_s);
        const Run r = runAttune({u"--practice"_s, m_practice, u"demo"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void writesAPdf()
    {
        const QString pdf = m_dir.filePath(u"jm.pdf"_s);
        const Run r = report(
            {u"John"_s, u"--output"_s, pdf, u"--page"_s, u"a4"_s, u"--therapist"_s, u"Dr. Rosa Delgado"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"John & Mary Miller"_s));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(words.contains(u"Dr. Rosa Delgado"_s));
        QVERIFY(words.contains(u"Page 1 of "_s));
    }

    // Without --therapist the cover names the practice's clinician profile, as the window's dialog does.
    void therapistComesFromTheClinicianProfile()
    {
        const QString practice = m_dir.filePath(u"profile.db"_s);
        QVERIFY(QFile::copy(m_practice, practice));
        {
            auto store = attune::PracticeStore::open(practice, attune::PracticeStore::OpenMode::OpenExisting);
            QVERIFY2(store, qPrintable(store.error()));
            QVERIFY((*store)->setClinician({u"Alex Rivera"_s, u"PhD, LMFT"_s}));
        }
        const QString pdf = m_dir.filePath(u"profile.pdf"_s);
        const Run r = runAttune({u"--practice"_s, practice, u"report"_s, u"John"_s, u"--output"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(words.contains(u"Alex Rivera, PhD, LMFT"_s));
        // The outcome totals in the session table are under the partners' names, not "A" and "B".
        QVERIFY(words.contains(u"RDAS John: "_s) || words.contains(u"RDAS Mary: "_s));
        QVERIFY(!words.contains(QRegularExpression(u"RDAS [AB]: "_s)));
    }

    void periodLimitsTheSessions()
    {
        const QString pdf = m_dir.filePath(u"period.pdf"_s);
        const Run r =
            report({u"John"_s, u"--output"_s, pdf, u"--from"_s, u"2000-01-01"_s, u"--to"_s, u"2000-12-31"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(pdf));
        QVERIFY(r.out.contains(u"(0 session"_s));
    }

    void misuseIsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString out = u"/tmp/never-written-progress.pdf"_s;
        QTest::newRow("impossible date")
            << QStringList{u"John"_s, u"--output"_s, out, u"--from"_s, u"2026-02-30"_s} << u"2026-02-30"_s;
        QTest::newRow("not a date") << QStringList{u"John"_s, u"--output"_s, out, u"--to"_s, u"June"_s}
                                    << u"June"_s;
        QTest::newRow("backwards") << QStringList{u"John"_s,      u"--output"_s,   out,
                                                  u"--from"_s,    u"2026-05-01"_s, u"--to"_s,
                                                  u"2026-04-01"_s}
                                   << u"after it ends"_s;
        QTest::newRow("paper") << QStringList{u"John"_s, u"--output"_s, out, u"--page"_s, u"a5"_s} << u"a5"_s;
        QTest::newRow("no output") << QStringList{u"John"_s} << u"--output"_s;
        QTest::newRow("language") << QStringList{u"John"_s, u"--output"_s, out, u"--language"_s, u"xx"_s}
                                  << u"xx"_s;
    }

    void misuseIsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = report(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(!QFile::exists(u"/tmp/never-written-progress.pdf"_s));
    }

    void failuresAreExitOne()
    {
        const Run unknown = report({u"Nobody-by-this-name"_s, u"--output"_s, m_dir.filePath(u"x.pdf"_s)});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(!unknown.err.trimmed().isEmpty(), qPrintable(unknown.err));
        const Run unwritable = report({u"John"_s, u"--output"_s, m_dir.filePath(u"missing/folder/x.pdf"_s)});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(isOneSentence(unwritable.err), qPrintable(unwritable.err));
        QVERIFY(unwritable.err.contains(u"Could not write"_s));
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
