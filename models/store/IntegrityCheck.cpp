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
    const auto audit = verifyAuditTrail();
    if (!audit)
        return audit.status();
    if (!audit->intact())
        problems << tr("Audit trail: %1").arg(audit->problem);
    return report;
}

} // namespace attune
