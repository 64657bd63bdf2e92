// Temporary files beside the file they become. A backup, a restore and a new practice are each written
// under a hidden name in the folder of their final destination (never $TMPDIR, where a killed run would
// leave a full copy of the record behind, possibly on another disk) and renamed into place in one step.
// The hidden name carries the writer's process id, so the leftovers of a killed run are recognised and
// removed by the next command or window, while the temporary files of a run still going are left alone.
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace attune {

// The kinds of temporary files Attune leaves beside their destination while it writes them.
namespace sidefile {
inline constexpr const char *kPartialBackup = "partial";
inline constexpr const char *kRestoring = "restoring";
inline constexpr const char *kCreating = "creating";
} // namespace sidefile

// "FOLDER/.NAME.KIND-PID-RANDOM" for the final path FOLDER/NAME.
QString sideFilePath(const QString &finalPath, const char *kind);

// Removes the temporary files of runs that are gone (their process no longer exists) from folder:
// overwritten first, as they may hold a plain copy of the record. Returns the paths removed.
QStringList removeStaleSideFiles(const QString &folder);

// The file a practice path names: a symbolic link is followed to the file it points to, so that a
// restore or a creation replaces the practice and not the link (a missing target is returned as it is).
QString resolvedPracticePath(const QString &path);

// fsync of a file, and of the folder that holds path (which makes a rename in it durable).
bool syncFile(const QString &path);
bool syncFolderOf(const QString &path);

// Renames from over to in one step (rename(2)), then syncs the folder.
Status renameIntoPlace(const QString &from, const QString &to);
// Puts from at to only if nothing is there (a hard link, then from removed): never replaces a file.
Status linkIntoPlace(const QString &from, const QString &to);

} // namespace attune
