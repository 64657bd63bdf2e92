// The Plan tab; see TreatmentPlanTab.h.
#include "TreatmentPlanTab.h"

#include "GoalEditor.h"

#include "search/SearchHighlight.h"

#include "commands/AutoSaver.h"
#include "i18n/DateText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace attune {
namespace {

enum Target { PlanFields = 1, GoalFields = 2 };

} // namespace

TreatmentPlanTab::TreatmentPlanTab(PracticeEditor &editor, QWidget *parent)
    : WorkspaceTab(parent)
    , m_editor(editor)
    , m_saver(new AutoSaver(this))
    , m_banner(new QLabel(this))
    , m_version(new QComboBox(this))
    , m_planStatus(new QLabel(this))
    , m_newPlan(new QPushButton(this))
    , m_sign(new QPushButton(tr("&Sign Plan…"), this))
    , m_planDate(new QDateEdit(this))
    , m_planNotes(new QLineEdit(this))
    , m_goalList(new QListWidget(this))
    , m_addGoal(new QPushButton(tr("Add &Goal"), this))
    , m_removeGoal(new QPushButton(tr("&Remove Goal"), this))
    , m_goalScroll(new QScrollArea(this))
    , m_goalEditor(new GoalEditor)
    , m_empty(new QLabel(this))
    , m_body(new QWidget(this))
{
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Saving problem"));
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #7a1f16; border: 1px solid #e6a59d;"
                       " border-radius: 4px; padding: 6px 10px; }"));
    m_banner->hide();
    m_version->setAccessibleName(tr("Plan version"));
    m_planStatus->setWordWrap(true);
    m_planStatus->setAccessibleName(tr("Plan status"));
    m_planDate->setCalendarPopup(true);
    m_planDate->setDisplayFormat(shortDateFormat());
    m_planDate->setAccessibleName(tr("Plan date"));
    m_planNotes->setAccessibleName(tr("Plan notes"));
    m_planNotes->setPlaceholderText(tr("Notes on the plan as a whole"));
    m_goalList->setAccessibleName(tr("Goals"));
    m_goalList->setMinimumWidth(220);
    m_goalList->setWordWrap(true);
    m_goalList->setSpacing(3); // each goal is two lines or more: keep them apart
    m_goalScroll->setWidget(m_goalEditor);
    m_goalScroll->setWidgetResizable(true);
    m_goalScroll->setFrameShape(QFrame::NoFrame);
    m_goalScroll->setAccessibleName(tr("Goal"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *top = new QHBoxLayout;
    auto *versionLabel = new QLabel(tr("Version:"), this);
    versionLabel->setBuddy(m_version);
    top->addWidget(versionLabel);
    top->addWidget(m_version);
    top->addStretch(1);
    top->addWidget(m_newPlan);
    top->addWidget(m_sign);
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(new QLabel(tr("Dated:"), this));
    planRow->addWidget(m_planDate);
    planRow->addWidget(new QLabel(tr("Notes:"), this));
    planRow->addWidget(m_planNotes, 1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_goalList, 1);
    auto *goalButtons = new QHBoxLayout;
    goalButtons->addWidget(m_addGoal);
    goalButtons->addWidget(m_removeGoal);
    leftLayout->addLayout(goalButtons);
    auto *split = new QSplitter(Qt::Horizontal, m_body);
    split->addWidget(left);
    split->addWidget(m_goalScroll);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setChildrenCollapsible(false);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_planStatus); // its own row: a signature line wraps in Spanish
    bodyLayout->addLayout(planRow);
    bodyLayout->addWidget(split, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_empty, 1);

    connect(m_version, &QComboBox::activated, this, [this](int index) {
        if (const Status s = flushPendingEdits(); !s)
            return;
        reload(m_version->itemData(index).toLongLong(), 0);
    });
    connect(m_goalList, &QListWidget::currentRowChanged, this, [this] {
        if (m_saver->hasPending() && m_pendingTarget == GoalFields)
            if (const Status s = m_saver->flush(); !s)
                return;
        showGoal();
    });
    connect(m_newPlan, &QPushButton::clicked, this, &TreatmentPlanTab::newPlanOrVersion);
    connect(m_sign, &QPushButton::clicked, this, &TreatmentPlanTab::signPlan);
    connect(m_addGoal, &QPushButton::clicked, this, &TreatmentPlanTab::addGoal);
    connect(m_removeGoal, &QPushButton::clicked, this, &TreatmentPlanTab::removeGoal);
    connect(m_goalEditor, &GoalEditor::edited, this, &TreatmentPlanTab::onGoalEdited);
    connect(m_goalEditor, &GoalEditor::reviewRequested, this, &TreatmentPlanTab::addReview);
    connect(m_planNotes, &QLineEdit::textEdited, this, [this] { onPlanEdited(true); });
    connect(m_planDate, &QDateEdit::dateChanged, this, [this] { onPlanEdited(false); });
    connect(m_saver, &AutoSaver::saveFailed, this, [this](const QString &message) {
        showBanner(
            tr("Your changes are not stored yet: %1 What you typed stays here, and Attune keeps trying.")
                .arg(message));
    });
    connect(m_saver, &AutoSaver::recovered, m_banner, &QLabel::hide);
    connect(&editor.store(), &PracticeStore::treatmentPlanChanged, this, &TreatmentPlanTab::onPlanChanged);
    showPlan();
}

TreatmentPlanTab::~TreatmentPlanTab()
{
    if (m_saver->hasPending())
        m_saver->flush();
}

Status TreatmentPlanTab::flushPendingEdits()
{
    return m_saver->flush();
}

QString TreatmentPlanTab::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void TreatmentPlanTab::showBanner(const QString &message)
{
    m_banner->setText(message);
    m_banner->show();
}

void TreatmentPlanTab::setCouple(qint64 coupleId)
{
    if (m_saver->hasPending())
        m_saver->flush(); // the window flushes before switching; this is the last chance
    m_saver->discard();
    m_banner->hide();
    m_coupleId = coupleId;
    reload(0, 0);
}

qint64 TreatmentPlanTab::currentGoalId() const
{
    const QListWidgetItem *item = m_goalList->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

// Reads the couple's plans again and shows planId (0: the latest) with goalId selected (0: the first).
void TreatmentPlanTab::reload(qint64 planId, qint64 goalId)
{
    m_plans.clear();
    m_plan = TreatmentPlan{};
    if (m_coupleId) {
        const auto plans = m_editor.store().treatmentPlans(m_coupleId);
        if (!plans)
            showBanner(plans.error());
        else
            m_plans = *plans;
    }
    for (const TreatmentPlan &p : std::as_const(m_plans))
        if (p.id == planId || planId == 0)
            m_plan = p; // the latest when planId is 0: versions come oldest first
    showPlan();
    if (goalId)
        selectGoal(goalId);
}

void TreatmentPlanTab::showPlan()
{
    const bool has = m_plan.isStored();
    m_body->setVisible(has);
    m_empty->setVisible(!has);
    m_empty->setText(m_coupleId ? tr("No treatment plan yet. Start one with New Plan: goals in the couple's "
                                     "words and yours, each with its objectives, EFT step and target date.")
                                : tr("Choose a couple."));
    m_newPlan->setText(m_plans.isEmpty() ? tr("&New Plan") : tr("&New Version"));
    m_newPlan->setEnabled(m_coupleId != 0);
    m_version->clear();
    for (const TreatmentPlan &p : std::as_const(m_plans))
        m_version->addItem(tr("%1 of %2").arg(p.version).arg(shortDate(p.date)), p.id);
    m_version->setCurrentIndex(m_version->findData(m_plan.id));
    m_version->setEnabled(m_plans.size() > 1);
    const bool readOnly = m_plan.isSigned();
    m_sign->setEnabled(has && !readOnly);
    if (!has)
        m_planStatus->clear();
    else if (readOnly)
        m_planStatus->setText(
            tr("Signed by %1 on %2. Reviews can still be added; to change the plan, start a "
               "new version.")
                .arg(m_plan.signedBy, shortDateTime(m_plan.signedAt.toLocalTime())));
    else
        m_planStatus->setText(tr("Draft: sign it when the couple and you agree on it."));
    {
        const QSignalBlocker dateBlocker(m_planDate);
        m_planDate->setDate(m_plan.date.isValid() ? m_plan.date : m_editor.store().today());
    }
    if (m_planNotes->text() != m_plan.notes)
        m_planNotes->setText(m_plan.notes);
    m_planDate->setEnabled(!readOnly);
    m_planNotes->setReadOnly(readOnly);
    m_addGoal->setEnabled(has && !readOnly);

    const qint64 selected = currentGoalId();
    {
        const QSignalBlocker blocker(m_goalList);
        m_goalList->clear();
        const QDate today = m_editor.store().today();
        for (const TreatmentGoal &g : std::as_const(m_plan.goals)) {
            QString text = g.title().trimmed().isEmpty() ? tr("(new goal)") : g.title().trimmed();
            text += QLatin1Char('\n') + displayName(g.currentStatus());
            if (g.isDueForReview(today, m_plan.date))
                text += QStringLiteral(" · ") + tr("due for review");
            auto *item = new QListWidgetItem(text, m_goalList);
            item->setData(Qt::UserRole, g.id);
        }
        int row = 0;
        for (int i = 0; i < m_goalList->count(); ++i)
            if (m_goalList->item(i)->data(Qt::UserRole).toLongLong() == selected)
                row = i;
        if (m_goalList->count() > 0)
            m_goalList->setCurrentRow(row);
    }
    showGoal();
}

void TreatmentPlanTab::selectGoal(qint64 goalId)
{
    for (int i = 0; i < m_goalList->count(); ++i)
        if (m_goalList->item(i)->data(Qt::UserRole).toLongLong() == goalId)
            m_goalList->setCurrentRow(i);
}

void TreatmentPlanTab::showGoal()
{
    const qint64 id = currentGoalId();
    const TreatmentGoal *goal = nullptr;
    for (const TreatmentGoal &g : std::as_const(m_plan.goals))
        if (g.id == id)
            goal = &g;
    m_goalScroll->setVisible(goal != nullptr);
    m_removeGoal->setEnabled(goal && !m_plan.isSigned());
    if (!goal)
        return;
    m_goalEditor->load(*goal, m_editor.store().today());
    m_goalEditor->setReadOnly(m_plan.isSigned());
}

void TreatmentPlanTab::schedule(int target, std::function<Status()> write)
{
    // One pending write at a time: a pending edit of another target is stored first, never replaced.
    if (m_saver->hasPending() && m_pendingTarget != target)
        if (const Status s = m_saver->flush(); !s)
            return;
    m_pendingTarget = target;
    m_saver->schedule(std::move(write));
}

void TreatmentPlanTab::onGoalEdited(bool typing)
{
    if (m_plan.isSigned() || currentGoalId() == 0)
        return;
    if (!typing)
        m_pendingMerge = PracticeEditor::Merge::Separate;
    const TreatmentGoal goal = m_goalEditor->gathered();
    const PracticeEditor::Merge merge = m_pendingMerge;
    schedule(GoalFields, [this, goal, merge] {
        const Status s = m_editor.updateTreatmentGoal(goal, merge);
        if (s)
            m_pendingMerge = PracticeEditor::Merge::Typing;
        return s;
    });
}

void TreatmentPlanTab::onPlanEdited(bool typing)
{
    if (!m_plan.isStored() || m_plan.isSigned())
        return;
    TreatmentPlan plan = m_plan;
    plan.date = m_planDate->date();
    plan.notes = m_planNotes->text();
    const PracticeEditor::Merge merge =
        typing ? PracticeEditor::Merge::Typing : PracticeEditor::Merge::Separate;
    schedule(PlanFields, [this, plan, merge] { return m_editor.updateTreatmentPlan(plan, merge); });
}

void TreatmentPlanTab::onPlanChanged(qint64 coupleId)
{
    if (coupleId != m_coupleId || m_saver->hasPending())
        return; // the user's own edit is on its way and supersedes what the store holds
    reload(m_plan.id, currentGoalId());
}

void TreatmentPlanTab::newPlanOrVersion()
{
    if (!m_coupleId || !flushPendingEdits())
        return;
    const auto id = m_editor.newTreatmentPlanVersion(m_coupleId);
    if (!id) {
        showBanner(id.error());
        return;
    }
    reload(*id, 0);
    if (m_plan.goals.isEmpty())
        addGoal();
}

void TreatmentPlanTab::addGoal()
{
    if (!m_plan.isStored() || m_plan.isSigned() || !flushPendingEdits())
        return;
    TreatmentGoal goal;
    goal.planId = m_plan.id;
    if (!m_plan.goals.isEmpty()) { // a new goal starts in the stage the plan has reached
        goal.step = m_plan.goals.last().step;
        goal.stage = m_plan.goals.last().stage;
    }
    const auto id = m_editor.createTreatmentGoal(goal);
    if (!id) {
        showBanner(id.error());
        return;
    }
    reload(m_plan.id, *id);
    m_goalEditor->coupleWordsField()->setFocus(Qt::OtherFocusReason);
}

void TreatmentPlanTab::removeGoal()
{
    const qint64 id = currentGoalId();
    if (!id || m_plan.isSigned() || !flushPendingEdits())
        return;
    if (const Status s = m_editor.setTreatmentGoalArchived(id, true); !s)
        showBanner(s.error());
}

void TreatmentPlanTab::signPlan()
{
    if (!m_plan.isStored() || m_plan.isSigned() || !flushPendingEdits())
        return;
    const QString question = tr("Sign version %1 of the treatment plan? A signed plan cannot be changed; "
                                "a later change is a new version.")
                                 .arg(m_plan.version);
    const bool yes = m_confirm ? m_confirm(question)
                               : QMessageBox::question(this, tr("Sign Plan"), question) == QMessageBox::Yes;
    if (!yes)
        return;
    if (const Status s = m_editor.store().signTreatmentPlan(m_plan.id); !s)
        showBanner(s.error());
}

void TreatmentPlanTab::addReview(const GoalReview &review)
{
    if (!flushPendingEdits())
        return;
    if (const auto id = m_editor.addGoalReview(review); !id)
        showBanner(id.error());
}

void TreatmentPlanTab::revealSearchHit(const SearchHit &hit, const SearchTerms &terms)
{
    if (hit.kind != SearchKind::Goal)
        return;
    const auto goal = m_editor.store().treatmentGoal(hit.recordId);
    if (!goal) {
        showBanner(goal.error());
        return;
    }
    if (const Status s = m_saver->flush(); !s)
        return; // the banner says why; what is on screen stays
    reload(goal->planId, goal->id);
    if (currentGoalId() != goal->id)
        return; // a removed goal, or one of a removed version: nothing to show it in
    QWidget *field = nullptr;
    switch (hit.field) {
    case SearchField::GoalCoupleWords:
        field = m_goalEditor->coupleWordsField();
        break;
    case SearchField::GoalTherapistWords:
        field = m_goalEditor->therapistWordsField();
        break;
    case SearchField::GoalObjectives:
        field = m_goalEditor->objectivesField();
        break;
    case SearchField::GoalInterventions:
        field = m_goalEditor->interventionsField();
        break;
    case SearchField::GoalReview:
        field = m_goalEditor->reviewsLabel();
        break;
    default:
        break;
    }
    highlightSearchMatches(field, terms);
}

} // namespace attune
