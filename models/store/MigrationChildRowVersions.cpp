// Schema change "child row versions" (issue 14): a session's markers (change events), bond ratings,
// outcome totals and homework, and a cycle map's two chains, are rows of their own tables, and a program
// other than Attune (the sqlite3 shell, a sync tool) can change one without touching its parent. Attune's
// own writes of these rows happen only inside the parent's update, after the parent's counter check in the
// same transaction (SessionQueries.cpp, CycleQueries.cpp), so what is left to catch is the other program:
// these triggers move the PARENT's row_version whenever such a program inserts, changes or removes a child
// row, and the editor that read the parent before is then refused as a conflict like any other.
//
// Why the parent's counter and not one per child that the store compares: the editors read and write a
// session or a map as one value, and a child row that another program added or removed has no counter an
// editor could have read. Why the column on the children at all: a trigger cannot tell Attune's writes
// from others' except by what the statement did, as the parents' own row_version triggers do. So every
// child row gets a row_version that only Attune moves: its inserts write 1 (others get the default 0), its
// updates add one (others leave it), and it sets -1 on a row just before removing it (others do not).
// A parent removed with its children (ON DELETE CASCADE) is already gone when the children's trigger runs,
// so the trigger's UPDATE finds nothing. The parent's own audit trigger records the outside change as an
// edit of the session or map. Written out in full: a released migration never changes.
#include "Migrations.h"

namespace attune {

QStringList versionChildRowVersions()
{
    struct Child
    {
        const char *table;
        const char *parent;
        const char *key;
    };
    const Child children[] = {{"change_events", "sessions", "session_id"},
                              {"bond_ratings", "sessions", "session_id"},
                              {"outcome_scores", "sessions", "session_id"},
                              {"homework", "sessions", "session_id"},
                              {"cycle_chains", "cycle_maps", "cycle_map_id"}};
    QStringList statements;
    for (const Child &c : children) {
        const QString table = QString::fromLatin1(c.table);
        const QString parent = QString::fromLatin1(c.parent);
        const QString key = QString::fromLatin1(c.key);
        statements
            << QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0").arg(table);
        statements << QStringLiteral("CREATE TRIGGER %1_parent_version_insert AFTER INSERT ON %1 "
                                     "WHEN NEW.row_version = 0 BEGIN "
                                     "UPDATE %2 SET row_version = row_version + 1 WHERE id = NEW.%3; END")
                          .arg(table, parent, key);
        statements << QStringLiteral("CREATE TRIGGER %1_parent_version_update AFTER UPDATE ON %1 "
                                     "WHEN NEW.row_version = OLD.row_version BEGIN "
                                     "UPDATE %2 SET row_version = row_version + 1 "
                                     "WHERE id IN (NEW.%3, OLD.%3); END")
                          .arg(table, parent, key);
        statements << QStringLiteral("CREATE TRIGGER %1_parent_version_delete AFTER DELETE ON %1 "
                                     "WHEN OLD.row_version >= 0 BEGIN "
                                     "UPDATE %2 SET row_version = row_version + 1 WHERE id = OLD.%3; END")
                          .arg(table, parent, key);
    }
    return statements;
}

} // namespace attune
