#include "UpcomingAppointments.h"

#include "practice/Agenda.h"
#include "practice/BookAppointmentDialog.h"

#include "i18n/DateText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace attune {
namespace {

// A week from now at the next full hour, or a week after the last one ahead: EFT sessions are weekly.
QDateTime suggestedStart(const QDateTime &nowUtc, const QList<Appointment> &ahead)
{
    if (!ahead.isEmpty())
        return ahead.last().startsAt.toLocalTime().addDays(7);
    const QDateTime now = nowUtc.toLocalTime().addDays(7);
    return QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600);
}

} // namespace

UpcomingAppointments::UpcomingAppointments(PracticeEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_heading(new QLabel(tr("Upcoming appointments"), this))
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_book(new QPushButton(tr("&Book Appointment…"), this))
    , m_series(new QPushButton(tr("Book &Series…"), this))
{
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_list->setObjectName(QStringLiteral("upcomingAppointments"));
    m_list->setAccessibleName(tr("Upcoming appointments"));
    m_list->setHeaderLabels({tr("When"), tr("Length"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->header()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("upcomingStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_book->setObjectName(QStringLiteral("bookAppointment"));
    m_book->setToolTip(tr("Books one more appointment for this couple"));
    m_series->setObjectName(QStringLiteral("bookSeries"));
    m_series->setToolTip(tr("Books a weekly or fortnightly series, each meeting at the same local time"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_book);
    buttons->addWidget(m_series);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_book, &QPushButton::clicked, this, [this] { book(false); });
    connect(m_series, &QPushButton::clicked, this, [this] { book(true); });
    connect(&m_editor.store(), &PracticeStore::appointmentChanged, this, [this](qint64 coupleId) {
        if (coupleId == m_coupleId)
            load();
    });
    setCouple(0);
}

void UpcomingAppointments::setCouple(qint64 coupleId)
{
    m_coupleId = coupleId;
    load();
}

void UpcomingAppointments::load()
{
    m_list->clear();
    m_status->setStyleSheet({});
    m_book->setEnabled(m_coupleId != 0);
    m_series->setEnabled(m_coupleId != 0);
    if (m_coupleId == 0) {
        m_list->hide();
        m_status->hide();
        return;
    }
    const Result<QList<Appointment>> all = m_editor.store().appointments(m_coupleId);
    if (!all) {
        m_list->hide();
        m_status->setText(tr("The appointments could not be read: %1").arg(all.error()));
        m_status->show();
        return;
    }
    const QDateTime now = m_editor.store().now();
    QList<Appointment> ahead;
    for (const Appointment &a : *all)
        if (isUpcoming(a.startsAt, now))
            ahead.append(a);
    const QLocale locale;
    const QDate today = m_editor.store().today();
    for (const Appointment &a : ahead.first(qMin<qsizetype>(ahead.size(), kShown))) {
        const QDateTime local = a.startsAt.toLocalTime();
        const QString day = local.date() == today ? tr("Today")
                            : local.date() == today.addDays(1)
                                ? tr("Tomorrow")
                                : locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat) +
                                      QLatin1Char(' ') + shortDate(local.date(), locale);
        const QString when = tr("%1, %2").arg(day, locale.toString(local.time(), QLocale::ShortFormat));
        QString status = displayName(a.status);
        if (!a.seriesUuid.isEmpty())
            status = tr("%1 · in a series").arg(status);
        auto *row = new QTreeWidgetItem(m_list, {when, tr("%n min", nullptr, a.durationMinutes), status});
        row->setData(0, Qt::UserRole, a.id);
        row->setToolTip(0, locale.toString(local, QLocale::LongFormat));
    }
    m_list->setVisible(!ahead.isEmpty());
    if (ahead.isEmpty())
        m_status->setText(tr("No appointments ahead."));
    else if (ahead.size() > kShown)
        m_status->setText(
            tr("And %n more ahead (the Today page lists the week).", nullptr, int(ahead.size() - kShown)));
    else
        m_status->setText(QString());
    m_status->setVisible(!m_status->text().isEmpty());
    fitListHeight();
}

void UpcomingAppointments::fitListHeight()
{
    // The list shows its few rows whole, without a scroll bar of its own: the Overview scrolls.
    for (int column = 0; column < m_list->columnCount() - 1; ++column)
        m_list->resizeColumnToContents(column);
    int rows = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        rows += qMax(m_list->sizeHintForRow(i), m_list->fontMetrics().height() + 4);
    m_list->setFixedHeight(m_list->header()->sizeHint().height() + rows + 2 * m_list->frameWidth() + 2);
}

void UpcomingAppointments::book(bool series)
{
    if (m_coupleId == 0)
        return;
    const Result<Couple> couple = m_editor.store().couple(m_coupleId);
    const Result<QList<Appointment>> all = m_editor.store().appointments(m_coupleId);
    if (!couple || !all) {
        m_status->setText(!couple ? couple.error() : all.error());
        m_status->show();
        return;
    }
    const QDateTime now = m_editor.store().now();
    QList<Appointment> ahead;
    for (const Appointment &a : *all)
        if (a.startsAt > now && a.status == AppointmentStatus::Booked)
            ahead.append(a);
    const qint64 coupleId = m_coupleId;
    BookAppointmentDialog dialog(coupleId, couple->name,
                                 series ? BookAppointmentDialog::Repeat::Weekly
                                        : BookAppointmentDialog::Repeat::None,
                                 suggestedStart(now, ahead), now, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto booked = m_editor.bookAppointments(dialog.appointments()); !booked) {
        m_status->setStyleSheet(QStringLiteral("color: #7a1010; font-weight: bold;"));
        m_status->setText(tr("The appointments could not be booked: %1").arg(booked.error()));
        m_status->show();
    }
}

} // namespace attune
