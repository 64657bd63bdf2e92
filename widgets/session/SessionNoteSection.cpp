// The structured session note; see SessionNoteSection.h.
#include "SessionNoteSection.h"

#include "EmotionHighlighter.h"
#include "HomeworkList.h"
#include "SessionVocabulary.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>

namespace attune {

SessionNoteSection::SessionNoteSection(QWidget *parent)
    : SessionSection(tr("Note"), parent)
    , m_focus(makeNoteEdit(tr("Focus"), 2, this))
    , m_observations(makeNoteEdit(tr("Cycle observations"), 4, this))
    , m_plan(makeNoteEdit(tr("Plan"), 3, this))
    , m_homework(new HomeworkList(this))
    , m_text(makeNoteEdit(tr("Session note"), 8, this))
{
    auto *interventions = new QWidget(this);
    auto *grid = new QGridLayout(interventions);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList keys = interventionKeys();
    for (int i = 0; i < keys.size(); ++i) {
        auto *box = new QCheckBox(interventionName(keys[i]), interventions);
        box->setAccessibleName(tr("Intervention: %1").arg(interventionName(keys[i])));
        grid->addWidget(box, i / 2,
                        i % 2); // two across fit beside the list at a laptop's width, in Spanish too
        m_interventions.insert(keys[i], box);
        connect(box, &QCheckBox::toggled, this, [this] { changed(false); });
    }

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a long label puts its field under it when narrow
    auto addRow = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    addRow(tr("&Focus:"), m_focus);
    addRow(tr("C&ycle observations:"), m_observations);
    form->addRow(tr("Interventions:"), interventions);
    addRow(tr("&Plan:"), m_plan);
    addRow(tr("&Homework:"), m_homework);
    addRow(tr("&Note:"), m_text);

    for (QPlainTextEdit *edit : {m_focus, m_observations, m_plan, m_text}) {
        m_highlighters.append(new EmotionHighlighter(edit->document()));
        connect(edit, &QPlainTextEdit::textChanged, this, [this] { changed(true); });
    }
    connect(m_homework, &HomeworkList::edited, this, [this] { changed(false); });
}

void SessionNoteSection::setHighlightingEnabled(bool enabled)
{
    for (EmotionHighlighter *h : std::as_const(m_highlighters))
        h->setEnabled(enabled);
}

void SessionNoteSection::load(const Session &session)
{
    Loading loading(*this);
    setTextKeepingCursor(m_focus, session.note.focus);
    setTextKeepingCursor(m_observations, session.note.cycleObservations);
    setTextKeepingCursor(m_plan, session.note.plan);
    setTextKeepingCursor(m_text, session.note.text);
    for (auto it = m_interventions.cbegin(); it != m_interventions.cend(); ++it)
        it.value()->setChecked(session.note.interventions.contains(it.key()));

    m_homework->setItems(session.homework);
}

void SessionNoteSection::apply(Session &session) const
{
    session.note.focus = m_focus->toPlainText();
    session.note.cycleObservations = m_observations->toPlainText();
    session.note.plan = m_plan->toPlainText();
    session.note.text = m_text->toPlainText();
    // Keys this build does not know (from a newer Attune or an import) are kept, not dropped.
    QStringList interventions;
    for (const QString &key : std::as_const(session.note.interventions))
        if (!m_interventions.contains(key))
            interventions.append(key);
    for (auto it = m_interventions.cbegin(); it != m_interventions.cend(); ++it)
        if (it.value()->isChecked())
            interventions.append(it.key());
    session.note.interventions = interventions;

    session.homework = m_homework->items();
}

void SessionNoteSection::setReadOnly(bool readOnly)
{
    for (QPlainTextEdit *edit : {m_focus, m_observations, m_plan, m_text})
        edit->setReadOnly(readOnly);
    for (QCheckBox *box : std::as_const(m_interventions))
        box->setEnabled(!readOnly);
    m_homework->setReadOnly(readOnly);
}

QWidget *SessionNoteSection::searchField(const SearchHit &hit) const
{
    switch (hit.field) {
    case SearchField::Focus:
        return m_focus;
    case SearchField::CycleObservations:
        return m_observations;
    case SearchField::Plan:
        return m_plan;
    case SearchField::Note:
        return m_text;
    case SearchField::Homework:
        return m_homework->list();
    default:
        return nullptr;
    }
}

} // namespace attune
