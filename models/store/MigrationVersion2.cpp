// Schema version 2: clinical integrity. Signed notes become immutable in the database itself, addenda
// carry corrections, and an append-only audit trail records every change through triggers, so no code
// path (nor a hand edit through the store) can change a signed note or skip the trail.
#include "Migrations.h"

namespace attune {
namespace {

// Columns of a session that form its signed content. Archiving stays possible after signing.
const QString kSessionContentColumns =
    QStringLiteral("couple_id, session_date, start_time, duration_min, attendance, format, stage, step, "
                   "focus, cycle_observations, "
                   "interventions, plan, note_text, signed_at, signed_by, content_hash");

QString refuseWhenSessionSigned(const QString &name, const QString &event, const QString &table,
                                const QString &row)
{
    return QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 "
                          "WHEN (SELECT signed_at FROM sessions WHERE id = %4.session_id) IS NOT NULL "
                          "BEGIN SELECT RAISE(ABORT, 'a signed note cannot be changed'); END")
        .arg(name, event, table, row);
}

// Audit rows start unsealed (no time, clinician or hashes); the store seals them just before COMMIT.
QString auditTrigger(const QString &name, const QString &event, const QString &table, const QString &when,
                     const QString &action, const QString &recordType, const QString &coupleUuid,
                     const QString &summary)
{
    const QString row = event == QStringLiteral("DELETE") ? QStringLiteral("OLD") : QStringLiteral("NEW");
    return QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 %4 BEGIN "
                          "INSERT INTO audit_log (action, record_type, record_uuid, couple_uuid, summary) "
                          "VALUES (%5, '%6', %7.uuid, coalesce(%8, ''), coalesce(%9, '')); END")
        .arg(name, event, table, when.isEmpty() ? QString() : QStringLiteral("WHEN ") + when, action,
             recordType, row, coupleUuid, summary);
}

const QString kArchiveOrEdit =
    QStringLiteral("CASE WHEN OLD.archived = 0 AND NEW.archived = 1 THEN 'archive' "
                   "WHEN OLD.archived = 1 AND NEW.archived = 0 THEN 'restore' "
                   "ELSE 'edit' END");
// For sessions, signing is its own action.
const QString kSignArchiveOrEdit =
    QStringLiteral("CASE WHEN OLD.signed_at IS NULL AND NEW.signed_at IS NOT NULL THEN 'sign' "
                   "WHEN OLD.archived = 0 AND NEW.archived = 1 THEN 'archive' "
                   "WHEN OLD.archived = 1 AND NEW.archived = 0 THEN 'restore' ELSE 'edit' END");

QStringList recordAuditTriggers(const QString &table, const QString &recordType,
                                const QString &coupleUuidOfNew, const QString &coupleUuidOfOld,
                                const QString &describeNew, const QString &updateAction = kArchiveOrEdit)
{
    return {
        auditTrigger(table + QStringLiteral("_audit_insert"), QStringLiteral("INSERT"), table, QString(),
                     QStringLiteral("'create'"), recordType, coupleUuidOfNew, describeNew),
        auditTrigger(table + QStringLiteral("_audit_update"), QStringLiteral("UPDATE"), table, QString(),
                     updateAction, recordType, coupleUuidOfNew, describeNew),
        auditTrigger(table + QStringLiteral("_audit_delete"), QStringLiteral("DELETE"), table, QString(),
                     QStringLiteral("'delete'"), recordType, coupleUuidOfOld, QStringLiteral("''")),
    };
}

} // namespace

QStringList version2()
{
    QStringList statements = {
        QStringLiteral("ALTER TABLE sessions ADD COLUMN content_hash TEXT"),
        QStringLiteral(R"(CREATE TABLE practice_info (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL) STRICT)"),
        QStringLiteral(R"(CREATE TABLE addenda (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            signed_at TEXT NOT NULL,
            signed_by TEXT NOT NULL CHECK (length(trim(signed_by)) > 0),
            content_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL) STRICT)"),
        QStringLiteral("CREATE INDEX addenda_by_session ON addenda (session_id)"),
        QStringLiteral("CREATE TRIGGER addenda_no_update BEFORE UPDATE ON addenda "
                       "BEGIN SELECT RAISE(ABORT, 'an addendum is signed and cannot be changed'); END"),
        QStringLiteral("CREATE TRIGGER addenda_no_delete BEFORE DELETE ON addenda "
                       "BEGIN SELECT RAISE(ABORT, 'an addendum is signed and cannot be removed'); END"),
        QStringLiteral("CREATE TRIGGER sessions_signed_no_update BEFORE UPDATE OF %1 ON sessions "
                       "WHEN OLD.signed_at IS NOT NULL "
                       "BEGIN SELECT RAISE(ABORT, 'a signed note cannot be changed'); END")
            .arg(kSessionContentColumns),
        QStringLiteral("CREATE TRIGGER sessions_signed_no_delete BEFORE DELETE ON sessions "
                       "WHEN OLD.signed_at IS NOT NULL "
                       "BEGIN SELECT RAISE(ABORT, 'a signed note cannot be removed'); END"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL DEFAULT '',
            clinician TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            record_type TEXT NOT NULL DEFAULT '',
            record_uuid TEXT NOT NULL DEFAULT '',
            couple_uuid TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            prev_hash TEXT,
            hash TEXT) STRICT)"),
        QStringLiteral("CREATE INDEX audit_log_unsealed ON audit_log (id) WHERE hash IS NULL"),
        // Sealed rows are final; only the store's sealing of new rows may touch a row, once.
        QStringLiteral(
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN OLD.hash IS NOT NULL "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
    };
    // Children of a signed session are part of its content (homework may still be ticked off as done).
    for (const QString &table : {QStringLiteral("change_events"), QStringLiteral("bond_ratings"),
                                 QStringLiteral("outcome_scores"), QStringLiteral("homework")}) {
        statements << refuseWhenSessionSigned(table + QStringLiteral("_signed_no_insert"),
                                              QStringLiteral("INSERT"), table, QStringLiteral("NEW"));
        statements << refuseWhenSessionSigned(table + QStringLiteral("_signed_no_delete"),
                                              QStringLiteral("DELETE"), table, QStringLiteral("OLD"));
        const QString updateOf = table == QStringLiteral("homework")
                                     ? QStringLiteral("UPDATE OF text, position, session_id")
                                     : QStringLiteral("UPDATE");
        statements << refuseWhenSessionSigned(table + QStringLiteral("_signed_no_update"), updateOf, table,
                                              QStringLiteral("OLD"));
    }
    // The summary names the record, never its text: no note content in the trail.
    statements << recordAuditTriggers(QStringLiteral("couples"), QStringLiteral("couple"),
                                      QStringLiteral("NEW.uuid"), QStringLiteral("OLD.uuid"),
                                      QStringLiteral("'couple ' || NEW.id"));
    statements << recordAuditTriggers(QStringLiteral("sessions"), QStringLiteral("session"),
                                      QStringLiteral("(SELECT uuid FROM couples WHERE id = NEW.couple_id)"),
                                      QStringLiteral("(SELECT uuid FROM couples WHERE id = OLD.couple_id)"),
                                      QStringLiteral("'session ' || NEW.id || ' of ' || NEW.session_date"),
                                      kSignArchiveOrEdit);
    statements << recordAuditTriggers(QStringLiteral("cycle_maps"), QStringLiteral("cycle_map"),
                                      QStringLiteral("(SELECT uuid FROM couples WHERE id = NEW.couple_id)"),
                                      QStringLiteral("(SELECT uuid FROM couples WHERE id = OLD.couple_id)"),
                                      QStringLiteral("'cycle version ' || NEW.version"));
    statements << recordAuditTriggers(QStringLiteral("exercises"), QStringLiteral("exercise"),
                                      QStringLiteral("(SELECT uuid FROM couples WHERE id = NEW.couple_id)"),
                                      QStringLiteral("(SELECT uuid FROM couples WHERE id = OLD.couple_id)"),
                                      QStringLiteral("'exercise ' || NEW.id"));
    statements << auditTrigger(
        QStringLiteral("addenda_audit_insert"), QStringLiteral("INSERT"), QStringLiteral("addenda"),
        QString(), QStringLiteral("'addendum'"), QStringLiteral("addendum"),
        QStringLiteral("(SELECT c.uuid FROM couples c JOIN sessions s ON s.couple_id = c.id "
                       "WHERE s.id = NEW.session_id)"),
        QStringLiteral("'addendum to session ' || NEW.session_id"));
    return statements;
}

} // namespace attune
