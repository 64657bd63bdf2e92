// Importing records that are already in the practice: identical ones are skipped; differing ones are
// skipped, replaced (UUID kept) or copied (fresh UUIDs, " (copy)"), and the summary counts each kind.
// Signed sessions are never replaced. findConflicts lists exactly the differing records.
#include "CaseFileTestSupport.h"
#include "TestPractice.h"

#include "casefile/CaseFile.h"
#include "demo/DemoGenerator.h"

#include <QTest>

using namespace attune;
using namespace attune::test;

class TestCaseFileConflicts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestPractice> m_source;
    QString m_file; // the whole curated demo
    QString m_sourceDump;
    CoupleSummary m_changed; // the couple whose records the target edits
    int m_changedSessions = 0;
    int m_changedMaps = 0;
    int m_changedExercises = 0;

    // A target practice holding the file's records, then edited: one couple renamed, one draft session
    // rewritten and one draft session signed.
    std::unique_ptr<TestPractice> editedTarget(QString *signedUuid = nullptr)
    {
        auto target = std::make_unique<TestPractice>();
        const auto first = importCaseFile(target->store(), m_file, ConflictPolicy::Skip);
        if (!first)
            qFatal("import failed: %s", qPrintable(first.error()));
        PracticeStore &store = target->store();
        const qint64 id = store.coupleIdByUuid(m_changed.uuid).value();
        Couple c = store.couple(id).value();
        c.name = QStringLiteral("Renamed here");
        if (!store.updateCouple(c))
            qFatal("rename failed");
        const auto sessions = store.sessions(id, ArchiveFilter::All).value();
        int drafts = 0;
        for (Session s : sessions) {
            if (s.isSigned())
                continue;
            if (drafts == 0) {
                s.note.plan = QStringLiteral("A plan written in this practice.");
                if (!store.updateSession(s))
                    qFatal("edit failed");
            } else if (drafts == 1) {
                s.signedAt = fixedNow();
                s.signedBy = QStringLiteral("Dr. Test");
                if (!store.updateSession(s))
                    qFatal("sign failed");
                if (signedUuid)
                    *signedUuid = s.uuid;
            }
            if (++drafts == 2)
                break;
        }
        if (drafts < 2)
            qFatal("the demo couple needs two draft sessions");
        return target;
    }

private slots:
    void initTestCase()
    {
        m_source = std::make_unique<TestPractice>();
        QVERIFY(generateDemoPractice(m_source->store(), {}));
        // The first couple gets two draft sessions (demo notes are mostly signed), which targets edit.
        const auto couples = m_source->store().coupleSummaries(ArchiveFilter::All);
        QVERIFY(couples && !couples->isEmpty());
        const qint64 id = couples->first().id;
        for (int daysAgo : {2, 1})
            QVERIFY(m_source->store().createSession(makeSession(id, fixedNow().date().addDays(-daysAgo))));
        m_changed = m_source->store().coupleSummary(id).value();
        m_changedSessions = int(m_source->store().sessions(id, ArchiveFilter::All)->size());
        m_changedMaps = int(m_source->store().cycleMaps(id, ArchiveFilter::All)->size());
        m_changedExercises = int(m_source->store().exercises(id, ArchiveFilter::All)->size());
        m_file = m_source->dir() + QStringLiteral("/demo.attune");
        QVERIFY(exportCaseFile(m_source->store(), {}, m_file));
        m_sourceDump = dumpPractice(m_source->store());
    }

    void conflictsAreListed()
    {
        QString signedUuid;
        auto target = editedTarget(&signedUuid);
        const auto contents = readCaseFile(m_file, fixedNow().date());
        QVERIFY(contents);
        const auto conflicts = findConflicts(target->store(), *contents);
        QVERIFY2(conflicts, qPrintable(conflicts.error()));
        QCOMPARE(conflicts->size(), 3); // the couple, the edited session and the signed one
        QCOMPARE(conflicts->at(0).kind, CaseFileConflict::Kind::Couple);
        QCOMPARE(conflicts->at(0).uuid, m_changed.uuid);
        QCOMPARE(conflicts->at(0).description, m_changed.name);
        QCOMPARE(conflicts->at(1).kind, CaseFileConflict::Kind::Session);
        QCOMPARE(conflicts->at(2).kind, CaseFileConflict::Kind::Session);
        QVERIFY(conflicts->at(1).uuid == signedUuid || conflicts->at(2).uuid == signedUuid);

        TestPractice empty;
        QCOMPARE(findConflicts(empty.store(), *contents)->size(), 0);
    }

    void skipKeepsThePractice()
    {
        auto target = editedTarget();
        const QString before = dumpPractice(target->store());
        const auto summary = importCaseFile(target->store(), m_file, ConflictPolicy::Skip);
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->added.total(), 0);
        QCOMPARE(summary->replaced.total(), 0);
        QCOMPARE(summary->skipped, (RecordCounts{1, 2, 0, 0}));
        QCOMPARE(summary->identical.couples, 5);
        QCOMPARE(dumpPractice(target->store()), before);
        QVERIFY(describeImportSummary(*summary).contains(QStringLiteral("Skipped")));
    }

    void replaceTakesTheFilesContent()
    {
        auto target = editedTarget();
        const auto summary = importCaseFile(target->store(), m_file, ConflictPolicy::Replace);
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->replaced, (RecordCounts{1, 1, 0, 0}));
        QCOMPARE(summary->skipped, (RecordCounts{0, 1, 0, 0})); // the signed session
        QCOMPARE(summary->signedNotReplaced, 1);
        QCOMPARE(summary->added.total(), 0);
        QVERIFY(describeImportSummary(*summary).contains(QStringLiteral("signed")));
        PracticeStore &store = target->store();
        const qint64 id = store.coupleIdByUuid(m_changed.uuid).value(); // same UUID, same record
        QCOMPARE(store.couple(id)->name, m_changed.name);
        const QList<Session> sessions = store.sessions(id, ArchiveFilter::All).value(); // not in the for:
        for (const Session &s : sessions) // a range-for over value() of a temporary would dangle
            QVERIFY(s.note.plan != QStringLiteral("A plan written in this practice."));
        QCOMPARE(store.coupleSummaries(ArchiveFilter::All)->size(), 6);
    }

    void copyAddsFreshRecords()
    {
        auto target = editedTarget();
        const QString before = dumpPractice(target->store());
        const auto summary = importCaseFile(target->store(), m_file, ConflictPolicy::Copy);
        QVERIFY2(summary, qPrintable(summary.error()));
        // The couple differs, so it is copied whole with everything it holds.
        QCOMPARE(summary->added, (RecordCounts{1, m_changedSessions, m_changedMaps, m_changedExercises}));
        QCOMPARE(summary->replaced.total(), 0);
        PracticeStore &store = target->store();
        const auto couples = store.coupleSummaries(ArchiveFilter::All).value();
        QCOMPARE(couples.size(), 7);
        const auto copy = std::find_if(couples.begin(), couples.end(), [&](const CoupleSummary &c) {
            return c.name == m_changed.name + QStringLiteral(" (copy)");
        });
        QVERIFY(copy != couples.end());
        QVERIFY(copy->uuid != m_changed.uuid);
        QCOMPARE(copy->sessionCount, m_changed.sessionCount);
        // The records that were there are untouched.
        for (const QString &line : before.split(QLatin1Char('\n')))
            QVERIFY(dumpPractice(store).contains(line));
    }

    void sessionAddedToAnExistingCouple()
    {
        TestPractice target;
        QVERIFY(importCaseFile(target.store(), m_file, ConflictPolicy::Skip));
        // Remove one session from the target (purge, as undoing its creation would) and import again.
        const qint64 id = target.store().coupleIdByUuid(m_changed.uuid).value();
        const Session gone = target.store().sessions(id, ArchiveFilter::All)->last();
        QVERIFY(target.store().purgeSession(gone.id));
        const auto summary = importCaseFile(target.store(), m_file, ConflictPolicy::Skip);
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->added, (RecordCounts{0, 1, 0, 0}));
        QCOMPARE(dumpPractice(target.store()), m_sourceDump);
    }
};

QTEST_GUILESS_MAIN(TestCaseFileConflicts)
#include "tst_casefile_conflicts.moc"
