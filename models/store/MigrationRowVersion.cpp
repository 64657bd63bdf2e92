// Schema change "row version" (issue 14): a change counter on every record a therapist edits (couples,
// partners, sessions, cycle maps, five-step exercises, appointments). Attune's own writes add one to it in
// the same statement; a trigger adds one for a write that did not (an older build, the sqlite3 shell, a
// sync tool), so any change by anyone moves the counter. An update carries the counter it read, and the
// store refuses it as a conflict when the counter has moved: two programs on one practice no longer
// overwrite each other's clinical text without a word. Existing records start at 1, so 0 can mean "not
// read from this practice" (imports), which is not checked. Written out in full: a released migration
// never changes.
#include "Migrations.h"

namespace attune {

QStringList versionRowVersion()
{
    QStringList statements;
    for (const char *table : {"couples", "partners", "sessions", "cycle_maps", "exercises", "appointments"}) {
        const QString name = QString::fromLatin1(table);
        statements
            << QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1").arg(name);
        // Fires only for a write that left the counter alone (never Attune's own, which moves it), and
        // does not fire itself again: recursive triggers are off.
        statements << QStringLiteral("CREATE TRIGGER %1_row_version AFTER UPDATE ON %1 "
                                     "WHEN NEW.row_version = OLD.row_version BEGIN "
                                     "UPDATE %1 SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END")
                          .arg(name);
    }
    return statements;
}

} // namespace attune
