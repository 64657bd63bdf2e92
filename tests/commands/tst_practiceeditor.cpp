// The one path for GUI edits: each edit is stored before it is pushed, undo and redo write through the
// store, typing merges into one step, and failures are reported instead of being pushed or lost.
#include "TestPractice.h"

#include "commands/PracticeEditor.h"

#include <QSignalSpy>
#include <QTest>

using namespace attune;
using namespace attune::test;

class TestPracticeEditor : public QObject
{
    Q_OBJECT

private slots:
    void createUndoRedoKeepsTheSameRecord()
    {
        TestPractice practice;
        PracticeEditor editor(practice.store());
        const auto id = editor.createCouple(makeCouple());
        QVERIFY2(id, qPrintable(id.error()));
        const Couple created = *practice.store().couple(*id);
        QCOMPARE(editor.undoStack().count(), 1);

        editor.undoStack().undo();
        QVERIFY(!practice.store().couple(*id));
        QVERIFY(practice.store().coupleSummaries(ArchiveFilter::All)->isEmpty());
        editor.undoStack().redo();
        const auto restored = practice.store().couple(*id);
        QVERIFY(restored);
        QCOMPARE(restored->uuid, created.uuid);
        QCOMPARE(restored->partners[1].name, created.partners[1].name);
    }

    void updatesUndoToThePreviousContent()
    {
        TestPractice practice;
        PracticeEditor editor(practice.store());
        const auto id = editor.createCouple(makeCouple());
        Couple c = *practice.store().couple(*id);
        c.presentingConcerns = QStringLiteral("Arguments about money");
        QVERIFY(editor.updateCouple(c));
        c.status = CoupleStatus::Paused;
        QVERIFY(editor.updateCouple(c));
        QCOMPARE(editor.undoStack().count(), 3);
        editor.undoStack().undo();
        QCOMPARE(practice.store().couple(*id)->status, CoupleStatus::Active);
        QCOMPARE(practice.store().couple(*id)->presentingConcerns, c.presentingConcerns);
        editor.undoStack().undo();
        QCOMPARE(practice.store().couple(*id)->presentingConcerns, QString());
        editor.undoStack().redo();
        editor.undoStack().redo();
        QCOMPARE(practice.store().couple(*id)->status, CoupleStatus::Paused);
    }

    void typingMergesIntoOneStepPerRecord()
    {
        TestPractice practice;
        PracticeEditor editor(practice.store());
        const auto coupleId = editor.createCouple(makeCouple());
        const auto sessionId = editor.createSession(makeSession(*coupleId, fixedNow().date()));
        QVERIFY(sessionId);
        Session s = *practice.store().session(*sessionId);
        for (const char *text : {"He", "He turn", "He turned away"}) {
            s.note.text = QString::fromLatin1(text);
            QVERIFY(editor.updateSession(s, PracticeEditor::Merge::Typing));
        }
        QCOMPARE(editor.undoStack().count(), 3); // couple, session, one typing step
        editor.undoStack().undo();
        QCOMPARE(practice.store().session(*sessionId)->note.text, QString());
        editor.undoStack().redo();
        QCOMPARE(practice.store().session(*sessionId)->note.text, QStringLiteral("He turned away"));

        // A discrete change is its own step.
        s = *practice.store().session(*sessionId);
        s.step = 3;
        QVERIFY(editor.updateSession(s));
        QCOMPARE(editor.undoStack().count(), 4);
    }

    void unchangedContentPushesNothing()
    {
        TestPractice practice;
        PracticeEditor editor(practice.store());
        const auto id = editor.createCouple(makeCouple());
        Couple c = *practice.store().couple(*id);
        c.modified = c.modified.addSecs(-60); // a stale copy with the same content
        QVERIFY(editor.updateCouple(c));
        QCOMPARE(editor.undoStack().count(), 1);
    }

    void failedEditIsNotPushedAndSaysWhy()
    {
        TestPractice practice;
        PracticeEditor editor(practice.store());
        const auto id = editor.createCouple(makeCouple());
        Couple c = *practice.store().couple(*id);
        c.partners[0].name.clear();
        const Status s = editor.updateCouple(c);
        QVERIFY(!s);
        QVERIFY(s.error().contains(QStringLiteral("needs a name")));
        QCOMPARE(editor.undoStack().count(), 1);
        QVERIFY(!editor.createSession(makeSession(*id, fixedNow().date().addYears(-5)))); // before intake
        QCOMPARE(editor.undoStack().count(), 1);
    }

    void failedUndoIsReportedAndDropped()
    {
        TestPractice practice;
        PracticeEditor editor(practice.store());
        QSignalSpy failures(&editor, &PracticeEditor::undoFailed);
        const auto coupleId = editor.createCouple(makeCouple());
        const auto sessionId = editor.createSession(makeSession(*coupleId, fixedNow().date()));
        // The session vanishes behind the editor's back, so undoing its creation cannot be written.
        QVERIFY(practice.store().purgeSession(*sessionId));
        editor.undoStack().undo(); // the session it would purge is already gone
        QCOMPARE(failures.count(), 1);
        QVERIFY(failures.first().first().toString().contains(QStringLiteral("no longer exists")));
        QCOMPARE(editor.undoStack().count(), 1); // the broken step was dropped
    }

    void archiveIsUndoable()
    {
        TestPractice practice;
        PracticeEditor editor(practice.store());
        const auto id = editor.createCouple(makeCouple());
        QVERIFY(editor.setCoupleArchived(*id, true));
        QVERIFY(practice.store().couple(*id)->archived);
        editor.undoStack().undo();
        QVERIFY(!practice.store().couple(*id)->archived);
    }

    void cycleAndExerciseEditsGoThroughTheStack()
    {
        TestPractice practice;
        PracticeEditor editor(practice.store());
        const auto coupleId = editor.createCouple(makeCouple());
        CycleMap map;
        map.coupleId = *coupleId;
        map.date = fixedNow().date();
        const auto mapId = editor.createCycleMap(map);
        QVERIFY(mapId);
        FiveStepExercise e;
        e.coupleId = *coupleId;
        e.date = fixedNow().date();
        const auto exerciseId = editor.createExercise(e);
        QVERIFY(exerciseId);

        editor.beginGroup(QStringLiteral("Add to cycle"));
        CycleMap edited = *practice.store().cycleMap(*mapId);
        edited.chains[1][CycleStep::Need] = QStringLiteral("To feel wanted");
        QVERIFY(editor.updateCycleMap(edited));
        FiveStepExercise doneExercise = *practice.store().exercise(*exerciseId);
        doneExercise.incident = QStringLiteral("Shoulder rub");
        QVERIFY(editor.updateExercise(doneExercise));
        editor.endGroup();

        editor.undoStack().undo(); // the whole group
        QCOMPARE(practice.store().cycleMap(*mapId)->chains[1][CycleStep::Need], QString());
        QCOMPARE(practice.store().exercise(*exerciseId)->incident, QString());
    }
};

QTEST_GUILESS_MAIN(TestPracticeEditor)
#include "tst_practiceeditor.moc"
