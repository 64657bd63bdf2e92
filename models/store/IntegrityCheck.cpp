// `attune check`: SQLite's own integrity and foreign-key checks, the schema compared with what this build
// creates, the record rules SQL cannot express (two partners per couple, no session before intake),
// every record's content hash and signature, and the search index against the records.
//
// It runs in one read transaction: one snapshot, and one lock for its thousands of statements instead of
// one each (the lock and journal checks around each statement were most of its time).
#include "PracticeStore.h"

#include "Migrations.h"
#include "SealedStorage.h"
#include "SqlStatement.h"

#include <QScopeGuard>
#include <QUuid>

#include <sqlite3.h>

#include <string_view>

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

// One side of the comparison below: an fts5vocab 'instance' table, read in its own order (term, then
// document, then offset), which is the same for both indexes.
class VocabCursor
{
public:
    VocabCursor(sqlite3 *db, const char *table)
    {
        const std::string sql = std::string("SELECT term, doc, offset FROM temp.") + table;
        m_rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &m_statement, nullptr);
        if (m_rc == SQLITE_OK)
            step();
    }
    ~VocabCursor() { sqlite3_finalize(m_statement); }
    VocabCursor(const VocabCursor &) = delete;
    VocabCursor &operator=(const VocabCursor &) = delete;

    void step()
    {
        m_rc = sqlite3_step(m_statement);
        if (m_rc != SQLITE_ROW)
            return;
        m_term = std::string_view(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, 0)),
                                  size_t(sqlite3_column_bytes(m_statement, 0)));
        m_doc = sqlite3_column_int64(m_statement, 1);
        m_offset = sqlite3_column_int64(m_statement, 2);
    }
    bool atRow() const { return m_rc == SQLITE_ROW; }
    bool failed() const { return m_rc != SQLITE_ROW && m_rc != SQLITE_DONE; }
    // <0, 0, >0 as this row sorts before, with or after other's.
    int compare(const VocabCursor &other) const
    {
        if (const int c = m_term.compare(other.m_term); c != 0)
            return c;
        if (m_doc != other.m_doc)
            return m_doc < other.m_doc ? -1 : 1;
        return m_offset == other.m_offset ? 0 : (m_offset < other.m_offset ? -1 : 1);
    }

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = SQLITE_OK;
    std::string_view m_term;
    qint64 m_doc = 0;
    qint64 m_offset = 0;
};

// Word instances in one index and not the other, by a merge of the two sorted lists: a million and more
// in a large practice, which SQL's EXCEPT would sort again, both ways.
Result<qint64> countDifferingInstances(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return Result<qint64>::failure(PracticeStore::tr("The search index could not be read."));
    VocabCursor actual(handle, "search_check_actual");
    VocabCursor expected(handle, "search_check_expected");
    qint64 differing = 0;
    while (actual.atRow() && expected.atRow()) {
        const int c = actual.compare(expected);
        if (c == 0) {
            actual.step();
            expected.step();
            continue;
        }
        ++differing;
        (c < 0 ? actual : expected).step();
    }
    for (VocabCursor *rest : {&actual, &expected})
        while (rest->atRow()) {
            ++differing;
            rest->step();
        }
    if (actual.failed() || expected.failed())
        return Result<qint64>::failure(PracticeStore::tr("The search index could not be read: %1")
                                           .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    return differing;
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
    const auto differing = countDifferingInstances(db);
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

Result<IntegrityReport> PracticeStore::checkIntegrity(const CheckProgress &progress) const
{
    IntegrityReport report;
    auto &problems = report.problems;
    const bool inSnapshot = SqlStatement(m_db, QStringLiteral("BEGIN")).exec().isOk();
    const auto endSnapshot = qScopeGuard([&] {
        if (inSnapshot) // nothing is written; the temporary tables of the search check go with it
            SqlStatement(m_db, QStringLiteral("ROLLBACK")).exec();
    });
    // Steps: SQLite's checks, each couple's records, the search index, the audit trail.
    int couples = 0;
    {
        SqlStatement q(m_db, QStringLiteral("SELECT count(*) FROM couples"));
        if (auto st = q.exec(); !st)
            return st;
        couples = q.next() ? int(q.integer(0)) : 0;
    }
    const int steps = couples + 3;
    auto advance = [&](int done) {
        if (progress)
            progress(done, steps);
    };
    advance(0);

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
    advance(1);
    if (s = collectRecordHashProblems(problems, [&](int done, int) { advance(1 + done); }); !s)
        return s;
    if (s = collectSearchIndexProblems(m_db, problems); !s)
        return s;
    advance(couples + 2);
    const auto audit = verifyAuditTrail();
    if (!audit)
        return audit.status();
    if (!audit->intact())
        problems << tr("Audit trail: %1").arg(audit->problem);
    advance(steps);
    return report;
}

Status PracticeStore::collectRecordHashProblems(QStringList &problems,
                                                const std::function<void(int, int)> &progress) const
{
    QHash<QPair<QString, qint64>, QString> kept; // (record_type, id) -> hash
    Status s = collectRows(m_db,
                           QStringLiteral("SELECT record_type, record_id, coalesce(content_hash, '') "
                                          "FROM record_hashes"),
                           [&](const SqlStatement &q) {
                               kept.insert({q.text(0), q.integer(1)}, q.text(2));
                           });
    if (!s)
        return s;
    QHash<qint64, QString> signatures; // signed session -> the digest its signature vouches for
    s = collectRows(
        m_db,
        QStringLiteral("SELECT id, coalesce(content_hash, '') FROM sessions WHERE signed_at IS NOT NULL"),
        [&](const SqlStatement &q) { signatures.insert(q.integer(0), q.text(1)); });
    if (!s)
        return s;

    const auto key = [](Hashed kind, qint64 id) {
        static const QString types[] = {QStringLiteral("couple"), QStringLiteral("session"),
                                        QStringLiteral("cycle_map"), QStringLiteral("exercise")};
        return qMakePair(types[static_cast<int>(kind)], id);
    };
    const auto name = [](Hashed kind, qint64 id, qint64 coupleId) {
        switch (kind) {
        case Hashed::Couple:
            return tr("couple %1").arg(id);
        case Hashed::Session:
            return tr("session %1 of couple %2").arg(id).arg(coupleId);
        case Hashed::CycleMap:
            return tr("cycle map %1 of couple %2").arg(id).arg(coupleId);
        case Hashed::Exercise:
            break;
        }
        return tr("exercise %1 of couple %2").arg(id).arg(coupleId);
    };
    s = visitRecordHashes(
        [&](Hashed kind, qint64 id, qint64 coupleId, const Result<QString> &hash) {
            const QString record = name(kind, id, coupleId);
            if (!hash) {
                problems << tr("Records: %1 could not be read: %2").arg(record, hash.error());
                return;
            }
            const auto found = kept.constFind(key(kind, id));
            if (found == kept.cend())
                problems << tr("Records: %1 has no content hash (it was added outside Attune).").arg(record);
            else if (found->isEmpty())
                problems << tr("Records: %1 has no content hash yet (it is computed when the practice is "
                               "next opened for writing).")
                                .arg(record);
            else if (*found != *hash)
                problems << tr("Records: %1 was changed outside Attune (its content no longer matches its "
                               "hash).")
                                .arg(record);
            if (found != kept.cend())
                kept.erase(found);
            if (kind != Hashed::Session)
                return;
            const auto signature = signatures.constFind(id);
            if (signature == signatures.cend())
                return;
            if (*signature != *hash)
                problems
                    << tr("Signatures: session %1 no longer matches the content that was signed.").arg(id);
        },
        progress);
    if (!s)
        return s;
    for (auto it = kept.cbegin(); it != kept.cend(); ++it)
        problems << tr("Records: a content hash is kept for %1 %2, which does not exist.")
                        .arg(it.key().first)
                        .arg(it.key().second);

    // Addenda carry their own hash, written when they were signed.
    return collectRows(
        m_db, QStringLiteral(R"(
        SELECT a.id, coalesce(s.uuid, ''), a.text, a.signed_at, a.signed_by, a.content_hash
        FROM addenda a LEFT JOIN sessions s ON s.id = a.session_id)"),
        [&](const SqlStatement &q) {
            if (addendumContentHash(q.text(1), q.text(2), q.timestamp(3), q.text(4)) != q.text(5))
                problems << tr("Signatures: addendum %1 no longer matches the content that was "
                               "signed.")
                                .arg(q.integer(0));
        });
}

} // namespace attune
