// "Add to cycle": shows, for each of the five exercise steps, what the partner's chain in the cycle
// says now and what the exercise proposes, with a checkbox per step for the therapist to accept.
// Steps the exercise leaves empty are unchecked and cannot be chosen.
#pragma once

#include "CycleProposal.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;

namespace attune {

class AddToCycleDialog : public QDialog
{
    Q_OBJECT
public:
    // map is the cycle version the steps go into; without one, accepting creates the first version.
    AddToCycleDialog(const QString &partnerName, const FiveStepExercise &exercise,
                     const std::optional<CycleMap> &map, QWidget *parent = nullptr);

    StepSelection selection() const;
    QCheckBox *checkBox(ExerciseStep step) const { return m_checks[indexOf(step)]; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    std::array<QCheckBox *, 5> m_checks{};
    QDialogButtonBox *m_buttons;
};

} // namespace attune
