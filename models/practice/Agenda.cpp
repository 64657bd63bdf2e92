#include "Agenda.h"

#include "store/PracticeStore.h"

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

Result<Agenda> loadAgenda(const PracticeStore &store, const QTimeZone &zone)
{
    const auto couples = store.coupleStandings();
    if (!couples)
        return couples.status();
    return buildAgenda(*couples, store.now(), zone);
}

} // namespace attune
