// Importing a case file's treatment plans (issue 16), part of importCaseFile's one transaction. Plan
// versions are matched by UUID. One already in the practice is never rewritten (a signed plan cannot be,
// and a change of plan is a new version): only reviews it lacks are added, as a therapist adds them. A
// new one is added whole with its goals, signature and reviews, its version number moving on when the
// couple's is taken; a copied couple gets copies with fresh UUIDs.
#pragma once

#include "CaseFile.h"

#include "store/PracticeStore.h"

#include <QHash>

namespace attune {

// Returns the practice's goal id for every goal UUID of the file (and of the couple's plans already
// here), for the sessions' goal links. index is the practice's UUIDs before the import, to refuse a
// file whose new records share an id with a different record.
Result<QHash<QString, qint64>> importTreatmentPlans(PracticeStore &store, const CaseFileCouple &record,
                                                    qint64 coupleId, bool copyAll,
                                                    const QHash<QString, UuidOwner> &index);

} // namespace attune
