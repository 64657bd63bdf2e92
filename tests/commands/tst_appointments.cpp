// The calendar's edits through the editor: booking one appointment or a series, changing how one ended
// and attending one are each stored, announced, in the audit trail and one undo step; undo and redo of
// a series book and remove all of it; an unknown couple fails with a clear message and leaves no step.
#include "TestPractice.h"

#include "commands/PracticeEditor.h"

#include <QSignalSpy>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

int auditRows(PracticeStore &store, const QString &action)
{
    const auto trail = store.auditTrail(); // named: a range-for over *temporary would dangle
    int rows = 0;
    for (const AuditEntry &e : *trail)
        rows += e.recordType == QStringLiteral("appointment") && e.action == action;
    return rows;
}

Appointment at(qint64 coupleId, const QDateTime &startsAt)
{
    Appointment a;
    a.coupleId = coupleId;
    a.startsAt = startsAt;
    return a;
}

} // namespace

class TestAppointments : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_nextWeek = fixedNow().addDays(7);

private slots:
    void bookingASeriesIsOneStep()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        PracticeEditor editor(store);
        const auto id = store.createCouple(makeCouple());
        QVERIFY(id);
        QSignalSpy announced(&store, &PracticeStore::appointmentChanged);
        AppointmentSeries series;
        series.coupleId = *id;
        series.firstDate = m_nextWeek.date();
        series.localTime = QTime(15, 0);
        series.zone = QTimeZone::utc();
        series.count = 4;
        const SeriesLayout layout = layOutSeries(series, QStringLiteral("series-1"));
        QVERIFY(layout.error.isEmpty());

        const auto booked = editor.bookAppointments(layout.appointments);
        QVERIFY2(booked, qPrintable(booked.error()));
        QCOMPARE(booked->size(), 4);
        QCOMPARE(store.appointments(*id)->size(), 4);
        QVERIFY(announced.count() >= 1);
        QCOMPARE(announced.last().first().toLongLong(), *id);
        QCOMPARE(editor.undoStack().count(), 1);
        QCOMPARE(editor.undoStack().undoText(), QStringLiteral("Book a series of 4 appointments"));
        QCOMPARE(auditRows(store, QStringLiteral("create")), 4);

        editor.undoStack().undo();
        QVERIFY(store.appointments(*id)->isEmpty());
        QCOMPARE(auditRows(store, QStringLiteral("delete")), 4);
        editor.undoStack().redo();
        const QList<Appointment> again = *store.appointments(*id);
        QCOMPARE(again.size(), 4);
        for (const Appointment &a : again)
            QCOMPARE(a.seriesUuid, QStringLiteral("series-1"));
        // Undo after redo removes the rows redo made (new row ids), not the first ones.
        editor.undoStack().undo();
        QVERIFY(store.appointments(*id)->isEmpty());
        QVERIFY(store.checkIntegrity()->passed());
    }

    void endingAnAppointmentIsUndoable()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        PracticeEditor editor(store);
        const auto id = store.createCouple(makeCouple());
        const auto booked = editor.bookAppointments({at(*id, m_nextWeek)});
        QVERIFY(booked);
        Appointment a = *store.appointmentById(booked->first());
        const int edits = auditRows(store, QStringLiteral("edit"));
        a.status = AppointmentStatus::NoShow;
        QVERIFY(editor.updateAppointment(a));
        QCOMPARE(store.appointmentById(a.id)->status, AppointmentStatus::NoShow);
        QCOMPARE(editor.undoStack().undoText(), QStringLiteral("Mark appointment no-show"));
        QCOMPARE(auditRows(store, QStringLiteral("edit")), edits + 1);
        // The same values again are no step.
        QVERIFY(editor.updateAppointment(a));
        QCOMPARE(editor.undoStack().count(), 2);

        editor.undoStack().undo();
        QCOMPARE(store.appointmentById(a.id)->status, AppointmentStatus::Booked);
        QCOMPARE(auditRows(store, QStringLiteral("edit")), edits + 2);
        editor.undoStack().redo();
        QCOMPARE(store.appointmentById(a.id)->status, AppointmentStatus::NoShow);
    }

    void attendingMakesTheSessionInOneStep()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        PracticeEditor editor(store);
        const auto id = store.createCouple(makeCouple());
        // Earlier today, so its session is not dated ahead.
        const auto booked = editor.bookAppointments({at(*id, fixedNow().addSecs(-1800))});
        QVERIFY(booked);
        const auto session = editor.attendAppointment(booked->first(), makeSession(*id, fixedNow().date()));
        QVERIFY2(session, qPrintable(session.error()));
        QCOMPARE(store.appointmentById(booked->first())->status, AppointmentStatus::Attended);
        QCOMPARE(store.appointmentById(booked->first())->sessionId, *session);
        QCOMPARE(store.sessions(*id)->size(), 1);
        QCOMPARE(editor.undoStack().count(), 2);

        editor.undoStack().undo();
        QVERIFY(store.sessions(*id)->isEmpty());
        QCOMPARE(store.appointmentById(booked->first())->status, AppointmentStatus::Booked);
        QCOMPARE(store.appointmentById(booked->first())->sessionId, 0);
        editor.undoStack().redo();
        QCOMPARE(store.sessions(*id)->size(), 1);
        QCOMPARE(store.sessions(*id)->first().id, *session);
        QCOMPARE(store.appointmentById(booked->first())->sessionId, *session);
        QVERIFY(store.checkIntegrity()->passed());
    }

    void timesAreKeptToTheMinuteInUtc()
    {
        TestPractice practice;
        PracticeEditor editor(practice.store());
        const auto id = practice.store().createCouple(makeCouple());
        // 10:15:42 in UTC-5 is 15:15 UTC once seconds are dropped.
        const QDateTime offset(m_nextWeek.date(), QTime(10, 15, 42), QTimeZone(-5 * 3600));
        const auto booked = editor.bookAppointments({at(*id, offset)});
        QVERIFY(booked);
        const QDateTime stored = practice.store().appointmentById(booked->first())->startsAt;
        QCOMPARE(stored, QDateTime(m_nextWeek.date(), QTime(15, 15), Qt::UTC));
        QCOMPARE(stored.timeSpec(), Qt::UTC);
    }

    void unknownCoupleFailsClearly()
    {
        TestPractice practice;
        PracticeEditor editor(practice.store());
        const auto booked = editor.bookAppointments({at(4242, m_nextWeek)});
        QVERIFY(!booked);
        QVERIFY2(booked.error().contains(QStringLiteral("no longer exists")), qPrintable(booked.error()));
        QCOMPARE(editor.undoStack().count(), 0);
    }

    void purgingTheCoupleTakesItsAppointments()
    {
        TestPractice practice;
        PracticeEditor editor(practice.store());
        const auto id = practice.store().createCouple(makeCouple());
        QVERIFY(editor.bookAppointments({at(*id, m_nextWeek), at(*id, m_nextWeek.addDays(7))}));
        QVERIFY(practice.store().purgeCouple(*id));
        QVERIFY(practice.store().coupleStandings()->isEmpty());
        QVERIFY(practice.store().checkIntegrity()->passed());
    }
};

QTEST_GUILESS_MAIN(TestAppointments)
#include "tst_appointments.moc"
