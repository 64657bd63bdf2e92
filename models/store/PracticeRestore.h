// Restoring a practice from a (decrypted) backup: the backup must be a whole Attune practice, an existing
// practice is only replaced when asked, and the replaced file is kept aside rather than lost.
#pragma once

#include "domain/Result.h"

namespace attune {

struct RestoreResult
{
    QString keptAside; // where the replaced practice was moved; empty when there was none
};

Result<RestoreResult> restorePractice(const QString &backup, const QString &practice, bool force);

} // namespace attune
