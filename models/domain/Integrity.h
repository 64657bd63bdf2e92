// Clinical integrity values: the clinician who signs, addenda to signed notes, the audit trail, and the
// content digests that make a signature checkable.
#pragma once

#include "Couple.h"
#include "CycleMap.h"
#include "Exercise.h"
#include "Record.h"
#include "Session.h"

#include <QDate>
#include <QStringList>

namespace attune {

struct ClinicianProfile
{
    QString name;        // e.g. "Alex Rivera"
    QString credentials; // e.g. "PhD, LMFT"

    bool isComplete() const { return !name.trimmed().isEmpty(); }
    QString signature() const
    {
        return credentials.trimmed().isEmpty()
                   ? name.trimmed()
                   : name.trimmed() + QStringLiteral(", ") + credentials.trimmed();
    }
    friend bool operator==(const ClinicianProfile &, const ClinicianProfile &) = default;
};

// A correction to a signed note: new, dated and signed, never altering the original.
struct Addendum : Record
{
    qint64 sessionId = 0;
    QString text;
    QDateTime signedAt;
    QString signedBy;
    QString contentHash;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString clinician;
    QString action; // create, edit, sign, addendum, archive, restore, delete, export, import, print, lock, …
    QString recordType; // couple, session, cycle_map, exercise, addendum, practice
    QString recordUuid;
    QString coupleUuid;
    QString summary; // names the record, never its text
    QString prevHash;
    QString hash;
};

// Which audit rows to list. Every part is optional; an empty filter lists the whole trail.
struct AuditFilter
{
    QDateTime from;      // inclusive; invalid: from the first row
    QDateTime to;        // exclusive; invalid: up to the last row
    QStringList actions; // any of these actions; empty: every action
    QString coupleUuid;  // rows about this couple or its records; empty: every row
};

struct AuditVerdict
{
    int rows = 0;
    qint64 firstBadRow = 0; // 0 when the chain is whole
    QString problem;
    bool intact() const { return firstBadRow == 0; }
};

// The content hashes: SHA-256 (hex) of a record's content in a canonical form (compact JSON, fixed key
// order), independent of the record's own row id, archiving and timestamps other than a signature's. The
// store keeps one for every couple, session, cycle map and exercise on every write (ContentHashQueries.cpp)
// and `check` recomputes them, so text changed behind Attune's back (a flipped byte, a hand edit) is found;
// these functions are the only place a hash is computed, for signing and checking alike.
//
// A session's hash is also what its signature vouches for: everything in it, the children included,
// and the signature's time and clinician once signed.
QString sessionContentHash(const Session &session);
// A couple with its two partners (names, positions, needs, contact details), concerns, tags, safety
// screen and referral.
QString coupleContentHash(const Couple &couple);
// A cycle map with both partners' chains.
QString cycleMapContentHash(const CycleMap &map);
// The session it is linked to is left out: removing that session unlinks it (ON DELETE SET NULL).
QString exerciseContentHash(const FiveStepExercise &exercise);
QString addendumContentHash(const QString &sessionUuid, const QString &text, const QDateTime &signedAt,
                            const QString &signedBy);
// The hash of one audit row, chained to the previous row's hash.
QString auditRowHash(const AuditEntry &entry);

} // namespace attune
