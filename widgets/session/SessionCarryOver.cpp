// Pre-filling new sessions; what carries over and why is in SessionCarryOver.h.
#include "SessionCarryOver.h"

#include <QUuid>

namespace attune {

Session newSessionAfter(qint64 coupleId, const std::optional<Session> &last, QDate today,
                        int defaultLengthMinutes)
{
    Session s;
    s.coupleId = coupleId;
    s.date = today;
    s.durationMinutes = defaultLengthMinutes;
    if (last) {
        s.stage = last->stage;
        s.step = last->step;
    }
    return s;
}

Session sessionContinuing(const Session &last, QDate today, int defaultLengthMinutes)
{
    Session s = newSessionAfter(last.coupleId, last, today, defaultLengthMinutes);
    s.format = last.format;
    s.attendance = last.attendance;
    s.startTime = last.startTime;
    s.note.focus = last.note.plan.trimmed();
    for (const HomeworkItem &h : last.homework)
        if (!h.done)
            s.homework.append({QUuid::createUuid().toString(QUuid::WithoutBraces), h.text, false});
    return s;
}

} // namespace attune
