// The practice file on disk: recognising an Attune practice before SQLite touches it, creating a new
// one readable by its owner only, and opening a connection with the pragmas every connection needs.
#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>

namespace attune {

struct PracticeHeader
{
    qint32 applicationId = 0;
    qint32 schemaVersion = 0; // SQLite's user_version
};

// Reads the SQLite header straight from the file (no SQLite, so nothing can be written) and refuses
// anything that is not an Attune practice this build can read: empty files, other files, other
// programs' databases, practices from a newer Attune.
Result<PracticeHeader> inspectPracticeFile(const QString &path, qint32 applicationId,
                                           int newestReadableVersion);

// True for an existing regular file of 0 bytes: what an older build's killed creation of a practice left.
bool isEmptyPracticeFile(const QString &path);

// True when a crash left a change half-written beside the practice: a rollback journal with a valid
// header (SQLite's "hot journal") or a non-empty write-ahead log. Read from the files, without SQLite.
bool hasHotJournal(const QString &path);
// What happened and what to do, when such a practice cannot be opened (it cannot be written to undo it).
QString interruptedChangeMessage(const QString &path);

// Creates an empty file (and its folder, if missing) with owner-only permissions.
Status createPracticeFile(const QString &path);

// Opens a connection with foreign keys on, untrusted schema, full sync, a busy timeout and secure
// delete, then runs SQLite's quick check (unless quickCheck is false: a second connection of a store that
// has run it, BackgroundIndexer.h). A read-only connection refuses every write. The connection is
// closed again on failure.
Result<QSqlDatabase> openPracticeConnection(const QString &path, bool readOnly = false,
                                            bool quickCheck = true);

// The pragmas every connection needs, then SQLite's quick check (path names the practice in messages).
Status configurePracticeConnection(QSqlDatabase &db, const QString &path, bool quickCheck = true);

// Opens the file read-only and runs SQLite's full integrity check (BackupQueries.cpp).
Status verifyPracticeCopy(const QString &path);

// Closes the connection and removes it from Qt's registry.
void closePracticeConnection(QSqlDatabase &db);

} // namespace attune

namespace attune {

// Where the practice lives when --practice is not given: $XDG_DATA_HOME/attune/practice.db
// (~/.local/share/attune/practice.db).
QString defaultPracticePath();

} // namespace attune
