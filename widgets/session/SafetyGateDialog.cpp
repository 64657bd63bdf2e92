// The safety gate before a new session; see SafetyGateDialog.h.
#include "SafetyGateDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace attune {

SafetyGateDialog::SafetyGateDialog(SafetyConcern concern, int rescreenMonths,
                                   const std::array<QString, 2> &partnerNames, QWidget *parent)
    : QDialog(parent)
    , m_joint(new QRadioButton(tr("&Joint session with both partners"), this))
    , m_confirm(new QCheckBox(this))
{
    setObjectName(QStringLiteral("safetyGate"));
    setWindowTitle(tr("New Session: Safety Flag"));
    auto *flag = new QLabel(this);
    flag->setObjectName(QStringLiteral("safetyGateReason"));
    flag->setTextFormat(Qt::PlainText);
    flag->setWordWrap(true);
    flag->setText(safetyFlagLabel(concern) + u'\n' + safetyConcernSentence(concern, rescreenMonths));
    flag->setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #7a1010; border: 2px solid "
                                       "#b3261e; border-radius: 4px; padding: 8px; font-weight: bold; }"));
    flag->setAccessibleName(tr("Safety flag"));

    for (int i = 0; i < 2; ++i) {
        m_individual[i] = new QRadioButton(tr("Individual session with %1").arg(partnerNames[i]), this);
        m_individual[i]->setObjectName(QStringLiteral("individual%1").arg(i));
    }
    m_individual[0]->setChecked(true);
    m_joint->setObjectName(QStringLiteral("joint"));
    // The confirmation repeats the contraindication in its own words, so ticking it is a decision
    // about this flag rather than a reflex.
    m_confirm->setObjectName(QStringLiteral("confirmJoint"));
    m_confirm->setText(tr("I hold a joint session although: %1").arg(safetyFlagLabel(concern)));
    m_confirm->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create Session"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createSession"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *b : {m_individual[0], m_individual[1], m_joint})
        connect(b, &QRadioButton::toggled, this, &SafetyGateDialog::updateButtons);
    connect(m_confirm, &QCheckBox::toggled, this, &SafetyGateDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(flag);
    layout->addWidget(m_individual[0]);
    layout->addWidget(m_individual[1]);
    layout->addWidget(m_joint);
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);
    updateButtons();
    resize(qMax(460, sizeHint().width()), sizeHint().height());
}

SafetyGateDialog::Choice SafetyGateDialog::choice() const
{
    if (m_joint->isChecked())
        return Choice::Joint;
    return m_individual[1]->isChecked() ? Choice::IndividualSecond : Choice::IndividualFirst;
}

void SafetyGateDialog::updateButtons()
{
    const bool joint = m_joint->isChecked();
    m_confirm->setEnabled(joint);
    if (!joint && m_confirm->isChecked()) {
        const QSignalBlocker block(m_confirm);
        m_confirm->setChecked(false);
    }
    m_create->setEnabled(!joint || m_confirm->isChecked());
}

} // namespace attune
