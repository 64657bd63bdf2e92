// Clinical integrity values: the clinician who signs, addenda to signed notes, the audit trail, and the
// content digests that make a signature checkable.
#pragma once

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

// SHA-256 (hex) of a session's signed content: everything a signature vouches for, in a fixed order,
// independent of row ids and of timestamps other than the signature's.
QString sessionContentHash(const Session &session);
QString addendumContentHash(const QString &sessionUuid, const QString &text, const QDateTime &signedAt,
                            const QString &signedBy);
// The hash of one audit row, chained to the previous row's hash.
QString auditRowHash(const AuditEntry &entry);

} // namespace attune
