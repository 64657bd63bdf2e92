#include "Agenda.h"

#include "store/PracticeStore.h"

#include <QHash>

#include <algorithm>

namespace attune {

bool isUpcoming(const QDateTime &appointmentUtc, const QDateTime &nowUtc)
{
    return appointmentUtc.isValid() && appointmentUtc.addSecs(kAppointmentStaysMinutes * 60) > nowUtc;
}

Agenda buildAgenda(const QList<CoupleStanding> &couples, const QDateTime &nowUtc, const QTimeZone &zone)
{
    Agenda agenda;
    agenda.today = nowUtc.toTimeZone(zone).date();
    const QDate lastDay = agenda.today.addDays(kAgendaDaysAhead);
    for (const CoupleStanding &c : couples) {
        if (!isUpcoming(c.appointment, nowUtc)) {
            if (c.appointment.isValid() && c.appointment.toTimeZone(zone).date() == agenda.today)
                ++agenda.pastToday;
            continue;
        }
        AgendaEntry entry;
        entry.couple = c;
        entry.localStart = c.appointment.toTimeZone(zone);
        if (c.lastSessionDate.isValid())
            entry.weeksSinceLastSession = static_cast<int>(c.lastSessionDate.daysTo(agenda.today) / 7);
        const QDate day = entry.localStart.date();
        if (day == agenda.today)
            agenda.todays.append(entry);
        else if (day > agenda.today && day <= lastDay)
            agenda.thisWeek.append(entry);
    }
    auto byTime = [](const AgendaEntry &a, const AgendaEntry &b) {
        return a.couple.appointment != b.couple.appointment ? a.couple.appointment < b.couple.appointment
                                                            : a.couple.name < b.couple.name;
    };
    std::sort(agenda.todays.begin(), agenda.todays.end(), byTime);
    std::sort(agenda.thisWeek.begin(), agenda.thisWeek.end(), byTime);
    return agenda;
}

Agenda buildAgenda(const QList<CoupleStanding> &couples, const QList<Appointment> &appointments,
                   const QDateTime &nowUtc, const QTimeZone &zone)
{
    QHash<qint64, CoupleStanding> byId;
    for (const CoupleStanding &c : couples)
        byId.insert(c.coupleId, c);
    QList<CoupleStanding> rows;
    QList<Appointment> rowAppointments;
    for (const Appointment &a : appointments) {
        const auto found = byId.constFind(a.coupleId);
        if (found == byId.cend())
            continue; // an archived couple's appointment
        CoupleStanding row = *found;
        row.appointment = a.startsAt;
        rows.append(row);
        rowAppointments.append(a);
    }
    Agenda agenda = buildAgenda(rows, nowUtc, zone);
    // Each entry gets its appointment back: same couple, same start (a couple never has two at once).
    for (QList<AgendaEntry> *list : {&agenda.todays, &agenda.thisWeek})
        for (AgendaEntry &e : *list)
            for (const Appointment &a : std::as_const(rowAppointments))
                if (a.coupleId == e.couple.coupleId && a.startsAt == e.couple.appointment)
                    e.appointment = a;
    return agenda;
}

Result<Agenda> loadAgenda(const PracticeStore &store, const QTimeZone &zone)
{
    const auto couples = store.coupleStandings();
    if (!couples)
        return couples.status();
    const QDateTime now = store.now();
    const QDate today = now.toTimeZone(zone).date();
    const QDateTime from = QDateTime(today, QTime(0, 0), zone).toUTC();
    const QDateTime to = QDateTime(today.addDays(kAgendaDaysAhead + 1), QTime(0, 0), zone).toUTC();
    const auto appointments = store.appointmentsBetween(from, to);
    if (!appointments)
        return appointments.status();
    return buildAgenda(*couples, *appointments, now, zone);
}

} // namespace attune
