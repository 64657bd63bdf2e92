// The calendar (schema change "calendar", MigrationCalendar.cpp): any number of appointments per couple,
// series, and how each one ended. Every write runs in one transaction and announces the couple's
// appointmentChanged, so the Today page and the Overview follow.
#include "PracticeStore.h"

#include "RowVersions.h"
#include "SqlStatement.h"
#include "domain/AppointmentSession.h"

namespace attune {
namespace {

const QString kColumns = QStringLiteral(
    "a.id, a.uuid, a.couple_id, a.starts_at, a.duration_min, a.status, a.series_uuid, a.session_id, "
    "a.row_version");

Appointment readAppointment(const SqlStatement &q)
{
    Appointment a;
    a.id = q.integer(0);
    a.uuid = q.text(1);
    a.coupleId = q.integer(2);
    a.startsAt = q.timestamp(3);
    a.durationMinutes = static_cast<int>(q.integer(4));
    a.status = fromKey<AppointmentStatus>(q.text(5)).value_or(AppointmentStatus::Booked);
    a.seriesUuid = q.text(6);
    a.sessionId = q.integer(7);
    a.rowVersion = q.integer(8);
    return a;
}

QDateTime toMinute(const QDateTime &utc)
{
    QDateTime t = utc.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute()));
    return t;
}

Status checkAppointment(const Appointment &a)
{
    if (!a.startsAt.isValid())
        return Status::failure(PracticeStore::tr("An appointment needs a date and time."));
    if (a.durationMinutes < 5 || a.durationMinutes > 480)
        return Status::failure(PracticeStore::tr("An appointment lasts between 5 and 480 minutes."));
    return Status::ok();
}

} // namespace

Result<QList<Appointment>> PracticeStore::appointments(qint64 coupleId) const
{
    SqlStatement q(m_db, QStringLiteral("SELECT %1 FROM appointments a WHERE a.couple_id = :couple "
                                        "ORDER BY a.starts_at, a.id")
                             .arg(kColumns));
    q.bind(QStringLiteral(":couple"), coupleId);
    if (auto s = q.exec(); !s)
        return s;
    QList<Appointment> result;
    while (q.next())
        result.append(readAppointment(q));
    return result;
}

Result<QList<Appointment>> PracticeStore::appointmentsBetween(const QDateTime &fromUtc,
                                                              const QDateTime &toUtc) const
{
    SqlStatement q(m_db, QStringLiteral("SELECT %1 FROM appointments a JOIN couples c ON c.id = a.couple_id "
                                        "WHERE c.archived = 0 AND a.starts_at >= :from AND a.starts_at < :to "
                                        "ORDER BY a.starts_at, a.id")
                             .arg(kColumns));
    q.bind(QStringLiteral(":from"), fromUtc.toUTC()).bind(QStringLiteral(":to"), toUtc.toUTC());
    if (auto s = q.exec(); !s)
        return s;
    QList<Appointment> result;
    while (q.next())
        result.append(readAppointment(q));
    return result;
}

Result<Appointment> PracticeStore::appointmentById(qint64 appointmentId) const
{
    SqlStatement q(m_db, QStringLiteral("SELECT %1 FROM appointments a WHERE a.id = :id").arg(kColumns));
    q.bind(QStringLiteral(":id"), appointmentId);
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Result<Appointment>::failure(tr("That appointment no longer exists."));
    return readAppointment(q);
}

Result<QList<qint64>> PracticeStore::bookAppointments(const QList<Appointment> &appointments)
{
    for (const Appointment &a : appointments)
        if (auto s = checkAppointment(a); !s)
            return s;
    QList<qint64> ids;
    const Status written = transaction([&]() -> Status {
        const QDateTime stamp = now();
        for (const Appointment &a : appointments) {
            SqlStatement exists(m_db, QStringLiteral("SELECT 1 FROM couples WHERE id = :couple"));
            exists.bind(QStringLiteral(":couple"), a.coupleId);
            if (auto s = exists.exec(); !s)
                return s;
            if (!exists.next())
                return Status::failure(tr("That couple no longer exists."));
            SqlStatement q(m_db, QStringLiteral(R"(
                INSERT INTO appointments (uuid, couple_id, starts_at, duration_min, status, series_uuid,
                                          session_id, created_at, modified_at)
                VALUES (:uuid, :couple, :starts, :duration, :status, :series, :session, :now, :now))"));
            q.bind(QStringLiteral(":uuid"), a.uuid.isEmpty() ? newUuid() : a.uuid)
                .bind(QStringLiteral(":couple"), a.coupleId)
                .bind(QStringLiteral(":starts"), toMinute(a.startsAt))
                .bind(QStringLiteral(":duration"), a.durationMinutes)
                .bind(QStringLiteral(":status"), toKey(a.status))
                .bind(QStringLiteral(":series"), a.seriesUuid)
                .bind(QStringLiteral(":session"), idOrNull(a.sessionId))
                .bind(QStringLiteral(":now"), stamp);
            if (auto s = q.exec(); !s)
                return s;
            ids.append(q.lastInsertId());
            announce(Change::Appointment, a.coupleId);
        }
        return Status::ok();
    });
    if (!written)
        return written;
    return ids;
}

Status PracticeStore::updateAppointment(const Appointment &appointment)
{
    if (auto s = checkAppointment(appointment); !s)
        return s;
    return transaction([&]() -> Status {
        // Read before someone else moved, cancelled or marked it: refused, not stored over their change.
        if (auto s = checkRowVersion("appointments", appointment.id, appointment.rowVersion); !s)
            return s;
        SqlStatement q(m_db, QStringLiteral(R"(
            UPDATE appointments SET starts_at = :starts, duration_min = :duration, status = :status,
                session_id = :session, modified_at = :now, row_version = row_version + 1
            WHERE id = :id AND couple_id = :couple)"));
        q.bind(QStringLiteral(":starts"), toMinute(appointment.startsAt))
            .bind(QStringLiteral(":duration"), appointment.durationMinutes)
            .bind(QStringLiteral(":status"), toKey(appointment.status))
            .bind(QStringLiteral(":session"), idOrNull(appointment.sessionId))
            .bind(QStringLiteral(":now"), now())
            .bind(QStringLiteral(":id"), appointment.id)
            .bind(QStringLiteral(":couple"), appointment.coupleId);
        if (auto s = q.execChangingOneRow(tr("That appointment no longer exists.")); !s)
            return s;
        if (auto s = rememberOwnRowVersion(m_db, "appointments", appointment.id); !s)
            return s;
        announce(Change::Appointment, appointment.coupleId);
        return Status::ok();
    });
}

Status PracticeStore::deleteAppointment(qint64 appointmentId)
{
    const Result<Appointment> stored = appointmentById(appointmentId);
    if (!stored)
        return stored.status();
    return transaction([&]() -> Status {
        SqlStatement q(m_db, QStringLiteral("DELETE FROM appointments WHERE id = :id"));
        q.bind(QStringLiteral(":id"), appointmentId);
        if (auto s = q.execChangingOneRow(tr("That appointment no longer exists.")); !s)
            return s;
        announce(Change::Appointment, stored->coupleId);
        return Status::ok();
    });
}

Result<qint64> PracticeStore::attendAppointment(qint64 appointmentId, const Session &base)
{
    Result<Appointment> stored = appointmentById(appointmentId);
    if (!stored)
        return stored.status();
    if (stored->status != AppointmentStatus::Booked)
        return Result<qint64>::failure(tr("Only a booked appointment can be marked attended."));
    qint64 sessionId = 0;
    const Status written = transaction([&]() -> Status {
        const Result<qint64> id = createSession(sessionForAppointment(*stored, base));
        if (!id)
            return id.status();
        sessionId = *id;
        Appointment attended = *stored;
        attended.status = AppointmentStatus::Attended;
        attended.sessionId = sessionId;
        return updateAppointment(attended);
    });
    if (!written)
        return written;
    return sessionId;
}

} // namespace attune
