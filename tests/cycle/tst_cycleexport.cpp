// The cycle on paper and in files, from John and Mary's demo practice: PDFs are vector with every word of
// every step selectable, handouts with initials hide the names, PNG and SVG are valid pictures, and
// failures come back as one sentence.
#include "PdfText.h"
#include "TestPractice.h"

#include "demo/DemoGenerator.h"
#include "render/CycleExport.h"
#include "store/CoupleLookup.h"

#include <QImage>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

class TestCycleExport : public QObject
{
    Q_OBJECT

private:
    test::TestPractice m_practice;
    QTemporaryDir m_dir;
    Couple m_couple;
    QList<CycleMap> m_maps;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    CycleContent content(int index) const { return CycleContent::from(m_maps.at(index), m_couple); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto demo = generateDemoPractice(m_practice.store(), DemoOptions{});
        QVERIFY2(demo, qPrintable(demo.error()));
        const auto summary = findCouple(m_practice.store(), QStringLiteral("John"));
        QVERIFY2(summary, qPrintable(summary.error()));
        m_couple = *m_practice.store().couple(summary->id);
        m_maps = *m_practice.store().cycleMaps(summary->id, ArchiveFilter::All);
        QCOMPARE(m_maps.size(), 3); // two negative versions and the positive one
    }

    void pdfHasEveryWordAndNoRaster_data()
    {
        QTest::addColumn<int>("map");
        QTest::addColumn<bool>("handout");
        QTest::addColumn<bool>("a4");
        QTest::addColumn<CycleStyle>("style");
        for (int map = 0; map < 3; ++map) {
            QTest::addRow("version %d diagram", map + 1) << map << false << false << CycleStyle::Loop;
            QTest::addRow("version %d handout letter", map + 1) << map << true << false << CycleStyle::Loop;
            QTest::addRow("version %d handout a4", map + 1) << map << true << true << CycleStyle::Loop;
            QTest::addRow("version %d boxes diagram", map + 1) << map << false << false << CycleStyle::Boxes;
            QTest::addRow("version %d boxes handout a4", map + 1) << map << true << true << CycleStyle::Boxes;
        }
    }

    void pdfHasEveryWordAndNoRaster()
    {
        QFETCH(int, map);
        QFETCH(bool, handout);
        QFETCH(bool, a4);
        QFETCH(CycleStyle, style);
        CycleExportOptions o;
        o.style = style;
        o.handout = handout;
        o.pageSize = QPageSize(a4 ? QPageSize::A4 : QPageSize::Letter);
        const QString path = file(
            QStringLiteral("cycle-%1-%2-%3-%4.pdf").arg(map).arg(handout).arg(a4).arg(cycleStyleKey(style)));
        const Status s = exportCycle(path, content(map), o);
        QVERIFY2(s, qPrintable(s.error()));

        const QString text = test::pdfText(path);
        QVERIFY2(!text.isNull(), "pdftotext could not read the PDF");
        const QSet<QString> found = test::wordsOf(text);
        for (const PartnerChain &chain : m_maps.at(map).chains) {
            for (const QString &step : chain.steps) {
                QVERIFY(!step.isEmpty());
                for (const QString &word : test::wordsOf(step))
                    QVERIFY2(found.contains(word),
                             qPrintable(QStringLiteral("missing \"%1\" from \"%2\"").arg(word, step)));
            }
        }
        for (const char *label : {"trigger", "perception", "behavior", "awareness"})
            QVERIFY2(found.contains(QLatin1StringView(label)), label);
        if (handout) {
            // The positive cycle speaks of the new dance: needs met, no question about leaving the old one.
            const bool positive = m_maps.at(map).kind == CycleKind::Positive;
            QCOMPARE(text.contains(QStringLiteral("What are the steps of our own little dance")), !positive);
            QCOMPARE(text.contains(QStringLiteral("What helps us step into this dance")), positive);
            QCOMPARE(found.contains(QStringLiteral("unmet")), !positive);
            // Its own glossary: what invites the partners in, not what sets the old dance off (pdftotext
            // breaks lines and may print ligatures).
            const QString flat = text.normalized(QString::NormalizationForm_KC).simplified().toLower();
            QCOMPARE(flat.contains(QStringLiteral("what invites us in")), positive);
            QCOMPARE(flat.contains(QStringLiteral("what sets it off")), !positive);
            for (const char *term : {"primary", "secondary", "need"})
                QVERIFY2(found.contains(QLatin1StringView(term)), term);
        }

        QString error;
        const QStringList images = test::pdfImages(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(images.isEmpty(), qPrintable(images.join(QLatin1Char('\n'))));
        QVERIFY(QFileInfo(path).size() < 400 * 1024); // vector: small, not a page-sized picture
    }

    // The printed handout and diagram name every step whole, in the document's language, on Letter and
    // A4: each partner's box shows the full name (wrapped names come back as words on two lines) and no
    // label ends in "…" (the demo's texts are short enough to fit whole).
    void stepNamesPrintWhole_data()
    {
        QTest::addColumn<int>("map");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("handout");
        QTest::addColumn<bool>("a4");
        for (int map : {1, 2})
            for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")})
                for (bool handout : {true, false})
                    for (bool a4 : {false, true})
                        QTest::addRow("version %d %s %s %s", map + 1, qPrintable(language),
                                      handout ? "handout" : "diagram", a4 ? "a4" : "letter")
                            << map << language << handout << a4;
    }
    void stepNamesPrintWhole()
    {
        QFETCH(int, map);
        QFETCH(QString, language);
        QFETCH(bool, handout);
        QFETCH(bool, a4);
        CycleExportOptions o;
        o.handout = handout;
        o.language = language;
        o.pageSize = QPageSize(a4 ? QPageSize::A4 : QPageSize::Letter);
        const QString path =
            file(QStringLiteral("names-%1-%2-%3-%4.pdf").arg(map).arg(language).arg(handout).arg(a4));
        const Status s = exportCycle(path, content(map), o);
        QVERIFY2(s, qPrintable(s.error()));
        const QString text = test::pdfText(path);
        QVERIFY2(!text.isNull(), "pdftotext could not read the PDF");
        QVERIFY2(!text.contains(QChar(0x2026)), qPrintable(text));
        const CycleLabels labels = CycleLabels::forLanguage(language, m_maps.at(map).kind);
        // Whole words, counted: a name wrapped in its box comes back as its words on separate lines.
        QMap<QString, int> counts;
        const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
        for (const QString &word : text.toLower().split(separators, Qt::SkipEmptyParts))
            ++counts[word];
        if (language == QStringLiteral("es"))
            QVERIFY(counts.value(QStringLiteral("secundaria")) > 0);
        for (const QString &name : labels.stepNames) {
            // Two boxes, and the handout's glossary names each step once more.
            const int expected = handout ? 3 : 2;
            for (const QString &word : name.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                QVERIFY2(
                    counts.value(word) >= expected,
                    qPrintable(
                        QStringLiteral("\"%1\" of \"%2\" %3 times").arg(word, name).arg(counts.value(word))));
        }
        const QString flat = text.simplified();
        QVERIFY2(flat.contains(labels.awarenessLine, Qt::CaseInsensitive), qPrintable(labels.awarenessLine));
    }

    void initialsHideNames()
    {
        CycleExportOptions o;
        o.handout = true;
        const QString named = file(QStringLiteral("named.pdf")), hidden = file(QStringLiteral("hidden.pdf"));
        QVERIFY(exportCycle(named, content(1), o));
        o.initialsOnly = true;
        QVERIFY(exportCycle(hidden, content(1), o));

        const QSet<QString> withNames = test::wordsOf(test::pdfText(named));
        QVERIFY(withNames.contains(QStringLiteral("john")) && withNames.contains(QStringLiteral("mary")));
        QVERIFY(!withNames.contains(QStringLiteral("miller"))); // first names only, even without privacy

        const QString text = test::pdfText(hidden);
        QVERIFY(!text.isEmpty());
        const QSet<QString> words = test::wordsOf(text);
        for (const char *name : {"john", "mary", "miller"})
            QVERIFY2(!words.contains(QLatin1StringView(name)), name);
        QVERIFY(text.contains(QStringLiteral("J. and M.")));
        // The steps that named the partner now say the initial.
        QVERIFY(text.contains(QStringLiteral("M.'s sharp tone")));
    }

    void pngAtChosenDpi()
    {
        CycleExportOptions o;
        o.dpi = 32;
        const QString thumb = file(QStringLiteral("thumb.png"));
        QVERIFY(exportCycle(thumb, content(0), o));
        QImage image(thumb);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(320, 208));
        // Both partners' colours are there.
        int orange = 0, blue = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                orange += c.red() > 200 && c.green() > 130 && c.green() < 180 && c.blue() < 60;
                blue += c.red() < 40 && c.green() > 90 && c.green() < 130 && c.blue() > 150;
            }
        }
        QVERIFY(orange > 50);
        QVERIFY(blue > 50);

        o.dpi = 150;
        o.handout = true;
        const QString page = file(QStringLiteral("page.png"));
        QVERIFY(exportCycle(page, content(0), o));
        QImage pageImage(page);
        QCOMPARE(pageImage.size(), QSize(1275, 1650)); // Letter at 150 dpi
        QCOMPARE(qRound(pageImage.dotsPerMeterX() * 0.0254), 150);
    }

    void svgIsValid()
    {
        const QString path = file(QStringLiteral("cycle.svg"));
        QVERIFY(exportCycle(path, content(2), CycleExportOptions{}));
        QSvgRenderer svg(path);
        QVERIFY(svg.isValid());
        QVERIFY(svg.defaultSize().width() > 600);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(f.readAll());
        QVERIFY(xml.contains(QStringLiteral("<svg")));
        QVERIFY(xml.contains(QStringLiteral("Trigger")));
    }

    void worksheets()
    {
        const QString cycle = file(QStringLiteral("ws.pdf")), five = file(QStringLiteral("five.pdf"));
        QVERIFY(exportWorksheet(cycle, WorksheetKind::Cycle, {}));
        QVERIFY(exportWorksheet(five, WorksheetKind::FiveStep, {}));
        const QString a = test::pdfText(cycle), b = test::pdfText(five);
        QVERIFY(a.contains(QStringLiteral("Our cycle")) && a.contains(QStringLiteral("Primary emotion")));
        QVERIFY(b.contains(QStringLiteral("From resentment to closeness")));
        for (const char *step : {"The trigger", "immediate emotional reaction", "behavioral reaction",
                                 "deeper feelings", "underlying need"})
            QVERIFY2(b.contains(QLatin1StringView(step)), step);
        QString error;
        QVERIFY(test::pdfImages(five, &error).isEmpty() && error.isEmpty());
    }

    void failuresAreOneSentence()
    {
        const Status badSuffix = exportCycle(file(QStringLiteral("cycle.docx")), content(0), {});
        QVERIFY(!badSuffix);
        QVERIFY(badSuffix.error().endsWith(QLatin1Char('.')));
        const QString missing = file(QStringLiteral("no/such/folder/cycle.pdf"));
        const Status unwritable = exportCycle(missing, content(0), {});
        QVERIFY(!unwritable);
        QVERIFY(unwritable.error().contains(QStringLiteral("cycle.pdf")));
        QVERIFY(!QFile::exists(missing));

        // A failed export leaves the earlier file as it was.
        const QString existing = file(QStringLiteral("keep.png"));
        QVERIFY(exportCycle(existing, content(0), {}));
        const qint64 size = QFileInfo(existing).size();
        CycleExportOptions huge;
        huge.dpi = 5000;
        QVERIFY(!exportCycle(existing, content(0), huge));
        QCOMPARE(QFileInfo(existing).size(), size);
    }
};

QTEST_MAIN(TestCycleExport)
#include "tst_cycleexport.moc"
