// The layout a therapist chose for a couple's cycle (figure eight or boxes), remembered in the user's
// settings by the couple's uuid, so the Cycle tab and the Overview thumbnail draw the same.
#pragma once

#include "domain/Couple.h"
#include "render/CycleLayout.h"

namespace attune {

CycleStyle storedCycleStyle(const Couple &couple); // the figure eight unless Boxes was chosen
void storeCycleStyle(const Couple &couple, CycleStyle style);

} // namespace attune
