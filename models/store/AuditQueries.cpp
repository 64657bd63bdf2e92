// The audit trail: sealing new rows into a hash chain at commit, explicit events, listing and verifying.
#include "PracticeStore.h"

#include "SqlStatement.h"

namespace attune {
namespace {

const QString kAuditColumns = QStringLiteral(
    "id, at, clinician, action, record_type, record_uuid, couple_uuid, summary, prev_hash, hash");

AuditEntry readAuditRow(const SqlStatement &q)
{
    AuditEntry e;
    e.id = q.integer(0);
    e.at = q.timestamp(1);
    e.clinician = q.text(2);
    e.action = q.text(3);
    e.recordType = q.text(4);
    e.recordUuid = q.text(5);
    e.coupleUuid = q.text(6);
    e.summary = q.text(7);
    e.prevHash = q.text(8);
    e.hash = q.text(9);
    return e;
}

} // namespace

// Runs inside every write transaction, just before COMMIT: rows the triggers (or recordEvent) added get
// the time, the clinician and their place in the chain.
Status PracticeStore::sealAuditRows()
{
    QList<AuditEntry> unsealed;
    {
        SqlStatement q(m_db, QStringLiteral("SELECT ") + kAuditColumns +
                                 QStringLiteral(" FROM audit_log WHERE hash IS NULL ORDER BY id"));
        if (auto s = q.exec(); !s)
            return s;
        while (q.next())
            unsealed.append(readAuditRow(q));
    }
    if (unsealed.isEmpty())
        return Status::ok();
    QString previous;
    {
        SqlStatement q(m_db,
                       QStringLiteral("SELECT hash FROM audit_log WHERE hash IS NOT NULL AND id < :first "
                                      "ORDER BY id DESC LIMIT 1"));
        q.bind(QStringLiteral(":first"), unsealed.first().id);
        if (auto s = q.exec(); !s)
            return s;
        if (q.next())
            previous = q.text(0);
    }
    const auto profile = clinician();
    if (!profile)
        return profile.status();
    const QDateTime stamp = now().toUTC();
    const QString clinicianSignature = profile->signature();
    // Prepared once for all the rows: an import seals one row per record it adds, tens of thousands.
    SqlStatement q(m_db, QStringLiteral("UPDATE audit_log SET at = :at, clinician = :clinician, "
                                        "prev_hash = :prev, hash = :hash WHERE id = :id AND hash IS NULL"));
    for (AuditEntry &e : unsealed) {
        e.at = stamp;
        e.clinician = clinicianSignature;
        e.prevHash = previous;
        e.hash = auditRowHash(e);
        q.bind(QStringLiteral(":at"), e.at)
            .bind(QStringLiteral(":clinician"), e.clinician)
            .bind(QStringLiteral(":prev"), e.prevHash)
            .bind(QStringLiteral(":hash"), e.hash)
            .bind(QStringLiteral(":id"), e.id);
        if (auto s = q.execChangingOneRow(tr("The audit trail could not be sealed.")); !s)
            return s;
        previous = e.hash;
    }
    return Status::ok();
}

Status PracticeStore::recordEvent(const QString &action, const QString &recordType, const QString &recordUuid,
                                  const QString &coupleUuid, const QString &summary)
{
    return transaction([&]() -> Status {
        SqlStatement q(
            m_db,
            QStringLiteral("INSERT INTO audit_log (action, record_type, record_uuid, couple_uuid, summary) "
                           "VALUES (:action, :type, :record, :couple, :summary)"));
        q.bind(QStringLiteral(":action"), action)
            .bind(QStringLiteral(":type"), recordType)
            .bind(QStringLiteral(":record"), recordUuid)
            .bind(QStringLiteral(":couple"), coupleUuid)
            .bind(QStringLiteral(":summary"), summary);
        return q.exec();
    });
}

Status PracticeStore::recordCoupleEvent(const QString &action, const QList<qint64> &coupleIds,
                                        const QString &summary)
{
    return transaction([&]() -> Status {
        for (const qint64 id : coupleIds) {
            SqlStatement q(m_db, QStringLiteral("INSERT INTO audit_log (action, record_type, record_uuid, "
                                                "couple_uuid, summary) SELECT :action, 'couple', uuid, uuid, "
                                                ":summary FROM couples WHERE id = :id"));
            q.bind(QStringLiteral(":action"), action)
                .bind(QStringLiteral(":summary"), summary)
                .bind(QStringLiteral(":id"), id);
            if (auto s = q.execChangingOneRow(tr("That couple no longer exists.")); !s)
                return s;
        }
        return Status::ok();
    });
}

Result<QList<AuditEntry>> PracticeStore::auditTrail(QDate from, QDate to) const
{
    // Whole UTC days, as the command line's --from and --to mean them.
    AuditFilter filter;
    if (from.isValid())
        filter.from = QDateTime(from, QTime(0, 0), Qt::UTC);
    if (to.isValid())
        filter.to = QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC);
    return auditTrail(filter);
}

Result<QList<AuditEntry>> PracticeStore::auditTrail(const AuditFilter &filter) const
{
    // Filtering here rather than in a proxy keeps a large practice's viewer quick: only matching rows
    // are read and turned into values. Times compare as stored ISO text ("…T22:30:21.000Z"), which sorts
    // as time does. Only placeholders are added to the text; every value is bound.
    QStringList conditions = {QStringLiteral("hash IS NOT NULL")};
    if (filter.from.isValid())
        conditions << QStringLiteral("at >= :from");
    if (filter.to.isValid())
        conditions << QStringLiteral("at < :to");
    if (!filter.coupleUuid.isEmpty())
        conditions << QStringLiteral("couple_uuid = :couple");
    QStringList actionPlaceholders;
    for (qsizetype i = 0; i < filter.actions.size(); ++i)
        actionPlaceholders << QStringLiteral(":action%1").arg(i);
    if (!actionPlaceholders.isEmpty())
        conditions << QStringLiteral("action IN (%1)").arg(actionPlaceholders.join(QStringLiteral(", ")));

    SqlStatement q(m_db, QStringLiteral("SELECT ") + kAuditColumns +
                             QStringLiteral(" FROM audit_log WHERE ") +
                             conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY id"));
    if (filter.from.isValid())
        q.bind(QStringLiteral(":from"), toStoredTimestamp(filter.from));
    if (filter.to.isValid())
        q.bind(QStringLiteral(":to"), toStoredTimestamp(filter.to));
    if (!filter.coupleUuid.isEmpty())
        q.bind(QStringLiteral(":couple"), filter.coupleUuid);
    for (qsizetype i = 0; i < filter.actions.size(); ++i)
        q.bind(actionPlaceholders.at(i), filter.actions.at(i));
    if (auto s = q.exec(); !s)
        return s;
    QList<AuditEntry> entries;
    while (q.next())
        entries.append(readAuditRow(q));
    return entries;
}

Result<QStringList> PracticeStore::auditActions() const
{
    SqlStatement q(m_db, QStringLiteral("SELECT DISTINCT action FROM audit_log WHERE hash IS NOT NULL "
                                        "ORDER BY action"));
    if (auto s = q.exec(); !s)
        return s;
    QStringList actions;
    while (q.next())
        actions << q.text(0);
    return actions;
}

Result<AuditVerdict> PracticeStore::verifyAuditTrail() const
{
    SqlStatement q(m_db,
                   QStringLiteral("SELECT ") + kAuditColumns + QStringLiteral(" FROM audit_log ORDER BY id"));
    if (auto s = q.exec(); !s)
        return s;
    AuditVerdict verdict;
    QString previousHash;
    qint64 previousId = 0;
    auto fail = [&](qint64 row, const QString &problem) {
        verdict.firstBadRow = row;
        verdict.problem = problem;
        return verdict;
    };
    while (q.next()) {
        const AuditEntry e = readAuditRow(q);
        ++verdict.rows;
        if (e.hash.isEmpty())
            return fail(e.id, tr("Row %1 was added outside Attune (it is not sealed).").arg(e.id));
        if (previousId != 0 && e.id != previousId + 1)
            return fail(e.id, tr("Rows before row %1 were removed (the trail jumps from row %2).")
                                  .arg(e.id)
                                  .arg(previousId));
        if (e.prevHash != previousHash)
            return fail(
                e.id,
                tr("Row %1 does not follow the row before it: a row was removed or inserted.").arg(e.id));
        if (auditRowHash(e) != e.hash)
            return fail(e.id, tr("Row %1 was altered after it was written.").arg(e.id));
        previousHash = e.hash;
        previousId = e.id;
    }
    return verdict;
}

} // namespace attune
