// The command line's JSON shapes. Keys are snake_case, dates ISO 8601, enums their stable keys: scripts
// depend on these, so change them only by adding keys.
#pragma once

#include "domain/Couple.h"
#include "domain/Search.h"
#include "domain/Session.h"

#include <QJsonObject>

namespace attune {

QJsonObject coupleToJson(const CoupleSummary &couple);
// Adds the identifying data of the full record (issue 16) to a couple's object: each partner's contact
// {phone, email, address, emergency_contact: {name, phone}} and the couple's referral {source, clinician}.
void addContactDetails(QJsonObject &object, const Couple &couple);
QJsonObject sessionToJson(const SessionSummary &session);
QJsonObject searchHitToJson(const SearchHit &hit);

} // namespace attune
