#include "PracticePage.h"

#include "AgendaView.h"
#include "CaseloadView.h"
#include "Preferences.h"
#include "WriteConflictDialog.h"

#include "practice/Agenda.h"
#include "practice/Caseload.h"

#include <QLabel>
#include <QLocale>
#include <QShowEvent>
#include <QSplitter>
#include <QVBoxLayout>

namespace attune {

PracticePage::PracticePage(PracticeEditor &editor, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_store(editor.store())
    , m_settings(settings)
    , m_title(new QLabel(this))
    , m_agenda(new AgendaView(this))
    , m_caseload(new CaseloadView(CaseloadSettings::load(settings).notSeenWeeks, this))
{
    setAccessibleName(tr("Today and caseload"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Today & Caseload"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_agenda);
    split->addWidget(m_caseload);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);

    connect(m_agenda, &AgendaView::openCoupleRequested, this, &PracticePage::openCoupleRequested);
    connect(m_agenda, &AgendaView::attendRequested, this, &PracticePage::attendAppointmentRequested);
    connect(m_agenda, &AgendaView::endingChosen, this, [this](Appointment a, AppointmentStatus status) {
        a.status = status;
        storeEnding(a);
    });
    connect(m_caseload, &CaseloadView::openCoupleRequested, this, &PracticePage::openCoupleRequested);
    connect(m_caseload, &CaseloadView::notSeenWeeksChanged, this, [this](int weeks) {
        CaseloadSettings{weeks}.save(m_settings);
        refresh();
    });

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &PracticePage::refresh);
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &PracticePage::refreshSoon);
    m_clock.start();
    for (auto signal :
         {&PracticeStore::coupleChanged, &PracticeStore::sessionsChanged, &PracticeStore::appointmentChanged})
        connect(&m_store, signal, this, &PracticePage::refreshSoon);
}

// The agenda's appointment was read before another program moved, cancelled or marked it: both versions
// are shown and the therapist chooses, as the session and exercise editors ask, instead of either being
// overwritten without a word.
void PracticePage::storeEnding(Appointment mine)
{
    // Through the editor, so the change is one undo step like every other edit.
    Status stored = m_editor.updateAppointment(mine);
    if (stored.isConflict()) {
        const Result<Appointment> theirs = m_store.appointmentById(mine.id);
        if (!theirs) {
            m_agenda->showError(theirs.error());
            refresh();
            return;
        }
        if (!WriteConflictDialog::keepMine(this, tr("This appointment"), describeAppointment(mine),
                                           describeAppointment(*theirs))) {
            refresh();
            return;
        }
        mine.rowVersion = theirs->rowVersion; // written over the stored version, knowingly
        stored = m_editor.updateAppointment(mine);
    }
    if (!stored)
        m_agenda->showError(stored.error());
}

QString PracticePage::describeAppointment(const Appointment &a)
{
    return tr("%1, %n minute(s), %2", nullptr, a.durationMinutes)
        .arg(QLocale().toString(a.startsAt.toLocalTime(), QLocale::LongFormat), displayName(a.status));
}

void PracticePage::refreshSoon()
{
    m_stale = true;
    if (isVisible())
        m_coalesce.start();
}

void PracticePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void PracticePage::refresh()
{
    m_stale = false;
    if (const auto agenda = loadAgenda(m_store); agenda)
        m_agenda->setAgenda(*agenda);
    else
        m_agenda->showError(agenda.error());
    if (const auto caseload = loadCaseload(m_store, m_caseload->notSeenWeeks()); caseload)
        m_caseload->setCaseload(*caseload);
    else
        m_caseload->showError(caseload.error());
}

} // namespace attune
