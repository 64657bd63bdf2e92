// Where each couple stands, as the practice-wide views need it: the week's appointments and the caseload
// at a glance. The store fills these for every couple at once (two queries, however large the practice).
#pragma once

#include "Enums.h"
#include "Safety.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace attune {

struct CoupleStanding
{
    qint64 coupleId = 0;
    QString name;
    CoupleStatus status = CoupleStatus::Active;
    std::array<QString, 2> partnerNames;
    QDate intakeDate;
    QDate lastSessionDate; // null without sessions
    int stage = 0;         // of the latest session; 0 without sessions
    int step = 0;
    QDateTime appointment; // UTC; invalid when none is booked (a past one is still returned)
    SafetyConcern safety = SafetyConcern::None;

    friend bool operator==(const CoupleStanding &, const CoupleStanding &) = default;
};

// A partner's two most recent totals of one instrument, from the couple's current sessions.
struct RecentOutcome
{
    qint64 coupleId = 0;
    int partner = 0;
    Instrument instrument = Instrument::Csi16;
    QDate latestDate;
    double latest = 0;
    std::optional<double> previous; // none when only one total was entered

    friend bool operator==(const RecentOutcome &, const RecentOutcome &) = default;
};

} // namespace attune
