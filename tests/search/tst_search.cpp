// What PracticeStore::search finds: accents, case, prefixes, phrases, exclusions, hyphens, quotes,
// emoji and right-to-left text in queries and records; archived records only when asked; a couple
// filter; best match first with ties by recency; each hit naming its couple, record, date and field with
// a highlighted snippet. A malformed query gives a clear sentence, never an SQL error.
#include "SearchTestSupport.h"
#include "TestPractice.h"

#include <QTest>

using namespace attune;
using namespace attune::test;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    TestPractice m_practice;
    qint64 m_couple = 0; // Inés Núñez & Tom
    qint64 m_other = 0;  // Dalia & Yosef, who write in Hebrew and Arabic too
    qint64 m_session = 0;
    qint64 m_map = 0;
    qint64 m_exercise = 0;

    PracticeStore &store() { return m_practice.store(); }

    qint64 addSession(qint64 coupleId, int daysAgo, const QString &note)
    {
        Session s = makeSession(coupleId, fixedNow().date().addDays(-daysAgo));
        s.note.text = note;
        const auto id = store().createSession(s);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return *id;
    }

private slots:
    void initTestCase()
    {
        Couple c = makeCouple(QStringLiteral("Inés Núñez"), QStringLiteral("Tom O'Hara"));
        c.presentingConcerns = QStringLiteral("Mi corazón está cansado: distance since the move.");
        c.tags = {QStringLiteral("empty nest"), QStringLiteral("pursuer-withdrawer")};
        m_couple = *store().createCouple(c);
        Couple other = makeCouple(QStringLiteral("Dalia"), QStringLiteral("Yosef"));
        other.presentingConcerns = QStringLiteral("אני מרגישה בודדה — أشعر بالوحدة");
        m_other = *store().createCouple(other);

        Session s = makeSession(m_couple, fixedNow().date().addDays(-14));
        s.note.focus = QStringLiteral("The airport evening");
        s.note.text = QStringLiteral("They repaired a small rupture. Inés felt lonely 💔 afterwards; "
                                     "Tom said \"I'm fine\" and meant it.");
        s.note.plan = QStringLiteral("Stay with the loneliness underneath the pursuer-withdrawer dance.");
        s.homework = {{QString(), QStringLiteral("Name the spin aloud"), false}};
        s.event(ChangeEventKind::BlamerSoftening).level = EventLevel::Emerging;
        s.event(ChangeEventKind::BlamerSoftening).partner = 0;
        s.event(ChangeEventKind::BlamerSoftening).anchor = QStringLiteral("Can you hold me?");
        m_session = *store().createSession(s);
        addSession(m_couple, 7, QStringLiteral("The rupture was small and they repaired it later."));
        addSession(m_other, 3, QStringLiteral("Dalia said שלום to the rupture; Yosef laughed."));

        CycleMap m;
        m.coupleId = m_couple;
        m.date = fixedNow().date().addDays(-10);
        m.chains[1][CycleStep::PrimaryEmotion] = QStringLiteral("shame, fear of failing her");
        m_map = *store().createCycleMap(m);
        FiveStepExercise e;
        e.coupleId = m_couple;
        e.partner = 0;
        e.date = fixedNow().date().addDays(-9);
        e.incident = QStringLiteral("The gate");
        e[ExerciseStep::DeeperFeelings] = QStringLiteral("abandonment, an old ache");
        m_exercise = *store().createExercise(e);
    }

    void findsAcrossAccentsCaseAndPrefixes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::newRow("accent left out") << QStringLiteral("corazon") << 1;
        QTest::newRow("accent typed") << QStringLiteral("CORAZÓN") << 1;
        QTest::newRow("name without accents")
            << QStringLiteral("nunez") << 2; // the case name and the partner
        QTest::newRow("case") << QStringLiteral("RUPTURE") << 3;
        QTest::newRow("prefix as she types") << QStringLiteral("lonel") << 2; // lonely, loneliness
        QTest::newRow("two words anywhere in a field") << QStringLiteral("rupture later") << 1;
        QTest::newRow("phrase") << QStringLiteral("\"small rupture\"") << 1;
        QTest::newRow("phrase in order only") << QStringLiteral("\"rupture small\"") << 0;
        QTest::newRow("exclusion") << QStringLiteral("rupture -later") << 2;
        QTest::newRow("excluded phrase") << QStringLiteral("rupture -\"small rupture\"") << 2;
        QTest::newRow("hyphenated") << QStringLiteral("pursuer-withdrawer") << 2; // the tag and the plan
        QTest::newRow("apostrophe") << QStringLiteral("O'Hara") << 2;
        QTest::newRow("quotes in the record") << QStringLiteral("\"I'm fine\"") << 1;
        QTest::newRow("emoji in the query") << QStringLiteral("💔 lonely") << 1;
        QTest::newRow("Hebrew") << QStringLiteral("בודדה") << 1;
        QTest::newRow("Arabic") << QStringLiteral("بالوحدة") << 1;
        QTest::newRow("Hebrew in an English note") << QStringLiteral("שלום rupture") << 1;
        QTest::newRow("anchor quote") << QStringLiteral("hold me") << 1;
        QTest::newRow("homework") << QStringLiteral("spin aloud") << 1;
        QTest::newRow("cycle step") << QStringLiteral("shame") << 1;
        QTest::newRow("exercise step") << QStringLiteral("abandon") << 1;
        QTest::newRow("exercise incident") << QStringLiteral("gate") << 1;
        QTest::newRow("FTS5 words are plain words") << QStringLiteral("NOT") << 0;
        QTest::newRow("a column filter is a plain word") << QStringLiteral("body:rupture") << 0;
        QTest::newRow("a star is punctuation") << QStringLiteral("rupt*") << 3;
    }

    void findsAcrossAccentsCaseAndPrefixes()
    {
        QFETCH(QString, query);
        QFETCH(int, hits);
        const QStringList snippets = found(store(), query);
        QVERIFY2(snippets.size() == hits, qPrintable(snippets.join(QLatin1Char('|'))));
    }

    void malformedQueriesGetASentence_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("lone quote") << QStringLiteral("\"");
        QTest::newRow("FTS5 syntax") << QStringLiteral("^*:()");
        QTest::newRow("only emoji") << QStringLiteral("💔");
        QTest::newRow("only exclusions") << QStringLiteral("-rupture");
    }

    void malformedQueriesGetASentence()
    {
        QFETCH(QString, query);
        const auto results = store().search({query});
        QVERIFY(!results);
        QVERIFY2(!results.error().contains(QStringLiteral("fts5"), Qt::CaseInsensitive) &&
                     !results.error().contains(QStringLiteral("SQL")),
                 qPrintable(results.error()));
        QVERIFY(results.error().endsWith(QLatin1Char('.')));
    }

    // Whatever is typed, the search answers with hits or a sentence: never an SQLite error.
    void hostileInputNeverReachesSqlite_data()
    {
        QTest::addColumn<QString>("query");
        for (const char *q : {"\"unterminated",
                              "a\"b",
                              "NEAR(rupture small, 2)",
                              "rupture AND",
                              "OR",
                              "(",
                              ")",
                              "{body}:x",
                              "col:rupture",
                              "-",
                              "--",
                              "- -",
                              "'; DROP TABLE sessions; --",
                              "\\",
                              "\"\"\"",
                              "rupture*",
                              "*rupture",
                              "+rupture",
                              "^rupture",
                              "x NOT NOT y"})
            QTest::newRow(q) << QString::fromUtf8(q);
        QTest::newRow("nul") << QStringLiteral("rup") + QChar(0) + QStringLiteral("ture");
        QTest::newRow("control characters") << QStringLiteral("\x02rupture\x03");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("rupture");
        QTest::newRow("long") << QStringLiteral("rupture ").repeated(500);
    }

    void hostileInputNeverReachesSqlite()
    {
        QFETCH(QString, query);
        const auto results = store().search({query});
        if (!results) {
            QVERIFY2(!results.error().contains(QStringLiteral("SQL")), qPrintable(results.error()));
            QVERIFY(!results.error().contains(QStringLiteral("fts5"), Qt::CaseInsensitive));
        }
        QCOMPARE(store().search({QStringLiteral("rupture")})->hits.size(), 3); // and nothing was harmed
    }

    void hitsNameWhereTheyWereFound()
    {
        const auto results = store().search({QStringLiteral("lonely"), m_couple});
        QVERIFY(results);
        QCOMPARE(results->hits.size(), 1);
        const SearchHit &hit = results->hits.first();
        QCOMPARE(hit.coupleId, m_couple);
        QCOMPARE(hit.coupleName, QStringLiteral("Inés Núñez & Tom O'Hara"));
        QCOMPARE(hit.kind, SearchKind::Session);
        QCOMPARE(hit.recordId, m_session);
        QCOMPARE(hit.date, fixedNow().date().addDays(-14));
        QCOMPARE(hit.field, SearchField::Note);
        QCOMPARE(searchFieldKey(hit), QStringLiteral("note"));
        QVERIFY(hit.snippet.contains(QStringLiteral("Inés felt lonely 💔")));
        QCOMPARE(hit.matches.size(), 1);
        QCOMPARE(hit.snippet.mid(hit.matches.first().start, hit.matches.first().length),
                 QStringLiteral("lonely"));

        const auto anchor = store().search({QStringLiteral("hold")})->hits.first();
        QCOMPARE(anchor.field, SearchField::Anchor);
        QCOMPARE(anchor.event, ChangeEventKind::BlamerSoftening);
        QCOMPARE(searchFieldKey(anchor), QStringLiteral("blamer_softening_anchor"));
        QCOMPARE(anchor.recordId, m_session);
        const auto homework = store().search({QStringLiteral("spin")})->hits.first();
        QCOMPARE(homework.field, SearchField::Homework);
        QCOMPARE(homework.recordId, m_session);
        QVERIFY(homework.childId > 0);

        const auto step = store().search({QStringLiteral("shame")})->hits.first();
        QCOMPARE(step.kind, SearchKind::Cycle);
        QCOMPARE(step.recordId, m_map);
        QCOMPARE(step.cycleVersion, 1);
        QCOMPARE(step.partner, 1);
        QCOMPARE(step.partnerName, QStringLiteral("Tom O'Hara"));
        QCOMPARE(step.cycleStep, CycleStep::PrimaryEmotion);
        QCOMPARE(searchFieldKey(step), QStringLiteral("primary_emotion"));
        QCOMPARE(describeSearchHit(step), QStringLiteral("Cycle v1 · Tom O'Hara: Primary emotion"));

        const auto exercise = store().search({QStringLiteral("ache")})->hits.first();
        QCOMPARE(exercise.kind, SearchKind::Exercise);
        QCOMPARE(exercise.recordId, m_exercise);
        QCOMPARE(exercise.exerciseStep, ExerciseStep::DeeperFeelings);
        QCOMPARE(exercise.partnerName, QStringLiteral("Inés Núñez"));

        const auto partner = store().search({QStringLiteral("yosef")});
        QVERIFY(partner);
        QStringList fields;
        for (const SearchHit &h : partner->hits)
            fields << searchFieldKey(h);
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("couple_name"), QStringLiteral("note"),
                                      QStringLiteral("partner_name")}));
        const auto tags = store().search({QStringLiteral("nest")})->hits.first();
        QCOMPARE(tags.field, SearchField::Tags);
        QCOMPARE(tags.snippet, QStringLiteral("empty nest, pursuer-withdrawer"));
        QCOMPARE(tags.kind, SearchKind::Couple);
        QCOMPARE(tags.recordId, m_couple);
    }

    void bestFirstThenMostRecent()
    {
        const qint64 older = addSession(m_other, 30, QStringLiteral("Vulnerability."));
        const qint64 newer = addSession(m_other, 2, QStringLiteral("Vulnerability."));
        addSession(m_other, 1,
                   QStringLiteral("Some vulnerability was shown in a much longer note than the "
                                  "others, where the word is only one among many."));
        const auto results = store().search({QStringLiteral("vulnerability")});
        QVERIFY(results);
        QCOMPARE(results->hits.size(), 3);
        QCOMPARE(results->hits.at(0).recordId, newer); // equal scores: the recent one first
        QCOMPARE(results->hits.at(1).recordId, older);
        QVERIFY(results->hits.at(1).score < results->hits.at(2).score); // the short note ranks higher
    }

    void archivedOnlyWhenAsked()
    {
        const qint64 archived = addSession(m_couple, 5, QStringLiteral("Forgiveness, archived."));
        QVERIFY(store().setSessionArchived(archived, true));
        QVERIFY(found(store(), QStringLiteral("forgiveness")).isEmpty());
        const auto all = store().search({QStringLiteral("forgiveness"), 0, true});
        QCOMPARE(all->hits.size(), 1);
        QVERIFY(all->hits.first().archived);
    }

    void coupleFilter()
    {
        QCOMPARE(found(store(), QStringLiteral("rupture"), false, m_other).size(), 1);
        QCOMPARE(found(store(), QStringLiteral("rupture"), false, m_couple).size(), 2);
    }

    void limitKeepsTheBestAndCountsTheRest()
    {
        const auto results = store().search({QStringLiteral("rupture"), 0, false, 2});
        QVERIFY(results);
        QCOMPARE(results->hits.size(), 2);
        QCOMPARE(results->total, 3);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
