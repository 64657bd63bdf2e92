// The demo practice: six curated couples (John and Mary among them) and, on request, many procedurally
// generated ones, so a therapist can explore Attune and benchmarks have realistic volume. Synthetic data
// only; reproducible for a given seed and the store's today().
#pragma once

#include "domain/Result.h"

#include <QtGlobal>

namespace attune {

class PracticeStore;

struct DemoOptions
{
    int couples = 0;           // 0 = the six curated couples
    int sessionsPerCouple = 0; // 0 = each couple's own count
    quint32 seed = 1;
};

struct DemoSummary
{
    int couples = 0;
    int sessions = 0;
    int cycleMaps = 0;
    int exercises = 0;
};

// Fills an empty practice in one transaction. Refuses a practice that already has couples (archived ones
// included) and leaves it unchanged on any failure.
Result<DemoSummary> generateDemoPractice(PracticeStore &store, const DemoOptions &options);

} // namespace attune
