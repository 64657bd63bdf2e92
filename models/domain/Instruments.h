// Scoring facts of the outcome instruments whose totals a therapist may enter. Only totals are stored:
// the item text of licensed instruments is never shipped.
#pragma once

#include "Enums.h"

#include <optional>

namespace attune {

struct InstrumentScale
{
    double minimum;
    double maximum;
    double distressCutoff;                // totals below this indicate relationship distress
    std::optional<double> reliableChange; // published reliable-change figure, where one exists
};

constexpr InstrumentScale scaleOf(Instrument instrument)
{
    switch (instrument) {
    case Instrument::Csi4:
        return {0, 21, 13.5, std::nullopt};
    case Instrument::Csi16:
        return {0, 81, 51.5, std::nullopt};
    case Instrument::Csi32:
        return {0, 161, 104.5, std::nullopt};
    case Instrument::Rdas:
        return {0, 69, 47.5, 12.0}; // distress at 47 and below
    }
    return {0, 0, 0, std::nullopt};
}

} // namespace attune
