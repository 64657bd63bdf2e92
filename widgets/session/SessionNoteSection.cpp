// The structured session note; see SessionNoteSection.h.
#include "SessionNoteSection.h"

#include "EmotionHighlighter.h"
#include "SessionVocabulary.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace attune {

SessionNoteSection::SessionNoteSection(QWidget *parent)
    : SessionSection(tr("Note"), parent)
    , m_focus(makeNoteEdit(tr("Focus"), 2, this))
    , m_observations(makeNoteEdit(tr("Cycle observations"), 4, this))
    , m_plan(makeNoteEdit(tr("Plan"), 3, this))
    , m_homework(new QListWidget(this))
    , m_newHomework(new QLineEdit(this))
    , m_addHomework(new QPushButton(tr("Add"), this))
    , m_removeHomework(new QPushButton(tr("Remove"), this))
    , m_text(makeNoteEdit(tr("Session note"), 8, this))
{
    auto *interventions = new QWidget(this);
    auto *grid = new QGridLayout(interventions);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList keys = interventionKeys();
    for (int i = 0; i < keys.size(); ++i) {
        auto *box = new QCheckBox(interventionName(keys[i]), interventions);
        box->setAccessibleName(tr("Intervention: %1").arg(interventionName(keys[i])));
        grid->addWidget(box, i / 3, i % 3); // three across fit beside the list in a narrower window
        m_interventions.insert(keys[i], box);
        connect(box, &QCheckBox::toggled, this, [this] { changed(false); });
    }

    m_homework->setAccessibleName(tr("Homework"));
    const int rowHeight = m_homework->fontMetrics().lineSpacing() + 6;
    m_homework->setFixedHeight(4 * rowHeight + 2 * m_homework->frameWidth());
    m_newHomework->setPlaceholderText(tr("New homework, then Enter"));
    m_newHomework->setAccessibleName(tr("New homework"));
    m_addHomework->setAccessibleName(tr("Add homework"));
    m_removeHomework->setAccessibleName(tr("Remove homework"));
    auto *homeworkButtons = new QHBoxLayout;
    homeworkButtons->addWidget(m_newHomework, 1);
    homeworkButtons->addWidget(m_addHomework);
    homeworkButtons->addWidget(m_removeHomework);
    auto *homework = new QVBoxLayout;
    homework->addWidget(m_homework);
    homework->addLayout(homeworkButtons);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    addRow(tr("&Focus:"), m_focus);
    addRow(tr("C&ycle observations:"), m_observations);
    form->addRow(tr("Interventions:"), interventions);
    addRow(tr("&Plan:"), m_plan);
    form->addRow(tr("&Homework:"), homework);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(homework)))
        label->setBuddy(m_homework);
    addRow(tr("&Note:"), m_text);

    for (QPlainTextEdit *edit : {m_focus, m_observations, m_plan, m_text}) {
        m_highlighters.append(new EmotionHighlighter(edit->document()));
        connect(edit, &QPlainTextEdit::textChanged, this, [this] { changed(true); });
    }
    connect(m_addHomework, &QPushButton::clicked, this, &SessionNoteSection::addHomework);
    connect(m_newHomework, &QLineEdit::returnPressed, this, &SessionNoteSection::addHomework);
    connect(m_newHomework, &QLineEdit::textChanged, this, &SessionNoteSection::updateButtons);
    connect(m_removeHomework, &QPushButton::clicked, this, [this] {
        delete m_homework->currentItem();
        updateButtons();
        changed(false);
    });
    connect(m_homework, &QListWidget::currentRowChanged, this, &SessionNoteSection::updateButtons);
    connect(m_homework, &QListWidget::itemChanged, this, [this] { changed(false); });
    updateButtons();
}

void SessionNoteSection::setHighlightingEnabled(bool enabled)
{
    for (EmotionHighlighter *h : std::as_const(m_highlighters))
        h->setEnabled(enabled);
}

void SessionNoteSection::addHomework()
{
    const QString text = m_newHomework->text().trimmed();
    if (text.isEmpty() || m_readOnly)
        return;
    auto *item = new QListWidgetItem(text);
    // The editor chooses the UUID so the item keeps its identity through every later save.
    item->setData(Qt::UserRole, QUuid::createUuid().toString(QUuid::WithoutBraces));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    {
        Loading loading(*this); // one "edited" below, not one per property set on the new item
        m_homework->addItem(item);
    }
    m_newHomework->clear();
    updateButtons();
    changed(false);
}

void SessionNoteSection::updateButtons()
{
    m_addHomework->setEnabled(!m_readOnly && !m_newHomework->text().trimmed().isEmpty());
    m_removeHomework->setEnabled(!m_readOnly && m_homework->currentItem() != nullptr);
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

    const int row = m_homework->currentRow();
    m_homework->clear();
    for (const HomeworkItem &h : session.homework) {
        auto *item = new QListWidgetItem(h.text, m_homework);
        item->setData(Qt::UserRole, h.uuid);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
        if (!m_readOnly)
            flags |= Qt::ItemIsEditable;
        item->setFlags(flags);
        item->setCheckState(h.done ? Qt::Checked : Qt::Unchecked);
    }
    m_homework->setCurrentRow(qMin(row, m_homework->count() - 1));
    updateButtons();
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

    session.homework.clear();
    for (int i = 0; i < m_homework->count(); ++i) {
        const QListWidgetItem *item = m_homework->item(i);
        if (item->text().trimmed().isEmpty())
            continue; // an emptied item is a removed one; storing it would be refused
        session.homework.append(
            {item->data(Qt::UserRole).toString(), item->text(), item->checkState() == Qt::Checked});
    }
}

void SessionNoteSection::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QPlainTextEdit *edit : {m_focus, m_observations, m_plan, m_text})
        edit->setReadOnly(readOnly);
    for (QCheckBox *box : std::as_const(m_interventions))
        box->setEnabled(!readOnly);
    m_newHomework->setReadOnly(readOnly);
    // Ticking homework off in a signed note would change it: freeze the list but keep it readable.
    m_homework->setEditTriggers(readOnly
                                    ? QAbstractItemView::NoEditTriggers
                                    : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    for (int i = 0; i < m_homework->count(); ++i) {
        QListWidgetItem *item = m_homework->item(i);
        Loading loading(*this);
        item->setFlags(readOnly ? item->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEditable)
                                : item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
    }
    updateButtons();
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
        return m_homework;
    default:
        return nullptr;
    }
}

} // namespace attune
