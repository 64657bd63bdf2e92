// Creating a couple: validate, create through the editor, or say what is wrong and stay open.
#include "NewCoupleDialog.h"

#include "CoupleForm.h"
#include "PartnerFields.h"

#include "commands/PracticeEditor.h"
#include "domain/Validation.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace attune {

NewCoupleDialog::NewCoupleDialog(PracticeEditor &editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_form(new CoupleForm(editor.store().today()))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Couple"));
    setAccessibleName(tr("New couple"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Couple"));
    // The form with the contact details is taller than a 720-pixel screen: it scrolls, the buttons stay.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    // Only down, never sideways: the area is as wide as the form needs, with room for the scroll bar.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_form->minimumSizeHint().width() +
                            scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewCoupleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewCoupleDialog::reject);
    // A message about what is missing goes as soon as it no longer applies (the name is typed), rather
    // than lingering until the next Create.
    auto recheck = [this] {
        const QString shown = m_form->errorText();
        if (shown.isEmpty())
            return;
        const Status valid = validateCouple(m_form->couple(), m_editor.store().today());
        if (valid || valid.error() != shown)
            m_form->showError({});
    };
    connect(m_form, &CoupleForm::textEdited, this, recheck);
    connect(m_form, &CoupleForm::discreteChanged, this, recheck);
    m_form->partnerFields(0)->nameEdit()->setFocus();
    resize(QSize(qMax(900, minimumSizeHint().width()), 640));
}

void NewCoupleDialog::accept()
{
    const Couple couple = m_form->couple();
    if (const Status valid = validateCouple(couple, m_editor.store().today()); !valid) {
        m_form->showError(valid.error());
        return;
    }
    const Result<qint64> id = m_editor.createCouple(couple);
    if (!id) {
        m_form->showError(id.error());
        return;
    }
    m_form->showError({});
    m_createdId = *id;
    QDialog::accept();
}

} // namespace attune
