#include "DemoAppointments.h"

#include "store/PracticeStore.h"

namespace attune::demo {
namespace {

// Days from today for the first active couples, in name order: two today, the rest spread over the
// week. Larger demo practices get the same dozen bookings, as a full week of a busy therapist.
constexpr int kDayOffsets[] = {0, 0, 1, 3, 2, 4, 5, 6, 7, 1, 3, 5};

// John and Mary come weekly at the same time: eight meetings from their next one, the third skipped (a
// holiday week) and the fifth moved to the day after.
Status bookWeeklySeries(PracticeStore &store, qint64 coupleId, const QDateTime &first)
{
    AppointmentSeries series;
    series.coupleId = coupleId;
    series.firstDate = first.date();
    series.localTime = first.time();
    series.count = 8;
    series.exceptions = {{first.date().addDays(14), {}},
                         {first.date().addDays(28), QDateTime(first.date().addDays(29), first.time())}};
    const SeriesLayout layout = layOutSeries(series, QStringLiteral("demo-john-mary-weekly"));
    if (!layout.error.isEmpty())
        return Status::failure(layout.error);
    return store.bookAppointments(layout.appointments).status();
}

} // namespace

Status bookDemoAppointments(PracticeStore &store)
{
    const auto couples = store.coupleStandings();
    if (!couples)
        return couples.status();
    const QDateTime now = store.now().toLocalTime();
    // Today's appointments start at the next full hour, so they are still ahead when the demo opens.
    const QDateTime nextHour(now.date(), QTime(now.time().hour(), 0));
    int booked = 0;
    for (const CoupleStanding &c : *couples) {
        if (c.status != CoupleStatus::Active)
            continue;
        if (booked == int(std::size(kDayOffsets)))
            break;
        // John and Mary's weekly series starts today, so the Today page shows it from the first day.
        const bool johnAndMary = c.name.startsWith(QStringLiteral("John & Mary"));
        const int days = johnAndMary ? 0 : kDayOffsets[booked];
        QDateTime at;
        if (days == 0) {
            at = nextHour.addSecs(3600 * (booked + 1));
            if (at.date() != now.date()) // late in the evening: the last half hour of today
                at = QDateTime(now.date(), QTime(23, 30));
        } else {
            at = QDateTime(now.date().addDays(days), QTime(9 + (booked * 3) % 9, booked % 2 ? 30 : 0));
        }
        if (johnAndMary) {
            if (Status s = bookWeeklySeries(store, c.coupleId, at); !s)
                return s;
        } else if (Status s = store.setAppointment(c.coupleId, at.toUTC()); !s) {
            return s;
        }
        ++booked;
    }
    return Status::ok();
}

} // namespace attune::demo
