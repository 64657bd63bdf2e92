// Rules a record must satisfy before it is stored. Each failure is one clear sentence naming the field.
#pragma once

#include "Couple.h"
#include "CycleMap.h"
#include "Exercise.h"
#include "Result.h"
#include "Session.h"

namespace attune {

// The earliest date Attune accepts anywhere: older dates are typing mistakes, not case history.
inline const QDate kEarliestPlausibleDate{1950, 1, 1};

Status validateCouple(const Couple &couple, QDate today);
// A partner's phone numbers and e-mail address (part of validateCouple; the form checks each partner's
// as it is typed). partnerIndex 0 or 1 names the partner in the message.
Status validateContact(const ContactDetails &contact, int partnerIndex);
// A session must also fit its couple: not before intake, not in the future.
Status validateSession(const Session &session, const Couple &couple, QDate today);
Status validateCycleMap(const CycleMap &map, QDate today);
Status validateExercise(const FiveStepExercise &exercise, QDate today);

} // namespace attune
