// A 5 MB pasted note (issue 14, item 11a): typed in through the AutoSaver and the PracticeEditor, as the
// session editor does, every save stores the text without indexing it again (the search index takes
// time in proportion to the text, at every save: 41 s for eight typed characters). It is indexed once
// the saves pause, or when the practice closes, so a quit right after typing loses nothing and leaves
// nothing unindexed.
#include "TestPractice.h"

#include "commands/AutoSaver.h"
#include "commands/PracticeEditor.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

// About 5 MB of note in paragraphs, with one word no other text has.
QString pastedNote()
{
    QString text;
    for (int i = 0; text.size() < 5 * 1024 * 1024; ++i)
        text += QStringLiteral("Paragraph %1: she feels unseen when he turns away, and he feels he fails "
                               "her.\n")
                    .arg(i);
    return text + QStringLiteral("Zanzibar");
}

int queuedForIndex(const QString &path)
{
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(DISTINCT rid) FROM search_pending")) && q.next())
                rows = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return rows;
}

int hitsFor(PracticeStore &store, const QString &word)
{
    const auto results = store.search({word});
    return results ? int(results->hits.size()) : -1;
}

} // namespace

class TestLargeNote : public QObject
{
    Q_OBJECT

private slots:
    void typingInAPastedNoteStoresWithoutReindexingEachTime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        auto opened =
            PracticeStore::open(path, PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
        QVERIFY(opened);
        PracticeStore &store = **opened;
        PracticeEditor editor(store);
        const qint64 couple = *store.createCouple(makeCouple());
        Session session = *store.session(*store.createSession(makeSession(couple, fixedNow().date())));

        AutoSaver saver(nullptr, 10, 10);
        session.note.text = pastedNote();
        saver.schedule([&, s = session] { return editor.updateSession(s); });
        QVERIFY(saver.flush());
        // Eight characters typed after the paste, each saved on its own (a slow typist).
        for (const QChar c : QStringLiteral(" ok, yes")) {
            session.note.text += c;
            saver.schedule(
                [&, s = session] { return editor.updateSession(s, PracticeEditor::Merge::Typing); });
            QVERIFY(saver.flush());
        }
        QCOMPARE(store.session(session.id)->note.text, session.note.text);
        // Not indexed at every save: the long text waits in the queue, once, for the pause.
        QVERIFY(store.hasDeferredTexts());
        QCOMPARE(queuedForIndex(path), 1);
        QCOMPARE(hitsFor(store, QStringLiteral("zanzibar")), 0);

        // The pause comes: the timer indexes it, once, and the queue is empty.
        QTRY_VERIFY_WITH_TIMEOUT(!store.hasDeferredTexts(), PracticeStore::kDeferredIndexMs * 10);
        QCOMPARE(queuedForIndex(path), 0);
        QCOMPARE(hitsFor(store, QStringLiteral("zanzibar")), 1);
        QCOMPARE(hitsFor(store, QStringLiteral("yes")), 1);
        const auto report = store.checkIntegrity();
        QVERIFY(report);
        QVERIFY2(report->passed(), qPrintable(report->problems.join(QLatin1Char('\n'))));

        // Undo is one step back to the pasted note (the typing merged), and it stores as fast.
        editor.undoStack().undo();
        QCOMPARE(store.session(session.id)->note.text, pastedNote());
    }

    void quitRightAfterTypingLosesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        qint64 sessionId = 0;
        const QString typed = pastedNote() + QStringLiteral(" and then");
        {
            auto opened =
                PracticeStore::open(path, PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
            QVERIFY(opened);
            PracticeEditor editor(**opened);
            const qint64 couple = *(*opened)->createCouple(makeCouple());
            Session session =
                *(*opened)->session(*(*opened)->createSession(makeSession(couple, fixedNow().date())));
            sessionId = session.id;
            AutoSaver saver(nullptr, 60000, 60000);
            session.note.text = typed;
            saver.schedule([&, s = session] { return editor.updateSession(s); });
            QVERIFY(saver.flush()); // what the window does on quit, before the store closes
            QVERIFY((*opened)->hasDeferredTexts());
        }                                  // the window goes: the store closes without waiting for the timer
        QCOMPARE(queuedForIndex(path), 0); // indexed on the way out
        auto reopened =
            PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting, fixedClock(fixedNow()));
        QVERIFY(reopened);
        QCOMPARE((*reopened)->session(sessionId)->note.text, typed);
        QCOMPARE(hitsFor(**reopened, QStringLiteral("zanzibar")), 1);
    }
};

QTEST_GUILESS_MAIN(TestLargeNote)
#include "tst_largenote.moc"
