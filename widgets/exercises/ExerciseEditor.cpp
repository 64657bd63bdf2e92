// The five-step exercise editor: fields, autosave and reloading.
#include "ExerciseEditor.h"

#include "i18n/DateText.h"

#include "domain/Validation.h"

#include "WriteConflictDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace attune {
namespace {

// One line per step of what belongs there, in the therapist's words.
constexpr const char *kHints[5] = {
    QT_TRANSLATE_NOOP("attune::ExerciseEditor", "What happened, in plain words: what was seen, heard or "
                                                "missed."),
    QT_TRANSLATE_NOOP("attune::ExerciseEditor", "The first feeling that flared up, e.g. anger, irritation, "
                                                "panic."),
    QT_TRANSLATE_NOOP("attune::ExerciseEditor", "What the partner did next, e.g. criticized, went quiet, "
                                                "left the room."),
    QT_TRANSLATE_NOOP("attune::ExerciseEditor", "The softer feeling underneath, e.g. hurt, fear, shame, "
                                                "loneliness."),
    QT_TRANSLATE_NOOP("attune::ExerciseEditor", "What the partner longed for, e.g. comfort, reassurance, "
                                                "to matter."),
};

QLabel *makeMessageLabel(const QString &style, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(style);
    label->hide();
    return label;
}

} // namespace

ExerciseEditor::ExerciseEditor(PracticeEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_banner(makeMessageLabel(QStringLiteral("QLabel { background: #fde2e1; color: #7a1010; border: 1px "
                                               "solid #c94a4a; border-radius: 4px; padding: 8px; "
                                               "font-weight: bold; }"),
                                this))
    , m_error(makeMessageLabel(QStringLiteral("QLabel { color: #8a1c1c; font-weight: bold; }"), this))
    , m_archivedNote(makeMessageLabel(QStringLiteral("QLabel { color: palette(mid); }"), this))
    , m_fields(new QWidget(this))
    , m_partner(new QComboBox(m_fields))
    , m_date(new QDateEdit(m_fields))
    , m_session(new QComboBox(m_fields))
    , m_incident(new QLineEdit(m_fields))
{
    setAccessibleName(tr("Five-step exercise"));
    m_banner->setObjectName(QStringLiteral("saveBanner"));
    m_banner->setAccessibleName(tr("Storage problem"));
    m_error->setAccessibleName(tr("Problem with the exercise"));
    m_partner->setAccessibleName(tr("Partner"));
    m_date->setAccessibleName(tr("Exercise date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(shortDateFormat());
    m_date->setDateRange(kEarliestPlausibleDate, editor.store().today());
    m_session->setAccessibleName(tr("Linked session"));
    m_incident->setAccessibleName(tr("Incident"));
    m_incident->setPlaceholderText(tr("A short title, e.g. \"The missed phone call\""));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Partner:"), m_partner);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Session:"), m_session);
    form->addRow(tr("&Incident:"), m_incident);

    auto *fields = new QVBoxLayout(m_fields);
    fields->setContentsMargins(0, 0, 0, 0);
    fields->addLayout(form);
    QFont bold = font();
    bold.setBold(true);
    for (ExerciseStep step : allValues<ExerciseStep>()) {
        const int i = indexOf(step);
        auto *title = new QLabel(tr("&%1. %2").arg(i + 1).arg(displayName(step)), m_fields);
        title->setFont(bold);
        auto *hint = new QLabel(tr(kHints[i]), m_fields);
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        auto *edit = new QPlainTextEdit(m_fields);
        edit->setTabChangesFocus(true);
        edit->setAccessibleName(displayName(step));
        edit->setAccessibleDescription(hint->text());
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
        title->setBuddy(edit);
        m_steps[i] = edit;
        fields->addSpacing(6);
        fields->addWidget(title);
        fields->addWidget(hint);
        fields->addWidget(edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
            if (edit->document()->isModified())
                onEdited(PracticeEditor::Merge::Typing);
        });
    }

    fields->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_error);
    layout->addWidget(m_archivedNote);
    layout->addWidget(m_fields, 1);

    connect(m_incident, &QLineEdit::textEdited, this, [this] { onEdited(PracticeEditor::Merge::Typing); });
    connect(m_partner, &QComboBox::activated, this, [this] { onEdited(PracticeEditor::Merge::Separate); });
    connect(m_session, &QComboBox::activated, this, [this] { onEdited(PracticeEditor::Merge::Separate); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_date->signalsBlocked())
            onEdited(PracticeEditor::Merge::Separate);
    });
    connect(&m_saver, &AutoSaver::saved, this, [this] { m_pendingSeparate = false; });
    connect(&m_saver, &AutoSaver::saveFailed, this, [this](const QString &message) {
        m_banner->setText(tr("Your changes could not be stored: %1 They stay on screen, and Attune keeps "
                             "trying to store them.")
                              .arg(message));
        m_banner->show();
    });
    connect(&m_saver, &AutoSaver::recovered, m_banner, &QLabel::hide);
    // Another program changed the exercise after it was shown: the therapist chooses which to keep.
    connect(&m_saver, &AutoSaver::conflicted, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (!m_saver.hasPending() || !m_record.isStored())
                return;
            const Result<FiveStepExercise> theirs = m_editor.store().exercise(m_record.id);
            if (!theirs)
                return;
            FiveStepExercise mine = shown();
            const auto text = [](const FiveStepExercise &e) {
                QStringList parts{e.incident};
                for (const QString &step : e.steps)
                    parts << step;
                return parts.join(QStringLiteral("\n\n"));
            };
            if (!WriteConflictDialog::keepMine(this, tr("This exercise"), text(mine), text(*theirs))) {
                m_saver.discard();
                m_banner->hide();
                load();
                return;
            }
            mine.rowVersion = theirs->rowVersion; // written over the stored version, knowingly
            m_saver.schedule(
                [this, mine] { return m_editor.updateExercise(mine, PracticeEditor::Merge::Separate); });
            m_saver.flush();
        });
    });
    PracticeStore &store = m_editor.store();
    connect(&store, &PracticeStore::exercisesChanged, this, [this](qint64 coupleId) {
        if (coupleId == m_record.coupleId && !m_saver.hasPending() && m_invalid.isEmpty())
            load();
    });
    connect(&store, &PracticeStore::sessionsChanged, this, [this](qint64 coupleId) {
        if (coupleId == m_record.coupleId)
            fillSessions(coupleId, m_session->currentData().toLongLong());
    });
    connect(&store, &PracticeStore::coupleChanged, this, [this](qint64 coupleId) {
        if (coupleId == m_record.coupleId && !m_saver.hasPending() && m_invalid.isEmpty())
            load();
    });
    setExercise(0);
}

ExerciseEditor::~ExerciseEditor()
{
    m_saver.flush();
}

void ExerciseEditor::setExercise(qint64 exerciseId)
{
    if (exerciseId == m_exerciseId && exerciseId != 0)
        return;
    m_saver.flush(); // a failure stays with the saver, which retries the previous exercise's values
    m_exerciseId = exerciseId;
    m_invalid.clear();
    m_error->hide();
    load();
}

QString ExerciseEditor::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ExerciseEditor::load()
{
    Result<FiveStepExercise> exercise =
        m_exerciseId ? m_editor.store().exercise(m_exerciseId) : Result<FiveStepExercise>(FiveStepExercise{});
    if (!exercise) {
        m_error->setText(exercise.error());
        m_error->show();
        exercise = FiveStepExercise{};
    }
    m_record = *exercise;
    const bool shown = m_record.isStored();
    m_fields->setEnabled(shown && !m_record.archived);
    m_archivedNote->setText(tr("This exercise is archived. Restore it to edit it."));
    m_archivedNote->setVisible(shown && m_record.archived);

    const QSignalBlocker blockPartner(m_partner);
    const QSignalBlocker blockDate(m_date);
    const QSignalBlocker blockIncident(m_incident);
    m_partner->clear();
    if (shown) {
        const Result<Couple> couple = m_editor.store().couple(m_record.coupleId);
        for (int i = 0; i < 2; ++i) {
            const QString name = couple ? couple->partners[i].name : QString();
            m_partner->addItem(name.isEmpty() ? (i == 0 ? tr("First partner") : tr("Second partner")) : name,
                               i);
        }
        m_partner->setCurrentIndex(m_record.partner == 1 ? 1 : 0);
    }
    m_date->setDate(m_record.date.isValid() ? m_record.date : m_editor.store().today());
    fillSessions(m_record.coupleId, m_record.sessionId);
    m_incident->setText(m_record.incident);
    for (int i = 0; i < 5; ++i) {
        const QSignalBlocker block(m_steps[i]);
        m_steps[i]->setPlainText(m_record.steps[i]);
    }
}

void ExerciseEditor::fillSessions(qint64 coupleId, qint64 selected)
{
    const QSignalBlocker block(m_session);
    m_session->clear();
    m_session->addItem(tr("No session"), qint64(0));
    if (coupleId == 0)
        return;
    const auto sessions = m_editor.store().sessionSummaries(coupleId, ArchiveFilter::All);
    if (!sessions) {
        m_error->setText(sessions.error());
        m_error->show();
        return;
    }
    // Newest first: an exercise is usually about a recent session.
    for (auto it = sessions->crbegin(); it != sessions->crend(); ++it) {
        if (it->archived && it->id != selected)
            continue;
        m_session->addItem(tr("%1 (stage %2, step %3)")
                               .arg(QLocale().toString(it->date, QLocale::LongFormat))
                               .arg(it->stage)
                               .arg(it->step),
                           it->id);
    }
    m_session->setCurrentIndex(std::max(0, m_session->findData(selected)));
}

FiveStepExercise ExerciseEditor::shown() const
{
    FiveStepExercise e = m_record;
    e.partner = m_partner->currentData().toInt();
    e.date = m_date->date();
    e.sessionId = m_session->currentData().toLongLong();
    e.incident = m_incident->text();
    for (int i = 0; i < 5; ++i)
        e.steps[i] = m_steps[i]->toPlainText();
    return e;
}

void ExerciseEditor::onEdited(PracticeEditor::Merge merge)
{
    if (!m_record.isStored())
        return;
    const FiveStepExercise exercise = shown();
    if (const Status valid = validateExercise(exercise, m_editor.store().today()); !valid) {
        m_invalid = valid.error();
        m_error->setText(m_invalid);
        m_error->show();
        m_saver.discard();
        m_pendingSeparate = false;
        return;
    }
    m_invalid.clear();
    m_error->hide();
    if (merge == PracticeEditor::Merge::Separate)
        m_pendingSeparate = true;
    const auto effective =
        m_pendingSeparate ? PracticeEditor::Merge::Separate : PracticeEditor::Merge::Typing;
    m_saver.schedule([this, exercise, effective] { return m_editor.updateExercise(exercise, effective); });
}

Status ExerciseEditor::flushPendingEdits()
{
    if (!m_invalid.isEmpty())
        return Status::failure(m_invalid);
    return m_saver.flush();
}

} // namespace attune
