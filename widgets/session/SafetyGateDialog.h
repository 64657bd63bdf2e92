// Asked by Session → New Session when the couple carries a red safety flag (abuse ongoing, no screen, or
// a screen past the practice's period). The new session defaults to an individual one with the first
// partner; a joint session is possible only after ticking a confirmation that names the
// contraindication, and the caller records that confirmation in the audit trail.
#pragma once

#include "domain/Safety.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QPushButton;
class QRadioButton;

namespace attune {

class SafetyGateDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { IndividualFirst, IndividualSecond, Joint };

    SafetyGateDialog(SafetyConcern concern, int rescreenMonths, const std::array<QString, 2> &partnerNames,
                     QWidget *parent = nullptr);

    Choice choice() const;
    QRadioButton *individualButton(int partner) const { return m_individual[partner]; }
    QRadioButton *jointButton() const { return m_joint; }
    QCheckBox *confirmation() const { return m_confirm; }
    QPushButton *createButton() const { return m_create; }

private:
    void updateButtons();

    std::array<QRadioButton *, 2> m_individual{};
    QRadioButton *m_joint;
    QCheckBox *m_confirm;
    QPushButton *m_create = nullptr;
};

} // namespace attune
