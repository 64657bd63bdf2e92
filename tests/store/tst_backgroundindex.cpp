// Issue 14, item 11: a 5 MB pasted note never blocks the window. It is stored at once (its words wait in
// the search queue), and indexed for search once the typing pauses on a thread of its own with its own
// connection (BackgroundIndexer.h). Here: the index is complete afterwards, a write meanwhile wins and the
// index still catches up, and neither a quit nor a kill during the indexing loses anything: the note is
// stored before it is queued, and what is still queued is indexed at the next start.
#include "TestPractice.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

#include <sys/wait.h>
#include <unistd.h>

using namespace attune;
using namespace attune::test;

namespace {

const QString kRareWord = QStringLiteral("xylophonist");

// About 5 MB of synthetic prose with one rare word in the middle.
QString longNote()
{
    const QString sentence = QStringLiteral("She waited by the door and he stayed in the garage again. ");
    QString text;
    text.reserve(5 * 1024 * 1024 + 64);
    while (text.size() < 5 * 1024 * 1024 / 2)
        text += sentence;
    text += kRareWord + QStringLiteral(" came up. ");
    while (text.size() < 5 * 1024 * 1024)
        text += sentence;
    return text;
}

bool finds(PracticeStore &store, const QString &word, qint64 sessionId)
{
    const auto results = store.search({word});
    if (!results)
        return false;
    for (const SearchHit &hit : results->hits)
        if (hit.kind == SearchKind::Session && hit.recordId == sessionId)
            return true;
    return false;
}

QString integrityProblems(PracticeStore &store)
{
    const auto report = store.checkIntegrity();
    return report ? report->problems.join(u'|') : report.error();
}

} // namespace

class TestBackgroundIndex : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestPractice> m_practice;
    qint64 m_couple = 0;
    qint64 m_session = 0;

    PracticeStore &store() { return m_practice->store(); }

    void storeLongNote()
    {
        Session s = *store().session(m_session);
        s.note.text = longNote();
        QVERIFY2(store().updateSession(s), "the long note was not stored");
        QVERIFY(store().hasDeferredTexts()); // stored, its words queued for later
    }

private slots:
    void init()
    {
        m_practice = std::make_unique<TestPractice>();
        const auto couple = store().createCouple(makeCouple());
        QVERIFY2(couple, qPrintable(couple.error()));
        m_couple = *couple;
        Session s = makeSession(m_couple, fixedNow().date().addDays(-7));
        s.note.text = QStringLiteral("A short note.");
        const auto id = store().createSession(s);
        QVERIFY2(id, qPrintable(id.error()));
        m_session = *id;
    }

    void aLongNoteIsIndexedOnAThreadOfItsOwnAndCompletely()
    {
        storeLongNote();
        QVERIFY(!finds(store(), kRareWord, m_session)); // not yet: the index keeps the old words
        QSignalSpy sessions(&store(), &PracticeStore::sessionsChanged);
        store().startIndexingDeferredTexts();
        QVERIFY(store().isIndexingInBackground());
        store().waitForBackgroundIndexing();
        QVERIFY(!store().isIndexingInBackground());
        QVERIFY(!store().hasDeferredTexts());
        QVERIFY(finds(store(), kRareWord, m_session));
        QVERIFY(!finds(store(), QStringLiteral("short"), m_session)); // the old words left the index
        // The indexer's commit is no change by another program: nothing is announced for the views.
        QVERIFY(!store().pollChangesByOthers());
        QCOMPARE(sessions.count(), 0);
        const QString problems = integrityProblems(store());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void theTimerStartsItWhenTheWritesPause()
    {
        storeLongNote();
        QTRY_VERIFY_WITH_TIMEOUT(!store().hasDeferredTexts(), PracticeStore::kDeferredIndexMs + 20000);
        QVERIFY(finds(store(), kRareWord, m_session));
    }

    void aWriteDuringIndexingWinsAndTheIndexCatchesUp()
    {
        storeLongNote();
        store().startIndexingDeferredTexts();
        QVERIFY(store().isIndexingInBackground());
        Couple c = *store().couple(m_couple);
        c.presentingConcerns = QStringLiteral("Written while the index was being built.");
        QVERIFY(store().updateCouple(c)); // cancels the run rather than waiting for it
        QVERIFY(!store().isIndexingInBackground());
        QVERIFY(store().hasDeferredTexts()); // still queued: indexed at the next pause
        store().startIndexingDeferredTexts();
        store().waitForBackgroundIndexing();
        QVERIFY(finds(store(), kRareWord, m_session));
        const QString problems = integrityProblems(store());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void aQuitDuringIndexingLosesNothing()
    {
        storeLongNote();
        store().startIndexingDeferredTexts();
        QVERIFY(store().isIndexingInBackground());
        m_practice->reopen(); // closes the store while the run goes on, then opens the file again
        QCOMPARE(store().session(m_session)->note.text, longNote());
        QVERIFY(finds(store(), kRareWord, m_session));
        const QString problems = integrityProblems(store());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void aKillDuringIndexingLosesNothingAndTheNextStartIndexes()
    {
        const QString path = m_practice->path();
        const pid_t child = ::fork();
        if (child == 0) {
            // Another process: stores the long note, starts indexing it and is killed midway.
            auto other = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting, fixedNow);
            if (!other)
                ::_exit(2);
            Session s = *(*other)->session(m_session);
            s.note.text = longNote();
            if (!(*other)->updateSession(s))
                ::_exit(3);
            (*other)->startIndexingDeferredTexts();
            ::usleep(150 * 1000);
            ::kill(::getpid(), SIGKILL);
            ::_exit(4);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
                 qPrintable(QStringLiteral("the child ended with status %1").arg(status)));
        m_practice->reopen();
        QCOMPARE(store().session(m_session)->note.text, longNote());
        QVERIFY(!store().hasDeferredTexts());
        QVERIFY(finds(store(), kRareWord, m_session));
        const QString problems = integrityProblems(store());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
};

QTEST_GUILESS_MAIN(TestBackgroundIndex)
#include "tst_backgroundindex.moc"
