// The calendar (issue 16): any number of appointments per couple, weekly or fortnightly series with
// exceptions, and how each appointment ended. An appointment is a UTC instant; a series is laid out in a
// time zone, so its meetings stay at the same local time across a daylight-saving change.
#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace attune {

enum class AppointmentStatus { Booked, Attended, Cancelled, LateCancelled, NoShow };

template<> struct EnumTable<AppointmentStatus>
{
    static constexpr std::array entries{
        EnumEntry<AppointmentStatus>{AppointmentStatus::Booked, "booked",
                                     QT_TRANSLATE_NOOP("attune::Vocabulary", "Booked")},
        EnumEntry<AppointmentStatus>{AppointmentStatus::Attended, "attended",
                                     QT_TRANSLATE_NOOP("attune::Vocabulary", "Attended")},
        EnumEntry<AppointmentStatus>{AppointmentStatus::Cancelled, "cancelled",
                                     QT_TRANSLATE_NOOP("attune::Vocabulary", "Cancelled")},
        EnumEntry<AppointmentStatus>{AppointmentStatus::LateCancelled, "late_cancelled",
                                     QT_TRANSLATE_NOOP("attune::Vocabulary", "Late-cancelled")},
        EnumEntry<AppointmentStatus>{AppointmentStatus::NoShow, "no_show",
                                     QT_TRANSLATE_NOOP("attune::Vocabulary", "No-show")}};
};

inline constexpr int kDefaultAppointmentMinutes = 50;

struct Appointment
{
    qint64 id = 0;
    QString uuid;
    qint64 coupleId = 0;
    QDateTime startsAt; // UTC, to the minute
    int durationMinutes = kDefaultAppointmentMinutes;
    AppointmentStatus status = AppointmentStatus::Booked;
    QString seriesUuid;   // shared by the meetings of one series; empty for a single appointment
    qint64 sessionId = 0; // the session an attended appointment became; 0 when none
    // The change counter when read (Record.h): an update that carries a counter someone else has moved
    // since is refused as a conflict; 0 (not read from this practice, e.g. an import) is not checked.
    qint64 rowVersion = 0;

    friend bool operator==(const Appointment &, const Appointment &) = default;
};

// A date of a series that does not happen as the rule says: skipped (movedTo invalid) or moved.
struct SeriesException
{
    QDate date;
    QDateTime movedTo; // local time in the series' zone; invalid when the meeting is skipped

    friend bool operator==(const SeriesException &, const SeriesException &) = default;
};

struct AppointmentSeries
{
    qint64 coupleId = 0;
    QDate firstDate;
    QTime localTime;       // the same wall-clock time every meeting, in zone
    QTimeZone zone;        // the therapist's zone; the system's when left invalid
    int intervalWeeks = 1; // 1 weekly, 2 fortnightly
    int count = 10;        // meetings the rule lays out, before exceptions
    int durationMinutes = kDefaultAppointmentMinutes;
    QList<SeriesException> exceptions;
};

// The series' meetings as booked appointments (UTC, sharing seriesUuid), in time order; skipped dates
// are left out and moved ones land where they were moved. Fails with one sentence for a bad rule.
struct SeriesLayout
{
    QList<Appointment> appointments;
    QString error; // empty when the rule was valid
};
SeriesLayout layOutSeries(const AppointmentSeries &series, const QString &seriesUuid);

// How a couple's appointments ended, for the brief and the report.
struct AppointmentCounts
{
    int booked = 0; // still to come (or not yet marked)
    int attended = 0;
    int cancelled = 0;
    int lateCancelled = 0;
    int noShow = 0;
};
AppointmentCounts countAppointments(const QList<Appointment> &appointments);

} // namespace attune
