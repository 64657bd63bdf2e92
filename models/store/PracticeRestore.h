// Restoring a practice from a (decrypted) backup: the backup must be a whole Attune practice, an existing
// practice is only replaced when asked, and the replaced file is kept aside rather than lost.
#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QByteArray>

namespace attune {

struct RestoreResult
{
    QString keptAside; // where the replaced practice was moved; empty when there was none
};

// Where a caller writes the copy it restores (a decrypted or re-sealed backup): a hidden file beside the
// practice (never $TMPDIR), removed by the restore, or by the next start if the restore was killed.
QString restoreScratchPath(const QString &practice);

enum class RestoreSource {
    CopyBackup, // the backup file stays as it is; a copy of it is restored
    MoveScratch // backup is a restoreScratchPath() copy: it is moved into place (or removed)
};

// Replaces the practice (a symbolic link's target, not the link) with backup, crash-proof: refused while
// another Attune holds the practice's lock; any hot journal or WAL of the practice is first settled by
// SQLite; the current practice is kept aside (a hard link made before anything changes), and the new
// file goes in by one rename, so that at every instant the path holds the old practice or the new one.
Result<RestoreResult> restorePractice(const QString &backup, const QString &practice, bool force,
                                      RestoreSource source = RestoreSource::CopyBackup);

class PracticeStore;

// A protected backup (a copy in the protected practice's own format) proved whole before it is restored:
// it opens with the passphrase and passes the integrity check. The error tells a wrong passphrase from
// damage. The window and `attune restore` both ask this.
Status verifyProtectedBackup(const QString &backup, const QByteArray &passphrase,
                             Clock clock = systemClock());

// Turns the plain practice copy at path (a plain or decrypted backup about to replace a protected practice)
// into a protected one under the open protected practice's own key and passphrase hash, in place (the plain
// bytes overwritten), so what is restored over a protected practice is never a plain file and opens with
// the passphrase the practice has now.
Status protectCopyLike(const QString &plainCopy, const PracticeStore &protectedPractice);

} // namespace attune
