// The command line's JSON shapes. Keys are snake_case, dates ISO 8601, enums their stable keys: scripts
// depend on these, so change them only by adding keys.
#pragma once

#include "domain/Couple.h"
#include "domain/Search.h"
#include "domain/Session.h"

#include <QJsonObject>

namespace attune {

QJsonObject coupleToJson(const CoupleSummary &couple);
QJsonObject sessionToJson(const SessionSummary &session);
QJsonObject searchHitToJson(const SearchHit &hit);

} // namespace attune
