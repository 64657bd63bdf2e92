// Synthetic contact details and referrals for demo couples (issue 16), obviously fake: phone numbers in
// the 555-01xx range reserved for fiction, e-mail addresses at example.org, streets named "Example".
#pragma once

#include "domain/Couple.h"

namespace attune {

// Fills both partners' contact details and the couple's referral, derived from the partners' names only,
// so the demo stays reproducible and its random sequence is untouched.
void addDemoContactDetails(Couple &couple);

} // namespace attune
