#include "AgendaView.h"

#include "i18n/DateText.h"

#include "CoupleLinkList.h"

#include "domain/Safety.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace attune {
namespace {

constexpr int kAppointmentIdRole = Qt::UserRole + 2; // on column 0 of an appointment's row

} // namespace

AgendaView::AgendaView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(tr("Appointments"), this))
    , m_list(new CoupleLinkList({tr("When"), tr("Couple"), tr("Stage and step"), tr("Last session")}, this))
    , m_attend(new QPushButton(tr("&Attended: Start the Session"), this))
    , m_ending(new QToolButton(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_list->setAccessibleName(tr("Today's and this week's appointments"));
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_attend->setObjectName(QStringLiteral("attendAppointment"));
    m_attend->setToolTip(tr("Marks the selected appointment attended and opens that day's session, with its "
                            "date, time and length filled in"));
    m_ending->setObjectName(QStringLiteral("appointmentEnding"));
    m_ending->setText(tr("Did Not Take &Place"));
    m_ending->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_ending);
    for (AppointmentStatus status :
         {AppointmentStatus::Cancelled, AppointmentStatus::LateCancelled, AppointmentStatus::NoShow}) {
        QAction *action = menu->addAction(displayName(status));
        action->setData(toKey(status));
        connect(action, &QAction::triggered, this, [this, status] {
            const Appointment a = currentAppointment();
            if (a.id != 0)
                emit endingChosen(a, status);
        });
    }
    m_ending->setMenu(menu);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attend);
    buttons->addWidget(m_ending);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_list, &CoupleLinkList::openCoupleRequested, this, &AgendaView::openCoupleRequested);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AgendaView::updateButtons);
    connect(m_attend, &QPushButton::clicked, this, [this] {
        const Appointment a = currentAppointment();
        if (a.id != 0)
            emit attendRequested(a);
    });
    updateButtons();
}

Appointment AgendaView::currentAppointment() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? m_appointments.value(item->data(0, kAppointmentIdRole).toLongLong()) : Appointment();
}

bool AgendaView::selectAppointment(qint64 appointmentId)
{
    for (QTreeWidgetItemIterator it(m_list); *it; ++it)
        if ((*it)->data(0, kAppointmentIdRole).toLongLong() == appointmentId) {
            m_list->setCurrentItem(*it);
            return true;
        }
    return false;
}

void AgendaView::updateButtons()
{
    // Only a booked appointment can still end one way or another; one ahead of today can be cancelled but
    // not yet attended (its session would be dated in the future).
    const Appointment a = currentAppointment();
    const bool booked = a.id != 0 && a.status == AppointmentStatus::Booked;
    m_attend->setEnabled(booked && a.startsAt.toLocalTime().date() <= m_today);
    m_ending->setEnabled(booked);
}

void AgendaView::setAgenda(const Agenda &agenda)
{
    const qint64 current = currentAppointment().id;
    m_list->clear();
    m_appointments.clear();
    m_today = agenda.today;
    const QLocale locale;
    auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_list, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        item->setExpanded(true);
        return item;
    };
    QTreeWidgetItem *today = group(tr("Today, %1").arg(locale.toString(agenda.today, QLocale::LongFormat)));
    addEntries(today, agenda.todays, false);
    if (agenda.todays.isEmpty())
        m_list->addNoteRow(
            agenda.pastToday > 0 ? tr("No more appointments today.") : tr("No appointments today."), today);
    QTreeWidgetItem *week = group(tr("The next seven days"));
    addEntries(week, agenda.thisWeek, true);
    if (agenda.thisWeek.isEmpty())
        m_list->addNoteRow(tr("No appointments in the next seven days."), week);
    m_list->expandAll();
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    m_list->resizeColumnToContents(2);
    if (current != 0)
        selectAppointment(current);
    updateButtons();
}

void AgendaView::addEntries(QTreeWidgetItem *group, const QList<AgendaEntry> &entries, bool withDay)
{
    const QLocale locale;
    for (const AgendaEntry &e : entries) {
        const CoupleStanding &c = e.couple;
        const QString time = locale.toString(e.localStart.time(), QLocale::ShortFormat);
        QString when = withDay
                           ? tr("%1 %2, %3")
                                 .arg(locale.dayName(e.localStart.date().dayOfWeek(), QLocale::ShortFormat),
                                      shortDate(e.localStart.date(), locale), time)
                           : time;
        if (e.appointment.id != 0 && e.appointment.status != AppointmentStatus::Booked)
            when = tr("%1 · %2").arg(when, displayName(e.appointment.status));
        const QString stage =
            c.stage > 0 ? tr("Stage %1, step %2 · %3").arg(c.stage).arg(c.step).arg(stageName(c.stage))
                        : tr("No sessions yet");
        QString last;
        if (e.weeksSinceLastSession < 0)
            last = tr("None yet");
        else if (e.weeksSinceLastSession == 0)
            last = tr("Less than a week ago");
        else
            last = tr("%n week(s) ago", nullptr, e.weeksSinceLastSession);
        // A red safety flag goes with the name, in words and in red, so it is read before the session.
        const bool red = isRedFlag(c.safety);
        const QString couple = red ? tr("%1 · %2").arg(c.name, safetyFlagLabel(c.safety)) : c.name;
        QTreeWidgetItem *row = m_list->addCoupleRow({when, couple, stage, last}, c.coupleId, c.name, group);
        if (red) {
            row->setForeground(1, QColor(0xb3, 0x26, 0x1e));
            QFont bold = row->font(1);
            bold.setBold(true);
            row->setFont(1, bold);
            row->setData(1, Qt::UserRole + 1, safetyConcernKey(c.safety));
        }
        if (c.lastSessionDate.isValid())
            row->setToolTip(3, locale.toString(c.lastSessionDate, QLocale::LongFormat));
        if (e.appointment.id != 0) {
            row->setData(0, kAppointmentIdRole, e.appointment.id);
            m_appointments.insert(e.appointment.id, e.appointment);
        }
    }
}

void AgendaView::showError(const QString &message)
{
    m_list->clear();
    m_list->addNoteRow(tr("The appointments could not be read: %1").arg(message));
}

} // namespace attune
