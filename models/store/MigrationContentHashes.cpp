// Schema change: a content hash for every record, so `attune check` finds text changed behind Attune's
// back in any record, not only in signed notes (issue 14, item 10: a flipped byte in a draft's focus text
// went unnoticed).
//
// record_hashes holds one SHA-256 per couple (with its partners), session (with its markers, ratings,
// totals and homework), cycle map (with its chains) and exercise, computed by the store from the record
// as stored, just before every commit that changed it (Integrity.h computes, ContentHashQueries.cpp
// keeps). Addenda carry their own hash since version 2 and are not listed here. A side table rather than
// a column in each record: a hash written after the record would otherwise fire the records' audit and
// signed-note triggers a second time, and the records' own columns stay as they were.
//
// Records that exist when a file is upgraded get a row with a NULL hash: the store computes those the
// first time the practice is opened for writing (PracticeStore::fillMissingContentHashes). A record with
// no row at all (inserted outside Attune) is reported by `check`. Removing a record removes its hash
// here, through the triggers below, whichever way it was removed (cascades included).
//
// The statements are written out here in full: a released migration never changes.
#include "Migrations.h"

namespace attune {

QStringList versionContentHashes()
{
    QStringList statements = {
        QStringLiteral(R"(CREATE TABLE record_hashes (
            record_type TEXT NOT NULL CHECK (record_type IN ('couple', 'session', 'cycle_map', 'exercise')),
            record_id INTEGER NOT NULL,
            content_hash TEXT,
            PRIMARY KEY (record_type, record_id)) STRICT, WITHOUT ROWID)"),
    };
    const QList<QPair<QString, QString>> tables = {
        {QStringLiteral("couples"), QStringLiteral("couple")},
        {QStringLiteral("sessions"), QStringLiteral("session")},
        {QStringLiteral("cycle_maps"), QStringLiteral("cycle_map")},
        {QStringLiteral("exercises"), QStringLiteral("exercise")}};
    for (const auto &[table, type] : tables) {
        statements << QStringLiteral(
                          "CREATE TRIGGER %1_hash_delete AFTER DELETE ON %1 BEGIN "
                          "DELETE FROM record_hashes WHERE record_type = '%2' AND record_id = OLD.id; "
                          "END")
                          .arg(table, type);
        statements << QStringLiteral("INSERT INTO record_hashes (record_type, record_id, content_hash) "
                                     "SELECT '%2', id, NULL FROM %1")
                          .arg(table, type);
    }
    return statements;
}

} // namespace attune
