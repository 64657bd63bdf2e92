// Turning a plain practice into a protected one and back, and changing its passphrase. Protecting
// converts everything beside it: the plain file's bytes are overwritten once the encrypted one is in
// place, and each plain backup in its backup folder is encrypted with the practice's key and its plain
// copy overwritten and removed. The window lock's passphrase becomes the practice's, so one passphrase
// opens and unlocks it.
#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "security/PracticeKey.h"

#include <QString>

namespace attune {

struct ProtectionSummary
{
    int backupsEncrypted = 0; // plain backups now encrypted
    int backupsFailed = 0;    // plain backups that could not be read as a practice (left alone)
};

// backupFolder: where the practice's automatic backups are (empty: "<practice folder>/backups").
Result<ProtectionSummary> protectPractice(const QString &path, const QByteArray &passphrase,
                                          PracticeKeyCost cost, const QString &backupFolder = {},
                                          Clock clock = systemClock());
Status unprotectPractice(const QString &path, const QByteArray &passphrase, Clock clock = systemClock());
Status changePracticePassphrase(const QString &path, const QByteArray &current, const QByteArray &next,
                                Clock clock = systemClock());

} // namespace attune
