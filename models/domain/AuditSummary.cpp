// The catalogue of audit summaries; see AuditSummary.h.
#include "AuditSummary.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <array>

namespace attune {
namespace {

// What an argument is, for reading it back and for showing it.
enum class Arg { Id, Date };

struct Entry
{
    AuditSummaryKey key;
    const char *name;    // for JSON
    const char *english; // the stored template; translated in context "AuditSummary"
    std::array<Arg, 2> args;
    int argCount;
};

// The templates must stay as they are: the SQL triggers (MigrationVersion2.cpp, MigrationVersion3.cpp)
// and every row already written use these words.
const Entry kCatalogue[] = {
    //: the couple's id
    {AuditSummaryKey::Couple, "couple", QT_TRANSLATE_NOOP("AuditSummary", "couple %1"), {Arg::Id}, 1},
    //: the session's id and date
    {AuditSummaryKey::Session,
     "session",
     QT_TRANSLATE_NOOP("AuditSummary", "session %1 of %2"),
     {Arg::Id, Arg::Date},
     2},
    //: a version of the couple's cycle map
    {AuditSummaryKey::CycleVersion,
     "cycle_version",
     QT_TRANSLATE_NOOP("AuditSummary", "cycle version %1"),
     {Arg::Id},
     1},
    //: a five-step exercise's id
    {AuditSummaryKey::Exercise, "exercise", QT_TRANSLATE_NOOP("AuditSummary", "exercise %1"), {Arg::Id}, 1},
    //: the session's id
    {AuditSummaryKey::Addendum,
     "addendum",
     QT_TRANSLATE_NOOP("AuditSummary", "addendum to session %1"),
     {Arg::Id},
     1},
    //: the couple's id
    {AuditSummaryKey::Appointment,
     "appointment",
     QT_TRANSLATE_NOOP("AuditSummary", "appointment of couple %1"),
     {Arg::Id},
     1},
    //: the how-manieth failed unlock in a row
    {AuditSummaryKey::FailedAttempt,
     "failed_attempt",
     QT_TRANSLATE_NOOP("AuditSummary", "attempt %1"),
     {Arg::Id},
     1},
    {AuditSummaryKey::PassphraseSet,
     "passphrase_set",
     QT_TRANSLATE_NOOP("AuditSummary", "passphrase set"),
     {},
     0},
    {AuditSummaryKey::PassphraseChanged,
     "passphrase_changed",
     QT_TRANSLATE_NOOP("AuditSummary", "passphrase changed"),
     {},
     0},
    {AuditSummaryKey::PassphraseRemoved,
     "passphrase_removed",
     QT_TRANSLATE_NOOP("AuditSummary", "passphrase removed"),
     {},
     0},
    //: why the practice was locked: no one used it for a while
    {AuditSummaryKey::LockedIdle, "locked_idle", QT_TRANSLATE_NOOP("AuditSummary", "idle"), {}, 0},
    //: why the practice was locked: it was just opened
    {AuditSummaryKey::LockedOpened, "locked_opened", QT_TRANSLATE_NOOP("AuditSummary", "opened"), {}, 0},
    //: why the practice was locked: the therapist asked
    {AuditSummaryKey::LockedRequested,
     "locked_requested",
     QT_TRANSLATE_NOOP("AuditSummary", "requested"),
     {},
     0},
    //: why the practice was locked: the lock shortcut
    {AuditSummaryKey::LockedShortcut,
     "locked_shortcut",
     QT_TRANSLATE_NOOP("AuditSummary", "shortcut"),
     {},
     0},
    //: why the practice was locked: the desktop was locked
    {AuditSummaryKey::LockedDesktop, "locked_desktop", QT_TRANSLATE_NOOP("AuditSummary", "desktop"), {}, 0},
    //: what was exported or imported
    {AuditSummaryKey::CaseFile, "case_file", QT_TRANSLATE_NOOP("AuditSummary", "case file"), {}, 0},
    //: what was exported or printed
    {AuditSummaryKey::ProgressReport,
     "progress_report",
     QT_TRANSLATE_NOOP("AuditSummary", "progress report"),
     {},
     0},
    //: what was printed: the couple's full clinical record
    {AuditSummaryKey::ClinicalRecord,
     "clinical_record",
     QT_TRANSLATE_NOOP("AuditSummary", "clinical record"),
     {},
     0},
    //: what was exported or printed: the couple's cycle
    {AuditSummaryKey::Cycle, "cycle", QT_TRANSLATE_NOOP("AuditSummary", "cycle"), {}, 0},
    //: what was printed
    {AuditSummaryKey::FiveStepExercise,
     "five_step_exercise",
     QT_TRANSLATE_NOOP("AuditSummary", "five-step exercise"),
     {},
     0},
    {AuditSummaryKey::Backup, "backup", QT_TRANSLATE_NOOP("AuditSummary", "backup"), {}, 0},
    {AuditSummaryKey::EncryptedBackup,
     "encrypted_backup",
     QT_TRANSLATE_NOOP("AuditSummary", "encrypted backup"),
     {},
     0},
    //: the couple's id (MigrationSafetyRecord.cpp writes this template)
    {AuditSummaryKey::SafetyScreen,
     "safety_screen",
     QT_TRANSLATE_NOOP("AuditSummary", "safety screen of couple %1"),
     {Arg::Id},
     1},
    //: why a joint session needed the therapist's explicit confirmation
    {AuditSummaryKey::JointDespiteAbuse,
     "joint_despite_abuse",
     QT_TRANSLATE_NOOP("AuditSummary", "joint session despite ongoing abuse"),
     {},
     0},
    {AuditSummaryKey::JointDespiteNoScreen,
     "joint_despite_no_screen",
     QT_TRANSLATE_NOOP("AuditSummary", "joint session without a safety screen"),
     {},
     0},
    {AuditSummaryKey::JointDespiteOverdueScreen,
     "joint_despite_overdue_screen",
     QT_TRANSLATE_NOOP("AuditSummary", "joint session with an overdue safety screen"),
     {},
     0},
    //: what was exported: the appointments, as a calendar file
    {AuditSummaryKey::Calendar, "calendar", QT_TRANSLATE_NOOP("AuditSummary", "calendar"), {}, 0},
};

const Entry &entryFor(AuditSummaryKey key)
{
    for (const Entry &e : kCatalogue)
        if (e.key == key)
            return e;
    Q_UNREACHABLE();
}

// The template as a whole-text pattern: "session %1 of %2" → ^session (\d+) of (\d{4}-\d{2}-\d{2})$.
QRegularExpression patternFor(const Entry &e)
{
    QString pattern = QRegularExpression::escape(QLatin1StringView(e.english));
    for (int i = 0; i < e.argCount; ++i)
        pattern.replace(QRegularExpression::escape(QStringLiteral("%%1").arg(i + 1)),
                        e.args[std::size_t(i)] == Arg::Date ? QStringLiteral("(\\d{4}-\\d{2}-\\d{2})")
                                                            : QStringLiteral("(\\d+)"));
    return QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'));
}

} // namespace

QString storedAuditSummary(AuditSummaryKey key, const QStringList &args)
{
    QString text = QLatin1StringView(entryFor(key).english);
    for (const QString &arg : args)
        text = text.arg(arg);
    return text;
}

std::optional<AuditSummary> parseAuditSummary(const QString &stored)
{
    static const auto patterns = [] {
        QList<QRegularExpression> all;
        for (const Entry &e : kCatalogue)
            all << patternFor(e);
        return all;
    }();
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        const QRegularExpressionMatch m = patterns.at(i).match(stored);
        if (!m.hasMatch())
            continue;
        AuditSummary summary{kCatalogue[i].key, {}};
        for (int a = 1; a <= kCatalogue[i].argCount; ++a)
            summary.args << m.captured(a);
        return summary;
    }
    return std::nullopt;
}

QString shownAuditSummary(const QString &stored, const QLocale &locale)
{
    const auto summary = parseAuditSummary(stored);
    if (!summary)
        return stored;
    const Entry &e = entryFor(summary->key);
    QString text = QCoreApplication::translate("AuditSummary", e.english);
    for (int i = 0; i < e.argCount; ++i) {
        const QString &arg = summary->args.at(i);
        text = text.arg(e.args[std::size_t(i)] == Arg::Date
                            ? locale.toString(QDate::fromString(arg, Qt::ISODate), QLocale::ShortFormat)
                            : arg);
    }
    return text;
}

QString auditSummaryKeyName(AuditSummaryKey key)
{
    return QLatin1StringView(entryFor(key).name);
}

} // namespace attune
