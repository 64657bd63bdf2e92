// The practice page, what a practice opens on: today's and the next seven days' appointments above the
// caseload at a glance. It takes the couple workspace's place (the Today & Caseload button above the tabs,
// View → Today & Caseload, Ctrl+0); any couple on it opens straight into that couple's Overview.
#pragma once

#include "commands/PracticeEditor.h"

#include <QSettings>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace attune {

class AgendaView;
class CaseloadView;

class PracticePage : public QWidget
{
    Q_OBJECT
public:
    // Ending an appointment here (cancelled, late-cancelled, no-show) is an edit like any other: it goes
    // through the editor, so Edit → Undo takes it back and the audit trail has it.
    PracticePage(PracticeEditor &editor, QSettings &settings, QWidget *parent = nullptr);

    // Reads the agenda and the caseload again now (the page also follows the store by itself).
    void refresh();

    AgendaView *agenda() const { return m_agenda; }
    CaseloadView *caseload() const { return m_caseload; }

signals:
    void openCoupleRequested(qint64 coupleId);
    // Attended on the agenda: the window opens the couple and makes that day's session from it.
    void attendAppointmentRequested(const Appointment &appointment);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshSoon();
    void storeEnding(Appointment mine);
    static QString describeAppointment(const Appointment &a);

    PracticeEditor &m_editor;
    PracticeStore &m_store;
    QSettings &m_settings;
    QLabel *m_title;
    AgendaView *m_agenda;
    CaseloadView *m_caseload;
    QTimer m_coalesce; // many changes in one go (an import, the demo) refresh once
    QTimer m_clock;    // appointments drop off as they pass, and the day turns at midnight
    bool m_stale = true;
};

} // namespace attune
