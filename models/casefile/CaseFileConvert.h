// Between the domain values and the case file's plain entries. Reading is where a loaded file is
// distrusted: every key, date, UUID, count and range is checked, and every record validated with the
// same rules the store applies, before anything reaches the practice.
#pragma once

#include "CaseFile.h"
#include "CaseFileArchive.h"

namespace attune {

casefile::CoupleEntry toEntry(const CaseFileCouple &couple);
// Converts and validates; the failure names the record and what is wrong with it, in one sentence.
Result<CaseFileContents> fromEntry(const casefile::CaseFileEntry &file, QDate today);

// Record equality for import: everything but practice-local ids and the last-change time.
bool sameContent(Couple a, Couple b);
bool sameContent(Session a, Session b);
bool sameContent(CycleMap a, CycleMap b);
bool sameContent(FiveStepExercise a, FiveStepExercise b);

} // namespace attune
