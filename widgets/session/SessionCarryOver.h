// How a new session starts. A plain new session takes today's date, the default length and the EFT
// stage and step where the last session left off. "Start from last session" also carries over what a
// therapist would otherwise copy by hand:
//   - stage, step, format, attendance and start time (couples tend to keep their weekly slot);
//   - the last plan becomes this session's focus (a suggestion to edit);
//   - homework that was not done comes back as open items (new records; the old ones stay as they were).
// Not carried: the date, markers, ratings, outcome totals, interventions, observations and the free note,
// which belong to the session in which they happened, and the length (the default length is used).
#pragma once

#include "domain/Session.h"

#include <optional>

namespace attune {

Session newSessionAfter(qint64 coupleId, const std::optional<Session> &last, QDate today,
                        int defaultLengthMinutes);
Session sessionContinuing(const Session &last, QDate today, int defaultLengthMinutes);

} // namespace attune
