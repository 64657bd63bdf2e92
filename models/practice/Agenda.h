// The start view's agenda: today's and the coming week's appointments, built from the couples'
// standings by a pure function of "now", so tests fix the clock and the time zone.
#pragma once

#include "domain/Appointment.h"
#include "domain/Result.h"
#include "domain/Standing.h"

#include <QList>
#include <QTimeZone>

namespace attune {

class PracticeStore;

// An appointment stays on the agenda (and "next") for this long after it starts: the therapist opens the
// brief while the couple is in the room, or a few minutes late. After that it is past and drops off.
inline constexpr int kAppointmentStaysMinutes = 60;
// Besides today, the agenda covers the seven days after it: a whole week ahead on any weekday, including
// the same weekday next week, where a weekly couple's next appointment falls.
inline constexpr int kAgendaDaysAhead = 7;

struct AgendaEntry
{
    CoupleStanding couple;          // couple.appointment is this entry's start (UTC)
    Appointment appointment;        // the calendar's row (id 0 when built from standings alone)
    QDateTime localStart;           // the appointment in the agenda's time zone
    int weeksSinceLastSession = -1; // whole weeks before today; -1 without sessions
};

struct Agenda
{
    QDate today;
    QList<AgendaEntry> todays;   // today's appointments not yet past, earliest first
    QList<AgendaEntry> thisWeek; // the seven days after today, earliest first
    int pastToday = 0;           // today's appointments already over: "no more today" only after some
};

// Whether an appointment is still ahead (or running) at now.
bool isUpcoming(const QDateTime &appointmentUtc, const QDateTime &nowUtc);

Agenda buildAgenda(const QList<CoupleStanding> &couples, const QDateTime &nowUtc,
                   const QTimeZone &zone = QTimeZone::systemTimeZone());
// Every appointment of the calendar, however many a couple has, each on its own row.
Agenda buildAgenda(const QList<CoupleStanding> &couples, const QList<Appointment> &appointments,
                   const QDateTime &nowUtc, const QTimeZone &zone = QTimeZone::systemTimeZone());

// Reads the standings and the calendar's appointments from today to the agenda's last day (two queries)
// and builds the agenda for the store's clock.
Result<Agenda> loadAgenda(const PracticeStore &store, const QTimeZone &zone = QTimeZone::systemTimeZone());

} // namespace attune
