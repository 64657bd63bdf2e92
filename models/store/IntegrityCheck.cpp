// `attune check`: SQLite's own integrity and foreign-key checks, the schema compared with what this build
// creates, and the record rules SQL cannot express (two partners per couple, no session before intake).
#include "PracticeStore.h"

#include "Migrations.h"
#include "SqlStatement.h"

#include <QUuid>

namespace attune {
namespace {

// name -> normalised CREATE statement of every table, index and trigger.
Result<QMap<QString, QString>> schemaOf(const QSqlDatabase &db)
{
    SqlStatement q(db, QStringLiteral("SELECT type || ' ' || name, sql FROM sqlite_schema WHERE name NOT "
                                      "LIKE 'sqlite_%' AND sql IS NOT NULL"));
    if (auto s = q.exec(); !s)
        return s;
    QMap<QString, QString> schema;
    while (q.next())
        schema.insert(q.text(0), q.text(1).simplified());
    return schema;
}

Result<QMap<QString, QString>> expectedSchema()
{
    const QString name =
        QStringLiteral("attune-schema-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QMap<QString, QString>> result =
        Result<QMap<QString, QString>>::failure(QStringLiteral("not run"));
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        if (!memory.open())
            result = Result<QMap<QString, QString>>::failure(describeSqlError(memory.lastError()));
        else if (auto s = migrate(memory, PracticeStore::kApplicationId); !s)
            result = s;
        else
            result = schemaOf(memory);
        memory.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status collectRows(const QSqlDatabase &db, const QString &sql,
                   const std::function<void(const SqlStatement &)> &row)
{
    SqlStatement q(db, sql);
    if (auto s = q.exec(); !s)
        return s;
    while (q.next())
        row(q);
    return Status::ok();
}

// The full-text index against the records. FTS5's own integrity-check only proves the index is
// internally whole (on SQLite 3.40 it does not compare an external-content index with its content), so
// the index is also compared, word by word, with one built afresh from the records in a temporary table.
Status collectSearchIndexProblems(const QSqlDatabase &db, QStringList &problems)
{
    auto count = [&db](const QString &sql) -> Result<qint64> {
        SqlStatement q(db, sql);
        if (auto s = q.exec(); !s)
            return s;
        return q.next() ? q.integer(0) : 0;
    };
    // FTS5 runs its check as an INSERT, which a read-only connection refuses; the comparison below
    // still runs there.
    const bool readOnly = db.connectOptions().contains(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!readOnly)
        if (auto s = SqlStatement(db, QStringLiteral("INSERT INTO search_index (search_index) VALUES "
                                                     "('integrity-check')"))
                         .exec();
            !s)
            problems << PracticeStore::tr("Search index: FTS5's integrity check failed (%1).").arg(s.error());
    const auto queued = count(QStringLiteral("SELECT count(*) FROM search_pending"));
    if (!queued)
        return queued.status();
    if (*queued > 0)
        problems << PracticeStore::tr("Search index: %n change(s) are waiting to be indexed.", nullptr,
                                      int(*queued));
    const auto missing = count(QStringLiteral(
        "SELECT count(*) FROM (SELECT rid FROM search_sources EXCEPT SELECT rid FROM search_rows)"));
    const auto stale = count(QStringLiteral(
        "SELECT count(*) FROM (SELECT rid FROM search_rows EXCEPT SELECT rid FROM search_sources)"));
    if (!missing || !stale)
        return !missing ? missing.status() : stale.status();
    if (*missing > 0)
        problems << PracticeStore::tr("Search index: %n text(s) of the records are not indexed.", nullptr,
                                      int(*missing));
    if (*stale > 0)
        problems << PracticeStore::tr("Search index: %n indexed text(s) belong to no record.", nullptr,
                                      int(*stale));

    // The same tokenizer as search_index (MigrationVersion4.cpp); contentless, as only its words count.
    const QStringList setUp = {
        QStringLiteral("DROP TABLE IF EXISTS temp.search_check_actual"),
        QStringLiteral("DROP TABLE IF EXISTS temp.search_check_expected"),
        QStringLiteral("DROP TABLE IF EXISTS temp.search_check"),
        QStringLiteral("CREATE VIRTUAL TABLE temp.search_check USING fts5(body, content='', "
                       "tokenize=\"unicode61 remove_diacritics 2\")"),
        QStringLiteral(
            "INSERT INTO temp.search_check (rowid, body) SELECT rid, body FROM main.search_content"),
        QStringLiteral("CREATE VIRTUAL TABLE temp.search_check_actual USING fts5vocab(main, search_index, "
                       "instance)"),
        QStringLiteral("CREATE VIRTUAL TABLE temp.search_check_expected USING fts5vocab(temp, search_check, "
                       "instance)"),
    };
    for (const QString &sql : setUp)
        if (auto s = SqlStatement(db, sql).exec(); !s)
            return s;
    const auto differing = count(QStringLiteral(R"(
        SELECT count(*) FROM (
            SELECT * FROM (SELECT term, doc, offset FROM temp.search_check_actual
                           EXCEPT SELECT term, doc, offset FROM temp.search_check_expected)
            UNION ALL
            SELECT * FROM (SELECT term, doc, offset FROM temp.search_check_expected
                           EXCEPT SELECT term, doc, offset FROM temp.search_check_actual)))"));
    for (const char *table : {"search_check_actual", "search_check_expected", "search_check"})
        SqlStatement(db, QStringLiteral("DROP TABLE temp.%1").arg(QLatin1StringView(table))).exec();
    if (!differing)
        return differing.status();
    if (*differing > 0)
        problems << PracticeStore::tr("Search index: %n word(s) differ from the records.", nullptr,
                                      int(*differing));
    return Status::ok();
}

} // namespace

Result<IntegrityReport> PracticeStore::checkIntegrity() const
{
    IntegrityReport report;
    auto &problems = report.problems;

    Status s = collectRows(m_db, QStringLiteral("PRAGMA integrity_check"), [&](const SqlStatement &q) {
        if (q.text(0) != QStringLiteral("ok"))
            problems << tr("Integrity: %1").arg(q.text(0));
    });
    if (!s)
        return s;
    s = collectRows(m_db, QStringLiteral("PRAGMA foreign_key_check"), [&](const SqlStatement &q) {
        problems << tr("Foreign key: row %1 of %2 points to a missing %3 record.")
                        .arg(q.text(1), q.text(0), q.text(2));
    });
    if (!s)
        return s;
    s = collectRows(m_db, QStringLiteral("PRAGMA application_id"), [&](const SqlStatement &q) {
        if (q.integer(0) != kApplicationId)
            problems << tr("Schema: the file is not marked as an Attune practice.");
    });
    if (!s)
        return s;
    s = collectRows(m_db, QStringLiteral("PRAGMA user_version"), [&](const SqlStatement &q) {
        if (q.integer(0) != currentSchemaVersion())
            problems << tr("Schema: format version %1, expected %2.")
                            .arg(q.integer(0))
                            .arg(currentSchemaVersion());
    });
    if (!s)
        return s;

    const auto actual = schemaOf(m_db);
    if (!actual)
        return actual.status();
    const auto expected = expectedSchema();
    if (!expected)
        return expected.status();
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        if (!actual->contains(it.key()))
            problems << tr("Schema: %1 is missing.").arg(it.key());
        else if (actual->value(it.key()) != it.value())
            problems << tr("Schema: %1 differs from what this version of Attune creates.").arg(it.key());
    }
    for (auto it = actual->cbegin(); it != actual->cend(); ++it)
        if (!expected->contains(it.key()))
            problems << tr("Schema: unexpected %1.").arg(it.key());

    s = collectRows(m_db, QStringLiteral(R"(
        SELECT c.id, c.name, count(p.id) FROM couples c LEFT JOIN partners p ON p.couple_id = c.id
        GROUP BY c.id HAVING count(p.id) <> 2)"),
                    [&](const SqlStatement &q) {
                        problems << tr("Records: couple %1 (%2) has %3 partners instead of two.")
                                        .arg(q.text(0), q.text(1), q.text(2));
                    });
    if (!s)
        return s;
    s = collectRows(m_db, QStringLiteral(R"(
        SELECT s.id, c.id FROM sessions s JOIN couples c ON c.id = s.couple_id WHERE s.session_date < c.intake_date)"),
                    [&](const SqlStatement &q) {
                        problems << tr("Records: session %1 of couple %2 is dated before the intake.")
                                        .arg(q.text(0), q.text(1));
                    });
    if (!s)
        return s;
    s = collectRows(
        m_db, QStringLiteral(R"(
        SELECT e.id FROM exercises e JOIN sessions s ON s.id = e.session_id WHERE s.couple_id <> e.couple_id)"),
        [&](const SqlStatement &q) {
            problems << tr("Records: exercise %1 is linked to another couple's session.").arg(q.text(0));
        });
    if (!s)
        return s;
    // Signatures: the stored digest must still match the signed content.
    QList<QPair<qint64, QString>> signedSessions;
    s = collectRows(
        m_db,
        QStringLiteral("SELECT id, coalesce(content_hash, '') FROM sessions WHERE signed_at IS NOT NULL"),
        [&](const SqlStatement &q) {
            signedSessions.append({q.integer(0), q.text(1)});
        });
    if (!s)
        return s;
    for (const auto &[sessionId, storedHash] : std::as_const(signedSessions)) {
        const auto signedSession = session(sessionId);
        if (!signedSession)
            return signedSession.status();
        if (sessionContentHash(*signedSession) != storedHash)
            problems
                << tr("Signatures: session %1 no longer matches the content that was signed.").arg(sessionId);
    }
    if (s = collectSearchIndexProblems(m_db, problems); !s)
        return s;
    const auto audit = verifyAuditTrail();
    if (!audit)
        return audit.status();
    if (!audit->intact())
        problems << tr("Audit trail: %1").arg(audit->problem);
    return report;
}

} // namespace attune
