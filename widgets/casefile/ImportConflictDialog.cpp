#include "ImportConflictDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace attune {
namespace {

QString kindText(CaseFileConflict::Kind kind)
{
    switch (kind) {
    case CaseFileConflict::Kind::Couple:
        return ImportConflictDialog::tr("Couple");
    case CaseFileConflict::Kind::Session:
        return ImportConflictDialog::tr("Session");
    case CaseFileConflict::Kind::CycleMap:
        return ImportConflictDialog::tr("Cycle map");
    case CaseFileConflict::Kind::Exercise:
        return ImportConflictDialog::tr("Five-step exercise");
    }
    return {};
}

} // namespace

ImportConflictDialog::ImportConflictDialog(const QList<CaseFileConflict> &conflicts, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_skip(new QRadioButton(tr("&Skip them: keep what this practice has"), this))
    , m_replace(new QRadioButton(tr("&Replace them with the case file's versions (signed notes stay)"), this))
    , m_copy(new QRadioButton(tr("Import them as &copies next to what this practice has"), this))
{
    setWindowTitle(tr("Records Already in This Practice"));
    auto *intro = new QLabel(tr("The case file has %n record(s) that this practice holds with different "
                                "content. Identical records are skipped in any case.",
                                nullptr, int(conflicts.size())),
                             this);
    intro->setWordWrap(true);
    m_list->setAccessibleName(tr("Records that differ"));
    for (const CaseFileConflict &c : conflicts)
        m_list->addItem(tr("%1: %2").arg(kindText(c.kind), c.description));
    m_skip->setChecked(true);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_skip, m_replace, m_copy})
        group->addButton(b);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_skip);
    layout->addWidget(m_replace);
    layout->addWidget(m_copy);
    layout->addWidget(buttons);
    resize(520, 400);
}

ConflictPolicy ImportConflictDialog::policy() const
{
    if (m_replace->isChecked())
        return ConflictPolicy::Replace;
    if (m_copy->isChecked())
        return ConflictPolicy::Copy;
    return ConflictPolicy::Skip;
}

QRadioButton *ImportConflictDialog::button(ConflictPolicy policy) const
{
    switch (policy) {
    case ConflictPolicy::Skip:
        return m_skip;
    case ConflictPolicy::Replace:
        return m_replace;
    case ConflictPolicy::Copy:
        return m_copy;
    }
    return m_skip;
}

} // namespace attune
