// EmotionHighlighter and EmotionLexicon: primary and secondary words get their own formats from the
// shipped English and Spanish lists (stems included), other words none, and nothing when switched off.
#include "session/EmotionHighlighter.h"
#include "session/EmotionLexicon.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace attune;

namespace {

// The format kind at each marked word of the first block: "word=primary" / "word=secondary".
QStringList marks(const QTextDocument &doc)
{
    QStringList out;
    const QTextBlock block = doc.firstBlock();
    const QString primaryBg = EmotionHighlighter::primaryFormat().background().color().name();
    const QString secondaryBg = EmotionHighlighter::secondaryFormat().background().color().name();
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        const QString word = block.text().mid(r.start, r.length);
        const QString bg = r.format.background().color().name();
        // The underline style keeps the two apart without colour, so it is part of the check.
        const auto underline = r.format.underlineStyle();
        const QString kind =
            bg == primaryBg && underline == QTextCharFormat::DotLine           ? QStringLiteral("primary")
            : bg == secondaryBg && underline == QTextCharFormat::WaveUnderline ? QStringLiteral("secondary")
                                                                               : QStringLiteral("other");
        out << word + u'=' + kind;
    }
    return out;
}

} // namespace

class TestEmotionHighlighter : public QObject
{
    Q_OBJECT
private slots:
    void marksWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("both") << QStringLiteral("She was hurt and then angry at him.")
                              << QStringList{QStringLiteral("hurt=primary"),
                                             QStringLiteral("angry=secondary")};
        QTest::newRow("stems") << QStringLiteral("Hurting, frustrated, LONELY")
                               << QStringList{QStringLiteral("Hurting=primary"),
                                              QStringLiteral("frustrated=secondary"),
                                              QStringLiteral("LONELY=primary")};
        QTest::newRow("spanish") << QStringLiteral("Se sintió dolida y enojada, con vergüenza.")
                                 << QStringList{QStringLiteral("dolida=primary"),
                                                QStringLiteral("enojada=secondary"),
                                                QStringLiteral("vergüenza=primary")};
        // "sad" is listed as a whole word only, so "saddle" stays unmarked.
        QTest::newRow("whole words") << QStringLiteral("The saddle and the table") << QStringList{};
        QTest::newRow("decomposed accent")
            << QStringLiteral("verg") + QChar(u'u') + QChar(0x0308) + QStringLiteral("enza")
            << QStringList{QStringLiteral("verg") + QChar(u'u') + QChar(0x0308) +
                           QStringLiteral("enza=primary")};
    }

    void marksWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QTextDocument doc(text);
        EmotionHighlighter highlighter(&doc);
        highlighter.rehighlight();
        QCOMPARE(marks(doc), expected);
    }

    void offMarksNothing()
    {
        QTextDocument doc(QStringLiteral("hurt and angry"));
        EmotionHighlighter highlighter(&doc);
        highlighter.rehighlight();
        QCOMPARE(marks(doc).size(), 2);
        highlighter.setEnabled(false);
        QVERIFY(marks(doc).isEmpty());
        highlighter.setEnabled(true);
        QCOMPARE(marks(doc).size(), 2);
    }

    void listParsing()
    {
        EmotionLexicon lexicon;
        lexicon.addList(u"# comment\nstray\n[primary]\nhurt*\nsad\n[other]\nangry\n[secondary]\nmad\n");
        QCOMPARE(lexicon.classify(u"hurts"), EmotionLexicon::Kind::Primary);
        QCOMPARE(lexicon.classify(u"sadly"), EmotionLexicon::Kind::None);
        QCOMPARE(lexicon.classify(u"MAD"), EmotionLexicon::Kind::Secondary);
        QCOMPARE(lexicon.classify(u"stray"), EmotionLexicon::Kind::None); // outside any section
        QCOMPARE(lexicon.classify(u"angry"), EmotionLexicon::Kind::None); // in an unknown section
        QVERIFY(!EmotionLexicon::shipped().isEmpty());
    }
};

QTEST_MAIN(TestEmotionHighlighter)
#include "tst_emotionhighlighter.moc"
