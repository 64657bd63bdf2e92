// Reading and writing each couple's booked appointment (schema version 3).
#include "PracticeStore.h"

#include "SqlStatement.h"

namespace attune {

Result<QDateTime> PracticeStore::appointment(qint64 coupleId) const
{
    SqlStatement q(m_db, QStringLiteral("SELECT starts_at FROM appointments WHERE couple_id = :couple"));
    q.bind(QStringLiteral(":couple"), coupleId);
    if (auto s = q.exec(); !s)
        return s;
    return q.next() ? q.timestamp(0) : QDateTime();
}

Status PracticeStore::setAppointment(qint64 coupleId, const QDateTime &startsAtUtc)
{
    return transaction([&]() -> Status {
        SqlStatement exists(m_db, QStringLiteral("SELECT 1 FROM couples WHERE id = :couple"));
        exists.bind(QStringLiteral(":couple"), coupleId);
        if (auto s = exists.exec(); !s)
            return s;
        if (!exists.next())
            return Status::failure(tr("That couple no longer exists."));
        if (!startsAtUtc.isValid()) {
            SqlStatement q(m_db, QStringLiteral("DELETE FROM appointments WHERE couple_id = :couple"));
            q.bind(QStringLiteral(":couple"), coupleId);
            if (auto s = q.exec(); !s)
                return s;
        } else {
            // Appointments are booked to the minute; seconds would only make equal times differ.
            QDateTime startsAt = startsAtUtc.toUTC();
            startsAt.setTime(QTime(startsAt.time().hour(), startsAt.time().minute()));
            // An unchanged time is no change: the WHERE keeps the audit trail free of empty edits.
            SqlStatement q(m_db, QStringLiteral(R"(
                INSERT INTO appointments (uuid, couple_id, starts_at, created_at, modified_at)
                VALUES (:uuid, :couple, :starts, :now, :now)
                ON CONFLICT (couple_id) DO UPDATE SET starts_at = excluded.starts_at,
                    modified_at = excluded.modified_at, row_version = appointments.row_version + 1
                WHERE appointments.starts_at <> excluded.starts_at)"));
            q.bind(QStringLiteral(":uuid"), newUuid())
                .bind(QStringLiteral(":couple"), coupleId)
                .bind(QStringLiteral(":starts"), startsAt)
                .bind(QStringLiteral(":now"), now());
            if (auto s = q.exec(); !s)
                return s;
        }
        announce(Change::Appointment, coupleId);
        return Status::ok();
    });
}

} // namespace attune
