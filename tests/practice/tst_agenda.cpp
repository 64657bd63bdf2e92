// The start view's agenda: today's appointments apart from the next seven days', earliest first; past
// ones (an hour after they started) and later ones left out; day boundaries in the local zone.
#include "TestPractice.h"

#include "practice/Agenda.h"

#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

// Monday 2026-06-15, 14:30 UTC: fixedNow().
CoupleStanding couple(qint64 id, const QString &name, const QDateTime &appointment)
{
    CoupleStanding c;
    c.coupleId = id;
    c.name = name;
    c.appointment = appointment;
    return c;
}

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 6, day), QTime(hour, minute), Qt::UTC);
}

QStringList names(const QList<AgendaEntry> &entries)
{
    QStringList result;
    for (const AgendaEntry &e : entries)
        result << e.couple.name;
    return result;
}

} // namespace

class TestAgenda : public QObject
{
    Q_OBJECT

private slots:
    void todayApartFromTheWeekAndPastOnesLeftOut()
    {
        const QList<CoupleStanding> couples = {
            couple(1, QStringLiteral("Later today"), utc(15, 17)),
            couple(2, QStringLiteral("Running now"), utc(15, 14)), // started 30 minutes ago
            couple(3, QStringLiteral("This morning"), utc(15, 9)), // long past
            couple(4, QStringLiteral("Tomorrow"), utc(16, 10)),
            couple(5, QStringLiteral("Next Monday"), utc(22, 23, 59)), // the last day of the week ahead
            couple(6, QStringLiteral("Next Tuesday"), utc(23, 0, 0)),  // one day too far
            couple(7, QStringLiteral("Last week"), utc(8, 10)),
            couple(8, QStringLiteral("None booked"), QDateTime()),
            couple(9, QStringLiteral("Wednesday"), utc(17, 8)),
        };
        const Agenda agenda = buildAgenda(couples, fixedNow(), QTimeZone::utc());
        QCOMPARE(agenda.today, QDate(2026, 6, 15));
        QCOMPARE(names(agenda.todays),
                 (QStringList{QStringLiteral("Running now"), QStringLiteral("Later today")}));
        QCOMPARE(names(agenda.thisWeek), (QStringList{QStringLiteral("Tomorrow"), QStringLiteral("Wednesday"),
                                                      QStringLiteral("Next Monday")}));
    }

    void anAppointmentStopsBeingNextAnHourAfterItStarts()
    {
        const QDateTime start = utc(15, 13, 30);
        QVERIFY(isUpcoming(start, start.addSecs(59 * 60)));
        QVERIFY(!isUpcoming(start, start.addSecs(60 * 60)));
        QVERIFY(isUpcoming(start, start.addDays(-3)));
        QVERIFY(!isUpcoming(QDateTime(), start));
    }

    void weeksSinceTheLastSession()
    {
        CoupleStanding seen = couple(1, QStringLiteral("Seen"), utc(16, 9));
        seen.lastSessionDate = QDate(2026, 6, 1); // 14 days before today
        CoupleStanding recent = couple(2, QStringLiteral("Recent"), utc(16, 10));
        recent.lastSessionDate = QDate(2026, 6, 10); // 5 days
        const CoupleStanding never = couple(3, QStringLiteral("Never"), utc(16, 11));
        const Agenda agenda = buildAgenda({seen, recent, never}, fixedNow(), QTimeZone::utc());
        QCOMPARE(agenda.thisWeek.size(), 3);
        QCOMPARE(agenda.thisWeek[0].weeksSinceLastSession, 2);
        QCOMPARE(agenda.thisWeek[1].weeksSinceLastSession, 0);
        QCOMPARE(agenda.thisWeek[2].weeksSinceLastSession, -1);
    }

    void daysTurnAtLocalMidnight()
    {
        const QTimeZone houston("America/Chicago");
        if (!houston.isValid())
            QSKIP("no time zone data on this machine");
        // 14:30 UTC is 09:30 in Houston (CDT, UTC-5). 02:00 UTC on the 16th is still the 15th there.
        const QList<CoupleStanding> couples = {couple(1, QStringLiteral("Evening"), utc(16, 2)),
                                               couple(2, QStringLiteral("Tomorrow"), utc(16, 6))};
        const Agenda agenda = buildAgenda(couples, fixedNow(), houston);
        QCOMPARE(agenda.today, QDate(2026, 6, 15));
        QCOMPARE(names(agenda.todays), QStringList{QStringLiteral("Evening")});
        QCOMPARE(agenda.todays.first().localStart.time(), QTime(21, 0));
        QCOMPARE(names(agenda.thisWeek), QStringList{QStringLiteral("Tomorrow")});
    }

    void loadedFromTheStoreWithItsClock()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        const auto a = store.createCouple(makeCouple(QStringLiteral("Ana"), QStringLiteral("Ben")));
        const auto b = store.createCouple(makeCouple(QStringLiteral("Cy"), QStringLiteral("Di")));
        QVERIFY(a && b);
        QVERIFY(store.createSession(makeSession(*a, QDate(2026, 6, 8))));
        QVERIFY(store.setAppointment(*a, utc(15, 18)));
        QVERIFY(store.setAppointment(*b, utc(15, 8))); // past
        const auto agenda = loadAgenda(store, QTimeZone::utc());
        QVERIFY(agenda);
        QCOMPARE(agenda->todays.size(), 1);
        QCOMPARE(agenda->todays.first().couple.coupleId, *a);
        QCOMPARE(agenda->todays.first().couple.stage, 1);
        QCOMPARE(agenda->todays.first().weeksSinceLastSession, 1);
        QVERIFY(agenda->thisWeek.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgenda)
#include "tst_agenda.moc"
