// The Sessions tab; see SessionsTab.h.
#include "SessionsTab.h"

#include "SafetyGateDialog.h"
#include "SessionCarryOver.h"
#include "SessionEditor.h"
#include "SessionSigning.h"

#include "domain/AppointmentSession.h"
#include "domain/AuditSummary.h"

#include "items/Roles.h"
#include "items/SessionsModel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace attune {
namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(action->text().remove(QLatin1Char('&')));
    return button;
}

} // namespace

SessionsTab::SessionsTab(PracticeEditor &editor, QWidget *parent)
    : WorkspaceTab(parent)
    , m_editor(editor)
    , m_model(new SessionsModel(editor.store(), this))
    , m_table(new QTableView(this))
    , m_archivedToggle(new QCheckBox(tr("Show a&rchived sessions"), this))
    , m_message(new QLabel(this))
    , m_sessionEditor(new SessionEditor(editor, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_newSession(new QAction(tr("&New Session"), this))
    , m_startFromLast(new QAction(tr("Start from &Last Session"), this))
    , m_archiveSession(new QAction(tr("&Archive Session"), this))
    , m_signSession(new QAction(tr("&Sign Note…"), this))
    , m_addAddendum(new QAction(tr("Add A&ddendum…"), this))
{
    // Ctrl+N belongs to "New couple"; the session variants add modifiers to the same letter.
    m_newSession->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_startFromLast->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_newSession->setToolTip(tr("A new session dated today, at the stage and step where the last one ended"));
    m_startFromLast->setToolTip(
        tr("A new session that carries over the last one's stage, step, format, attendance, plan and "
           "open homework"));
    m_signSession->setToolTip(
        tr("Sign this note with your clinician profile; a signed note cannot be changed"));
    m_addAddendum->setToolTip(tr("Add a signed, dated correction under this signed note"));
    addActions({m_newSession, m_startFromLast, m_archiveSession, m_signSession, m_addAddendum});

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Sessions"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // Attendance and format are in the editor; the list keeps to what tells sessions apart at a glance.
    m_table->setColumnHidden(SessionsModel::AttendanceColumn, true);
    m_table->setColumnHidden(SessionsModel::FormatColumn, true);
    m_table->horizontalHeader()->setStretchLastSection(false); // the focus stretches, down to a sliver
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SessionsModel::FocusColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false); // Tab leaves the list for the editor
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setMinimumSectionSize(24);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_archivedToggle->setAccessibleName(tr("Show archived sessions"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Sessions message"));
    m_message->setStyleSheet(QStringLiteral("color: #a12a1f;"));
    m_message->hide();

    auto *left = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(buttonFor(m_newSession, left));
    top->addWidget(buttonFor(m_startFromLast, left));
    top->addStretch(1);
    top->addWidget(buttonFor(m_signSession, left));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_archivedToggle);
    bottom->addStretch(1);
    bottom->addWidget(buttonFor(m_archiveSession, left));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_message);
    leftLayout->addLayout(bottom);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_sessionEditor);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({400, 1040}); // until the window restores the user's own split
    m_splitter->setObjectName(QStringLiteral("sessionsSplitter")); // the window saves its position by name
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_newSession, &QAction::triggered, this, [this] { createSession(false); });
    connect(m_startFromLast, &QAction::triggered, this, [this] { createSession(true); });
    connect(m_archiveSession, &QAction::triggered, this, &SessionsTab::toggleArchived);
    connect(m_signSession, &QAction::triggered, this,
            [this] { signSessionInteractively(m_editor.store(), *m_sessionEditor, this); });
    connect(m_addAddendum, &QAction::triggered, this,
            [this] { addAddendumInteractively(m_editor.store(), m_sessionEditor->sessionId(), this); });
    connect(m_sessionEditor, &SessionEditor::addAddendumRequested, m_addAddendum, &QAction::trigger);
    connect(m_sessionEditor, &SessionEditor::displayed, this, &SessionsTab::updateActions);
    connect(m_archivedToggle, &QCheckBox::toggled, this, &SessionsTab::showArchived);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionsTab::onCurrentRowChanged);
    connect(m_model, &SessionsModel::loadFailed, this, &SessionsTab::showMessage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SessionsTab::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SessionsTab::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionsTab::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionsTab::fitListWidth);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SessionsTab::fitListWidth);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SessionsTab::fitListWidth);
    fitListWidth();
    updateActions();
}

void SessionsTab::setCouple(qint64 coupleId)
{
    if (coupleId == m_coupleId)
        return;
    if (Status s = m_sessionEditor->showSession(0); !s)
        return; // the window flushes first; if that failed the banner already says why
    m_coupleId = coupleId;
    m_message->hide();
    m_model->setCouple(coupleId);
    if (m_model->rowCount() > 0)
        selectSession(m_model->summaryAt(0).id);
    updateActions();
}

Status SessionsTab::flushPendingEdits()
{
    return m_sessionEditor->flushPendingEdits();
}

qint64 SessionsTab::currentSessionId() const
{
    return m_sessionEditor->sessionId();
}

void SessionsTab::setHighlightingEnabled(bool enabled)
{
    m_sessionEditor->setHighlightingEnabled(enabled);
}

void SessionsTab::openSession(qint64 sessionId)
{
    const Result<Session> session = m_editor.store().session(sessionId);
    if (!session) {
        showMessage(session.error());
        return;
    }
    if (session->coupleId != m_coupleId)
        setCouple(session->coupleId);
    if (session->archived != m_archivedToggle->isChecked())
        m_archivedToggle->setChecked(session->archived);
    selectSession(sessionId);
}

void SessionsTab::selectSession(qint64 sessionId)
{
    const int row = m_model->rowOf(sessionId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, SessionsModel::DateColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    onCurrentRowChanged(); // also when the row was already current
}

void SessionsTab::onCurrentRowChanged()
{
    if (m_selecting)
        return;
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? current.data(IdRole).toLongLong() : 0;
    if (Status s = m_sessionEditor->showSession(id); !s) {
        // The previous session's edit is not stored yet: stay on it, so what was typed stays in view.
        const QSignalBlocker blocker(m_table->selectionModel());
        const int row = m_model->rowOf(m_sessionEditor->sessionId());
        if (row >= 0)
            m_table->selectionModel()->setCurrentIndex(
                m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->viewport()->update();
    }
    updateActions();
}

bool SessionsTab::createSessionFromAppointment(const Appointment &appointment)
{
    if (appointment.coupleId != m_coupleId || appointment.status != AppointmentStatus::Booked)
        return false;
    return createSession(false, &appointment);
}

bool SessionsTab::createSession(bool fromLast, const Appointment *appointment)
{
    if (m_coupleId == 0)
        return false;
    if (Status s = m_sessionEditor->flushPendingEdits(); !s)
        return false;
    std::optional<Session> last;
    const auto summaries = m_editor.store().sessionSummaries(m_coupleId, ArchiveFilter::Current);
    if (!summaries) {
        showMessage(summaries.error());
        return false;
    }
    if (!summaries->isEmpty()) {
        const auto newest =
            std::max_element(summaries->cbegin(), summaries->cend(), [](const auto &a, const auto &b) {
                return std::tuple(a.date, a.startTime, a.id) < std::tuple(b.date, b.startTime, b.id);
            });
        const Result<Session> session = m_editor.store().session(newest->id);
        if (!session) {
            showMessage(session.error());
            return false;
        }
        last = *session;
    }
    const QDate today = m_editor.store().today();
    Session fresh = fromLast && last ? sessionContinuing(*last, today, m_defaultLength)
                                     : newSessionAfter(m_coupleId, last, today, m_defaultLength);
    if (appointment)
        fresh = sessionForAppointment(*appointment, fresh);
    const Result<SafetyGate> gate = passSafetyGate(fresh);
    if (!gate) {
        showMessage(gate.error());
        return false;
    }
    if (*gate == SafetyGate::Cancelled)
        return false;
    // From an appointment, the session and the appointment's "attended" are one edit (one undo step).
    const Result<qint64> id =
        appointment ? m_editor.attendAppointment(appointment->id, fresh) : m_editor.createSession(fresh);
    if (!id) {
        showMessage(tr("The new session could not be created: %1").arg(id.error()));
        return false;
    }
    if (*gate == SafetyGate::JointConfirmed) {
        if (const Status s = recordJointConfirmation(*id); !s) {
            // The confirmation must be on record; without it the joint session does not stand.
            m_editor.undoStack().undo();
            showMessage(tr("The joint session was not created: its confirmation could not be recorded "
                           "in the audit trail: %1")
                            .arg(s.error()));
            return false;
        }
    }
    m_message->hide();
    if (m_archivedToggle->isChecked())
        m_archivedToggle->setChecked(false);
    selectSession(*id);
    // Created from a menu while another tab (or the practice page) was in front: the window brings this
    // tab forward, then the therapist starts typing in the new session.
    emit openSessionRequested(*id);
    m_sessionEditor->focusFirstField();
    return true;
}

Result<SessionsTab::SafetyGate> SessionsTab::passSafetyGate(Session &fresh)
{
    const Result<CoupleSummary> couple = m_editor.store().coupleSummary(m_coupleId);
    if (!couple)
        return couple.status();
    m_gateConcern = couple->safety;
    if (!isRedFlag(couple->safety))
        return SafetyGate::Clear;
    const Result<int> months = m_editor.store().rescreenMonths();
    if (!months)
        return months.status();
    SafetyGateDialog dialog(couple->safety, *months, couple->partnerNames, this);
    if (dialog.exec() != QDialog::Accepted)
        return SafetyGate::Cancelled;
    switch (dialog.choice()) {
    case SafetyGateDialog::Choice::IndividualFirst:
        fresh.attendance = Attendance::PartnerAOnly;
        return SafetyGate::Individual;
    case SafetyGateDialog::Choice::IndividualSecond:
        fresh.attendance = Attendance::PartnerBOnly;
        return SafetyGate::Individual;
    case SafetyGateDialog::Choice::Joint:
        fresh.attendance = Attendance::Both;
        break;
    }
    return SafetyGate::JointConfirmed;
}

Status SessionsTab::recordJointConfirmation(qint64 sessionId)
{
    const Result<Session> session = m_editor.store().session(sessionId);
    if (!session)
        return session.status();
    const Result<CoupleSummary> couple = m_editor.store().coupleSummary(m_coupleId);
    if (!couple)
        return couple.status();
    const AuditSummaryKey why =
        m_gateConcern == SafetyConcern::AbuseOngoing  ? AuditSummaryKey::JointDespiteAbuse
        : m_gateConcern == SafetyConcern::NotScreened ? AuditSummaryKey::JointDespiteNoScreen
                                                      : AuditSummaryKey::JointDespiteOverdueScreen;
    return m_editor.store().recordEvent(QStringLiteral("safety_override"), QStringLiteral("session"),
                                        session->uuid, couple->uuid, storedAuditSummary(why));
}

void SessionsTab::toggleArchived()
{
    const qint64 id = m_sessionEditor->sessionId();
    if (id == 0)
        return;
    const bool archive = !m_archivedToggle->isChecked();
    if (archive) {
        if (Status s = m_sessionEditor->flushPendingEdits(); !s)
            return;
    }
    const int row = m_model->rowOf(id);
    if (Status s = m_editor.setSessionArchived(id, archive); !s) {
        showMessage(s.error());
        return;
    }
    m_message->hide();
    // The session left this view; show its neighbour so the keyboard user keeps a place in the list.
    const int next = qMin(row, m_model->rowCount() - 1);
    if (next >= 0)
        selectSession(m_model->summaryAt(next).id);
    else
        m_sessionEditor->showSession(0);
    updateActions();
}

void SessionsTab::showArchived(bool archived)
{
    if (Status s = m_sessionEditor->showSession(0); !s) {
        const QSignalBlocker blocker(m_archivedToggle);
        m_archivedToggle->setChecked(!archived);
        return;
    }
    m_model->setArchiveFilter(archived ? ArchiveFilter::Archived : ArchiveFilter::Current);
    if (m_model->rowCount() > 0)
        selectSession(m_model->summaryAt(0).id);
    updateActions();
}

void SessionsTab::updateActions()
{
    const bool archivedView = m_archivedToggle->isChecked();
    const bool haveCouple = m_coupleId != 0;
    m_newSession->setEnabled(haveCouple);
    m_startFromLast->setEnabled(haveCouple);
    m_archiveSession->setText(archivedView ? tr("&Restore Session") : tr("&Archive Session"));
    m_archiveSession->setEnabled(haveCouple && m_sessionEditor->sessionId() != 0);
    const bool shown = haveCouple && m_sessionEditor->sessionId() != 0;
    m_signSession->setEnabled(shown && !m_sessionEditor->isSigned() && !m_sessionEditor->session().archived);
    m_addAddendum->setEnabled(shown && m_sessionEditor->isSigned());
}

void SessionsTab::fitListWidth()
{
    // Date, stage, step, both markers and the signed state always in view: the splitter may not squeeze
    // the list below what those columns need. The focus takes what is left, but never less than its own
    // header ("Enfoque" is wider than "Focus").
    QHeaderView *header = m_table->horizontalHeader();
    int needed = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width() +
                 qMax(48, header->sectionSizeHint(SessionsModel::FocusColumn));
    for (int column = 0; column < m_model->columnCount(); ++column)
        if (!m_table->isColumnHidden(column) && column != SessionsModel::FocusColumn)
            needed += qMax(header->sectionSizeHint(column),
                           static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(column));
    m_table->setMinimumWidth(needed);
}

void SessionsTab::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void SessionsTab::revealSearchHit(const SearchHit &hit, const SearchTerms &terms)
{
    openSession(hit.recordId);
    if (currentSessionId() == hit.recordId)
        m_sessionEditor->revealSearchHit(hit, terms);
}
} // namespace attune
