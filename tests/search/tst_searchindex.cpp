// The full-text index stays in step with the records through every kind of write: creating, editing,
// archiving, signing, addenda, purging and restoring each kind of record, undo and redo, case-file
// import, restoring a backup and edits made outside Attune. After each step `attune check`'s index
// checks pass, and a purged note's words are gone from the practice file's bytes.
#include "SearchTestSupport.h"
#include "TestPractice.h"

#include "casefile/CaseFile.h"
#include "commands/PracticeEditor.h"
#include "store/PracticeFile.h"
#include "store/PracticeRestore.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

Couple richCouple()
{
    Couple c = makeCouple(QStringLiteral("Inés Núñez"), QStringLiteral("Tom"));
    c.presentingConcerns = QStringLiteral("Distance since the move to Houston.");
    c.tags = {QStringLiteral("relocation"), QStringLiteral("long marriage")};
    c.safety.notes = QStringLiteral("Screened separately; no coercion reported.");
    return c;
}

Session richSession(qint64 coupleId, QDate date)
{
    Session s = makeSession(coupleId, date);
    s.note.focus = QStringLiteral("Tracking the airport argument");
    s.note.cycleObservations = QStringLiteral("Inés protested, Tom went quiet.");
    s.note.interventions = {QStringLiteral("reflection"), QStringLiteral("validation")};
    s.note.plan = QStringLiteral("Map the cycle next week.");
    s.note.text = QStringLiteral("They repaired a small rupture on their own.");
    s.homework = {{QString(), QStringLiteral("Notice the spin and name it"), false}};
    s.event(ChangeEventKind::WithdrawerReengagement).level = EventLevel::Emerging;
    s.event(ChangeEventKind::WithdrawerReengagement).partner = 1;
    s.event(ChangeEventKind::WithdrawerReengagement).anchor = QStringLiteral("I go quiet when I'm scared.");
    return s;
}

CycleMap richMap(qint64 coupleId, QDate date)
{
    CycleMap m;
    m.coupleId = coupleId;
    m.date = date;
    m.notes = QStringLiteral("Mapped from the airport evening.");
    m.chains[0][CycleStep::Trigger] = QStringLiteral("Tom checks his phone");
    m.chains[0][CycleStep::PrimaryEmotion] = QStringLiteral("lonely, unseen");
    m.chains[1][CycleStep::Behavior] = QStringLiteral("retreats to the garage");
    m.chains[1][CycleStep::Need] = QStringLiteral("to feel competent");
    return m;
}

FiveStepExercise richExercise(qint64 coupleId, QDate date)
{
    FiveStepExercise e;
    e.coupleId = coupleId;
    e.partner = 0;
    e.date = date;
    e.incident = QStringLiteral("The airport");
    e[ExerciseStep::Trigger] = QStringLiteral("He looked at his phone at the gate.");
    e[ExerciseStep::DeeperFeelings] = QStringLiteral("Underneath, abandonment.");
    return e;
}

} // namespace

#define VERIFY_IN_STEP(store)                                                                                \
    do {                                                                                                     \
        const QString problems = indexProblems(store);                                                       \
        QVERIFY2(problems.isEmpty(), qPrintable(problems));                                                  \
    } while (false)

class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void everyKindOfRecordIsIndexedAndFollowsItsEdits()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        VERIFY_IN_STEP(store);

        const auto coupleId = store.createCouple(richCouple());
        QVERIFY2(coupleId, qPrintable(coupleId.error()));
        VERIFY_IN_STEP(store);
        QCOMPARE(found(store, QStringLiteral("nunez")).size(), 2); // the case name and the partner's
        for (const QString &word :
             {QStringLiteral("houston"), QStringLiteral("relocation"), QStringLiteral("coercion")})
            QCOMPARE(found(store, word).size(), 1);
        QCOMPARE(found(store, QStringLiteral("marriage")),
                 QStringList{QStringLiteral("relocation, long marriage")});

        const QDate day = fixedNow().date().addDays(-7);
        const auto sessionId = store.createSession(richSession(*coupleId, day));
        QVERIFY2(sessionId, qPrintable(sessionId.error()));
        const auto mapId = store.createCycleMap(richMap(*coupleId, day));
        QVERIFY2(mapId, qPrintable(mapId.error()));
        const auto exerciseId = store.createExercise(richExercise(*coupleId, day));
        QVERIFY2(exerciseId, qPrintable(exerciseId.error()));
        VERIFY_IN_STEP(store);
        for (const QString &word :
             {QStringLiteral("airport argument"), QStringLiteral("protested"), QStringLiteral("rupture"),
              QStringLiteral("spin"), QStringLiteral("scared"), QStringLiteral("garage"),
              QStringLiteral("abandonment"), QStringLiteral("gate")})
            QVERIFY2(found(store, word).size() == 1, qPrintable(word));

        // Edits: the old words leave, the new ones arrive, for every kind.
        Couple couple = *store.couple(*coupleId);
        couple.presentingConcerns = QStringLiteral("Distance since the move to Denver.");
        couple.tags = {QStringLiteral("military family")};
        couple.partners[1].name = QStringLiteral("Tomás");
        QVERIFY(store.updateCouple(couple));
        Session session = *store.session(*sessionId);
        session.note.text = QStringLiteral("A warm session; they laughed.");
        session.homework.clear();
        session.event(ChangeEventKind::WithdrawerReengagement).anchor = QStringLiteral("I stayed this time.");
        QVERIFY(store.updateSession(session));
        CycleMap map = *store.cycleMap(*mapId);
        map.chains[1][CycleStep::Behavior] = QStringLiteral("goes for a run");
        QVERIFY(store.updateCycleMap(map));
        FiveStepExercise exercise = *store.exercise(*exerciseId);
        exercise[ExerciseStep::DeeperFeelings] = QStringLiteral("Underneath, shame.");
        QVERIFY(store.updateExercise(exercise));
        VERIFY_IN_STEP(store);
        for (const QString &gone :
             {QStringLiteral("houston"), QStringLiteral("relocation"), QStringLiteral("rupture"),
              QStringLiteral("spin"), QStringLiteral("scared"), QStringLiteral("garage"),
              QStringLiteral("abandonment")})
            QVERIFY2(found(store, gone).isEmpty(), qPrintable(gone));
        for (const QString &arrived :
             {QStringLiteral("denver"), QStringLiteral("military"), QStringLiteral("tomas"),
              QStringLiteral("laughed"), QStringLiteral("stayed"), QStringLiteral("run"),
              QStringLiteral("shame")})
            QVERIFY2(found(store, arrived).size() >= 1, qPrintable(arrived));

        // Archiving hides without touching the index; restoring brings the hits back.
        QVERIFY(store.setSessionArchived(*sessionId, true));
        QVERIFY(store.setCycleMapArchived(*mapId, true));
        QVERIFY(store.setExerciseArchived(*exerciseId, true));
        VERIFY_IN_STEP(store);
        QVERIFY(found(store, QStringLiteral("laughed")).isEmpty());
        QCOMPARE(found(store, QStringLiteral("laughed"), true).size(), 1);
        QVERIFY(store.setSessionArchived(*sessionId, false));
        QVERIFY(store.setCoupleArchived(*coupleId, true));
        QVERIFY(found(store, QStringLiteral("laughed")).isEmpty());
        QVERIFY(found(store, QStringLiteral("denver")).isEmpty());
        QCOMPARE(found(store, QStringLiteral("denver"), true).size(), 1);
        QVERIFY(store.setCoupleArchived(*coupleId, false));
        VERIFY_IN_STEP(store);

        // Signing writes nothing to the index and keeps the note immutable; an addendum is indexed.
        QVERIFY(store.setClinician({QStringLiteral("Alex Rivera"), QStringLiteral("LMFT")}));
        QVERIFY(store.signSession(*sessionId));
        QVERIFY(store.addAddendum(*sessionId, QStringLiteral("Correction: they cried, too.")));
        VERIFY_IN_STEP(store);
        QCOMPARE(found(store, QStringLiteral("cried")).size(), 1);
        QCOMPARE(found(store, QStringLiteral("laughed")).size(), 1);
        session = *store.session(*sessionId);
        session.note.text = QStringLiteral("rewritten");
        QVERIFY(!store.updateSession(session));
        VERIFY_IN_STEP(store);

        // Purging (undoing a creation) takes a record's words out; restoring puts them back.
        const Session purgedSession = *store.session(*store.createSession(richSession(*coupleId, day)));
        QVERIFY(store.purgeSession(purgedSession.id));
        QVERIFY(found(store, QStringLiteral("rupture")).isEmpty());
        QVERIFY(store.restoreSession(purgedSession));
        QCOMPARE(found(store, QStringLiteral("rupture")).size(), 1);
        const CycleMap storedMap = *store.cycleMap(*mapId);
        QVERIFY(store.purgeCycleMap(*mapId));
        QVERIFY(store.purgeExercise(*exerciseId));
        VERIFY_IN_STEP(store);
        QVERIFY(found(store, QStringLiteral("run"), true).isEmpty());
        QVERIFY(store.restoreCycleMap(storedMap));
        QCOMPARE(found(store, QStringLiteral("run"), true).size(), 1);
        VERIFY_IN_STEP(store);

        // A couple purged with everything it holds (a fresh one: signed sessions cannot be removed).
        const auto second = store.createCouple(makeCouple(QStringLiteral("Zoë"), QStringLiteral("Kwame")));
        QVERIFY(second);
        QVERIFY(store.createSession(richSession(*second, day)));
        QVERIFY(store.createCycleMap(richMap(*second, day)));
        QVERIFY(store.createExercise(richExercise(*second, day)));
        QCOMPARE(found(store, QStringLiteral("kwame")).size(), 2); // the case name and the partner
        QVERIFY(store.purgeCouple(*second));
        QVERIFY(found(store, QStringLiteral("kwame")).isEmpty());
        VERIFY_IN_STEP(store);
    }

    void undoAndRedoKeepTheIndexInStep()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        PracticeEditor editor(store);
        const auto coupleId = editor.createCouple(richCouple());
        QVERIFY(coupleId);
        const auto sessionId = editor.createSession(richSession(*coupleId, fixedNow().date()));
        QVERIFY(sessionId);
        Session session = *store.session(*sessionId);
        session.note.text = QStringLiteral("The word is tenderness.");
        QVERIFY(editor.updateSession(session, PracticeEditor::Merge::Typing));
        QCOMPARE(found(store, QStringLiteral("tender")).size(), 1);

        editor.undoStack().undo(); // the edit
        VERIFY_IN_STEP(store);
        QVERIFY(found(store, QStringLiteral("tender")).isEmpty());
        QCOMPARE(found(store, QStringLiteral("rupture")).size(), 1);
        editor.undoStack().undo(); // the session's creation: purged
        editor.undoStack().undo(); // the couple's creation: purged
        VERIFY_IN_STEP(store);
        QVERIFY(found(store, QStringLiteral("nunez")).isEmpty());
        editor.undoStack().redo();
        editor.undoStack().redo();
        editor.undoStack().redo();
        VERIFY_IN_STEP(store);
        QCOMPARE(found(store, QStringLiteral("tenderness")).size(), 1);
        QCOMPARE(found(store, QStringLiteral("nunez")).size(), 2);
    }

    // secure_delete overwrites a deleted row, but FTS5 keeps a deleted record's words in its older pages
    // until they are merged: the store merges ('optimize') whenever a record with text is removed.
    void purgedWordsLeaveTheFile()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        const auto coupleId = store.createCouple(makeCouple());
        QVERIFY(coupleId);
        // Many small commits leave many segments, as months of autosaves do.
        for (int i = 0; i < 20; ++i) {
            Session s = makeSession(*coupleId, fixedNow().date().addDays(-30 + i));
            s.note.text = QStringLiteral("Ordinary session number %1.").arg(i);
            QVERIFY(store.createSession(s));
        }
        Session secret = makeSession(*coupleId, fixedNow().date());
        secret.note.text = QStringLiteral("She disclosed the zyxquorthian affair.");
        const auto secretId = store.createSession(secret);
        QVERIFY(secretId);
        for (int i = 0; i < 5; ++i) {
            Session s = makeSession(*coupleId, fixedNow().date().addDays(-40 - i));
            QVERIFY(store.createSession(s));
        }
        const QByteArray word = QByteArrayLiteral("quorthian");
        auto fileHolds = [&] {
            QFile file(practice.path());
            return file.open(QIODevice::ReadOnly) && file.readAll().contains(word);
        };
        QVERIFY(fileHolds()); // the check can see the word while it is there
        QCOMPARE(found(store, QStringLiteral("zyxquorthian")).size(), 1);

        QVERIFY(store.purgeSession(*secretId));
        VERIFY_IN_STEP(store);
        QVERIFY(found(store, QStringLiteral("zyxquorthian")).isEmpty());
        QVERIFY2(!fileHolds(), "a purged note's word is still in the practice file");
    }

    void importedRecordsAreIndexed()
    {
        TestPractice source;
        const auto coupleId = source.store().createCouple(richCouple());
        QVERIFY(coupleId);
        QVERIFY(source.store().createSession(richSession(*coupleId, fixedNow().date())));
        QVERIFY(source.store().createCycleMap(richMap(*coupleId, fixedNow().date())));
        QVERIFY(source.store().createExercise(richExercise(*coupleId, fixedNow().date())));
        const QString file = source.dir() + QStringLiteral("/couple.attune");
        QVERIFY(exportCaseFile(source.store(), {*coupleId}, file));

        TestPractice target;
        QVERIFY(importCaseFile(target.store(), file, ConflictPolicy::Skip));
        VERIFY_IN_STEP(target.store());
        QCOMPARE(found(target.store(), QStringLiteral("rupture")).size(), 1);
        QCOMPARE(found(target.store(), QStringLiteral("garage")).size(), 1);

        // The same couple, edited at the source, replaces the imported one; a copy adds it again.
        Session edited = source.store().sessions(*coupleId)->first();
        edited.note.text = QStringLiteral("Replaced with forgiveness.");
        QVERIFY(source.store().updateSession(edited));
        QVERIFY(exportCaseFile(source.store(), {*coupleId}, file));
        QVERIFY(importCaseFile(target.store(), file, ConflictPolicy::Replace));
        VERIFY_IN_STEP(target.store());
        QVERIFY(found(target.store(), QStringLiteral("rupture")).isEmpty());
        QCOMPARE(found(target.store(), QStringLiteral("forgiveness")).size(), 1);
        edited.note.text = QStringLiteral("Replaced with forgiveness and hope.");
        QVERIFY(source.store().updateSession(edited));
        QVERIFY(exportCaseFile(source.store(), {*coupleId}, file));
        QVERIFY(importCaseFile(target.store(), file, ConflictPolicy::Copy));
        VERIFY_IN_STEP(target.store());
        QCOMPARE(found(target.store(), QStringLiteral("forgiveness")).size(), 2);
    }

    void aRestoredBackupIsInStep()
    {
        TestPractice practice;
        const auto coupleId = practice.store().createCouple(richCouple());
        QVERIFY(coupleId);
        QVERIFY(practice.store().createSession(richSession(*coupleId, fixedNow().date())));
        const QString backup = practice.dir() + QStringLiteral("/backup.db");
        QVERIFY(practice.store().backupTo(backup));
        Session later = makeSession(*coupleId, fixedNow().date());
        later.note.text = QStringLiteral("Written after the backup: reconciliation.");
        QVERIFY(practice.store().createSession(later));

        const QString restored = practice.dir() + QStringLiteral("/restored.db");
        QVERIFY(restorePractice(backup, restored, false));
        auto store =
            PracticeStore::open(restored, PracticeStore::OpenMode::OpenExisting, fixedClock(fixedNow()));
        QVERIFY2(store, qPrintable(store.error()));
        VERIFY_IN_STEP(**store);
        QCOMPARE(found(**store, QStringLiteral("rupture")).size(), 1);
        QVERIFY(found(**store, QStringLiteral("reconciliation")).isEmpty());
    }

    // Edits from outside Attune (the sqlite3 shell) reach the index through the same triggers; an
    // INSERT OR REPLACE fires the delete triggers too, because every connection turns recursive triggers
    // on. The queue they leave is applied when the practice is next opened.
    void editsFromOutsideAttuneReachTheIndex()
    {
        TestPractice practice;
        const auto coupleId = practice.store().createCouple(makeCouple());
        QVERIFY(coupleId);
        Session s = makeSession(*coupleId, fixedNow().date());
        s.homework = {{QString(), QStringLiteral("Practice the hold-me-tight conversation"), false}};
        const auto sessionId = practice.store().createSession(s);
        QVERIFY(sessionId);
        const QString uuid = practice.store().session(*sessionId)->homework.first().uuid;
        {
            auto db = openPracticeConnection(practice.path());
            QVERIFY2(db, qPrintable(db.error()));
            {
                QSqlQuery q(*db);
                QVERIFY(q.exec(QStringLiteral("UPDATE sessions SET note_text = 'Edited by hand: gratitude' "
                                              "WHERE id = %1")
                                   .arg(*sessionId)));
                QVERIFY(q.prepare(QStringLiteral(
                    "INSERT OR REPLACE INTO homework (uuid, session_id, position, text, done, created_at, "
                    "modified_at) VALUES (:uuid, :session, 0, 'Write a letter of appreciation', 0, "
                    "'2026-06-15T14:30:00.000Z', '2026-06-15T14:30:00.000Z')")));
                q.bindValue(QStringLiteral(":uuid"), uuid);
                q.bindValue(QStringLiteral(":session"), *sessionId);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            closePracticeConnection(*db);
        }
        practice.reopen();
        PracticeStore &store = practice.store();
        // The index is in step; the session's content hash, which only Attune keeps, tells `check` that
        // the session was changed behind its back (MigrationContentHashes.cpp).
        const QString problems = indexProblems(store);
        QVERIFY2(!problems.contains(QStringLiteral("Search index")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("session %1 of couple %2 was changed outside Attune")
                                       .arg(*sessionId)
                                       .arg(*coupleId)),
                 qPrintable(problems));
        QCOMPARE(found(store, QStringLiteral("gratitude")).size(), 1);
        QCOMPARE(found(store, QStringLiteral("appreciation")).size(), 1);
        QVERIFY(found(store, QStringLiteral("hold-me-tight")).isEmpty());
    }

    // The check itself can fail: an index that lost step with the records is reported.
    void aStaleIndexIsReported()
    {
        TestPractice practice;
        const auto coupleId = practice.store().createCouple(richCouple());
        QVERIFY(coupleId);
        QVERIFY(practice.store().createSession(richSession(*coupleId, fixedNow().date())));
        VERIFY_IN_STEP(practice.store());
        const QStringList tamperings = {
            // words the records do not hold
            QStringLiteral("INSERT INTO search_index (rowid, body) VALUES (%1 * 64 + 10, 'phantom')"),
            // a text of the records that the index does not list
            QStringLiteral("DELETE FROM search_rows WHERE rid = %1 * 64 + 9"),
            // a change nobody applied
            QStringLiteral("INSERT INTO search_pending (rid, indexed_body) VALUES (%1 * 64 + 9, NULL)"),
        };
        for (const QString &tampering : tamperings) {
            TestPractice copy;
            QVERIFY(practice.store().backupTo(copy.dir() + QStringLiteral("/tampered.db")));
            const QString path = copy.dir() + QStringLiteral("/tampered.db");
            {
                auto db = openPracticeConnection(path);
                QVERIFY(db);
                {
                    QSqlQuery q(*db);
                    QVERIFY2(q.exec(tampering.arg(practice.store().sessions(*coupleId)->first().id)),
                             qPrintable(q.lastError().text()));
                }
                closePracticeConnection(*db);
            }
            // Read-only, so that opening does not apply the queued change it is meant to find.
            auto store = PracticeStore::open(path, PracticeStore::OpenMode::ReadOnly, fixedClock(fixedNow()));
            QVERIFY(store);
            QVERIFY2(indexProblems(**store).contains(QStringLiteral("Search index")), qPrintable(tampering));
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
