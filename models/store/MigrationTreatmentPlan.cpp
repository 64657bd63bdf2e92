// Schema migration: the treatment plan (issue 16).
//
// Adds treatment_plans (dated, numbered versions per couple, signed like notes), treatment_goals (the
// goals of one plan version), goal_reviews (dated reviews of a goal, kept) and session_goals (which goals
// a session worked on). Why in the database and not only in the store: a signed plan must be as immutable
// as a signed note, whatever path writes to the file, so triggers refuse any change to a signed plan and
// its goals, and to the goal links of a signed session. Reviews are never edited (a new review is a new
// row); they may be added to a signed plan's goals, the way an addendum is added to a signed note. Audit
// triggers add a row for every change, as version 2's do for the other records.
//
// The statements are written out here in full: a released migration never changes, even when a helper
// elsewhere would.
#include "Migrations.h"

namespace attune {
namespace {

QString refuse(const QString &name, const QString &event, const QString &table, const QString &when,
               const QString &message)
{
    return QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 WHEN %4 BEGIN SELECT RAISE(ABORT, '%5'); END")
        .arg(name, event, table, when, message);
}

QString audit(const QString &name, const QString &event, const QString &table, const QString &action,
              const QString &recordType, const QString &coupleUuid, const QString &summary)
{
    const QString row = event == QStringLiteral("DELETE") ? QStringLiteral("OLD") : QStringLiteral("NEW");
    return QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 BEGIN "
                          "INSERT INTO audit_log (action, record_type, record_uuid, couple_uuid, summary) "
                          "VALUES (%4, '%5', %6.uuid, coalesce(%7, ''), coalesce(%8, '')); END")
        .arg(name, event, table, action, recordType, row, coupleUuid, summary);
}

const QString kArchiveOrEdit =
    QStringLiteral("CASE WHEN OLD.archived = 0 AND NEW.archived = 1 THEN 'archive' "
                   "WHEN OLD.archived = 1 AND NEW.archived = 0 THEN 'restore' "
                   "ELSE 'edit' END");

QString coupleOfPlan(const QString &row)
{
    return QStringLiteral("(SELECT uuid FROM couples WHERE id = %1.couple_id)").arg(row);
}

QString coupleOfGoal(const QString &row)
{
    return QStringLiteral("(SELECT c.uuid FROM couples c JOIN treatment_plans p ON p.couple_id = c.id "
                          "WHERE p.id = %1.plan_id)")
        .arg(row);
}

QString coupleOfReview(const QString &row)
{
    return QStringLiteral("(SELECT c.uuid FROM couples c JOIN treatment_plans p ON p.couple_id = c.id "
                          "JOIN treatment_goals g ON g.plan_id = p.id WHERE g.id = %1.goal_id)")
        .arg(row);
}

QString planSigned(const QString &row)
{
    return QStringLiteral("(SELECT signed_at FROM treatment_plans WHERE id = %1.plan_id) IS NOT NULL")
        .arg(row);
}

QString sessionSigned(const QString &row)
{
    return QStringLiteral("(SELECT signed_at FROM sessions WHERE id = %1.session_id) IS NOT NULL").arg(row);
}

} // namespace

QStringList versionTreatmentPlan()
{
    const QString signedPlan = QStringLiteral("a signed treatment plan cannot be changed");
    const QString signedNote = QStringLiteral("a signed note cannot be changed");
    return {
        QStringLiteral(R"(CREATE TABLE treatment_plans (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
            version INTEGER NOT NULL CHECK (version > 0),
            plan_date TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            signed_at TEXT,
            signed_by TEXT,
            content_hash TEXT,
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            UNIQUE (couple_id, version)) STRICT)"),
        QStringLiteral(R"(CREATE TABLE treatment_goals (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            plan_id INTEGER NOT NULL REFERENCES treatment_plans(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            couple_words TEXT NOT NULL DEFAULT '',
            therapist_words TEXT NOT NULL DEFAULT '',
            objectives TEXT NOT NULL DEFAULT '',
            stage INTEGER NOT NULL CHECK (stage BETWEEN 1 AND 3),
            step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 9),
            interventions TEXT NOT NULL DEFAULT '',
            target_date TEXT,
            status TEXT NOT NULL CHECK (status IN ('open', 'progressing', 'met', 'dropped')),
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            CHECK (stage = CASE WHEN step <= 4 THEN 1 WHEN step <= 7 THEN 2 ELSE 3 END)) STRICT)"),
        QStringLiteral("CREATE INDEX treatment_goals_by_plan ON treatment_goals (plan_id, position)"),
        QStringLiteral(R"(CREATE TABLE goal_reviews (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            goal_id INTEGER NOT NULL REFERENCES treatment_goals(id) ON DELETE CASCADE,
            review_date TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('open', 'progressing', 'met', 'dropped')),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL) STRICT)"),
        QStringLiteral("CREATE INDEX goal_reviews_by_goal ON goal_reviews (goal_id, review_date)"),
        QStringLiteral(R"(CREATE TABLE session_goals (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            goal_id INTEGER NOT NULL REFERENCES treatment_goals(id) ON DELETE CASCADE,
            PRIMARY KEY (session_id, goal_id)) STRICT, WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX session_goals_by_goal ON session_goals (goal_id)"),

        // A signed plan: its content, its goals and their order are final. Archiving stays possible.
        refuse(QStringLiteral("treatment_plans_signed_no_update"),
               QStringLiteral("UPDATE OF couple_id, version, plan_date, notes, signed_at, signed_by, "
                              "content_hash"),
               QStringLiteral("treatment_plans"), QStringLiteral("OLD.signed_at IS NOT NULL"), signedPlan),
        refuse(QStringLiteral("treatment_plans_signed_no_delete"), QStringLiteral("DELETE"),
               QStringLiteral("treatment_plans"), QStringLiteral("OLD.signed_at IS NOT NULL"),
               QStringLiteral("a signed treatment plan cannot be removed")),
        refuse(QStringLiteral("treatment_goals_signed_no_insert"), QStringLiteral("INSERT"),
               QStringLiteral("treatment_goals"), planSigned(QStringLiteral("NEW")), signedPlan),
        refuse(QStringLiteral("treatment_goals_signed_no_update"), QStringLiteral("UPDATE"),
               QStringLiteral("treatment_goals"),
               planSigned(QStringLiteral("OLD")) + QStringLiteral(" OR ") + planSigned(QStringLiteral("NEW")),
               signedPlan),
        refuse(QStringLiteral("treatment_goals_signed_no_delete"), QStringLiteral("DELETE"),
               QStringLiteral("treatment_goals"), planSigned(QStringLiteral("OLD")), signedPlan),
        // A review is a dated entry: a later view of the goal is a new review, never an edit of one.
        QStringLiteral(
            "CREATE TRIGGER goal_reviews_no_update BEFORE UPDATE OF goal_id, review_date, status, "
            "note ON goal_reviews BEGIN SELECT RAISE(ABORT, 'a goal review cannot be changed'); END"),
        // Which goals a signed session worked on is part of its note.
        refuse(QStringLiteral("session_goals_signed_no_insert"), QStringLiteral("INSERT"),
               QStringLiteral("session_goals"), sessionSigned(QStringLiteral("NEW")), signedNote),
        refuse(QStringLiteral("session_goals_signed_no_delete"), QStringLiteral("DELETE"),
               QStringLiteral("session_goals"), sessionSigned(QStringLiteral("OLD")), signedNote),
        refuse(QStringLiteral("session_goals_signed_no_update"), QStringLiteral("UPDATE"),
               QStringLiteral("session_goals"),
               sessionSigned(QStringLiteral("OLD")) + QStringLiteral(" OR ") +
                   sessionSigned(QStringLiteral("NEW")),
               signedNote),

        // The trail names records, never their text.
        audit(QStringLiteral("treatment_plans_audit_insert"), QStringLiteral("INSERT"),
              QStringLiteral("treatment_plans"), QStringLiteral("'create'"), QStringLiteral("treatment_plan"),
              coupleOfPlan(QStringLiteral("NEW")),
              QStringLiteral("'treatment plan version ' || NEW.version")),
        audit(QStringLiteral("treatment_plans_audit_update"), QStringLiteral("UPDATE"),
              QStringLiteral("treatment_plans"),
              QStringLiteral("CASE WHEN OLD.signed_at IS NULL AND NEW.signed_at IS NOT NULL THEN 'sign' "
                             "WHEN OLD.archived = 0 AND NEW.archived = 1 THEN 'archive' "
                             "WHEN OLD.archived = 1 AND NEW.archived = 0 THEN 'restore' ELSE 'edit' END"),
              QStringLiteral("treatment_plan"), coupleOfPlan(QStringLiteral("NEW")),
              QStringLiteral("'treatment plan version ' || NEW.version")),
        audit(QStringLiteral("treatment_plans_audit_delete"), QStringLiteral("DELETE"),
              QStringLiteral("treatment_plans"), QStringLiteral("'delete'"), QStringLiteral("treatment_plan"),
              coupleOfPlan(QStringLiteral("OLD")), QStringLiteral("''")),
        audit(QStringLiteral("treatment_goals_audit_insert"), QStringLiteral("INSERT"),
              QStringLiteral("treatment_goals"), QStringLiteral("'create'"), QStringLiteral("treatment_goal"),
              coupleOfGoal(QStringLiteral("NEW")), QStringLiteral("'goal ' || NEW.id")),
        audit(QStringLiteral("treatment_goals_audit_update"), QStringLiteral("UPDATE"),
              QStringLiteral("treatment_goals"), kArchiveOrEdit, QStringLiteral("treatment_goal"),
              coupleOfGoal(QStringLiteral("NEW")), QStringLiteral("'goal ' || NEW.id")),
        audit(QStringLiteral("treatment_goals_audit_delete"), QStringLiteral("DELETE"),
              QStringLiteral("treatment_goals"), QStringLiteral("'delete'"), QStringLiteral("treatment_goal"),
              coupleOfGoal(QStringLiteral("OLD")), QStringLiteral("''")),
        audit(QStringLiteral("goal_reviews_audit_insert"), QStringLiteral("INSERT"),
              QStringLiteral("goal_reviews"), QStringLiteral("'create'"), QStringLiteral("goal_review"),
              coupleOfReview(QStringLiteral("NEW")), QStringLiteral("'review of goal ' || NEW.goal_id")),
        audit(QStringLiteral("goal_reviews_audit_delete"), QStringLiteral("DELETE"),
              QStringLiteral("goal_reviews"), QStringLiteral("'delete'"), QStringLiteral("goal_review"),
              coupleOfReview(QStringLiteral("OLD")), QStringLiteral("''")),
    };
}

} // namespace attune
