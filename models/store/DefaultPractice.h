// The default practice's old place. Builds before this one put it one folder too deep, in
// $XDG_DATA_HOME/attune/attune/practice.db (Qt's AppDataLocation adds the organisation and the application
// name, both "attune"), where neither the README nor the man page says it is. Such a practice is moved to
// defaultPracticePath() once, when Attune starts without --practice and finds nothing there yet.
#pragma once

#include "domain/Result.h"

#include <QString>

#include <optional>

namespace attune {

// $XDG_DATA_HOME/attune/attune/practice.db.
QString oldDefaultPracticePath();

struct PracticeMove
{
    QString from;
    QString to;
    // One sentence for the user, saying from where to where (and that the backups came along).
    QString message() const;
};

// Moves the practice at oldDefaultPracticePath() (with its journal, WAL and shared-memory files and its
// backups folder) to defaultPracticePath() when the old one exists and the new one does not. nullopt when
// there was nothing to move; a failure names what could not be moved, and leaves the old practice where it
// was (whatever had been moved is moved back).
Result<std::optional<PracticeMove>> moveOldDefaultPractice();

} // namespace attune
