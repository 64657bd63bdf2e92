// Each couple's next appointment, as the Overview's appointment field and the caseload read it: the
// earliest booked one still ahead, or, when none is ahead, the latest booked one that passed (it stays
// until the next is booked). The calendar behind it is CalendarQueries.cpp.
#include "PracticeStore.h"

#include "SqlStatement.h"

namespace attune {
namespace {

// The couple's "next" booked appointment: ahead ones first, earliest first; then past ones, latest first.
const QString kNextBooked = QStringLiteral(
    "SELECT id, starts_at FROM appointments WHERE couple_id = :couple AND status = 'booked' "
    "ORDER BY starts_at >= :now DESC, CASE WHEN starts_at >= :now THEN starts_at END ASC, starts_at DESC "
    "LIMIT 1");

} // namespace

Result<QDateTime> PracticeStore::appointment(qint64 coupleId) const
{
    SqlStatement q(m_db, kNextBooked);
    q.bind(QStringLiteral(":couple"), coupleId).bind(QStringLiteral(":now"), now().toUTC());
    if (auto s = q.exec(); !s)
        return s;
    return q.next() ? q.timestamp(1) : QDateTime();
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
        SqlStatement next(m_db, kNextBooked);
        next.bind(QStringLiteral(":couple"), coupleId).bind(QStringLiteral(":now"), now().toUTC());
        if (auto s = next.exec(); !s)
            return s;
        const qint64 nextId = next.next() ? next.integer(0) : 0;
        if (!startsAtUtc.isValid()) {
            if (nextId == 0)
                return Status::ok();
            SqlStatement q(m_db, QStringLiteral("DELETE FROM appointments WHERE id = :id"));
            q.bind(QStringLiteral(":id"), nextId);
            if (auto s = q.exec(); !s)
                return s;
        } else {
            // Appointments are booked to the minute; seconds would only make equal times differ.
            QDateTime startsAt = startsAtUtc.toUTC();
            startsAt.setTime(QTime(startsAt.time().hour(), startsAt.time().minute()));
            if (nextId == 0) {
                SqlStatement q(m_db, QStringLiteral(R"(
                    INSERT INTO appointments (uuid, couple_id, starts_at, created_at, modified_at)
                    VALUES (:uuid, :couple, :starts, :now, :now))"));
                q.bind(QStringLiteral(":uuid"), newUuid())
                    .bind(QStringLiteral(":couple"), coupleId)
                    .bind(QStringLiteral(":starts"), startsAt)
                    .bind(QStringLiteral(":now"), now());
                if (auto s = q.exec(); !s)
                    return s;
            } else {
                // An unchanged time is no change: the WHERE keeps the audit trail free of empty edits.
                SqlStatement q(
                    m_db, QStringLiteral(
                              "UPDATE appointments SET starts_at = :starts, modified_at = "
                              ":now, row_version = row_version + 1 WHERE id = :id AND starts_at <> :starts"));
                q.bind(QStringLiteral(":starts"), startsAt)
                    .bind(QStringLiteral(":now"), now())
                    .bind(QStringLiteral(":id"), nextId);
                if (auto s = q.exec(); !s)
                    return s;
            }
        }
        announce(Change::Appointment, coupleId);
        return Status::ok();
    });
}

} // namespace attune
