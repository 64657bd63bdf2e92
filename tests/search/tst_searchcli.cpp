// `attune search` as scripts and the check run it: on the demo practice, "rupture" lists the
// session where John and Mary repaired one; --json prints {couple_id, couple, kind, record_id, date,
// field, snippet}; --couple narrows, --all adds archived records; a query with nothing to find, or a
// malformed command line, exits 2 with one sentence; the same hits as the store returns, in its order.
#include "AttuneProcess.h"
#include "TestPractice.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;
using namespace attune::test;

class TestSearchCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    Run search(const QStringList &args) const
    {
        return runAttune(QStringList{QStringLiteral("--practice"), m_demo, QStringLiteral("search")} + args);
    }

    QJsonArray json(const QStringList &args) const
    {
        const Run r = search(args + QStringList{QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        const Run r = runAttune({QStringLiteral("--practice"), m_demo, QStringLiteral("demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void ruptureListsJohnAndMarysRepair()
    {
        const Run r = search({QStringLiteral("rupture")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        bool repaired = false;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList columns = line.split(QLatin1Char('\t'));
            QCOMPARE(columns.size(), 4); // date, couple, where, snippet
            QVERIFY(columns.at(3).contains(QStringLiteral("rupture"), Qt::CaseInsensitive));
            repaired = repaired || (columns.at(1) == QStringLiteral("John & Mary Miller") &&
                                    columns.at(2) == QStringLiteral("Session · Note") &&
                                    columns.at(3).contains(QStringLiteral("repaired the rupture")));
        }
        QVERIFY2(repaired, qPrintable(r.out));
    }

    void jsonHasTheDocumentedKeys()
    {
        const QJsonArray hits = json({QStringLiteral("rupture")});
        QVERIFY(hits.size() >= 2);
        const QStringList keys = {QStringLiteral("couple_id"), QStringLiteral("couple"),
                                  QStringLiteral("kind"),      QStringLiteral("record_id"),
                                  QStringLiteral("date"),      QStringLiteral("field"),
                                  QStringLiteral("snippet"),   QStringLiteral("archived")};
        for (const QJsonValue &value : hits) {
            const QJsonObject hit = value.toObject();
            QStringList have = hit.keys();
            have.sort();
            QStringList want = keys;
            want.sort();
            QCOMPARE(have, want);
            QVERIFY(hit.value(QStringLiteral("couple_id")).toInteger() > 0);
            QCOMPARE(hit.value(QStringLiteral("kind")).toString(), QStringLiteral("session"));
            QVERIFY(QDate::fromString(hit.value(QStringLiteral("date")).toString(), Qt::ISODate).isValid());
            QVERIFY(!hit.value(QStringLiteral("archived")).toBool());
        }
        // The record is the session itself: `attune sessions` lists it under the same id.
        const QJsonObject first = hits.first().toObject();
        const Run sessions = runAttune({QStringLiteral("--practice"), m_demo, QStringLiteral("sessions"),
                                        QString::number(first.value(QStringLiteral("couple_id")).toInteger()),
                                        QStringLiteral("--json")});
        bool listed = false;
        for (const QJsonValue &s : QJsonDocument::fromJson(sessions.out.toUtf8()).array())
            listed = listed ||
                     s.toObject().value(QStringLiteral("id")) == first.value(QStringLiteral("record_id"));
        QVERIFY(listed);
        // Other kinds name their field with a stable key.
        const QJsonArray steps = json({QStringLiteral("\"shoulder rub\"")});
        QStringList fields;
        for (const QJsonValue &v : steps)
            fields << v.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char('/') +
                          v.toObject().value(QStringLiteral("field")).toString();
        QVERIFY2(fields.contains(QStringLiteral("cycle/trigger")), qPrintable(fields.join(u' ')));
        QVERIFY2(fields.contains(QStringLiteral("exercise/incident")), qPrintable(fields.join(u' ')));
    }

    void coupleFilterAndArchived()
    {
        const QJsonArray all = json({QStringLiteral("rupture")});
        const QJsonArray john =
            json({QStringLiteral("rupture"), QStringLiteral("--couple"), QStringLiteral("john")});
        QVERIFY(!john.isEmpty());
        QVERIFY(john.size() < all.size());
        for (const QJsonValue &v : john)
            QCOMPARE(v.toObject().value(QStringLiteral("couple")).toString(),
                     QStringLiteral("John & Mary Miller"));
        const Run unknown =
            search({QStringLiteral("rupture"), QStringLiteral("--couple"), QStringLiteral("Zebedee")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(isOneSentence(unknown.err));

        // Archive John and Mary: their hits leave the search unless --all asks for them.
        const QString copy = m_dir.filePath(QStringLiteral("archived.db"));
        QVERIFY(QFile::copy(m_demo, copy));
        {
            auto store = PracticeStore::open(copy, PracticeStore::OpenMode::OpenExisting);
            QVERIFY(store);
            QVERIFY((*store)->setCoupleArchived(
                john.first().toObject().value(QStringLiteral("couple_id")).toInteger(), true));
        }
        const Run current = runAttune({QStringLiteral("--practice"), copy, QStringLiteral("search"),
                                       QStringLiteral("rupture"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(current.out.toUtf8()).array().size(), all.size() - john.size());
        const Run everything =
            runAttune({QStringLiteral("--practice"), copy, QStringLiteral("search"),
                       QStringLiteral("rupture"), QStringLiteral("--all"), QStringLiteral("--json")});
        const QJsonArray withArchived = QJsonDocument::fromJson(everything.out.toUtf8()).array();
        QCOMPARE(withArchived.size(), all.size());
        int archived = 0;
        for (const QJsonValue &v : withArchived)
            archived += v.toObject().value(QStringLiteral("archived")).toBool() ? 1 : 0;
        QCOMPARE(archived, john.size());
    }

    void sameHitsAsTheStoreInItsOrder()
    {
        auto store = PracticeStore::open(m_demo, PracticeStore::OpenMode::ReadOnly);
        QVERIFY(store);
        const auto results = (*store)->search({QStringLiteral("lonel"), 0, false, 100000});
        QVERIFY(results);
        const QJsonArray hits = json({QStringLiteral("lonel")});
        QCOMPARE(hits.size(), results->hits.size());
        for (int i = 0; i < hits.size(); ++i) {
            QCOMPARE(hits.at(i).toObject().value(QStringLiteral("record_id")).toInteger(),
                     results->hits.at(i).recordId);
            QCOMPARE(hits.at(i).toObject().value(QStringLiteral("snippet")).toString(),
                     results->hits.at(i).snippet);
        }
    }

    void nothingToFindAndMisuseExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no query") << QStringList{};
        QTest::newRow("empty query") << QStringList{QStringLiteral("  ")};
        QTest::newRow("only punctuation") << QStringList{QStringLiteral("\"*:^")};
        QTest::newRow("only an exclusion") << QStringList{QStringLiteral("-rupture")};
        QTest::newRow("two queries") << QStringList{QStringLiteral("rupture"), QStringLiteral("lonely")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("rupture"), QStringLiteral("--fuzzy")};
        QTest::newRow("couple without a value")
            << QStringList{QStringLiteral("rupture"), QStringLiteral("--couple")};
    }

    void nothingToFindAndMisuseExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = search(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("SQL")) && !r.err.contains(QStringLiteral("fts5")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // Quotes, hyphens and words FTS5 would read as syntax are searched as plain words.
    void ftsSyntaxIsPlainText()
    {
        for (const char *query :
             {"NOT", "pursue–withdraw", "pursuer-withdrawer", "rupture*", "NEAR(a b)", "a:b"}) {
            const Run r = search({QString::fromUtf8(query)});
            QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(query) + QLatin1Char(' ') + r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchCli)
#include "tst_searchcli.moc"
