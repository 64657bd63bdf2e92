// Schema change "safety record": the history of a couple's safety screens (issue 16).
//
// Adds safety_screens, one row per earlier screen of a couple (its date, outcome and notes). The latest
// screen stays in the couples table's safety_* columns, where every earlier version of Attune and the
// full-text index already read it; re-screening moves the screen it replaces into this table, so the
// dated history is kept rather than written over. One screen per couple and date. Existing files carry
// over unchanged: their single screen is the latest, and their history starts empty.
//
// Like every record, a screen leaves rows in the audit trail; the summary names the couple by id only.
// The statements are written out in full: a released migration never changes.
#include "Migrations.h"

namespace attune {

QStringList versionSafetyRecord()
{
    return {
        QStringLiteral(R"(CREATE TABLE safety_screens (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
            screen_date TEXT NOT NULL CHECK (length(screen_date) = 10),
            outcome TEXT NOT NULL CHECK (outcome IN ('no_concerns', 'monitor', 'contraindicated')),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            UNIQUE (couple_id, screen_date)) STRICT)"),
        QStringLiteral("CREATE TRIGGER safety_screens_audit_insert AFTER INSERT ON safety_screens BEGIN "
                       "INSERT INTO audit_log (action, record_type, record_uuid, couple_uuid, summary) "
                       "VALUES ('create', 'safety_screen', NEW.uuid, "
                       "coalesce((SELECT uuid FROM couples WHERE id = NEW.couple_id), ''), "
                       "coalesce('safety screen of couple ' || NEW.couple_id, '')); END"),
        QStringLiteral("CREATE TRIGGER safety_screens_audit_update AFTER UPDATE ON safety_screens BEGIN "
                       "INSERT INTO audit_log (action, record_type, record_uuid, couple_uuid, summary) "
                       "VALUES ('edit', 'safety_screen', NEW.uuid, "
                       "coalesce((SELECT uuid FROM couples WHERE id = NEW.couple_id), ''), "
                       "coalesce('safety screen of couple ' || NEW.couple_id, '')); END"),
        QStringLiteral("CREATE TRIGGER safety_screens_audit_delete AFTER DELETE ON safety_screens BEGIN "
                       "INSERT INTO audit_log (action, record_type, record_uuid, couple_uuid, summary) "
                       "VALUES ('delete', 'safety_screen', OLD.uuid, "
                       "coalesce((SELECT uuid FROM couples WHERE id = OLD.couple_id), ''), ''); END"),
    };
}

} // namespace attune
