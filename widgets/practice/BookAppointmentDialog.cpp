#include "BookAppointmentDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace attune {
namespace {

constexpr int kDefaultSeriesCount = 10;

} // namespace

BookAppointmentDialog::BookAppointmentDialog(qint64 coupleId, const QString &coupleName, Repeat repeat,
                                             const QDateTime &suggestedLocal, const QDateTime &nowUtc,
                                             QWidget *parent)
    : QDialog(parent)
    , m_coupleId(coupleId)
    , m_nowUtc(nowUtc)
    , m_start(new QDateTimeEdit(suggestedLocal, this))
    , m_duration(new QSpinBox(this))
    , m_repeat(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(repeat == Repeat::None ? tr("Book an Appointment") : tr("Book a Series"));
    const QLocale locale;
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') +
                              locale.timeFormat(QLocale::ShortFormat));
    m_start->setAccessibleName(tr("First appointment's date and time"));
    m_duration->setRange(5, 480);
    m_duration->setSingleStep(5);
    m_duration->setValue(kDefaultAppointmentMinutes);
    m_duration->setSuffix(tr(" min"));
    m_duration->setAccessibleName(tr("Length in minutes"));
    m_repeat->addItem(tr("Does not repeat"), int(Repeat::None));
    m_repeat->addItem(tr("Every week"), int(Repeat::Weekly));
    m_repeat->addItem(tr("Every two weeks"), int(Repeat::Fortnightly));
    m_repeat->setCurrentIndex(m_repeat->findData(int(repeat)));
    m_repeat->setAccessibleName(tr("Repeats"));
    m_count->setRange(2, 104);
    m_count->setValue(kDefaultSeriesCount);
    m_count->setAccessibleName(tr("Number of appointments"));
    m_error->setObjectName(QStringLiteral("bookingError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #7a1010; font-weight: bold;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Couple:"), new QLabel(coupleName, this));
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("&Length:"), m_duration);
    form->addRow(tr("&Repeats:"), m_repeat);
    form->addRow(tr("&Appointments:"), m_count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_book = buttons->addButton(tr("&Book"), QDialogButtonBox::AcceptRole);
    m_book->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &BookAppointmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BookAppointmentDialog::reject);
    connect(m_repeat, &QComboBox::currentIndexChanged, this, &BookAppointmentDialog::updateFields);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateFields();
}

BookAppointmentDialog::Repeat BookAppointmentDialog::repeat() const
{
    return Repeat(m_repeat->currentData().toInt());
}

void BookAppointmentDialog::updateFields()
{
    m_count->setEnabled(repeat() != Repeat::None);
}

void BookAppointmentDialog::accept()
{
    const QDateTime local = m_start->dateTime();
    if (local.toUTC() <= m_nowUtc) {
        m_error->setText(tr("That time has passed: choose a time ahead."));
        m_error->show();
        m_start->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (repeat() == Repeat::None) {
        Appointment a;
        a.coupleId = m_coupleId;
        a.startsAt = local.toUTC();
        a.durationMinutes = m_duration->value();
        m_appointments = {a};
    } else {
        AppointmentSeries series;
        series.coupleId = m_coupleId;
        series.firstDate = local.date();
        series.localTime = local.time();
        series.zone = QTimeZone::systemTimeZone();
        series.intervalWeeks = repeat() == Repeat::Weekly ? 1 : 2;
        series.count = m_count->value();
        series.durationMinutes = m_duration->value();
        const SeriesLayout layout = layOutSeries(series, QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!layout.error.isEmpty()) {
            m_error->setText(layout.error);
            m_error->show();
            return;
        }
        m_appointments = layout.appointments;
    }
    QDialog::accept();
}

} // namespace attune
