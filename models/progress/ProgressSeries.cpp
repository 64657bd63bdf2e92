// Building the progress series from sessions.
#include "ProgressSeries.h"

#include "domain/ChangeEventRules.h"

#include <algorithm>
#include <cmath>

namespace attune {

QList<Session> sortedByDate(QList<Session> sessions)
{
    std::stable_sort(sessions.begin(), sessions.end(), [](const Session &a, const Session &b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    return sessions;
}

QList<Session> sessionsInPeriod(const QList<Session> &sessions, QDate from, QDate to)
{
    QList<Session> kept;
    for (const Session &s : sessions) {
        if (from.isValid() && s.date < from)
            continue;
        if (to.isValid() && s.date > to)
            continue;
        kept.append(s);
    }
    return kept;
}

EventSeries changeEventSeries(const QList<Session> &sessions, ChangeEventKind kind)
{
    EventSeries series;
    series.kind = kind;
    for (const Session &s : sortedByDate(sessions)) {
        if (!s.date.isValid())
            continue;
        const ChangeEvent &e = s.event(kind);
        // A session without this marker says nothing about the event (it may simply not have come up);
        // plotted as "None" it drew a fall from Emerging that looked like regression.
        if (e.level == EventLevel::None)
            continue;
        EventPoint point{s.date, e.level, e.partner, e.anchor, s.id};
        if (e.level == EventLevel::Complete && !series.firstComplete)
            series.firstComplete = point;
        if (indexOf(e.level) > indexOf(series.highest))
            series.highest = e.level;
        series.points.append(std::move(point));
    }
    return series;
}

QList<StageBand> stageBands(const QList<Session> &sessions)
{
    QList<StageBand> bands;
    for (const Session &s : sortedByDate(sessions)) {
        if (!s.date.isValid())
            continue;
        if (!bands.isEmpty() && bands.last().stage == s.stage) {
            bands.last().to = s.date;
            ++bands.last().sessions;
            continue;
        }
        if (!bands.isEmpty())
            bands.last().to = s.date; // contiguous: the previous stage lasts until this one begins
        bands.append({s.stage, s.date, s.date, 1});
    }
    return bands;
}

namespace {

ReliableChange classify(const InstrumentScale &scale, double change)
{
    if (!scale.reliableChange)
        return ReliableChange::NotApplicable;
    // Higher totals mean a more satisfied relationship on every instrument Attune records.
    if (change >= *scale.reliableChange)
        return ReliableChange::Improved;
    if (change <= -*scale.reliableChange)
        return ReliableChange::Worsened;
    return ReliableChange::Within;
}

} // namespace

QList<OutcomeSeries> outcomeSeries(const QList<Session> &sessions)
{
    QList<OutcomeSeries> result;
    const QList<Session> sorted = sortedByDate(sessions);
    for (const Instrument instrument : allValues<Instrument>()) {
        for (int partner = 0; partner < 2; ++partner) {
            OutcomeSeries series;
            series.partner = partner;
            series.instrument = instrument;
            series.scale = scaleOf(instrument);
            bool improved = false;
            bool worsened = false;
            for (const Session &s : sorted) {
                for (const OutcomeScore &o : s.outcomes) {
                    if (o.partner != partner || o.instrument != instrument || !s.date.isValid())
                        continue;
                    OutcomePoint p;
                    p.date = s.date;
                    p.total = o.total;
                    p.sessionId = s.id;
                    p.distressed = o.total < series.scale.distressCutoff;
                    if (!series.points.isEmpty()) {
                        p.changeFromBaseline = o.total - series.points.first().total;
                        p.reliable = classify(series.scale, p.changeFromBaseline);
                        p.reliableChangeStarts = (p.reliable == ReliableChange::Improved && !improved) ||
                                                 (p.reliable == ReliableChange::Worsened && !worsened);
                        improved = improved || p.reliable == ReliableChange::Improved;
                        worsened = worsened || p.reliable == ReliableChange::Worsened;
                    } else {
                        p.reliable = series.scale.reliableChange ? ReliableChange::Within
                                                                 : ReliableChange::NotApplicable;
                    }
                    series.points.append(p);
                    break; // at most one total per partner and instrument in a session
                }
            }
            if (!series.points.isEmpty())
                result.append(std::move(series));
        }
    }
    return result;
}

std::array<BondSeries, 2> bondSeries(const QList<Session> &sessions)
{
    std::array<BondSeries, 2> result;
    result[0].partner = 0;
    result[1].partner = 1;
    for (const Session &s : sortedByDate(sessions)) {
        if (!s.date.isValid())
            continue;
        for (const BondRating &r : s.bondRatings)
            if (r.partner == 0 || r.partner == 1)
                result[std::size_t(r.partner)].points.append({s.date, r.signs, s.id});
    }
    return result;
}

ProgressData buildProgress(const QList<Session> &sessions)
{
    const QList<Session> sorted = sortedByDate(sessions);
    ProgressData data;
    for (const Session &s : sorted) {
        if (!s.date.isValid())
            continue;
        ++data.sessionCount;
        if (!data.first.isValid())
            data.first = s.date;
        data.last = s.date;
    }
    for (const ChangeEventKind kind : allValues<ChangeEventKind>())
        data.events[std::size_t(indexOf(kind))] = changeEventSeries(sorted, kind);
    data.stages = stageBands(sorted);
    data.outcomes = outcomeSeries(sorted);
    data.bonds = bondSeries(sorted);
    return data;
}

ProgressData buildProgress(const QList<Session> &sessions, const std::array<CyclePosition, 2> &positions)
{
    ProgressData data = buildProgress(sessions);
    for (const ChangeEventKind kind : allValues<ChangeEventKind>()) {
        const auto k = std::size_t(indexOf(kind));
        data.eventApplies[k] = changeEventApplies(kind, positions);
        if (!data.eventApplies[k]) {
            data.events[k] = EventSeries{};
            data.events[k].kind = kind;
        }
    }
    return data;
}

std::array<int, 2> eventSeriesPartners(const ProgressData &data,
                                       const std::array<CyclePosition, 2> &positions)
{
    std::array<int, 2> partners{0, 1};
    std::array<bool, 2> known{false, false};
    for (const ChangeEventKind kind : allValues<ChangeEventKind>()) {
        const int k = indexOf(kind);
        const QList<EventPoint> &points = data.eventsOf(kind).points;
        for (auto it = points.crbegin(); it != points.crend(); ++it) {
            if (it->level != EventLevel::None && (it->partner == 0 || it->partner == 1)) {
                partners[std::size_t(k)] = it->partner;
                known[std::size_t(k)] = true;
                break;
            }
        }
        if (known[std::size_t(k)])
            continue;
        const CyclePosition wanted = positionShowing(kind);
        if (positions[0] != positions[1]) {
            partners[std::size_t(k)] = positions[0] == wanted ? 0 : 1;
            known[std::size_t(k)] = true;
        }
    }
    if (partners[0] == partners[1])
        return {0, 1};
    return partners;
}

} // namespace attune
