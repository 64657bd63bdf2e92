// The calendar (issue 16): a weekly series with a skipped and a moved date across a daylight-saving change
// keeps its local time; any number of appointments per couple, each ending attended (which makes that
// day's session), cancelled, late-cancelled or no-show; the agenda shows every one; the iCalendar file
// names couples by initials only; and the "calendar" schema change carries a version-4 file's
// appointment over.
#include "TestPractice.h"

#include "practice/Agenda.h"
#include "practice/ICalendar.h"
#include "store/Migrations.h"
#include "store/PracticeFile.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace attune;
using namespace attune::test;

namespace {

// A fixed zone with a daylight-saving change (US clocks go back on Sunday 1 November 2026), set before
// the application starts so every local time in the test is New York's.
const bool kZoneSet = [] {
    qputenv("TZ", "America/New_York");
    tzset();
    return true;
}();

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    void weeklySeriesKeepsItsLocalTimeAcrossDaylightSaving()
    {
        const QTimeZone zone("America/New_York");
        QVERIFY(zone.isValid());
        AppointmentSeries series;
        series.coupleId = 7;
        series.firstDate = QDate(2026, 10, 15); // a Thursday, daylight time
        series.localTime = QTime(17, 30);
        series.zone = zone;
        series.count = 6;                               // 15, 22, 29 Oct; 5, 12, 19 Nov (standard time)
        series.exceptions = {{QDate(2026, 10, 22), {}}, // skipped
                             {QDate(2026, 11, 12), QDateTime(QDate(2026, 11, 13), QTime(9, 0))}}; // moved
        const SeriesLayout layout = layOutSeries(series, QStringLiteral("series-1"));
        QVERIFY2(layout.error.isEmpty(), qPrintable(layout.error));
        QCOMPARE(layout.appointments.size(), 5);
        QList<QDateTime> local;
        for (const Appointment &a : layout.appointments) {
            QCOMPARE(a.seriesUuid, QStringLiteral("series-1"));
            QCOMPARE(a.startsAt.timeSpec(), Qt::UTC);
            local << a.startsAt.toTimeZone(zone);
        }
        QCOMPARE(local[0].date(), QDate(2026, 10, 15));
        QCOMPARE(local[1].date(), QDate(2026, 10, 29));
        QCOMPARE(local[2].date(), QDate(2026, 11, 5));
        QCOMPARE(local[3].date(), QDate(2026, 11, 13));
        QCOMPARE(local[3].time(), QTime(9, 0));
        QCOMPARE(local[4].date(), QDate(2026, 11, 19));
        for (int i : {0, 1, 2, 4})
            QCOMPARE(local[i].time(), QTime(17, 30));
        // Same wall clock, different instants: 21:30 UTC in daylight time, 22:30 UTC in standard time.
        QCOMPARE(layout.appointments[0].startsAt.time(), QTime(21, 30));
        QCOMPARE(layout.appointments[2].startsAt.time(), QTime(22, 30));

        // The system zone (TZ set above) lays it out the same way when the series names none.
        series.zone = QTimeZone();
        QCOMPARE(layOutSeries(series, QStringLiteral("series-1")).appointments[2].startsAt,
                 layout.appointments[2].startsAt);

        // Bad rules are refused with a sentence.
        series.intervalWeeks = 3;
        QVERIFY(!layOutSeries(series, {}).error.isEmpty());
        series.intervalWeeks = 2;
        QVERIFY2(!layOutSeries(series, {}).error.isEmpty(), "the exceptions are not fortnightly dates");
        series.exceptions.clear();
        QCOMPARE(layOutSeries(series, {}).appointments[1].startsAt.toTimeZone(zone).date(),
                 QDate(2026, 10, 29));
    }

    void manyAppointmentsEndingEachWay()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        Couple couple = makeCouple(QStringLiteral("John Miller"), QStringLiteral("Mary Miller"));
        const qint64 id = *store.createCouple(couple);
        AppointmentSeries series;
        series.coupleId = id;
        series.firstDate = store.today().addDays(-14);
        series.localTime = QTime(17, 30);
        series.count = 5;
        const SeriesLayout layout = layOutSeries(series, QStringLiteral("weekly"));
        const auto ids = store.bookAppointments(layout.appointments);
        QVERIFY2(ids, qPrintable(ids.error()));
        QCOMPARE(ids->size(), 5);
        QCOMPARE(store.appointments(id)->size(), 5); // one couple, many appointments

        // Attended: one call makes that day's session, with date, time and duration filled in.
        Session base;
        base.stage = 1;
        base.step = 3;
        const auto session = store.attendAppointment(ids->at(0), base);
        QVERIFY2(session, qPrintable(session.error()));
        const Session made = *store.session(*session);
        const Appointment first = *store.appointmentById(ids->at(0));
        QCOMPARE(first.status, AppointmentStatus::Attended);
        QCOMPARE(first.sessionId, *session);
        QCOMPARE(made.date, first.startsAt.toLocalTime().date());
        QCOMPARE(made.startTime, QTime(17, 30));
        QCOMPARE(made.durationMinutes, kDefaultAppointmentMinutes);
        QVERIFY(!store.attendAppointment(ids->at(0), base)); // not twice

        const AppointmentStatus endings[] = {AppointmentStatus::Cancelled, AppointmentStatus::LateCancelled,
                                             AppointmentStatus::NoShow};
        for (int i = 0; i < 3; ++i) {
            Appointment a = *store.appointmentById(ids->at(i + 1));
            a.status = endings[i];
            QVERIFY(store.updateAppointment(a));
        }
        const AppointmentCounts counts = countAppointments(*store.appointments(id));
        QCOMPARE(counts.attended, 1);
        QCOMPARE(counts.cancelled, 1);
        QCOMPARE(counts.lateCancelled, 1);
        QCOMPARE(counts.noShow, 1);
        QCOMPARE(counts.booked, 1);

        // The next booked one is the couple's "next appointment"; a second booked one this week shows on
        // the agenda beside it.
        QCOMPARE(*store.appointment(id), store.appointmentById(ids->at(4))->startsAt);
        Appointment extra;
        extra.coupleId = id;
        extra.startsAt = QDateTime(store.today().addDays(1), QTime(9, 0)).toUTC();
        QVERIFY(store.bookAppointments({extra}));
        const auto agenda = loadAgenda(store);
        QVERIFY(agenda);
        int rows = 0;
        for (const AgendaEntry &e : agenda->todays + agenda->thisWeek)
            rows += e.couple.coupleId == id && e.appointment.id > 0 ? 1 : 0;
        QVERIFY2(rows >= 2, "every appointment of the week is on the agenda");
        QVERIFY(store.deleteAppointment(ids->at(4)));
        QCOMPARE(store.appointments(id)->size(), 5);
    }

    void iCalendarNamesCouplesByInitialsOnly()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        const qint64 id =
            *store.createCouple(makeCouple(QStringLiteral("John Miller"), QStringLiteral("Mary Ann Miller")));
        AppointmentSeries series;
        series.coupleId = id;
        series.firstDate = store.today();
        series.localTime = QTime(17, 30);
        series.count = 3;
        QVERIFY(store.bookAppointments(layOutSeries(series, QStringLiteral("s")).appointments));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calendar.ics"));
        const auto calendar = appointmentsCalendar(store);
        QVERIFY(calendar);
        QCOMPARE(calendar->coupleIds, QList<qint64>{id});
        QVERIFY(writeAppointmentsCalendar(*calendar, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(text.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(text.count("BEGIN:VEVENT"), 3);
        QVERIFY(text.contains("SUMMARY:Couple session: J. M. & M. A. M.\r\n"));
        QVERIFY(!text.contains("John"));
        QVERIFY(!text.contains("Mary"));
        QVERIFY(!text.contains("Miller"));
        for (const QByteArray &line : text.split('\n'))
            QVERIFY(line.size() <= 76); // 75 octets and the CR
    }

    void versionFourAppointmentCarriesOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.db"));
        QVERIFY(createPracticeFile(path));
        {
            auto db = openPracticeConnection(path);
            QVERIFY(db);
            QVERIFY(migrate(*db, PracticeStore::kApplicationId, schemaMigrations().mid(0, 1)));
            QSqlQuery q(*db);
            const QString stamp = QStringLiteral("2026-01-05T10:00:00.000Z");
            QVERIFY(q.exec(QStringLiteral("INSERT INTO couples (uuid, name, status, pattern, intake_date, "
                                          "created_at, modified_at) VALUES ('c-1', 'Rosa & Tom', 'active', "
                                          "'pursue_withdraw', '2026-01-05', '%1', '%1')")
                               .arg(stamp)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO partners (uuid, couple_id, ordinal, name, position, "
                                          "closeness_need, alone_need, created_at, modified_at) VALUES "
                                          "('p-0', 1, 0, 'Rosa', 'pursuer', 5, 5, '%1', '%1'), "
                                          "('p-1', 1, 1, 'Tom', 'withdrawer', 5, 5, '%1', '%1')")
                               .arg(stamp)));
            QVERIFY(migrate(*db, PracticeStore::kApplicationId, schemaMigrations().mid(0, 3)));
            QVERIFY2(q.exec(QStringLiteral(
                                "INSERT INTO appointments (uuid, couple_id, starts_at, created_at, "
                                "modified_at) VALUES ('a-1', 1, '2026-12-08T22:30:00.000Z', '%1', '%1')")
                                .arg(stamp)),
                     qPrintable(q.lastError().text()));
            QVERIFY(migrate(*db, PracticeStore::kApplicationId, schemaMigrations().mid(0, 4)));
            closePracticeConnection(*db);
        }
        QCOMPARE(schemaVersionOf(path), 4);
        auto store = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting, fixedClock(fixedNow()));
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(schemaVersionOf(path), latestSchemaVersion());
        const qint64 id = *(*store)->coupleIdByUuid(QStringLiteral("c-1"));
        const QList<Appointment> carried = *(*store)->appointments(id);
        QCOMPARE(carried.size(), 1);
        QCOMPARE(carried.first().uuid, QStringLiteral("a-1"));
        QCOMPARE(carried.first().startsAt, QDateTime(QDate(2026, 12, 8), QTime(22, 30), QTimeZone::utc()));
        QCOMPARE(carried.first().status, AppointmentStatus::Booked);
        QCOMPARE(carried.first().durationMinutes, 50);
        // The one-per-couple rule is gone.
        Appointment second = carried.first();
        second.uuid.clear();
        second.startsAt = second.startsAt.addDays(7);
        QVERIFY((*store)->bookAppointments({second}));
        QCOMPARE((*store)->appointments(id)->size(), 2);
        const auto report = (*store)->checkIntegrity();
        QVERIFY2(report && report->passed(),
                 qPrintable(report ? report->problems.join(u'\n') : report.error()));
    }
};

QTEST_MAIN(TestCalendar)
#include "tst_calendar.moc"
