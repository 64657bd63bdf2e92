// The session's facts: date and time, length, attendance, format, and the EFT stage and step. A date
// before the couple's intake or in the future is refused with a message under the field; the session
// keeps its last good date until the user picks a valid one.
#pragma once

#include "SessionSection.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace attune {

class SessionDetailsSection : public SessionSection
{
    Q_OBJECT
public:
    explicit SessionDetailsSection(QWidget *parent = nullptr);

    void setToday(QDate today) { m_today = today; }
    void setCouple(const Couple &couple) override;
    void load(const Session &session) override;
    void apply(Session &session) const override;
    void setReadOnly(bool readOnly) override;

    // Empty when the date on screen can be stored; otherwise the sentence shown under it.
    QString dateProblem() const;
    QWidget *firstField() const;

private:
    void fillSteps(int stage, int step);
    void checkDate();

    QDate m_intake;
    QDate m_today;
    QDateEdit *m_date;
    QLabel *m_dateMessage;
    QTimeEdit *m_time;
    QSpinBox *m_duration;
    QComboBox *m_attendance;
    QComboBox *m_format;
    QComboBox *m_stage;
    QComboBox *m_step;
};

} // namespace attune
