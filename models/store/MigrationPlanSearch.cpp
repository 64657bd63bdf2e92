// Schema change "plan search": the treatment plan's words in the practice's full-text search (issue 16).
//
// Version 4's index (MigrationVersion4.cpp explains its shape) covers what the therapist writes in
// couples, sessions, cycles and exercises; the treatment plan came later and its text was not found. This
// change adds five codes: a goal's words in the couple's terms (27) and the therapist's (28), its
// objectives (29) and interventions (30), and a goal review's note (31). The views search_content and
// search_sources are replaced by ones that read those fields too, the two tables get the same kind of
// triggers as version 4's (each insert, indexed-column change and delete leaves a row in search_pending,
// which the store applies before each commit, long texts deferred as for a note), and the plans that a
// file already holds are indexed here, inside the migration's transaction.
//
// Reviews cannot be changed (a later view is a new review), only removed with their goal or by undo, so
// they get no update trigger. The statements are written out here in full, not shared with version 4's:
// a released migration never changes.
#include "Migrations.h"

namespace attune {
namespace {

struct Field
{
    int code;
    QString table;
    QString column;
    QString expression; // the indexed text, %1 standing for the row
};

QString plain(const QString &column)
{
    return QStringLiteral("%1.") + column;
}

// Tags as version 4 indexes them: the JSON array's entries joined by commas.
QString jsonList(const QString &column)
{
    return QStringLiteral("CASE WHEN %1.%2 LIKE '[\"%\"]' THEN replace(replace(replace(substr(%1.%2, 3, "
                          "length(%1.%2) - 4), '\",\"', ', '), '\\\"', '\"'), '\\\\', '\\') "
                          "WHEN %1.%2 = '[]' THEN '' ELSE %1.%2 END")
        .arg(QStringLiteral("%1"), column);
}

Field field(int code, const char *table, const char *column)
{
    return {code, QString::fromLatin1(table), QString::fromLatin1(column),
            plain(QString::fromLatin1(column))};
}

// Every indexed field after this change: version 4's, unchanged, and the plan's. The codes are part of
// the file format: rids are stored in the index.
const QList<Field> &allFields()
{
    static const QList<Field> fields = {
        field(1, "couples", "name"),
        field(2, "couples", "presenting_concerns"),
        {3, QStringLiteral("couples"), QStringLiteral("tags"), jsonList(QStringLiteral("tags"))},
        field(4, "couples", "safety_notes"),
        field(5, "partners", "name"),
        field(6, "sessions", "focus"),
        field(7, "sessions", "cycle_observations"),
        field(9, "sessions", "plan"),
        field(10, "sessions", "note_text"),
        field(11, "change_events", "anchor"),
        field(12, "homework", "text"),
        field(13, "addenda", "text"),
        field(14, "cycle_maps", "notes"),
        field(15, "cycle_chains", "trigger_text"),
        field(16, "cycle_chains", "primary_emotion"),
        field(17, "cycle_chains", "secondary_emotion"),
        field(18, "cycle_chains", "perception"),
        field(19, "cycle_chains", "behavior"),
        field(20, "cycle_chains", "need"),
        field(21, "exercises", "incident"),
        field(22, "exercises", "trigger_text"),
        field(23, "exercises", "immediate_emotion"),
        field(24, "exercises", "behavioral_reaction"),
        field(25, "exercises", "deeper_feelings"),
        field(26, "exercises", "underlying_need"),
        // New here: the treatment plan.
        field(27, "treatment_goals", "couple_words"),
        field(28, "treatment_goals", "therapist_words"),
        field(29, "treatment_goals", "objectives"),
        field(30, "treatment_goals", "interventions"),
        field(31, "goal_reviews", "note"),
    };
    return fields;
}

QString rid(const QString &row, int code)
{
    return QStringLiteral("%1.id * 64 + %2").arg(row).arg(code);
}

QString contentView()
{
    QString cases;
    for (const Field &f : allFields())
        cases += QStringLiteral(" WHEN %1 THEN (SELECT %2 FROM %3 x WHERE x.id = r.rid >> 6)")
                     .arg(f.code)
                     .arg(f.expression.arg(QStringLiteral("x")), f.table);
    return QStringLiteral("CREATE VIEW search_content (rid, body) AS SELECT r.rid, CASE r.rid & 63") + cases +
           QStringLiteral(" END FROM search_rows r");
}

QString sourcesView()
{
    QStringList arms;
    for (const Field &f : allFields())
        arms << QStringLiteral("SELECT %1 FROM %2 x").arg(rid(QStringLiteral("x"), f.code), f.table);
    return QStringLiteral("CREATE VIEW search_sources (rid) AS ") + arms.join(QStringLiteral(" UNION ALL "));
}

QList<Field> fieldsOf(const QString &table)
{
    QList<Field> fields;
    for (const Field &f : allFields())
        if (f.table == table)
            fields << f;
    return fields;
}

QStringList triggers(const QString &table, bool editable)
{
    QStringList rowsOfNew, rowsOfOld, createdRows, deletedRows, changedRows, columns;
    for (const Field &f : fieldsOf(table)) {
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
            .arg(table, rowsOfNew.join(QStringLiteral("), (")), values(createdRows)),
        QStringLiteral("CREATE TRIGGER %1_search_delete AFTER DELETE ON %1 BEGIN "
                       "INSERT INTO search_pending (rid, indexed_body) VALUES %2; "
                       "DELETE FROM search_rows WHERE rid IN (%3); END")
            .arg(table, values(deletedRows), rowsOfOld.join(QStringLiteral(", "))),
    };
    if (editable)
        statements << QStringLiteral("CREATE TRIGGER %1_search_update AFTER UPDATE OF %2 ON %1 BEGIN %3 END")
                          .arg(table, columns.join(QStringLiteral(", ")), changedRows.join(QLatin1Char(' ')));
    return statements;
}

} // namespace

QStringList versionPlanSearch()
{
    QStringList statements = {
        QStringLiteral("DROP VIEW search_content"),
        QStringLiteral("DROP VIEW search_sources"),
        contentView(),
        sourcesView(),
    };
    statements << triggers(QStringLiteral("treatment_goals"), true);
    statements << triggers(QStringLiteral("goal_reviews"), false);
    // The plans already in the file: their rids, then their words (the other rids are indexed already).
    statements << QStringLiteral("INSERT INTO search_rows (rid) SELECT rid FROM search_sources "
                                 "WHERE rid & 63 BETWEEN 27 AND 31");
    statements << QStringLiteral(
        "INSERT INTO search_index (rowid, body) SELECT rid, body FROM search_content "
        "WHERE rid & 63 BETWEEN 27 AND 31");
    return statements;
}

} // namespace attune
