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

class PracticeStore;
enum class SaveTiming;

struct ProtectionSummary
{
    int backupsEncrypted = 0; // plain backups now encrypted
    int backupsRemoved = 0;   // plain backups overwritten and removed instead (removePlainBackups)
    int backupsFailed = 0;    // plain backups that could not be read as a practice (left alone)
};

struct ProtectionOptions
{
    PracticeKeyCost cost = PracticeKeyCost::Moderate;
    QString backupFolder;            // where the automatic backups are (empty: "<practice folder>/backups")
    bool removePlainBackups = false; // overwrite and remove plain backups rather than encrypt them
};

// The practice setting holding the passphrase's hash (the window lock's, and so the protection's).
QString lockHashSettingKey();

// backupFolder: where the practice's automatic backups are (empty: "<practice folder>/backups").
Result<ProtectionSummary> protectPractice(const QString &path, const QByteArray &passphrase,
                                          PracticeKeyCost cost, const QString &backupFolder = {},
                                          Clock clock = systemClock(), bool removePlainBackups = false);
Status unprotectPractice(const QString &path, const QByteArray &passphrase, Clock clock = systemClock());
Status changePracticePassphrase(const QString &path, const QByteArray &current, const QByteArray &next,
                                Clock clock = systemClock());

// The same on a practice that is open (the window's): the store goes on with the converted file, so
// whoever holds it keeps working. Protecting needs the practice's lock (taken when not held); a failure
// before the encrypted file is in place leaves the practice as it was.
Result<ProtectionSummary> protectOpenPractice(PracticeStore &store, const QByteArray &passphrase,
                                              const ProtectionOptions &options, SaveTiming timing);
// The two Argon2id derivations protecting needs (the key, and the lock's hash of the passphrase): the slow
// part, which touches no database and may run on a worker thread while the window shows it is busy.
struct ProtectionSecrets
{
    std::shared_ptr<PracticeKey> key;
    QString lockHash;
};
Result<ProtectionSecrets> deriveProtectionSecrets(const QByteArray &passphrase, PracticeKeyCost cost);
Result<ProtectionSummary> protectOpenPractice(PracticeStore &store, const ProtectionSecrets &secrets,
                                              const ProtectionOptions &options, SaveTiming timing);
Status unprotectOpenPractice(PracticeStore &store);
// The caller has checked the current passphrase.
Status changeOpenPracticePassphrase(PracticeStore &store, const QByteArray &next);

} // namespace attune
