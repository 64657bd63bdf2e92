// The calendar's edits through the editor (issue 16): booking appointments or a series, changing one
// (its time, its length, how it ended), and turning one into that day's session. Each is one undo step,
// and undo and redo write through the store, whose triggers keep the audit trail, like every other edit.
#include "PracticeEditor.h"

#include "StoreCommand.h"

#include <memory>

namespace attune {
namespace {

// Removes the appointments in one transaction, so undoing a series leaves none of it half there.
Status deleteAll(PracticeStore &store, const QList<qint64> &ids)
{
    return store.transaction([&store, &ids]() -> Status {
        for (qint64 id : ids)
            if (const Status s = store.deleteAppointment(id); !s)
                return s;
        return Status::ok();
    });
}

} // namespace

Result<QList<qint64>> PracticeEditor::bookAppointments(const QList<Appointment> &appointments)
{
    if (appointments.isEmpty())
        return QList<qint64>();
    const Result<QList<qint64>> booked = m_store.bookAppointments(appointments);
    if (!booked)
        return booked;
    // Redo books what was stored (same UUIDs) again; the store gives new row ids, which undo must use.
    QList<Appointment> stored;
    for (qint64 id : *booked) {
        const Result<Appointment> a = m_store.appointmentById(id);
        if (!a)
            return a.status();
        stored.append(*a);
    }
    auto ids = std::make_shared<QList<qint64>>(*booked);
    auto fail = [self = this](const QString &message) { emit self->undoFailed(message); };
    // Only ever two or more in a series, so no plural form is needed.
    const QString text = appointments.size() > 1
                             ? tr("Book a series of %1 appointments").arg(appointments.size())
                             : tr("Book appointment");
    m_undoStack.push(new StoreCommand(
        text,
        [store = &m_store, stored, ids]() -> Status {
            const Result<QList<qint64>> again = store->bookAppointments(stored);
            if (!again)
                return again.status();
            *ids = *again;
            return Status::ok();
        },
        [store = &m_store, ids] { return deleteAll(*store, *ids); }, fail));
    return booked;
}

Status PracticeEditor::updateAppointment(const Appointment &appointment)
{
    const Result<Appointment> before = m_store.appointmentById(appointment.id);
    if (!before)
        return before.status();
    // The same values again are no step, whatever counter the caller read.
    Appointment unchanged = appointment;
    unchanged.rowVersion = before->rowVersion;
    if (*before == unchanged)
        return Status::ok();
    if (const Status s = m_store.updateAppointment(appointment); !s)
        return s;
    QString text = tr("Edit appointment");
    if (appointment.status != before->status) {
        switch (appointment.status) {
        case AppointmentStatus::Booked:
            text = tr("Mark appointment booked");
            break;
        case AppointmentStatus::Attended:
            text = tr("Mark appointment attended");
            break;
        case AppointmentStatus::Cancelled:
            text = tr("Mark appointment cancelled");
            break;
        case AppointmentStatus::LateCancelled:
            text = tr("Mark appointment late-cancelled");
            break;
        case AppointmentStatus::NoShow:
            text = tr("Mark appointment no-show");
            break;
        }
    }
    auto fail = [self = this](const QString &message) { emit self->undoFailed(message); };
    const Appointment after = appointment;
    const Appointment undone = *before;
    m_undoStack.push(new StoreCommand(
        text, [store = &m_store, after] { return store->updateAppointment(after); },
        [store = &m_store, undone] { return store->updateAppointment(undone); }, fail));
    return Status::ok();
}

Result<qint64> PracticeEditor::attendAppointment(qint64 appointmentId, const Session &base)
{
    const Result<Appointment> before = m_store.appointmentById(appointmentId);
    if (!before)
        return before.status();
    const Result<qint64> sessionId = m_store.attendAppointment(appointmentId, base);
    if (!sessionId)
        return sessionId;
    const Result<Session> session = m_store.session(*sessionId);
    if (!session)
        return session.status();
    const Result<Appointment> attended = m_store.appointmentById(appointmentId);
    if (!attended)
        return attended.status();
    auto fail = [self = this](const QString &message) { emit self->undoFailed(message); };
    // One step: the session and the appointment's "attended" come and go together.
    const Session made = *session;
    const Appointment booked = *before;
    const Appointment after = *attended;
    m_undoStack.push(new StoreCommand(
        tr("Attended: start the session"),
        [store = &m_store, made, after] {
            return store->transaction([store, made, after]() -> Status {
                if (const Status s = store->restoreSession(made); !s)
                    return s;
                return store->updateAppointment(after);
            });
        },
        [store = &m_store, made, booked] {
            return store->transaction([store, made, booked]() -> Status {
                if (const Status s = store->updateAppointment(booked); !s)
                    return s;
                return store->purgeSession(made.id);
            });
        },
        fail));
    return sessionId;
}

} // namespace attune
