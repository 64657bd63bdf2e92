// The start view's appointments: today's (not yet past) and the seven days after, each row showing the
// time, the couple, where they are in EFT and how long since their last session. A click opens the
// couple's Overview, where the pre-appointment brief is. Below the list, the selected booked appointment
// ends: Attended turns it into that day's session in one click; Cancelled, Late-cancelled and No-show
// are kept as they are, counted in the brief and the report.
#pragma once

#include "practice/Agenda.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidgetItem;

namespace attune {

class CoupleLinkList;

class AgendaView : public QWidget
{
    Q_OBJECT
public:
    explicit AgendaView(QWidget *parent = nullptr);

    void setAgenda(const Agenda &agenda);
    void showError(const QString &message);

    CoupleLinkList *list() const { return m_list; }
    QPushButton *attendButton() const { return m_attend; }
    QToolButton *endingButton() const { return m_ending; }
    // The calendar appointment of the list's current row; id 0 when the row is none.
    Appointment currentAppointment() const;
    // Makes the row of that appointment current (for tests and keyboard users coming back).
    bool selectAppointment(qint64 appointmentId);

signals:
    void openCoupleRequested(qint64 coupleId);
    void attendRequested(const Appointment &appointment);
    void endingChosen(const Appointment &appointment, AppointmentStatus status);

private:
    void addEntries(QTreeWidgetItem *group, const QList<AgendaEntry> &entries, bool withDay);
    void updateButtons();

    QLabel *m_heading;
    CoupleLinkList *m_list;
    QPushButton *m_attend;
    QToolButton *m_ending;
    QHash<qint64, Appointment> m_appointments; // by id, of the rows shown
    QDate m_today;
};

} // namespace attune
