// What a treatment plan must satisfy before it is stored, and the hash a signature vouches for.
#pragma once

#include "Result.h"
#include "TreatmentPlan.h"

namespace attune {

Status validateTreatmentPlan(const TreatmentPlan &plan, QDate today);
Status validateTreatmentGoal(const TreatmentGoal &goal);
Status validateGoalReview(const GoalReview &review, QDate today);

// SHA-256 (hex) of a plan's signed content: its date, notes and every goal in order, with the signature,
// independent of row ids and of other timestamps. Reviews are not part of it (they come later).
QString treatmentPlanContentHash(const TreatmentPlan &plan);

} // namespace attune
