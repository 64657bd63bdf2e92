// The calendar's booking dialog: one appointment, or a weekly or fortnightly series laid out in the
// therapist's time zone (layOutSeries), so every meeting keeps its wall-clock time across a
// daylight-saving change. It only says what to book; the caller books it through the editor, so a
// booking is one undo step and in the audit trail like every other edit.
#pragma once

#include "domain/Appointment.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QSpinBox;

namespace attune {

class BookAppointmentDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Repeat { None, Weekly, Fortnightly };

    // suggestedLocal: the first meeting's proposed time; nowUtc: nothing is booked before it.
    BookAppointmentDialog(qint64 coupleId, const QString &coupleName, Repeat repeat,
                          const QDateTime &suggestedLocal, const QDateTime &nowUtc,
                          QWidget *parent = nullptr);

    // What to book once accepted: the one appointment, or the series' meetings in time order.
    QList<Appointment> appointments() const { return m_appointments; }

    QDateTimeEdit *startEdit() const { return m_start; }
    QSpinBox *durationBox() const { return m_duration; }
    QComboBox *repeatBox() const { return m_repeat; }
    QSpinBox *countBox() const { return m_count; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *bookButton() const { return m_book; }

    // Lays out what the fields say; a time already past or a rule that cannot be laid out keeps the
    // dialog open with the reason under the fields.
    void accept() override;

private:
    Repeat repeat() const;
    void updateFields();

    qint64 m_coupleId;
    QDateTime m_nowUtc;
    QDateTimeEdit *m_start;
    QSpinBox *m_duration;
    QComboBox *m_repeat;
    QSpinBox *m_count;
    QLabel *m_error;
    QPushButton *m_book = nullptr;
    QList<Appointment> m_appointments;
};

} // namespace attune
