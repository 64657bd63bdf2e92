// `attune appointments --ics FILE`: the calendar as an iCalendar file (RFC 5545) for the therapist's own
// calendar application. A calendar leaves the practice and syncs to phones and servers, so it names each
// couple by the partners' initials only ("J. M. & M. M."), never a name, a note or a safety detail.
#pragma once

#include "domain/Appointment.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QHash>

#include <array>

namespace attune {

class PracticeStore;

// "John Miller" and "Mary Miller" → "J. M. & M. M."
QString coupleInitials(const std::array<QString, 2> &partnerNames);

// The iCalendar text (CRLF lines, folded at 75 octets, text escaped) with one VEVENT per appointment;
// initials maps a couple's id to what the event's summary calls it. Cancelled, late-cancelled and no-show
// meetings are STATUS:CANCELLED, so the calendar keeps the slot's history without showing it as busy.
QByteArray iCalendarText(const QList<Appointment> &appointments, const QHash<qint64, QString> &initials,
                         const QDateTime &stampUtc);

// Every appointment of the current couples as iCalendar text, and the couples it holds (for the audit
// trail's export rows, announced before the file is written).
struct AppointmentsCalendar
{
    QByteArray text;
    QList<qint64> coupleIds;
};
Result<AppointmentsCalendar> appointmentsCalendar(const PracticeStore &store);

// Writes the calendar atomically to path.
Status writeAppointmentsCalendar(const AppointmentsCalendar &calendar, const QString &path);

} // namespace attune
