// Booking, moving and cancelling a couple's appointment through the editor: each is stored, announced and
// undoable; a burst of changes merges into one step; an unknown couple fails with a clear message.
#include "TestPractice.h"

#include "commands/PracticeEditor.h"

#include <QSignalSpy>
#include <QTest>

using namespace attune;
using namespace attune::test;

class TestAppointments : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_monday3pm{QDate(2026, 6, 22), QTime(15, 0), Qt::UTC};

private slots:
    void bookMoveCancelAndUndo()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        PracticeEditor editor(store);
        const auto id = store.createCouple(makeCouple());
        QVERIFY(id);
        QSignalSpy announced(&store, &PracticeStore::appointmentChanged);

        QVERIFY(editor.setAppointment(*id, m_monday3pm));
        QCOMPARE(*store.appointment(*id), m_monday3pm);
        QCOMPARE(announced.count(), 1);
        QCOMPARE(announced.first().first().toLongLong(), *id);

        QVERIFY(editor.setAppointment(*id, m_monday3pm.addDays(2)));
        QCOMPARE(*store.appointment(*id), m_monday3pm.addDays(2));
        QVERIFY(editor.setAppointment(*id, QDateTime()));
        QCOMPARE(*store.appointment(*id), QDateTime());
        QCOMPARE(editor.undoStack().count(), 3);
        QCOMPARE(editor.undoStack().undoText(), QStringLiteral("Cancel appointment"));

        editor.undoStack().undo();
        QCOMPARE(*store.appointment(*id), m_monday3pm.addDays(2));
        editor.undoStack().undo();
        QCOMPARE(*store.appointment(*id), m_monday3pm);
        editor.undoStack().undo();
        QCOMPARE(*store.appointment(*id), QDateTime());
        editor.undoStack().redo();
        QCOMPARE(*store.appointment(*id), m_monday3pm);
    }

    void timesAreKeptToTheMinuteInUtc()
    {
        TestPractice practice;
        PracticeEditor editor(practice.store());
        const auto id = practice.store().createCouple(makeCouple());
        // 10:15:42 in UTC-5 is 15:15 UTC once seconds are dropped.
        const QDateTime offset(QDate(2026, 6, 22), QTime(10, 15, 42), QTimeZone(-5 * 3600));
        QVERIFY(editor.setAppointment(*id, offset));
        const QDateTime stored = *practice.store().appointment(*id);
        QCOMPARE(stored, QDateTime(QDate(2026, 6, 22), QTime(15, 15), Qt::UTC));
        QCOMPARE(stored.timeSpec(), Qt::UTC);
        // The same minute again is no new undo step.
        QVERIFY(editor.setAppointment(*id, stored.addSecs(20)));
        QCOMPARE(editor.undoStack().count(), 1);
    }

    void typingMergesIntoOneStep()
    {
        TestPractice practice;
        PracticeEditor editor(practice.store());
        const auto id = practice.store().createCouple(makeCouple());
        QVERIFY(editor.setAppointment(*id, m_monday3pm));
        for (int hour = 1; hour <= 3; ++hour)
            QVERIFY(
                editor.setAppointment(*id, m_monday3pm.addSecs(hour * 3600), PracticeEditor::Merge::Typing));
        QCOMPARE(editor.undoStack().count(), 2);
        editor.undoStack().undo();
        QCOMPARE(*practice.store().appointment(*id), m_monday3pm);
    }

    void eachCoupleHasItsOwn()
    {
        TestPractice practice;
        PracticeEditor editor(practice.store());
        const auto a = practice.store().createCouple(makeCouple());
        const auto b = practice.store().createCouple(makeCouple(QStringLiteral("Cy"), QStringLiteral("Di")));
        QVERIFY(editor.setAppointment(*a, m_monday3pm));
        QVERIFY(editor.setAppointment(*b, m_monday3pm.addDays(1)));
        QCOMPARE(*practice.store().appointment(*a), m_monday3pm);
        QCOMPARE(*practice.store().appointment(*b), m_monday3pm.addDays(1));
    }

    void unknownCoupleFailsClearly()
    {
        TestPractice practice;
        PracticeEditor editor(practice.store());
        const Status s = editor.setAppointment(4242, m_monday3pm);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("no longer exists")), qPrintable(s.error()));
        QCOMPARE(editor.undoStack().count(), 0);
    }

    void purgingTheCoupleTakesItsAppointment()
    {
        TestPractice practice;
        const auto id = practice.store().createCouple(makeCouple());
        QVERIFY(practice.store().setAppointment(*id, m_monday3pm));
        QVERIFY(practice.store().purgeCouple(*id));
        QVERIFY(practice.store().coupleStandings()->isEmpty());
        QVERIFY(practice.store().checkIntegrity()->passed());
    }
};

QTEST_GUILESS_MAIN(TestAppointments)
#include "tst_appointments.moc"
