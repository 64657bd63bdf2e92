// Appointments for the demo practice, relative to the store's clock, so the start view opens on a
// populated day and week whenever the demo is made.
#pragma once

#include "domain/Result.h"

namespace attune {

class PracticeStore;

namespace demo {

// Books today's and this week's appointments for the first active couples. Writes through the store
// (inside the caller's transaction); draws no random numbers, so the rest of the demo stays as it was.
Status bookDemoAppointments(PracticeStore &store);

} // namespace demo
} // namespace attune
