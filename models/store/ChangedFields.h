// Which kinds of fields differ between a record as stored and as it is about to be written: the store
// writes only those (a one-field autosave touches no child rows) and announces only those, so views
// rebuild only for what they show.
#pragma once

#include "ChangeNotifier.h"

#include "domain/Couple.h"
#include "domain/Session.h"

namespace attune {

SessionFields changedFields(const Session &stored, const Session &wanted);
CoupleFields changedFields(const Couple &stored, const Couple &wanted);

} // namespace attune
