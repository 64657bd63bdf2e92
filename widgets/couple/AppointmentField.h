// The couple's next appointment, at the top of the Overview: a check box that says whether one is
// booked and a date-and-time field, so "no appointment" is a state of its own rather than a magic date.
// Changes are stored through the editor after a short pause (a burst of arrow clicks is one undo step);
// a failure is shown under the field and retried, and the field is never silently reset.
#pragma once

#include "commands/AutoSaver.h"
#include "commands/PracticeEditor.h"

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;

namespace attune {

class AppointmentField : public QWidget
{
    Q_OBJECT
public:
    explicit AppointmentField(PracticeEditor &editor, QWidget *parent = nullptr);
    ~AppointmentField() override;

    void setCouple(qint64 coupleId);
    Status flushPendingEdits() { return m_saver.flush(); }

    QCheckBox *bookedBox() const { return m_booked; }
    QDateTimeEdit *timeEdit() const { return m_when; }
    QLabel *statusLabel() const { return m_status; }

private:
    void load();
    void onBookedToggled(bool booked);
    void onTimeEdited();
    void schedule(const QDateTime &startsAtUtc, PracticeEditor::Merge merge);
    void describe(const QDateTime &startsAtUtc);
    QDateTime suggestedTime() const;

    PracticeEditor &m_editor;
    AutoSaver m_saver;
    qint64 m_coupleId = 0;
    bool m_loading = false;
    QCheckBox *m_booked;
    QDateTimeEdit *m_when;
    QLabel *m_status;
};

} // namespace attune
