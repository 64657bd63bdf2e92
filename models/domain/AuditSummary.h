// An audit row's summary is a key and its arguments, translated when shown: a Spanish window shows
// "sesión 12 del 1/5/26" for the row that says "session 12 of 2026-05-01".
//
// It is stored as the key's English template with the arguments filled in, the one form the database
// triggers write, every row from before has and `attune audit --json` has always printed; so a row's hash
// is never touched and no schema change is needed. Shown, the text is read back into key and arguments
// (the arguments are ids, ISO dates and counts, never free text), and the key's template is translated.
// A text that is not in the catalogue (an older wording) is shown as it was stored.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace attune {

enum class AuditSummaryKey {
    Couple,            // couple ID
    Session,           // session ID of DATE
    CycleVersion,      // cycle version N
    Exercise,          // exercise ID
    Addendum,          // addendum to session ID
    Appointment,       // appointment of couple ID
    FailedAttempt,     // attempt N (a failed unlock)
    PassphraseSet,     // lock settings
    PassphraseChanged, //
    PassphraseRemoved, //
    LockedIdle,        // why the practice was locked
    LockedOpened,
    LockedRequested,
    LockedShortcut,
    LockedDesktop,
    CaseFile, // what was exported, imported or printed
    ProgressReport,
    Cycle,
    FiveStepExercise,
    Backup,
    EncryptedBackup,
    SafetyScreen,              // safety screen of couple ID (an earlier screen kept in the history)
    JointDespiteAbuse,         // a joint session confirmed despite the red safety flag, and why
    JointDespiteNoScreen,      //
    JointDespiteOverdueScreen, //
    Calendar,                  // what was exported: the appointments as an iCalendar file
    ClinicalRecord,            // the record on paper (File → Print Record…, attune record)
};

struct AuditSummary
{
    AuditSummaryKey key;
    QStringList args;
};

// The stored text of a summary: the key's English template with args filled in.
QString storedAuditSummary(AuditSummaryKey key, const QStringList &args = {});
// A summary's stored text read back into key and arguments; nullopt for text outside the catalogue.
std::optional<AuditSummary> parseAuditSummary(const QString &stored);
// The summary in the current language (dates in locale's short format); unknown text as stored.
QString shownAuditSummary(const QString &stored, const QLocale &locale = QLocale());
// A stable name for the key, for JSON ("session", "failed_attempt").
QString auditSummaryKeyName(AuditSummaryKey key);

} // namespace attune
