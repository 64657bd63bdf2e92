// Schema version 4: one full-text index over everything the therapist writes.
//
// search_index is an FTS5 external-content index: it holds only the index, never a second copy of the
// text. Its content is the view search_content, which reads each indexed field from its own table. FTS5
// needs one integer rowid per indexed text, so each (record, field) pair gets rid = id * 64 + code, the
// code naming the table and field (below). search_rows lists the rids that exist; it lets FTS5 look a
// rid up through its primary key (snippets) instead of scanning a union of every table.
//
// SQLite 3.40 marks FTS5 as unsafe inside triggers while trusted_schema is OFF (which every Attune
// connection sets), so triggers cannot write the index itself. Instead every insert, text change and
// delete leaves a row in search_pending: the rid, and the text the index holds for it (NULL when it
// holds none). The store applies the queue to the index just before each commit
// (PracticeStore::flushSearchIndex), so no code path can skip it, and a queue left by a hand edit is
// applied when the practice is next opened. Updates fire only when an indexed column's value changes:
// signing a note or archiving a record writes nothing here, and a signed note's own immutability
// triggers are untouched because these triggers write only search_rows and search_pending.
//
// The statements are written out here in full, not shared with the store's queries: a released
// migration never changes, even when a helper it used would.
#include "Migrations.h"

namespace attune {
namespace {

struct IndexedField
{
    int code;
    QString column;     // the column whose change re-indexes this field
    QString expression; // the indexed text, with %1 standing for the row (NEW, OLD or an alias)
};

struct IndexedTable
{
    QString table;
    QList<IndexedField> fields;
};

QString plain(const QString &column)
{
    return QStringLiteral("%1.") + column;
}

// Tags are a JSON array of strings, which Attune writes compactly (["a","b"]). The index holds the
// entries joined by commas, so a snippet reads "empty nest, long marriage". String
// functions rather than json_each: FTS5 cannot read a content view that uses a table-valued function.
QString jsonList(const QString &column)
{
    return QStringLiteral("CASE WHEN %1.%2 LIKE '[\"%\"]' THEN replace(replace(replace(substr(%1.%2, 3, "
                          "length(%1.%2) - 4), '\",\"', ', '), '\\\"', '\"'), '\\\\', '\\') "
                          "WHEN %1.%2 = '[]' THEN '' ELSE %1.%2 END")
        .arg(QStringLiteral("%1"), column);
}

IndexedField field(int code, const QString &column)
{
    return {code, column, plain(column)};
}

// The codes are part of the file format: rids are stored in the index.
const QList<IndexedTable> &indexedTables()
{
    static const QList<IndexedTable> tables = {
        {QStringLiteral("couples"),
         {field(1, QStringLiteral("name")),
          field(2, QStringLiteral("presenting_concerns")),
          {3, QStringLiteral("tags"), jsonList(QStringLiteral("tags"))},
          field(4, QStringLiteral("safety_notes"))}},
        {QStringLiteral("partners"), {field(5, QStringLiteral("name"))}},
        // Code 8 is not used: the interventions are a checklist of stored keys, not words she writes
        // ("tracking_cycle" would make every session a first hit for "cycle", short fields ranking first).
        {QStringLiteral("sessions"),
         {field(6, QStringLiteral("focus")), field(7, QStringLiteral("cycle_observations")),
          field(9, QStringLiteral("plan")), field(10, QStringLiteral("note_text"))}},
        {QStringLiteral("change_events"), {field(11, QStringLiteral("anchor"))}},
        {QStringLiteral("homework"), {field(12, QStringLiteral("text"))}},
        {QStringLiteral("addenda"), {field(13, QStringLiteral("text"))}},
        {QStringLiteral("cycle_maps"), {field(14, QStringLiteral("notes"))}},
        {QStringLiteral("cycle_chains"),
         {field(15, QStringLiteral("trigger_text")), field(16, QStringLiteral("primary_emotion")),
          field(17, QStringLiteral("secondary_emotion")), field(18, QStringLiteral("perception")),
          field(19, QStringLiteral("behavior")), field(20, QStringLiteral("need"))}},
        {QStringLiteral("exercises"),
         {field(21, QStringLiteral("incident")), field(22, QStringLiteral("trigger_text")),
          field(23, QStringLiteral("immediate_emotion")), field(24, QStringLiteral("behavioral_reaction")),
          field(25, QStringLiteral("deeper_feelings")), field(26, QStringLiteral("underlying_need"))}},
    };
    return tables;
}

QString rid(const QString &row, int code)
{
    return QStringLiteral("%1.id * 64 + %2").arg(row).arg(code);
}

QString contentView()
{
    QString cases;
    for (const IndexedTable &t : indexedTables())
        for (const IndexedField &f : t.fields)
            cases += QStringLiteral(" WHEN %1 THEN (SELECT %2 FROM %3 x WHERE x.id = r.rid >> 6)")
                         .arg(f.code)
                         .arg(f.expression.arg(QStringLiteral("x")), t.table);
    return QStringLiteral("CREATE VIEW search_content (rid, body) AS SELECT r.rid, CASE r.rid & 63") + cases +
           QStringLiteral(" END FROM search_rows r");
}

// Every rid that should exist, for building the index and for checking it (IntegrityCheck.cpp).
QString sourcesView()
{
    QStringList arms;
    for (const IndexedTable &t : indexedTables())
        for (const IndexedField &f : t.fields)
            arms << QStringLiteral("SELECT %1 FROM %2 x").arg(rid(QStringLiteral("x"), f.code), t.table);
    return QStringLiteral("CREATE VIEW search_sources (rid) AS ") + arms.join(QStringLiteral(" UNION ALL "));
}

QStringList triggers(const IndexedTable &t)
{
    QStringList rowsOfNew, rowsOfOld, createdRows, deletedRows, changedRows, columns;
    for (const IndexedField &f : t.fields) {
        rowsOfNew << rid(QStringLiteral("NEW"), f.code);
        rowsOfOld << rid(QStringLiteral("OLD"), f.code);
        createdRows << QStringLiteral("(%1, NULL)").arg(rid(QStringLiteral("NEW"), f.code));
        deletedRows << QStringLiteral("(%1, %2)")
                           .arg(rid(QStringLiteral("OLD"), f.code), f.expression.arg(QStringLiteral("OLD")));
        changedRows << QStringLiteral("INSERT INTO search_pending (rid, indexed_body) SELECT %1, %2 "
                                      "WHERE OLD.%3 IS NOT NEW.%3;")
                           .arg(rid(QStringLiteral("OLD"), f.code), f.expression.arg(QStringLiteral("OLD")),
                                f.column);
        columns << f.column;
    }
    auto values = [](const QStringList &rows) { return rows.join(QStringLiteral(", ")); };
    QStringList statements = {
        QStringLiteral("CREATE TRIGGER %1_search_insert AFTER INSERT ON %1 BEGIN "
                       "INSERT INTO search_rows (rid) VALUES (%2); "
                       "INSERT INTO search_pending (rid, indexed_body) VALUES %3; END")
            .arg(t.table, rowsOfNew.join(QStringLiteral("), (")), values(createdRows)),
    };
    // Addenda are signed and can be neither changed nor removed (version 2's triggers refuse it).
    if (t.table == QStringLiteral("addenda"))
        return statements;
    statements << QStringLiteral("CREATE TRIGGER %1_search_update AFTER UPDATE OF %2 ON %1 BEGIN %3 END")
                      .arg(t.table, columns.join(QStringLiteral(", ")), changedRows.join(QLatin1Char(' ')));
    statements << QStringLiteral("CREATE TRIGGER %1_search_delete AFTER DELETE ON %1 BEGIN "
                                 "INSERT INTO search_pending (rid, indexed_body) VALUES %2; "
                                 "DELETE FROM search_rows WHERE rid IN (%3); END")
                      .arg(t.table, values(deletedRows), rowsOfOld.join(QStringLiteral(", ")));
    return statements;
}

} // namespace

QStringList version4()
{
    QStringList statements = {
        QStringLiteral("CREATE TABLE search_rows (rid INTEGER PRIMARY KEY) STRICT"),
        QStringLiteral(R"(CREATE TABLE search_pending (
            id INTEGER PRIMARY KEY,
            rid INTEGER NOT NULL,
            indexed_body TEXT) STRICT)"),
        // The flush looks up the first queued row of each rid.
        QStringLiteral("CREATE INDEX search_pending_by_rid ON search_pending (rid, id)"),
        contentView(),
        sourcesView(),
        // Accents and case are ignored ("corazon" finds "corazón"); prefix indexes keep as-you-type
        // queries ("lo", "lon", "lone") fast.
        QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(body, content='search_content', "
                       "content_rowid='rid', tokenize=\"unicode61 remove_diacritics 2\", prefix='2 3 4')"),
    };
    for (const IndexedTable &t : indexedTables())
        statements << triggers(t);
    // The index of an existing practice is built once, here, inside the migration's transaction.
    statements << QStringLiteral("INSERT INTO search_rows (rid) SELECT rid FROM search_sources");
    statements << QStringLiteral("INSERT INTO search_index (search_index) VALUES ('rebuild')");
    return statements;
}

} // namespace attune
