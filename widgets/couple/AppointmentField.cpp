#include "AppointmentField.h"

#include "practice/Agenda.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace attune {

AppointmentField::AppointmentField(PracticeEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_booked(new QCheckBox(tr("Next &appointment:"), this))
    , m_when(new QDateTimeEdit(this))
    , m_status(new QLabel(this))
{
    m_booked->setAccessibleName(tr("Next appointment booked"));
    m_booked->setToolTip(tr("Tick to book the couple's next appointment; untick to cancel it."));
    m_when->setAccessibleName(tr("Next appointment date and time"));
    m_when->setCalendarPopup(true);
    const QLocale locale;
    m_when->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') +
                             locale.timeFormat(QLocale::ShortFormat));
    m_when->setMinimumWidth(m_when->fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000 00:00 AM")) +
                            48);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("appointmentStatus"));

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_booked);
    row->addWidget(m_when);
    row->addWidget(m_status, 1);

    connect(m_booked, &QCheckBox::toggled, this, &AppointmentField::onBookedToggled);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &AppointmentField::onTimeEdited);
    connect(&m_saver, &AutoSaver::saveFailed, this, [this](const QString &message) {
        m_status->setStyleSheet(QStringLiteral("color: #7a1010; font-weight: bold;"));
        m_status->setText(tr("The appointment could not be stored: %1 Attune keeps trying.").arg(message));
    });
    connect(&m_saver, &AutoSaver::recovered, this, [this] { m_status->setStyleSheet({}); });
    connect(&m_editor.store(), &PracticeStore::appointmentChanged, this, [this](qint64 coupleId) {
        // Our own write announces too; while a change is pending the field already shows it.
        if (coupleId == m_coupleId && !m_saver.hasPending())
            load();
    });
    setCouple(0);
}

AppointmentField::~AppointmentField()
{
    m_saver.flush();
}

void AppointmentField::setCouple(qint64 coupleId)
{
    if (coupleId == m_coupleId && coupleId != 0)
        return;
    m_saver.flush(); // a failing write stays with the saver and is retried for the previous couple
    m_coupleId = coupleId;
    load();
}

void AppointmentField::load()
{
    m_loading = true;
    m_status->setStyleSheet({});
    const Result<QDateTime> stored =
        m_coupleId != 0 ? m_editor.store().appointment(m_coupleId) : Result<QDateTime>(QDateTime());
    if (!stored) {
        setEnabled(false);
        m_status->setText(stored.error());
        m_loading = false;
        return;
    }
    setEnabled(m_coupleId != 0);
    // A past appointment is no longer "next": the box is unticked, ready for the next booking.
    const bool upcoming = isUpcoming(*stored, m_editor.store().now());
    m_booked->setChecked(upcoming);
    m_when->setEnabled(upcoming);
    m_when->setDateTime(upcoming ? stored->toLocalTime() : suggestedTime());
    describe(upcoming ? *stored : QDateTime());
    if (!upcoming && stored->isValid())
        m_status->setText(tr("None booked; the last was %1.")
                              .arg(QLocale().toString(stored->toLocalTime(), QLocale::ShortFormat)));
    m_loading = false;
}

// A week from now at the next full hour: EFT sessions are usually weekly.
QDateTime AppointmentField::suggestedTime() const
{
    const QDateTime now = m_editor.store().now().toLocalTime().addDays(7);
    return QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600);
}

void AppointmentField::onBookedToggled(bool booked)
{
    m_when->setEnabled(booked);
    if (m_loading || m_coupleId == 0)
        return;
    if (booked && m_when->dateTime().toUTC() <= m_editor.store().now())
        m_when->setDateTime(suggestedTime()); // never book into the past by ticking the box
    schedule(booked ? m_when->dateTime().toUTC() : QDateTime(), PracticeEditor::Merge::Separate);
}

void AppointmentField::onTimeEdited()
{
    if (m_loading || m_coupleId == 0 || !m_booked->isChecked())
        return;
    schedule(m_when->dateTime().toUTC(), PracticeEditor::Merge::Typing);
}

void AppointmentField::schedule(const QDateTime &startsAtUtc, PracticeEditor::Merge merge)
{
    describe(startsAtUtc);
    const qint64 coupleId = m_coupleId;
    m_saver.schedule([this, coupleId, startsAtUtc, merge] {
        return m_editor.setAppointment(coupleId, startsAtUtc, merge);
    });
}

void AppointmentField::describe(const QDateTime &startsAtUtc)
{
    m_status->setStyleSheet({});
    if (!startsAtUtc.isValid()) {
        m_status->setText(tr("No appointment booked."));
        return;
    }
    const QDate today = m_editor.store().today();
    const qint64 days = today.daysTo(startsAtUtc.toLocalTime().date());
    if (!isUpcoming(startsAtUtc, m_editor.store().now()))
        m_status->setText(tr("This time has passed."));
    else if (days == 0)
        m_status->setText(tr("Today."));
    else if (days == 1)
        m_status->setText(tr("Tomorrow."));
    else
        m_status->setText(tr("In %n day(s).", nullptr, static_cast<int>(days)));
}

} // namespace attune
