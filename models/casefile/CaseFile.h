// Case files (.attune): one couple, several, or the whole practice, with every record, UUID and timestamp,
// to move a record to a new laptop, hand a case to a colleague or archive closed cases. Export writes
// atomically; import treats every file as possibly broken or hostile (header and checksum first, bounded
// loading, every value validated) and applies everything in one transaction, or nothing.
#pragma once

#include "domain/Appointment.h"
#include "domain/Couple.h"
#include "domain/CycleMap.h"
#include "domain/Exercise.h"
#include "domain/Result.h"
#include "domain/Session.h"
#include "domain/TreatmentPlan.h"

#include <QList>
#include <QString>

#include <functional>

namespace attune {

class PracticeStore;

// What an import does with a record whose UUID is already in the practice but whose content differs.
enum class ConflictPolicy { Skip, Replace, Copy };

// Progress of a long operation: done of total steps. Returning false cancels (nothing is changed).
using CaseFileProgress = std::function<bool(qint64 done, qint64 total)>;

// One couple's record as a case file holds it. Integer ids are 0 (they belong to a practice, not to the
// file); exercises name their session by UUID in sessionUuids (parallel to exercises; empty: none), and
// appointments the session an attended one became in appointmentSessionUuids, the same way. A session's
// goal links travel as the goals' UUIDs in sessionGoalUuids (parallel to sessions; its goalIds stay empty).
struct CaseFileCouple
{
    Couple couple; // its safetyHistory, contact details and referral included
    QList<Session> sessions;
    QList<QStringList> sessionGoalUuids;
    QList<CycleMap> cycleMaps;
    QList<FiveStepExercise> exercises;
    QStringList exerciseSessionUuids;
    QList<Appointment> appointments; // ids, coupleId and sessionId 0
    QStringList appointmentSessionUuids;
    QList<TreatmentPlan> plans; // every version, its current goals and their reviews; ids 0
};

struct CaseFileContents
{
    QString writtenBy; // the Attune version that wrote it
    QDateTime exportedAt;
    QList<CaseFileCouple> couples;
};

struct RecordCounts
{
    int couples = 0;
    int sessions = 0;
    int cycleMaps = 0;
    int exercises = 0;
    int total() const { return couples + sessions + cycleMaps + exercises; }
    friend bool operator==(const RecordCounts &, const RecordCounts &) = default;
};

struct ImportSummary
{
    RecordCounts added;        // new to this practice (copies included)
    RecordCounts identical;    // already here with the same content: skipped
    RecordCounts skipped;      // already here with other content, kept as it was
    RecordCounts replaced;     // already here, updated to the file's content (UUID kept)
    int signedNotReplaced = 0; // signed sessions cannot change, so replace skipped them
};

// A record of the file whose UUID is in the practice with different content.
struct CaseFileConflict
{
    enum class Kind { Couple, Session, CycleMap, Exercise };
    Kind kind = Kind::Couple;
    QString uuid;
    QString description; // e.g. the couple's name, or the couple and the session's date
};

// Writes the couples (all of them, archived ones included, when coupleIds is empty) to path. With a
// passphrase the file is encrypted in memory (security/Envelope.h) before it is written, so its plain
// form never reaches the disk.
Status exportCaseFile(const PracticeStore &store, const QList<qint64> &coupleIds, const QString &path,
                      const CaseFileProgress &progress = {}, const QByteArray &passphrase = {});

// Reads, checks and validates a case file against "today" (dates after it are refused). Nothing is written.
// An encrypted case file needs its passphrase (isEnvelopeFile() tells which).
Result<CaseFileContents> readCaseFile(const QString &path, QDate today, const QByteArray &passphrase = {});
// The same for bytes already in memory (the fuzzer and tests); name is used in messages.
Result<CaseFileContents> parseCaseFile(const QByteArray &bytes, const QString &name, QDate today);

// The records of contents that would conflict with the practice (same UUID, different content).
Result<QList<CaseFileConflict>> findConflicts(const PracticeStore &store, const CaseFileContents &contents);

// Applies contents in one transaction; on any failure the practice is exactly as it was.
Result<ImportSummary> importCaseFile(PracticeStore &store, const CaseFileContents &contents,
                                     ConflictPolicy policy, const CaseFileProgress &progress = {});
// readCaseFile, then importCaseFile.
Result<ImportSummary> importCaseFile(PracticeStore &store, const QString &path, ConflictPolicy policy,
                                     const CaseFileProgress &progress = {});

// The summary as sentences for the user ("Added 2 couples, 8 sessions…").
QString describeImportSummary(const ImportSummary &summary);

} // namespace attune
