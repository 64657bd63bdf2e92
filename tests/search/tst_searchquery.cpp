// What the therapist types, parsed into search terms (words, phrases, words to leave out), and the
// spans a field's text highlights for them: data-driven, with the awkward input a real search box gets.
#include "domain/Search.h"

#include <QTest>

using namespace attune;

Q_DECLARE_METATYPE(QList<attune::SearchTerm>)
Q_DECLARE_METATYPE(QList<attune::TextSpan>)

namespace {

SearchTerm word(const QString &text, bool prefix = true)
{
    return {text, false, prefix};
}

SearchTerm phrase(const QString &text)
{
    return {text, true, false};
}

} // namespace

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void parsesTerms_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QList<SearchTerm>>("required");
        QTest::addColumn<QList<SearchTerm>>("excluded");
        using L = QList<SearchTerm>;
        QTest::newRow("empty") << QString() << L{} << L{};
        QTest::newRow("spaces") << QStringLiteral("   \t ") << L{} << L{};
        QTest::newRow("one word") << QStringLiteral("lonely") << L{word(QStringLiteral("lonely"))} << L{};
        QTest::newRow("two words") << QStringLiteral("  small  rupture ")
                                   << L{word(QStringLiteral("small")), word(QStringLiteral("rupture"))}
                                   << L{};
        QTest::newRow("phrase") << QStringLiteral("\"small rupture\" week")
                                << L{phrase(QStringLiteral("small rupture")), word(QStringLiteral("week"))}
                                << L{};
        QTest::newRow("open phrase while typing")
            << QStringLiteral("\"small rup") << L{phrase(QStringLiteral("small rup"))} << L{};
        QTest::newRow("exclusion") << QStringLiteral("rupture -small") << L{word(QStringLiteral("rupture"))}
                                   << L{word(QStringLiteral("small"))};
        QTest::newRow("excluded phrase")
            << QStringLiteral("cycle -\"positive cycle\"") << L{word(QStringLiteral("cycle"))}
            << L{phrase(QStringLiteral("positive cycle"))};
        QTest::newRow("hyphenated word")
            << QStringLiteral("pursuer-withdrawer") << L{word(QStringLiteral("pursuer-withdrawer"))} << L{};
        QTest::newRow("apostrophe") << QStringLiteral("O'Hara") << L{word(QStringLiteral("O'Hara"))} << L{};
        QTest::newRow("a lone dash is nothing")
            << QStringLiteral("rupture -") << L{word(QStringLiteral("rupture"))} << L{};
        QTest::newRow("single letter is a whole word")
            << QStringLiteral("I") << L{word(QStringLiteral("I"), false)} << L{};
        QTest::newRow("emoji beside a word")
            << QStringLiteral("💔 lonely") << L{word(QStringLiteral("lonely"))} << L{};
        QTest::newRow("right to left") << QStringLiteral("בודדה") << L{word(QStringLiteral("בודדה"))} << L{};
        QTest::newRow("FTS5 operators are words")
            << QStringLiteral("NOT lonely OR NEAR")
            << L{word(QStringLiteral("NOT")), word(QStringLiteral("lonely")), word(QStringLiteral("OR")),
                 word(QStringLiteral("NEAR"))}
            << L{};
    }

    void parsesTerms()
    {
        QFETCH(QString, typed);
        QFETCH(QList<SearchTerm>, required);
        QFETCH(QList<SearchTerm>, excluded);
        const auto terms = parseSearchText(typed);
        QVERIFY2(terms, qPrintable(terms.error()));
        QCOMPARE(terms->required, required);
        QCOMPARE(terms->excluded, excluded);
    }

    void nothingToFindIsSaidClearly_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("only a quote") << QStringLiteral("\"");
        QTest::newRow("empty phrase") << QStringLiteral("\"\"");
        QTest::newRow("only punctuation") << QStringLiteral("*:()^");
        QTest::newRow("only emoji") << QStringLiteral("💔❤️");
        QTest::newRow("only exclusions") << QStringLiteral("-small -\"big rupture\"");
    }

    void nothingToFindIsSaidClearly()
    {
        QFETCH(QString, typed);
        const auto terms = parseSearchText(typed);
        QVERIFY(!terms);
        QVERIFY(terms.error().endsWith(QLatin1Char('.')));
        QVERIFY(!terms.error().contains(QLatin1Char('\n')));
    }

    void findsWhatToHighlight_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QList<TextSpan>>("spans");
        using L = QList<TextSpan>;
        QTest::newRow("prefix") << QStringLiteral("She felt lonely; loneliness.") << QStringLiteral("lonel")
                                << L{{9, 6}, {17, 10}};
        QTest::newRow("accents and case")
            << QStringLiteral("Mi CORAZÓN") << QStringLiteral("corazon") << L{{3, 7}};
        QTest::newRow("decomposed accent")
            << QStringLiteral("corazo\u0301n") << QStringLiteral("corazón") << L{{0, 8}};
        QTest::newRow("whole words only from their start")
            << QStringLiteral("disruption, rupture") << QStringLiteral("rupt") << L{{12, 7}};
        QTest::newRow("phrase") << QStringLiteral("a small rupture, small and rupture")
                                << QStringLiteral("\"small rupture\"") << L{{2, 13}};
        QTest::newRow("phrase is whole words")
            << QStringLiteral("smallish rupture") << QStringLiteral("\"small rupture\"") << L{};
        QTest::newRow("hyphen") << QStringLiteral("the pursuer-withdrawer dance")
                                << QStringLiteral("pursuer-withdrawer") << L{{4, 18}};
        QTest::newRow("emoji in the text")
            << QStringLiteral("💔lonely") << QStringLiteral("lonely") << L{{2, 6}};
        QTest::newRow("right to left")
            << QStringLiteral("אני מרגישה בודדה") << QStringLiteral("בודדה") << L{{11, 5}};
        QTest::newRow("overlapping terms merge")
            << QStringLiteral("loneliness") << QStringLiteral("lone lonel") << L{{0, 10}};
        QTest::newRow("excluded words are not highlighted")
            << QStringLiteral("small rupture") << QStringLiteral("rupture -small") << L{{6, 7}};
    }

    void findsWhatToHighlight()
    {
        QFETCH(QString, text);
        QFETCH(QString, typed);
        QFETCH(QList<TextSpan>, spans);
        const auto terms = parseSearchText(typed);
        QVERIFY(terms);
        QCOMPARE(findSearchMatches(text, *terms), spans);
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
