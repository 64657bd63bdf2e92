// The Exercises tab: the list, its actions and the Add to cycle flow.
#include "ExercisesTab.h"

#include "i18n/DateText.h"

#include "AddToCycleDialog.h"
#include "ExerciseEditor.h"
#include "domain/AuditSummary.h"

#include "commands/PracticeEditor.h"
#include "items/Roles.h"
#include "render/CycleLabels.h"
#include "search/SearchHighlight.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace attune {
namespace {

enum Column { DateColumn, PartnerColumn, IncidentColumn };

QToolButton *actionButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

ExercisesTab::ExercisesTab(PracticeEditor &editor, QWidget *parent)
    : WorkspaceTab(parent)
    , m_editor(editor)
    , m_newAction(new QAction(tr("&New Exercise"), this))
    , m_addToCycleAction(new QAction(tr("Add to &Cycle…"), this))
    , m_archiveAction(new QAction(tr("&Archive Exercise"), this))
    , m_printAction(new QAction(tr("&Print Exercise…"), this))
    , m_showArchived(new QCheckBox(tr("Show arc&hived"), this))
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_exerciseEditor(new ExerciseEditor(editor, this))
{
    setAccessibleName(tr("Exercises"));
    m_newAction->setToolTip(tr("Start a five-step exercise for this couple"));
    m_addToCycleAction->setToolTip(tr("Propose this exercise's steps for the partner's side of the cycle"));
    m_showArchived->setAccessibleName(tr("Show archived exercises"));
    m_list->setAccessibleName(tr("Five-step exercises"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Date"), tr("Partner"), tr("Incident")});
    m_list->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(PartnerColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Exercise messages"));
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(actionButton(m_newAction, this));
    buttons->addWidget(actionButton(m_archiveAction, this));
    buttons->addWidget(actionButton(m_addToCycleAction, this));
    buttons->addWidget(actionButton(m_printAction, this));
    buttons->addStretch(1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_showArchived);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_message);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Exercise details")); // it takes focus, so a screen reader announces it
    scroll->setWidget(m_exerciseEditor);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("exercisesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_newAction, &QAction::triggered, this, &ExercisesTab::newExercise);
    connect(m_archiveAction, &QAction::triggered, this, &ExercisesTab::toggleArchived);
    connect(m_addToCycleAction, &QAction::triggered, this, &ExercisesTab::addToCycle);
    connect(m_printAction, &QAction::triggered, this, &ExercisesTab::printExercise);
    m_printAction->setToolTip(tr("Print this exercise as filled in, in the language you choose"));
    connect(m_showArchived, &QCheckBox::toggled, this, &ExercisesTab::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_exerciseEditor->setExercise(currentExerciseId());
        updateActions();
    });
    PracticeStore &store = m_editor.store();
    connect(&store, &PracticeStore::exercisesChanged, this, [this](qint64 id) {
        if (id == m_coupleId)
            reload();
    });
    connect(&store, &PracticeStore::coupleChanged, this, [this](qint64 id) {
        if (id == m_coupleId)
            reload(); // partner names may have changed
    });
    setCouple(0);
}

void ExercisesTab::setCouple(qint64 coupleId)
{
    if (coupleId == m_coupleId && coupleId != 0)
        return;
    m_exerciseEditor->setExercise(0);
    m_coupleId = coupleId;
    m_message->hide();
    reload();
}

Status ExercisesTab::flushPendingEdits()
{
    return m_exerciseEditor->flushPendingEdits();
}

qint64 ExercisesTab::currentExerciseId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(DateColumn, IdRole).toLongLong() : 0;
}

void ExercisesTab::selectExercise(qint64 exerciseId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(DateColumn, IdRole).toLongLong() == exerciseId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
}

void ExercisesTab::reload()
{
    const qint64 current = currentExerciseId();
    const bool archivedView = m_showArchived->isChecked();
    QList<FiveStepExercise> exercises;
    QStringList names{tr("First partner"), tr("Second partner")};
    if (m_coupleId != 0) {
        const auto loaded = m_editor.store().exercises(m_coupleId, archivedView ? ArchiveFilter::Archived
                                                                                : ArchiveFilter::Current);
        if (!loaded)
            showMessage(loaded.error());
        else
            exercises = *loaded;
        if (const auto couple = m_editor.store().couple(m_coupleId))
            for (int i = 0; i < 2; ++i)
                if (!couple->partners[i].name.isEmpty())
                    names[i] = couple->partners[i].name;
    }
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        // Newest first: the exercise being worked on is usually the latest.
        for (auto it = exercises.crbegin(); it != exercises.crend(); ++it) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setData(DateColumn, IdRole, it->id);
            item->setText(DateColumn, shortDate(it->date));
            item->setText(PartnerColumn, names.value(it->partner));
            item->setText(IncidentColumn, it->incident.isEmpty() ? tr("(untitled incident)") : it->incident);
            item->setToolTip(IncidentColumn, it->incident);
        }
    }
    selectExercise(current);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentItem(m_list->topLevelItem(0)); // something to act on, from the keyboard too
    }
    if (currentExerciseId() != m_exerciseEditor->exerciseId())
        m_exerciseEditor->setExercise(currentExerciseId());
    updateActions();
}

void ExercisesTab::updateActions()
{
    const bool hasCouple = m_coupleId != 0;
    const qint64 current = currentExerciseId();
    const bool archivedView = m_showArchived->isChecked();
    m_newAction->setEnabled(hasCouple);
    m_archiveAction->setEnabled(current != 0);
    m_archiveAction->setText(archivedView ? tr("&Restore Exercise") : tr("&Archive Exercise"));
    m_addToCycleAction->setEnabled(current != 0 && !archivedView);
    m_printAction->setEnabled(current != 0);
}

bool ExercisesTab::printExercise()
{
    // What is typed but not yet saved is printed too.
    if (const Status flushed = flushPendingEdits(); !flushed) {
        showMessage(flushed.error());
        return false;
    }
    const qint64 id = currentExerciseId();
    if (id == 0)
        return false;
    const auto exercise = m_editor.store().exercise(id);
    const auto couple = m_editor.store().couple(m_coupleId);
    if (!exercise || !couple) {
        showMessage(!exercise ? exercise.error() : couple.error());
        return false;
    }
    FiveStepSheet sheet;
    for (std::size_t i = 0; i < 2; ++i)
        sheet.partnerNames[i] = couple->partners[i].name;
    sheet.partner = exercise->partner;
    sheet.date = exercise->date;
    sheet.incident = exercise->incident;
    sheet.steps = exercise->steps;
    HandoutOptions options;
    const PrintOptionsRequest request{tr("Print Exercise"), true, false};
    if (!(m_chooseOptions ? m_chooseOptions(&options) : askPrintOptions(this, request, &options)))
        return false;
    PrintJob job;
    job.title = CycleLabels::forLanguage(options.language).fiveStepSheetDocumentTitle;
    job.paint = [sheet, options](QPainter &painter, QPrinter &printer) {
        paintFiveStepSheet(painter, printablePage(printer), printer.resolution(), sheet, options);
    };
    if (!runPrintJob(this, job, m_printRunner))
        return false;
    if (const Status s = m_editor.store().recordCoupleEvent(
            QStringLiteral("print"), {m_coupleId}, storedAuditSummary(AuditSummaryKey::FiveStepExercise));
        !s)
        showMessage(tr("This could not be recorded in the audit trail: %1").arg(s.error()));
    return true;
}

void ExercisesTab::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ExercisesTab::newExercise()
{
    if (m_coupleId == 0)
        return;
    if (const Status s = m_exerciseEditor->flushPendingEdits(); !s) {
        showMessage(s.error());
        return;
    }
    FiveStepExercise exercise;
    exercise.coupleId = m_coupleId;
    exercise.date = m_editor.store().today();
    if (const auto shown = m_editor.store().exercise(currentExerciseId()))
        exercise.partner = shown->partner; // exercises usually come in turns; start with the same partner
    const Result<qint64> id = m_editor.createExercise(exercise);
    if (!id) {
        showMessage(id.error());
        return;
    }
    showMessage({});
    if (m_showArchived->isChecked())
        m_showArchived->setChecked(false); // reloads the current exercises
    selectExercise(*id);
    m_exerciseEditor->incidentEdit()->setFocus();
}

void ExercisesTab::toggleArchived()
{
    const qint64 id = currentExerciseId();
    if (id == 0)
        return;
    if (const Status s = m_exerciseEditor->flushPendingEdits(); !s) {
        showMessage(s.error());
        return;
    }
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    const Status s = m_editor.setExerciseArchived(id, !m_showArchived->isChecked());
    if (!s) {
        showMessage(s.error());
        return;
    }
    showMessage({});
    // The exercise left this view: select its neighbour so the keyboard can carry on.
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(std::min(row, m_list->topLevelItemCount() - 1)));
}

void ExercisesTab::addToCycle()
{
    const qint64 id = currentExerciseId();
    if (id == 0)
        return;
    if (const Status s = m_exerciseEditor->flushPendingEdits(); !s) {
        showMessage(s.error());
        return;
    }
    PracticeStore &store = m_editor.store();
    const auto exercise = store.exercise(id);
    const auto couple = store.couple(m_coupleId);
    const auto maps = store.cycleMaps(m_coupleId, ArchiveFilter::Current);
    for (const QString &error : {exercise.error(), couple.error(), maps.error()})
        if (!error.isEmpty()) {
            showMessage(error);
            return;
        }
    const std::optional<CycleMap> latest = latestCycleMap(*maps);
    const QString partnerName = couple->partners[exercise->partner == 1 ? 1 : 0].name;
    AddToCycleDialog dialog(partnerName, *exercise, latest, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CycleMap base;
    if (latest) {
        base = *latest;
    } else {
        base.coupleId = m_coupleId;
        base.date = store.today();
        base.kind = CycleKind::Negative;
    }
    const CycleMap updated = applyExercise(base, *exercise, dialog.selection());
    // One edit either way, so a single undo takes the whole proposal back.
    const Status s = latest ? m_editor.updateCycleMap(updated) : m_editor.createCycleMap(updated).status();
    if (!s) {
        showMessage(s.error());
        return;
    }
    showMessage(latest ? tr("The exercise's steps are now in cycle version %1.").arg(latest->version)
                       : tr("The exercise's steps started the couple's first cycle map."));
}

void ExercisesTab::revealSearchHit(const SearchHit &hit, const SearchTerms &terms)
{
    const auto exercise = m_editor.store().exercise(hit.recordId);
    if (!exercise) {
        showMessage(exercise.error());
        return;
    }
    if (exercise->archived != m_showArchived->isChecked())
        m_showArchived->setChecked(exercise->archived); // reloads the list
    selectExercise(hit.recordId);
    if (currentExerciseId() != hit.recordId)
        return;
    QWidget *field = nullptr;
    if (hit.field == SearchField::Incident)
        field = m_exerciseEditor->incidentEdit();
    else if (hit.exerciseStep)
        field = m_exerciseEditor->stepEdit(*hit.exerciseStep);
    highlightSearchMatches(field, terms);
}
} // namespace attune
