// The couple's coming appointments, at the top of the Overview: the next few with their time, length
// and status (and whether they belong to a series), and buttons that book one more or a weekly or
// fortnightly series through the calendar's booking dialog. Bookings go through the editor (one undo
// step each, in the audit trail); the list follows the store, so the Today page, the brief and
// `attune appointments` always show the same appointments.
#pragma once

#include "commands/PracticeEditor.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace attune {

class UpcomingAppointments : public QWidget
{
    Q_OBJECT
public:
    // How many of the coming appointments the list shows; the rest are counted below it.
    static constexpr int kShown = 4;

    explicit UpcomingAppointments(PracticeEditor &editor, QWidget *parent = nullptr);

    void setCouple(qint64 coupleId);

    QTreeWidget *list() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *bookButton() const { return m_book; }
    QPushButton *seriesButton() const { return m_series; }

private:
    void load();
    void book(bool series);
    void fitListHeight();

    PracticeEditor &m_editor;
    qint64 m_coupleId = 0;
    QLabel *m_heading;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_book;
    QPushButton *m_series;
};

} // namespace attune
