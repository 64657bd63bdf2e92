// The data behind the progress charts, the report and the pre-appointment brief, built from a couple's
// sessions by pure functions: no painting and no Qt Charts here, so tests check the numbers directly
// and the widgets, the PDF report and the brief all draw the same series.
#pragma once

#include "domain/Instruments.h"
#include "domain/Session.h"

#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace attune {

// One session's marker of one change event.
struct EventPoint
{
    QDate date;
    EventLevel level = EventLevel::None;
    int partner = kNoPartner;
    QString anchor;
    qint64 sessionId = 0;
};

struct EventSeries
{
    ChangeEventKind kind = ChangeEventKind::WithdrawerReengagement;
    QList<EventPoint> points; // one per session with this marker set, oldest first
    std::optional<EventPoint> firstComplete;
    EventLevel highest = EventLevel::None; // the furthest this event has come
};

// A run of consecutive sessions in one EFT stage. Bands are contiguous: a band ends where the next one
// starts (the last band ends at the last session), so the stage timeline has no holes between sessions.
struct StageBand
{
    int stage = 1;
    QDate from;
    QDate to;
    int sessions = 0;
};

// Where a total stands against the instrument's published reliable-change figure, measured from the
// partner's first total of that instrument in the sessions given (the baseline). Comparing with the
// baseline rather than the previous total catches gradual change that no single step reaches.
enum class ReliableChange { NotApplicable, Within, Improved, Worsened };

struct OutcomePoint
{
    QDate date;
    double total = 0;
    qint64 sessionId = 0;
    double changeFromBaseline = 0;
    ReliableChange reliable = ReliableChange::NotApplicable;
    // True at the first total whose change from baseline reaches the figure in one direction (the first
    // reliable improvement, the first reliable worsening). Only these are marked: totals near the
    // threshold go back and forth across it, and a marker at every crossing would bury the line.
    bool reliableChangeStarts = false;
    bool distressed = false; // below the instrument's distress cutoff
};

struct OutcomeSeries
{
    int partner = 0;
    Instrument instrument = Instrument::Csi16;
    InstrumentScale scale{};
    QList<OutcomePoint> points; // oldest first
};

struct BondPoint
{
    QDate date;
    std::array<int, 5> signs{}; // indexed by BondSign
    qint64 sessionId = 0;
};

struct BondSeries
{
    int partner = 0;
    QList<BondPoint> points; // oldest first; only sessions with this partner's rating
};

struct ProgressData
{
    int sessionCount = 0;
    QDate first; // null without sessions
    QDate last;
    std::array<EventSeries, 2> events; // indexed by ChangeEventKind
    QList<StageBand> stages;
    QList<OutcomeSeries> outcomes; // by instrument, then partner; only pairs with at least one total
    std::array<BondSeries, 2> bonds;
    // Whether the couple's cycle allows each change event (ChangeEventRules.h); both without positions.
    std::array<bool, 2> eventApplies{true, true};

    bool isEmpty() const { return sessionCount == 0; }
    const EventSeries &eventsOf(ChangeEventKind kind) const { return events[std::size_t(indexOf(kind))]; }
    bool applies(ChangeEventKind kind) const { return eventApplies[std::size_t(indexOf(kind))]; }
};

// Sessions ordered by date (then id, for two on one day); the store already returns them so, but the
// builders do not rely on it.
QList<Session> sortedByDate(QList<Session> sessions);
// The sessions dated within [from, to]; a null bound is open.
QList<Session> sessionsInPeriod(const QList<Session> &sessions, QDate from, QDate to);

EventSeries changeEventSeries(const QList<Session> &sessions, ChangeEventKind kind);
QList<StageBand> stageBands(const QList<Session> &sessions);
QList<OutcomeSeries> outcomeSeries(const QList<Session> &sessions);
std::array<BondSeries, 2> bondSeries(const QList<Session> &sessions);
ProgressData buildProgress(const QList<Session> &sessions);
// A couple's progress: the change events its partners' positions do not allow are left out (their series
// empty, applies() false), even where an older session marked one.
ProgressData buildProgress(const QList<Session> &sessions, const std::array<CyclePosition, 2> &positions);

// Which partner a change event's series is drawn in the colour of: the partner who showed it most
// recently, else the partner in the matching cycle position (withdrawer for re-engagement, pursuer for
// softening), else A for re-engagement and B for softening. The two kinds never share a colour.
std::array<int, 2> eventSeriesPartners(const ProgressData &data,
                                       const std::array<CyclePosition, 2> &positions);

} // namespace attune
