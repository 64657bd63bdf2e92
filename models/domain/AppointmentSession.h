// An attended appointment becomes that day's session: its date, start time and duration come from the
// appointment (in the therapist's time zone); the rest (stage, step, format) from base, the session a
// new one would start from anyway.
#pragma once

#include "Appointment.h"
#include "Session.h"

namespace attune {

inline Session sessionForAppointment(const Appointment &appointment, const Session &base,
                                     const QTimeZone &zone = QTimeZone::systemTimeZone())
{
    Session s = base;
    const QDateTime local = appointment.startsAt.toTimeZone(zone);
    s.coupleId = appointment.coupleId;
    s.date = local.date();
    s.startTime = local.time();
    s.durationMinutes = appointment.durationMinutes;
    return s;
}

} // namespace attune
