// How a demo couple's course unfolds: when sessions happen, which EFT step each reaches, how the change
// events develop (re-engagement completes before softening begins; hard weeks set levels back), and what
// the therapist writes.
#include "DemoCourse.h"

#include "domain/ChangeEventRules.h"

#include <QTimeZone>

#include <algorithm>

namespace attune::demo {

namespace {

// Relative time spent in each of EFT's nine steps.
constexpr std::array<double, 9> kStepWeight{1.0, 2.0, 3.0, 1.5, 2.5, 2.0, 2.5, 1.5, 1.0};

double progressAt(double position)
{
    for (int step = 1; step <= 9; ++step) {
        const double w = kStepWeight[step - 1];
        if (position < w || step == 9)
            return step + std::min(position / w, 0.99);
        position -= w;
    }
    return 9.99;
}

QDate weekdayOnOrBefore(QDate date)
{
    const int dow = date.dayOfWeek(); // 6 Saturday, 7 Sunday
    return dow >= 6 ? date.addDays(5 - dow) : date;
}

EventLevel levelFor(double progress, double emerging, double partial, double complete)
{
    return progress >= complete   ? EventLevel::Complete
           : progress >= partial  ? EventLevel::Partial
           : progress >= emerging ? EventLevel::Emerging
                                  : EventLevel::None;
}

EventLevel lower(EventLevel level)
{
    return level == EventLevel::None ? level : EventLevel(int(level) - 1);
}

QString pickText(DemoRandom &rng, const QStringList &pool, QString &last)
{
    const QString picked = pool.at(rng.index(int(pool.size()), int(pool.indexOf(last))));
    last = picked;
    return picked;
}

int clampTo(int value, int lowest, int highest)
{
    return std::clamp(value, lowest, highest);
}

bool attends(Attendance attendance, int partner)
{
    return attendance == Attendance::Both || (attendance == Attendance::PartnerAOnly) == (partner == 0);
}

} // namespace

Course planCourse(const CouplePlan &plan, int sessions, QDate today, DemoRandom &rng)
{
    Course course;
    const double end = [&] {
        double total = 0;
        for (int step = 1; step < plan.finalStep; ++step)
            total += kStepWeight[step - 1];
        return total + plan.finalFraction * kStepWeight[plan.finalStep - 1];
    }();
    for (int i = 0; i < sessions; ++i)
        course.progress.append(progressAt(sessions > 1 ? end * i / (sessions - 1) : 0.0));

    int daysAgo = 0;
    switch (plan.couple.status) {
    case CoupleStatus::Active:
        daysAgo = rng.between(3, 18);
        break;
    case CoupleStatus::Paused:
        daysAgo = rng.between(35, 75);
        break;
    case CoupleStatus::Closed:
        daysAgo = rng.between(30, 240);
        break;
    }
    course.dates.resize(sessions);
    QDate date = weekdayOnOrBefore(today.addDays(-daysAgo));
    for (int i = sessions - 1; i >= 0; --i) {
        course.dates[i] = date;
        if (i == 0)
            break;
        int interval = plan.cadenceDays;
        if (course.progress[i] >= 8.0 && interval == 7 && rng.chance(0.7))
            interval = 14; // consolidation sessions space out
        if (rng.chance(0.05))
            interval += 7; // illness or a missed week
        else if (rng.chance(0.03))
            interval += 14; // holidays
        if (rng.chance(0.1))
            interval += rng.between(1, 2); // rescheduled
        date = weekdayOnOrBefore(date.addDays(-interval));
    }
    // Who attends: an individual session with each partner during assessment, and now and then one partner
    // alone later on, but never when the plan has something both must be there for.
    const bool individual = plan.individualAssessment && sessions >= 6;
    course.attendance.fill(Attendance::Both, sessions);
    auto reachedAt = [&](double at, int i) {
        return course.progress[i] >= at && (i == 0 || course.progress[i - 1] < at);
    };
    for (int i = 0; i < sessions; ++i) {
        if (individual && (i == 1 || i == 2)) {
            course.attendance[i] = i == 1 ? Attendance::PartnerAOnly : Attendance::PartnerBOnly;
            continue;
        }
        bool milestone = i < 3 || i == sessions - 1;
        for (const KeyNote &k : plan.keyNotes)
            milestone = milestone || reachedAt(k.atProgress, i);
        for (const ExercisePlan &e : plan.exercises)
            milestone = milestone || reachedAt(e.atProgress, i);
        for (const CycleVersionPlan &v : plan.cycles)
            milestone = milestone || reachedAt(v.atProgress, i);
        if (!milestone && rng.chance(plan.oneCallInWeekShare))
            course.attendance[i] = rng.chance(0.5) ? Attendance::PartnerAOnly : Attendance::PartnerBOnly;
    }

    course.intake = course.dates.first().addDays(-rng.between(0, 10));
    course.safetyScreen = individual ? course.dates[2] : course.intake;
    if (plan.couple.status == CoupleStatus::Closed)
        course.closing = std::min(today, course.dates.last().addDays(rng.between(0, 14)));
    return course;
}

int sessionReaching(const Course &course, double progress)
{
    for (int i = 0; i < course.progress.size(); ++i)
        if (course.progress[i] >= progress && course.attendance[i] == Attendance::Both)
            return i;
    return -1;
}

SessionState startState(const CouplePlan &plan, DemoRandom &rng)
{
    SessionState state;
    state.keyNoteUsed.fill(false, plan.keyNotes.size());
    for (int p = 0; p < 2; ++p) {
        for (int sign = 0; sign < 5; ++sign) {
            state.bondStart[p][sign] = rng.between(2, 5);
            state.bondTarget[p][sign] = rng.between(6, 9);
        }
        state.csiTarget[p] = rng.between(55, 68);
        state.rdasStart[p] = rng.between(36, 45);
        state.rdasTarget[p] = rng.between(50, 58);
    }
    return state;
}

Session buildSession(const CouplePlan &plan, const Course &course, int index, SessionState &state,
                     const TextPools &pools, DemoRandom &rng)
{
    const int count = int(course.dates.size());
    const bool latest = index == count - 1;
    const double x = course.progress[index];
    Session s;
    s.uuid = rng.uuid();
    s.date = course.dates[index];

    s.attendance = course.attendance[index];
    const bool individual = plan.individualAssessment && count >= 6 && (index == 1 || index == 2);
    s.format = !individual && rng.chance(plan.videoShare) ? SessionFormat::Video : SessionFormat::InPerson;
    s.durationMinutes = index == 0 ? 80 : (!individual && rng.chance(0.1)) ? 80 : 50;
    s.startTime =
        rng.chance(0.1) ? plan.startTime.addSecs(3600 * (rng.chance(0.5) ? 1 : -1)) : plan.startTime;

    // Hard weeks: a forced one where the plan says so, otherwise by chance once something has changed.
    bool setbackStarts = false;
    bool setback = false;
    if (state.setbackLeft > 0) {
        --state.setbackLeft;
        setback = true;
    } else if (!latest && x >= 4.3 && s.attendance == Attendance::Both && index - state.lastSetback > 3) {
        // At most two hard weeks per couple, the planned one included; chance ones stay out of consolidation.
        const bool planned = plan.forcedSetbackAt > 0 && !state.forcedSetbackDone;
        const bool forced = planned && x >= plan.forcedSetbackAt;
        const bool byChance = state.setbacks + (planned ? 1 : 0) < 2 && x < 8.0 && rng.chance(0.03);
        if (forced || byChance) {
            ++state.setbacks;
            state.lastSetback = index;
            state.forcedSetbackDone = state.forcedSetbackDone || forced;
            setbackStarts = setback = true;
            state.setbackLeft = std::min(rng.chance(0.6) ? 0 : 1, count - 2 - index);
            state.lastSetback += state.setbackLeft;
        }
    }

    int step = int(x);
    if ((setbackStarts && rng.chance(0.5)) || (!setback && !latest && index > 3 && rng.chance(0.03)))
        step = std::max(1, step - 1);
    s.step = step;
    s.stage = stageOfStep(step);

    // Change events: re-engagement from late stage 1; softening only once re-engagement has completed.
    EventLevel reengage = levelFor(x, 4.3, 5.0, 5.8);
    EventLevel soften = levelFor(x, 6.4, 7.0, 7.6);
    if (setback) {
        reengage = lower(reengage);
        soften = lower(soften);
    }
    // Only the events the couple's cycle allows: two pursuers have no withdrawer to re-engage, and their
    // softening cannot wait for a re-engagement that never comes; two withdrawers have no blamer to soften.
    const std::array<CyclePosition, 2> positions{plan.couple.partners[0].position,
                                                 plan.couple.partners[1].position};
    const bool reengagementApplies = changeEventApplies(ChangeEventKind::WithdrawerReengagement, positions);
    if (!reengagementApplies)
        reengage = EventLevel::None;
    if (!changeEventApplies(ChangeEventKind::BlamerSoftening, positions) ||
        (reengagementApplies && !state.reengagementCompleted))
        soften = EventLevel::None;
    const int reengager = plan.reengager;
    const int softener = 1 - reengager;
    if (!attends(s.attendance, reengager))
        reengage = EventLevel::None;
    if (!attends(s.attendance, softener))
        soften = EventLevel::None;
    const std::array<EventLevel, 2> levels{reengage, soften};
    const std::array<int, 2> who{reengager, softener};
    for (int kind = 0; kind < 2; ++kind) {
        if (levels[kind] == EventLevel::None)
            continue;
        ChangeEvent &e = s.events[kind];
        e.level = levels[kind];
        e.partner = who[kind];
        const int l = int(levels[kind]) - 1;
        if (!state.anchorUsed[kind][l] && !plan.anchors[kind][l].isEmpty()) {
            e.anchor = plan.anchors[kind][l];
            state.anchorUsed[kind][l] = true;
            state.lastAnchor[kind] = e.anchor;
        } else {
            e.anchor = pickText(rng, pools.anchors[kind][l], state.lastAnchor[kind]);
        }
    }
    if (reengage == EventLevel::Complete)
        state.reengagementCompleted = true;

    // The note.
    const QString rName = plan.couple.partners[reengager].name.section(QLatin1Char(' '), 0, 0);
    const QString sName = plan.couple.partners[softener].name.section(QLatin1Char(' '), 0, 0);
    auto fill = [&](const QString &t) { return fillNames(t, rName, sName, plan.hardWeek); };
    const KeyNote *key = nullptr;
    for (int k = 0; k < plan.keyNotes.size() && !key; ++k) {
        if (!state.keyNoteUsed[k] && x >= plan.keyNotes[k].atProgress && !individual && !setback &&
            s.attendance == Attendance::Both) {
            state.keyNoteUsed[k] = true;
            key = &plan.keyNotes[k];
        }
    }
    const int stage = s.stage;
    if (key) {
        s.note.focus = key->focus;
        s.note.cycleObservations = key->observations;
        s.note.plan = key->plan;
        s.note.text = key->text;
        state.lastFocus = key->focus;
    } else {
        const QStringList &focusPool = setbackStarts                      ? pools.setbackFocus
                                       : individual                       ? pools.assessmentFocus
                                       : s.attendance != Attendance::Both ? pools.onePartnerFocus
                                                                          : pools.focus[step - 1];
        s.note.focus = fill(pickText(rng, focusPool, state.lastFocus));
        const QStringList &obsPool = setback ? pools.setbackObservations
                                     : stage == 1 && rng.chance(0.8)
                                         ? pools.stageOneObservations[int(plan.couple.pattern)]
                                         : pools.observations[stage - 1];
        s.note.cycleObservations = fill(pickText(rng, obsPool, state.lastObservation));
        s.note.plan = fill(pickText(rng, pools.plans[stage - 1], state.lastPlan));
        if (setbackStarts)
            s.note.text =
                fill(QStringLiteral("A hard week: {H}. Normalized the setback as part of the work."));
    }
    const QStringList &keys = pools.interventions[stage - 1];
    const int wanted = rng.between(2, 4);
    for (const QString &k : keys)
        if (s.note.interventions.size() < wanted && rng.chance(0.6))
            s.note.interventions.append(k);
    if (s.note.interventions.isEmpty())
        s.note.interventions.append(keys.first());

    // Ratings and outcome totals for partners present, rising gently with progress.
    const double gain = std::clamp((x - 1.0) / 8.0, 0.0, 1.0);
    for (int p = 0; p < 2; ++p) {
        if (!attends(s.attendance, p))
            continue;
        if (index % 4 == 2 || latest) {
            BondRating r;
            r.partner = p;
            for (int sign = 0; sign < 5; ++sign) {
                const double base = state.bondStart[p][sign];
                const double value = base + (state.bondTarget[p][sign] - base) * gain;
                r.signs[sign] =
                    clampTo(int(value + 0.5) + rng.between(-1, 1) - (setback ? 1 : 0), 0, kBondScaleMax);
            }
            s.bondRatings.append(r);
        }
        if (index % 4 == 0) {
            const double start = plan.csiStart[p];
            const double csi = start + (state.csiTarget[p] - start) * gain + rng.between(-3, 3);
            s.outcomes.append({p, Instrument::Csi16, double(clampTo(int(csi), 0, 81)), QString()});
            if (plan.rdas && index % 8 == 0) {
                const double rs = state.rdasStart[p];
                const double rdas = rs + (state.rdasTarget[p] - rs) * gain + rng.between(-2, 2);
                s.outcomes.append({p, Instrument::Rdas, double(clampTo(int(rdas), 0, 69)), QString()});
            }
        }
    }

    // Homework, done more often than not by the next session.
    const int roll = rng.between(0, 99);
    const int items = roll < 25 ? 0 : roll < 80 ? 1 : 2;
    for (int h = 0; h < items; ++h) {
        HomeworkItem item;
        item.uuid = rng.uuid();
        item.text = fill(pickText(rng, pools.homework[stage - 1], state.lastHomework));
        item.done = !latest && rng.chance(0.7);
        s.homework.append(item);
    }

    for (ChangeEvent &e : s.events)
        e.uuid = rng.uuid();
    for (BondRating &r : s.bondRatings)
        r.uuid = rng.uuid();
    for (OutcomeScore &o : s.outcomes)
        o.uuid = rng.uuid();

    if (!latest) {
        const QTime end = s.startTime.addSecs(60 * (s.durationMinutes + rng.between(15, 180)));
        const QTime signedTime = end < s.startTime || end > QTime(23, 30) ? QTime(23, 30) : end;
        s.signedAt = QDateTime(s.date, signedTime, QTimeZone::utc());
        s.signedBy = QStringLiteral("Dr. Alex Rivera, LMFT");
    }
    return s;
}

} // namespace attune::demo
