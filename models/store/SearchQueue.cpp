// See SearchQueue.h.
#include "SearchQueue.h"

#include "SqlStatement.h"

#include <QStringList>

namespace attune {

Status applySearchQueue(const QSqlDatabase &db, int longestAtOnce, bool *left)
{
    if (left)
        *left = false;
    {
        SqlStatement pending(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_pending)"));
        if (auto s = pending.exec(); !s)
            return s;
        if (!pending.next() || pending.integer(0) == 0)
            return Status::ok();
    }
    // Long texts left queued stay out of all three statements below: the index keeps their previous
    // words, and the queue's first row for each keeps what the index holds, for when they are indexed.
    QString deferred;
    if (longestAtOnce > 0) {
        SqlStatement q(db, QStringLiteral("SELECT rid FROM search_content WHERE rid IN (SELECT rid FROM "
                                          "search_pending) AND length(body) > :limit"));
        q.bind(QStringLiteral(":limit"), longestAtOnce);
        if (auto st = q.exec(); !st)
            return st;
        QStringList rids;
        while (q.next())
            rids << QString::number(q.integer(0)); // integers read back, never user input
        if (!rids.isEmpty())
            deferred = QStringLiteral(" AND p.rid NOT IN (%1)").arg(rids.join(QLatin1Char(',')));
    }
    if (left)
        *left = !deferred.isEmpty();
    // A record removed with text of its own: its words must leave the index's pages too, not only be
    // marked deleted, so that secure_delete leaves nothing of them in the file (see 'optimize' below).
    bool removedText = false;
    {
        SqlStatement q(
            db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_pending p WHERE "
                               "p.indexed_body <> '' AND p.rid NOT IN (SELECT rid FROM search_rows))"));
        if (auto s = q.exec(); !s)
            return s;
        removedText = q.next() && q.integer(0) != 0;
    }
    // The first queued row of each rid holds what the index has for it since the last commit: that is
    // what FTS5 must be told to delete. Then every queued rid that still exists is indexed afresh.
    const QStringList statements = {
        QStringLiteral("INSERT INTO search_index (search_index, rowid, body) "
                       "SELECT 'delete', p.rid, p.indexed_body FROM search_pending p "
                       "WHERE p.indexed_body IS NOT NULL "
                       "AND p.id = (SELECT min(q.id) FROM search_pending q WHERE q.rid = p.rid)") +
            deferred,
        QStringLiteral("INSERT INTO search_index (rowid, body) SELECT rid, body FROM search_content "
                       "WHERE rid IN (SELECT p.rid FROM search_pending p WHERE 1") +
            deferred + QStringLiteral(")"),
        QStringLiteral("DELETE FROM search_pending AS p WHERE 1") + deferred,
    };
    for (const QString &sql : statements)
        if (auto s = SqlStatement(db, sql).exec(); !s)
            return s;
    if (removedText)
        return SqlStatement(db, QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')"))
            .exec();
    return Status::ok();
}

} // namespace attune
