// The clinician profile dialog; see ClinicianProfileDialog.h.
#include "ClinicianProfileDialog.h"

#include "store/PracticeStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace attune {

ClinicianProfileFields::ClinicianProfileFields(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_credentials(new QLineEdit(this))
{
    m_name->setAccessibleName(tr("Clinician name"));
    m_name->setPlaceholderText(tr("e.g. Alex Rivera"));
    m_credentials->setAccessibleName(tr("Clinician credentials"));
    m_credentials->setPlaceholderText(tr("e.g. PhD, LMFT"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&redentials:"), m_credentials);
}

void ClinicianProfileFields::setProfile(const ClinicianProfile &profile)
{
    m_name->setText(profile.name);
    m_credentials->setText(profile.credentials);
}

ClinicianProfile ClinicianProfileFields::profile() const
{
    return {m_name->text().trimmed(), m_credentials->text().trimmed()};
}

ClinicianProfileDialog::ClinicianProfileDialog(PracticeStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_fields(new ClinicianProfileFields(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Clinician Profile"));
    auto *intro = new QLabel(tr("Notes and addenda are signed with this name and these credentials."), this);
    intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a12a1f;"));
    m_problem->hide();
    if (const auto profile = store.clinician(); profile)
        m_fields->setProfile(*profile);
    else
        m_problem->setText(profile.error());
    m_problem->setVisible(!m_problem->text().isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_fields);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

void ClinicianProfileDialog::accept()
{
    if (const Status s = m_store.setClinician(m_fields->profile()); !s) {
        m_problem->setText(s.error());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace attune
