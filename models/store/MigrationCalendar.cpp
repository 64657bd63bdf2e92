// Schema change "calendar": any number of appointments per couple (issue 16).
//
// Version 3's appointments table allowed one row per couple (couple_id UNIQUE). This change rebuilds it
// without that constraint and with what a practice's calendar needs: the length of the meeting, how it
// ended (booked, attended, cancelled, late_cancelled, no_show), the series it belongs to (a weekly or
// fortnightly series shares one series_uuid; its exceptions are simply meetings moved or left out), and
// the session an attended appointment became. Every existing appointment carries over under its id and
// UUID as a booked 50-minute meeting. Audit triggers are recreated as they were: the summary names the
// couple by id only, never a name or a time.
// The statements are written out in full: a released migration never changes.
#include "Migrations.h"

namespace attune {

QStringList versionCalendar()
{
    return {
        QStringLiteral(R"(CREATE TABLE appointments_calendar (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
            starts_at TEXT NOT NULL CHECK (length(starts_at) > 0),
            duration_min INTEGER NOT NULL DEFAULT 50 CHECK (duration_min BETWEEN 5 AND 480),
            status TEXT NOT NULL DEFAULT 'booked'
                CHECK (status IN ('booked', 'attended', 'cancelled', 'late_cancelled', 'no_show')),
            series_uuid TEXT NOT NULL DEFAULT '',
            session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL) STRICT)"),
        QStringLiteral("INSERT INTO appointments_calendar (id, uuid, couple_id, starts_at, created_at, "
                       "modified_at) SELECT id, uuid, couple_id, starts_at, created_at, modified_at "
                       "FROM appointments"),
        // Dropping the old table drops its index and triggers; its implicit delete fires no trigger.
        QStringLiteral("DROP TABLE appointments"),
        QStringLiteral("ALTER TABLE appointments_calendar RENAME TO appointments"),
        QStringLiteral("CREATE INDEX appointments_by_time ON appointments (starts_at)"),
        QStringLiteral("CREATE INDEX appointments_by_couple ON appointments (couple_id, starts_at)"),
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
