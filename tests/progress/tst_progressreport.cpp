// The progress report as a reader gets it: the PDF's pages and words (through pdftotext), the header and
// page numbers on every page, a row for every session, the chosen paper size, vector output (no
// page-sized raster image), and sensible reports for a couple with no sessions and one with 500.
#include "TestPractice.h"

#include "demo/DemoGenerator.h"
#include "progress/ProgressReport.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;
using namespace attune::test;
using namespace Qt::StringLiterals;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext turns "fi" into a ligature and wraps long lines; normalising keeps the checks about words.
QStringList pageTexts(const QString &pdf)
{
    const QString text =
        run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}).normalized(QString::NormalizationForm_KC);
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

qint64 coupleNamed(PracticeStore &store, const QString &fragment)
{
    const auto couples = store.coupleSummaries();
    if (!couples)
        qFatal("coupleSummaries failed");
    for (const CoupleSummary &c : *couples)
        if (c.name.contains(fragment))
            return c.id;
    return 0;
}

QString tableDate(QDate d)
{
    return kEnglish.toString(d, u"M/d/yyyy"_s);
}

} // namespace

class TestProgressReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const ReportContent &content, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Status s = writeReportPdf(content, path);
        if (!s)
            qFatal("writeReportPdf failed: %s", qPrintable(s.error()));
        return path;
    }

private slots:
    void johnAndMary()
    {
        TestPractice practice;
        QVERIFY(generateDemoPractice(practice.store(), {}));
        const qint64 id = coupleNamed(practice.store(), u"John & Mary"_s);
        QVERIFY(id > 0);
        ReportOptions options;
        options.therapist = u"Dr. Rosa Delgado"_s;
        options.locale = kEnglish;
        const auto content = loadReportContent(practice.store(), id, options);
        QVERIFY2(content, qPrintable(content ? QString() : content.error()));
        QCOMPARE(content->sessions.size(), 28);
        QVERIFY(content->cycle);
        const QString pdf = write(*content, u"jm.pdf"_s);

        const QStringList pages = pageTexts(pdf);
        QVERIFY2(pages.size() >= 4, qPrintable(QString::number(pages.size())));
        const int n = int(pages.size());
        for (int i = 0; i < n; ++i) {
            const QString &page = pages[i];
            QVERIFY2(page.contains(u"John & Mary Miller"_s), qPrintable(page.left(200)));
            QVERIFY(page.contains(u"Progress report, "_s));
            QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(n)),
                     qPrintable(page.right(200)));
        }
        const QString &cover = pages[0];
        for (const QString &word :
             {u"Dr. Rosa Delgado"_s, u"Partners"_s, u"John Miller (withdrawer)"_s, u"Stage timeline"_s,
              u"Withdrawer re-engagement"_s, u"Blamer softening"_s, u"28 session"_s, u"in this period"_s})
            QVERIFY2(cover.contains(word), qPrintable(word));
        QVERIFY(pages[1].contains(u"Change events"_s));
        QVERIFY(pages[1].contains(u"Outcome measures"_s));
        QVERIFY(pages[1].contains(u"RDAS"_s));
        QVERIFY(pages[1].contains(u"Distress below 47.5"_s)); // the RDAS cutoff, named on its line
        QVERIFY(pages[2].contains(u"Secure-bond signs"_s));
        QVERIFY(pages[2].contains(u"Latest cycle map"_s));

        // Every session has its row, in order, with its markers.
        const QString table = pages.mid(3).join(QLatin1Char('\n'));
        QVERIFY(table.contains(u"engagement"_s) && table.contains(u"Softening"_s) &&
                table.contains(u"Outcomes"_s));
        qsizetype at = 0;
        for (const Session &s : content->sessions) {
            const qsizetype found = table.indexOf(tableDate(s.date), at);
            QVERIFY2(found >= 0, qPrintable(tableDate(s.date)));
            at = found;
        }
        QVERIFY(table.contains(u"Complete"_s));

        // Vector: no raster image anywhere near page size.
        const QStringList images = run(u"pdfimages"_s, {u"-list"_s, pdf}).split(QLatin1Char('\n'));
        for (const QString &line : images.mid(2)) {
            const QStringList cols = line.simplified().split(QLatin1Char(' '));
            if (cols.size() > 4)
                QVERIFY2(cols[3].toInt() < 400 && cols[4].toInt() < 400, qPrintable(line));
        }
        QVERIFY(run(u"pdfinfo"_s, {pdf}).contains(u"letter"_s));
    }

    void periodAndPaperSize()
    {
        TestPractice practice;
        QVERIFY(generateDemoPractice(practice.store(), {}));
        const qint64 id = coupleNamed(practice.store(), u"John & Mary"_s);
        const auto all = practice.store().sessions(id);
        QVERIFY(all && all->size() > 10);
        ReportOptions options;
        options.from = all->at(5).date;
        options.to = all->at(9).date;
        options.pageSize = QPageSize::A4;
        options.locale = kEnglish;
        const auto content = loadReportContent(practice.store(), id, options);
        QVERIFY(content);
        QCOMPARE(content->sessions.size(), 5);
        const QString pdf = write(*content, u"period.pdf"_s);
        QVERIFY(run(u"pdfinfo"_s, {pdf}).contains(u"(A4)"_s));
        const QString text = pageTexts(pdf).join(QLatin1Char('\n'));
        QVERIFY(text.contains(u"5 session"_s)); // "5 sessions" once the English plurals hold the phrase
        QVERIFY(!text.contains(tableDate(all->at(4).date)));
        QVERIFY(!text.contains(tableDate(all->at(10).date)));

        ReportOptions backwards;
        backwards.from = options.to;
        backwards.to = options.from;
        const auto refused = loadReportContent(practice.store(), id, backwards);
        QVERIFY(!refused);
        QVERIFY(refused.error().startsWith(u"The period starts"_s));
    }

    void coupleWithoutSessions()
    {
        TestPractice practice;
        const auto id = practice.store().createCouple(makeCouple(u"Nora"_s, u"Omar"_s));
        QVERIFY(id);
        const auto content = loadReportContent(practice.store(), *id, {});
        QVERIFY(content);
        const QStringList pages = pageTexts(write(*content, u"empty.pdf"_s));
        QCOMPARE(pages.size(), 1);
        QVERIFY(pages[0].contains(u"No sessions were recorded in this period."_s));
        QVERIFY(pages[0].contains(u"Page 1 of 1"_s));
    }

    void fiveHundredSessionsSpanPages()
    {
        TestPractice practice;
        QVERIFY(generateDemoPractice(practice.store(), {1, 500, 3}));
        const auto couples = practice.store().coupleSummaries();
        QVERIFY(couples && couples->size() == 1);
        ReportOptions options;
        options.locale = kEnglish;
        const auto content = loadReportContent(practice.store(), couples->first().id, options);
        QVERIFY(content);
        QCOMPARE(content->sessions.size(), 500);
        const QStringList pages = pageTexts(write(*content, u"big.pdf"_s));
        QVERIFY2(pages.size() > 10, qPrintable(QString::number(pages.size())));
        QVERIFY(pages.last().contains(tableDate(content->sessions.last().date)));
        QVERIFY(pages.last().contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
        static const QRegularExpression rowDate(u"\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b"_s);
        int rows = 0;
        // Cover, charts, bonds and cycle, then the treatment plan's page when the couple has a plan.
        for (const QString &page : pages.mid(content->plans.isEmpty() ? 3 : 4))
            rows += int(page.count(rowDate)) - 2; // the header's period holds two dates
        QCOMPARE(rows, 500);
    }

    // The cycle page draws the couple's chosen layout: the figure eight by default, Boxes when the
    // couple's Cycle tab shows boxes (the dialog passes it on). The page is compared as a picture.
    void cyclePageFollowsTheCouplesLayout()
    {
        TestPractice practice;
        QVERIFY(generateDemoPractice(practice.store(), {}));
        const qint64 id = coupleNamed(practice.store(), u"John & Mary"_s);
        ReportOptions options;
        options.locale = kEnglish;
        auto content = loadReportContent(practice.store(), id, options);
        QVERIFY(content && content->cycle);
        QCOMPARE(content->options.cycleStyle, CycleStyle::Loop);
        const QStringList pages = pageTexts(write(*content, u"loop.pdf"_s));
        int cyclePage = 0;
        for (int i = 0; i < pages.size(); ++i)
            if (pages.at(i).contains(u"line of awareness"_s))
                cyclePage = i + 1;
        QVERIFY(cyclePage > 0);
        auto picture = [&](const QString &pdf) {
            const QString page = QString::number(cyclePage);
            const QString stem = m_dir.filePath(QFileInfo(pdf).completeBaseName());
            run(u"pdftoppm"_s, {u"-f"_s, page, u"-l"_s, page, u"-r"_s, u"40"_s, u"-gray"_s, u"-singlefile"_s,
                                m_dir.filePath(pdf), stem});
            return QImage(stem + u".pgm"_s);
        };
        write(*content, u"loop-again.pdf"_s);
        content->options.cycleStyle = CycleStyle::Boxes;
        write(*content, u"boxes.pdf"_s);
        const QImage loop = picture(u"loop.pdf"_s), again = picture(u"loop-again.pdf"_s),
                     boxes = picture(u"boxes.pdf"_s);
        QVERIFY(!loop.isNull() && !boxes.isNull());
        QCOMPARE(again, loop); // the same layout paints the same page
        QVERIFY(boxes != loop);
    }
};

QTEST_MAIN(TestProgressReport)
#include "tst_progressreport.moc"
