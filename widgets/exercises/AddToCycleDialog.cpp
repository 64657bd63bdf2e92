// The Add to cycle dialog: current versus proposed text per step.
#include "AddToCycleDialog.h"

#include "i18n/DateText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace attune {
namespace {

QLabel *cellLabel(const QString &text, const QString &emptyText, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMinimumWidth(260);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (text.trimmed().isEmpty()) {
        label->setText(emptyText);
        label->setEnabled(false); // greyed: nothing there
    } else {
        label->setText(text.trimmed());
    }
    return label;
}

} // namespace

AddToCycleDialog::AddToCycleDialog(const QString &partnerName, const FiveStepExercise &exercise,
                                   const std::optional<CycleMap> &map, QWidget *parent)
    : QDialog(parent)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Exercise to Cycle"));
    setAccessibleName(tr("Add exercise to cycle"));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(map ? tr("Choose which steps of %1's exercise go into %1's side of cycle version %2 (%3).")
                             .arg(partnerName)
                             .arg(map->version)
                             .arg(shortDate(map->date))
                       : tr("This couple has no cycle map yet. The steps you choose start version 1 of it, "
                            "dated today, on %1's side.")
                             .arg(partnerName));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(10);
    QFont bold = font();
    bold.setBold(true);
    const QStringList headers{tr("Exercise step → cycle step"), tr("In the cycle now"),
                              tr("From the exercise")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QLabel(headers[column], this);
        header->setFont(bold);
        grid->addWidget(header, 0, column);
    }
    const PartnerChain chain = map ? map->chains[exercise.partner == 1 ? 1 : 0] : PartnerChain{};
    int row = 1;
    for (ExerciseStep step : allValues<ExerciseStep>()) {
        const CycleStep target = cycleStepFor(step);
        const QString proposed = exercise[step];
        auto *check = new QCheckBox(tr("%1 → %2").arg(displayName(step), displayName(target)), this);
        check->setAccessibleName(tr("Use the exercise's %1 as the cycle's %2")
                                     .arg(displayName(step).toLower(), displayName(target).toLower()));
        const bool hasText = !proposed.trimmed().isEmpty();
        check->setChecked(hasText);
        check->setEnabled(hasText);
        m_checks[indexOf(step)] = check;
        grid->addWidget(check, row, 0, Qt::AlignTop);
        grid->addWidget(cellLabel(chain[target], tr("(empty)"), this), row, 1);
        grid->addWidget(cellLabel(proposed, tr("(the exercise leaves this empty)"), this), row, 2);
        connect(check, &QCheckBox::toggled, this, &AddToCycleDialog::updateOk);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add to Cycle"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    updateOk();
}

StepSelection AddToCycleDialog::selection() const
{
    StepSelection selected{};
    for (int i = 0; i < 5; ++i)
        selected[i] = m_checks[i]->isEnabled() && m_checks[i]->isChecked();
    return selected;
}

void AddToCycleDialog::updateOk()
{
    const StepSelection selected = selection();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(std::find(selected.begin(), selected.end(), true) != selected.end());
}

} // namespace attune
