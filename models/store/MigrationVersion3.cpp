// Schema version 3: each couple's next appointment. One row per couple (the appointment a therapist
// has booked); an appointment whose time has passed simply stops being "next" and is replaced when the
// next one is booked. Scheduling is not part of the clinical record, but it is still audited: who was
// booked when is sensitive, so every change leaves a row in the trail like any other record. The
// statements are written out in full rather than shared with version 2: a released migration never
// changes, even when a helper it used would.
#include "Migrations.h"

namespace attune {

QStringList version3()
{
    return {
        QStringLiteral(R"(CREATE TABLE appointments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            couple_id INTEGER NOT NULL UNIQUE REFERENCES couples(id) ON DELETE CASCADE,
            starts_at TEXT NOT NULL CHECK (length(starts_at) > 0),
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL) STRICT)"),
        // The week's listing reads appointments by time.
        QStringLiteral("CREATE INDEX appointments_by_time ON appointments (starts_at)"),
        // The summary names the couple by id only: no names and no note text in the trail.
        QStringLiteral("CREATE TRIGGER appointments_audit_insert AFTER INSERT ON appointments BEGIN "
                       "INSERT INTO audit_log (action, record_type, record_uuid, couple_uuid, summary) "
                       "VALUES ('create', 'appointment', NEW.uuid, "
                       "coalesce((SELECT uuid FROM couples WHERE id = NEW.couple_id), ''), "
                       "coalesce('appointment of couple ' || NEW.couple_id, '')); END"),
        QStringLiteral("CREATE TRIGGER appointments_audit_update AFTER UPDATE ON appointments BEGIN "
                       "INSERT INTO audit_log (action, record_type, record_uuid, couple_uuid, summary) "
                       "VALUES ('edit', 'appointment', NEW.uuid, "
                       "coalesce((SELECT uuid FROM couples WHERE id = NEW.couple_id), ''), "
                       "coalesce('appointment of couple ' || NEW.couple_id, '')); END"),
        QStringLiteral("CREATE TRIGGER appointments_audit_delete AFTER DELETE ON appointments BEGIN "
                       "INSERT INTO audit_log (action, record_type, record_uuid, couple_uuid, summary) "
                       "VALUES ('delete', 'appointment', OLD.uuid, "
                       "coalesce((SELECT uuid FROM couples WHERE id = OLD.couple_id), ''), ''); END"),
    };
}

} // namespace attune
