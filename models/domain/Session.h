// A session: one dated meeting with its structured note, change-event markers, ratings and homework.
#pragma once

#include "Enums.h"
#include "Record.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QTime>

#include <array>

namespace attune {

inline constexpr int kNoPartner = -1;
inline constexpr int kBondScaleMax = 10; // each secure-bond sign is rated 0–10

struct ChangeEvent
{
    EventLevel level = EventLevel::None;
    int partner = kNoPartner; // 0 or 1: who showed it
    QString anchor;           // a short quote that anchors the marker
    QString uuid;             // assigned by the store when empty

    friend bool operator==(const ChangeEvent &, const ChangeEvent &) = default;
};

struct BondRating
{
    int partner = 0;
    std::array<int, 5> signs{}; // indexed by BondSign
    QString uuid;               // assigned by the store when empty

    friend bool operator==(const BondRating &, const BondRating &) = default;
};

struct OutcomeScore
{
    int partner = 0;
    Instrument instrument = Instrument::Csi16;
    double total = 0;
    QString uuid; // assigned by the store when empty

    friend bool operator==(const OutcomeScore &, const OutcomeScore &) = default;
};

struct HomeworkItem
{
    QString uuid;
    QString text;
    bool done = false;

    friend bool operator==(const HomeworkItem &, const HomeworkItem &) = default;
};

struct SessionNote
{
    QString focus;
    QString cycleObservations;
    QStringList interventions; // keys of EFT interventions used
    QString plan;
    QString text; // free narrative

    friend bool operator==(const SessionNote &, const SessionNote &) = default;
};

struct Session : Record
{
    qint64 coupleId = 0;
    QDate date;
    QTime startTime; // null when not recorded
    int durationMinutes = 50;
    Attendance attendance = Attendance::Both;
    SessionFormat format = SessionFormat::InPerson;
    int stage = 1;
    int step = 1;
    SessionNote note;
    std::array<ChangeEvent, 2> events; // indexed by ChangeEventKind
    QList<BondRating> bondRatings;     // at most one per partner
    QList<OutcomeScore> outcomes;      // at most one per partner and instrument
    QList<HomeworkItem> homework;
    QList<qint64> goalIds; // the treatment-plan goals this session worked on, ascending
    QDateTime signedAt;    // null while a draft
    QString signedBy;

    bool isSigned() const { return signedAt.isValid(); }
    const ChangeEvent &event(ChangeEventKind kind) const { return events[static_cast<int>(kind)]; }
    ChangeEvent &event(ChangeEventKind kind) { return events[static_cast<int>(kind)]; }

    friend bool operator==(const Session &, const Session &) = default;
};

// One row of a couple's session list.
struct SessionSummary
{
    qint64 id = 0;
    QString uuid;
    qint64 coupleId = 0;
    QDate date;
    QTime startTime;
    int durationMinutes = 0;
    Attendance attendance = Attendance::Both;
    SessionFormat format = SessionFormat::InPerson;
    int stage = 1;
    int step = 1;
    QString focus;
    std::array<EventLevel, 2> levels{}; // indexed by ChangeEventKind
    bool isSigned = false;
    bool archived = false;

    friend bool operator==(const SessionSummary &, const SessionSummary &) = default;
};

} // namespace attune
