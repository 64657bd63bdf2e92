// One dated version of a couple's infinity cycle: a chain of steps for each partner.
#pragma once

#include "Enums.h"
#include "Record.h"

#include <QDate>

#include <array>

namespace attune {

struct PartnerChain
{
    std::array<QString, 6> steps; // indexed by CycleStep
    QString uuid;                 // assigned by the store when empty

    const QString &operator[](CycleStep s) const { return steps[static_cast<int>(s)]; }
    QString &operator[](CycleStep s) { return steps[static_cast<int>(s)]; }
    friend bool operator==(const PartnerChain &, const PartnerChain &) = default;
};

struct CycleMap : Record
{
    qint64 coupleId = 0;
    int version = 0; // 1, 2, … per couple; assigned by the store when 0
    QDate date;
    CycleKind kind = CycleKind::Negative;
    QString notes;
    std::array<PartnerChain, 2> chains;

    friend bool operator==(const CycleMap &, const CycleMap &) = default;
};

} // namespace attune
