// One treatment goal's fields and reviews; see GoalEditor.h.
#include "GoalEditor.h"

#include "i18n/DateText.h"
#include "session/SessionSection.h"
#include "session/SessionVocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace attune {
namespace {

void fillStatuses(QComboBox *box)
{
    for (GoalStatus s : allValues<GoalStatus>())
        box->addItem(displayName(s), int(s));
}

} // namespace

GoalEditor::GoalEditor(QWidget *parent)
    : QWidget(parent)
    , m_coupleWords(makeNoteEdit(tr("Goal in the couple's words"), 2, this))
    , m_therapistWords(makeNoteEdit(tr("Goal in the therapist's words"), 2, this))
    , m_objectives(makeNoteEdit(tr("Objectives, one per line"), 3, this))
    , m_step(new QComboBox(this))
    , m_interventions(new QLineEdit(this))
    , m_hasTarget(new QCheckBox(tr("By"), this))
    , m_target(new QDateEdit(this))
    , m_status(new QComboBox(this))
    , m_reviews(new QLabel(this))
    , m_reviewDate(new QDateEdit(this))
    , m_reviewStatus(new QComboBox(this))
    , m_reviewNote(makeNoteEdit(tr("Review note"), 2, this))
    , m_addReview(new QPushButton(tr("Add &Review"), this))
{
    for (int step = 1; step <= 9; ++step)
        m_step->addItem(tr("Stage %1 · %2").arg(stageOfStep(step)).arg(stepTitle(step)), step);
    m_step->setAccessibleName(tr("EFT stage and step"));
    m_interventions->setAccessibleName(tr("Interventions planned"));
    m_interventions->setPlaceholderText(tr("e.g. tracking the cycle, evocative responding"));
    m_hasTarget->setAccessibleName(tr("Has a target date"));
    for (QDateEdit *edit : {m_target, m_reviewDate}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(shortDateFormat());
    }
    m_target->setAccessibleName(tr("Target date"));
    fillStatuses(m_status);
    m_status->setAccessibleName(tr("Goal status"));
    fillStatuses(m_reviewStatus);
    m_reviewStatus->setAccessibleName(tr("Status at this review"));
    m_reviewDate->setAccessibleName(tr("Review date"));
    m_reviews->setWordWrap(true);
    m_reviews->setTextFormat(Qt::PlainText);
    m_reviews->setAccessibleName(tr("Reviews"));

    auto *target = new QHBoxLayout;
    target->setContentsMargins(0, 0, 0, 0);
    target->addWidget(m_hasTarget);
    target->addWidget(m_target);
    target->addStretch(1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("The couple's &words:"), m_coupleWords);
    form->addRow(tr("The &therapist's words:"), m_therapistWords);
    form->addRow(tr("&Objectives:"), m_objectives);
    form->addRow(tr("E&FT step:"), m_step);
    form->addRow(tr("&Interventions:"), m_interventions);
    auto *targetLabel = new QLabel(tr("Target &date:"), this);
    targetLabel->setBuddy(m_hasTarget); // a row that is a layout gets no buddy of its own
    form->addRow(targetLabel, target);
    form->addRow(tr("St&atus:"), m_status);

    auto *reviews = new QGroupBox(tr("Reviews"), this);
    auto *reviewRow = new QHBoxLayout;
    // Labels linked to the date and the status, so a screen reader says what each one chooses.
    auto *reviewedLabel = new QLabel(tr("Re&viewed:"), reviews);
    reviewedLabel->setBuddy(m_reviewDate);
    auto *statusThenLabel = new QLabel(tr("Stat&us then:"), reviews);
    statusThenLabel->setBuddy(m_reviewStatus);
    reviewRow->addWidget(reviewedLabel);
    reviewRow->addWidget(m_reviewDate);
    reviewRow->addWidget(statusThenLabel);
    reviewRow->addWidget(m_reviewStatus);
    reviewRow->addWidget(m_addReview);
    reviewRow->addStretch(1);
    auto *reviewLayout = new QVBoxLayout(reviews);
    reviewLayout->addWidget(m_reviews);
    reviewLayout->addWidget(m_reviewNote);
    reviewLayout->addLayout(reviewRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(reviews);
    layout->addStretch(1);

    for (QPlainTextEdit *edit : {m_coupleWords, m_therapistWords, m_objectives})
        connect(edit, &QPlainTextEdit::textChanged, this, [this] { changed(true); });
    connect(m_interventions, &QLineEdit::textEdited, this, [this] { changed(true); });
    connect(m_step, &QComboBox::activated, this, [this] { changed(false); });
    connect(m_status, &QComboBox::activated, this, [this] { changed(false); });
    connect(m_hasTarget, &QCheckBox::toggled, this, [this](bool on) {
        m_target->setEnabled(on && !m_readOnly);
        changed(false);
    });
    connect(m_target, &QDateEdit::dateChanged, this, [this] { changed(false); });
    connect(m_addReview, &QPushButton::clicked, this, [this] {
        GoalReview review;
        review.goalId = m_goal.id;
        review.date = m_reviewDate->date();
        review.status = GoalStatus(m_reviewStatus->currentData().toInt());
        review.note = m_reviewNote->toPlainText().trimmed();
        emit reviewRequested(review);
    });
}

void GoalEditor::changed(bool typing)
{
    if (!m_loading)
        emit edited(typing);
}

void GoalEditor::load(const TreatmentGoal &goal, QDate today)
{
    const bool other = goal.id != m_goal.id;
    m_loading = true;
    m_goal = goal;
    setTextKeepingCursor(m_coupleWords, goal.coupleWords);
    setTextKeepingCursor(m_therapistWords, goal.therapistWords);
    setTextKeepingCursor(m_objectives, goal.objectives);
    setTextKeepingCursor(m_interventions, goal.interventions);
    m_step->setCurrentIndex(m_step->findData(goal.step));
    m_hasTarget->setChecked(goal.targetDate.isValid());
    m_target->setDate(goal.targetDate.isValid() ? goal.targetDate : today.addMonths(3));
    m_target->setEnabled(goal.targetDate.isValid() && !m_readOnly);
    m_status->setCurrentIndex(m_status->findData(int(goal.status)));
    QStringList lines;
    for (const GoalReview &r : goal.reviews) {
        QString line = tr("%1: %2").arg(shortDate(r.date), displayName(r.status));
        if (!r.note.isEmpty())
            line += QStringLiteral(" – ") + r.note;
        lines << line;
    }
    m_reviews->setText(lines.isEmpty() ? tr("Not reviewed yet.") : lines.join(QLatin1Char('\n')));
    if (other) { // a review row starts fresh for each goal
        m_reviewDate->setDate(today);
        m_reviewStatus->setCurrentIndex(m_reviewStatus->findData(int(goal.currentStatus())));
        m_reviewNote->clear();
    }
    m_loading = false;
}

TreatmentGoal GoalEditor::gathered() const
{
    TreatmentGoal g = m_goal;
    g.coupleWords = m_coupleWords->toPlainText();
    g.therapistWords = m_therapistWords->toPlainText();
    g.objectives = m_objectives->toPlainText();
    g.step = m_step->currentData().toInt();
    g.stage = stageOfStep(g.step);
    g.interventions = m_interventions->text();
    g.targetDate = m_hasTarget->isChecked() ? m_target->date() : QDate();
    g.status = GoalStatus(m_status->currentData().toInt());
    return g;
}

void GoalEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly; // text stays selectable; choices are disabled
    for (QPlainTextEdit *edit : {m_coupleWords, m_therapistWords, m_objectives})
        edit->setReadOnly(readOnly);
    m_interventions->setReadOnly(readOnly);
    for (QWidget *w : std::initializer_list<QWidget *>{m_step, m_hasTarget, m_status})
        w->setEnabled(!readOnly);
    m_target->setEnabled(!readOnly && m_hasTarget->isChecked());
}

} // namespace attune
