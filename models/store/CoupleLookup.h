// Finds the one couple a user means by "COUPLE" on the command line: a numeric id, or a fragment of the
// couple's or a partner's name (case- and accent-insensitive) that matches exactly one couple.
#pragma once

#include "PracticeStore.h"

namespace attune {

Result<CoupleSummary> findCouple(const PracticeStore &store, const QString &idOrNameFragment);

} // namespace attune
