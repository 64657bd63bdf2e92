// Laying out a series and counting outcomes; see Appointment.h.
#include "Appointment.h"

#include <QCoreApplication>

#include <algorithm>

namespace attune {
namespace {

// Messages::tr, not a free function calling translate(): lupdate files a string under the class it
// sees at the call, and the program must look it up under the same context.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Calendar)
};

// To the minute: seconds would only make two equal bookings differ.
QDateTime toMinuteUtc(const QDateTime &local)
{
    QDateTime utc = local.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute()));
    return utc;
}

} // namespace

SeriesLayout layOutSeries(const AppointmentSeries &series, const QString &seriesUuid)
{
    SeriesLayout layout;
    if (!series.firstDate.isValid() || !series.localTime.isValid()) {
        layout.error = Messages::tr("A series needs a first date and a time.");
        return layout;
    }
    if (series.intervalWeeks != 1 && series.intervalWeeks != 2) {
        layout.error = Messages::tr("A series is weekly or fortnightly.");
        return layout;
    }
    if (series.count < 1 || series.count > 104) {
        layout.error = Messages::tr("A series has between 1 and 104 meetings.");
        return layout;
    }
    if (series.durationMinutes < 5 || series.durationMinutes > 480) {
        layout.error = Messages::tr("An appointment lasts between 5 and 480 minutes.");
        return layout;
    }
    const QTimeZone zone = series.zone.isValid() ? series.zone : QTimeZone::systemTimeZone();
    QList<QDate> dates;
    for (int i = 0; i < series.count; ++i)
        dates.append(series.firstDate.addDays(qint64(i) * 7 * series.intervalWeeks));
    for (const SeriesException &e : series.exceptions)
        if (!dates.contains(e.date)) {
            layout.error = Messages::tr("An exception names a date that is not in the series.");
            return layout;
        }
    for (const QDate &date : dates) {
        const auto exception = std::find_if(series.exceptions.cbegin(), series.exceptions.cend(),
                                            [&date](const SeriesException &e) { return e.date == date; });
        QDateTime local;
        if (exception == series.exceptions.cend()) {
            // The wall-clock time in the zone on that date: across a daylight-saving change the UTC
            // instant moves and the meeting stays at its hour.
            local = QDateTime(date, series.localTime, zone);
        } else if (!exception->movedTo.isValid()) {
            continue; // skipped
        } else {
            local = QDateTime(exception->movedTo.date(), exception->movedTo.time(), zone);
        }
        Appointment a;
        a.coupleId = series.coupleId;
        a.startsAt = toMinuteUtc(local);
        a.durationMinutes = series.durationMinutes;
        a.seriesUuid = seriesUuid;
        layout.appointments.append(a);
    }
    std::sort(layout.appointments.begin(), layout.appointments.end(),
              [](const Appointment &a, const Appointment &b) { return a.startsAt < b.startsAt; });
    return layout;
}

AppointmentCounts countAppointments(const QList<Appointment> &appointments)
{
    AppointmentCounts counts;
    for (const Appointment &a : appointments) {
        switch (a.status) {
        case AppointmentStatus::Booked:
            ++counts.booked;
            break;
        case AppointmentStatus::Attended:
            ++counts.attended;
            break;
        case AppointmentStatus::Cancelled:
            ++counts.cancelled;
            break;
        case AppointmentStatus::LateCancelled:
            ++counts.lateCancelled;
            break;
        case AppointmentStatus::NoShow:
            ++counts.noShow;
            break;
        }
    }
    return counts;
}

} // namespace attune
