// Edit → Preferences; see PreferencesDialog.h.
#include "PreferencesDialog.h"

#include "ElidedLabel.h"

#include "backup/BackupsPage.h"
#include "lock/ProtectionGroup.h"
#include "session/ClinicianProfileDialog.h"
#include "store/PracticeStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace attune {

PreferencesDialog::PreferencesDialog(const Preferences &preferences, const QString &currentPractice,
                                     QWidget *parent, PracticeStore *store)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_language(new QComboBox(this))
    , m_sessionMinutes(new QSpinBox(this))
    , m_highlight(new QCheckBox(tr("Highlight words of primary and secondary emotion in notes"), this))
    , m_store(store)
{
    setWindowTitle(tr("Preferences"));

    // A long path has no spaces to wrap at: it is elided in the middle, whole in the tooltip.
    auto *practice = new ElidedLabel(QDir::toNativeSeparators(currentPractice), this);
    practice->setObjectName(QStringLiteral("practicePath"));
    practice->setAccessibleName(tr("Practice file"));
    auto *openOther = new QPushButton(tr("Open Another Practice…"), this);
    connect(openOther, &QPushButton::clicked, this, [this] {
        reject();
        emit openAnotherPracticeRequested();
    });
    auto *practiceRow = new QHBoxLayout;
    practiceRow->addWidget(practice, 1);
    practiceRow->addWidget(openOther);

    m_language->setAccessibleName(tr("Interface language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences.language)));

    m_sessionMinutes->setAccessibleName(tr("Default session length"));
    m_sessionMinutes->setRange(5, 480);
    m_sessionMinutes->setSingleStep(5);
    m_sessionMinutes->setSuffix(tr(" min"));
    m_sessionMinutes->setValue(preferences.defaultSessionMinutes);

    m_highlight->setChecked(preferences.highlightEmotionWords);

    auto *form = new QFormLayout;
    form->addRow(tr("Practice file:"), practiceRow);
    form->addRow(tr("Interface language:"), m_language);
    form->addRow(tr("Default session length:"), m_sessionMinutes);
    form->addRow(QString(), m_highlight);
    if (m_store) {
        // A practice-wide rule, kept in the practice file: every view and command flags the same couples.
        m_rescreenMonths = new QSpinBox(this);
        m_rescreenMonths->setObjectName(QStringLiteral("rescreenMonths"));
        m_rescreenMonths->setAccessibleName(tr("Re-screen for safety after"));
        m_rescreenMonths->setRange(kMinRescreenMonths, kMaxRescreenMonths);
        m_rescreenMonths->setSuffix(tr(" months"));
        const Result<int> months = m_store->rescreenMonths();
        m_rescreenMonths->setValue(months ? *months : kDefaultRescreenMonths);
        m_rescreenMonths->setToolTip(tr("A couple whose latest safety screen is older than this carries a "
                                        "red safety flag until they are screened again"));
        form->addRow(tr("Re-screen for safety after:"), m_rescreenMonths);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    if (m_store) {
        auto *group = new QGroupBox(tr("Clinician (signs notes and addenda)"), general);
        m_clinician = new ClinicianProfileFields(group);
        m_problem = new QLabel(group);
        m_problem->setWordWrap(true);
        m_problem->setStyleSheet(QStringLiteral("color: #a12a1f;"));
        if (const auto profile = m_store->clinician(); profile)
            m_clinician->setProfile(*profile);
        else
            m_problem->setText(profile.error());
        m_problem->setVisible(!m_problem->text().isEmpty());
        auto *groupLayout = new QVBoxLayout(group);
        groupLayout->addWidget(m_clinician);
        groupLayout->addWidget(m_problem);
        generalLayout->addWidget(group);
    }
    generalLayout->addStretch(1);
    m_backups = new BackupsPage(preferences, currentPractice, m_store, this);

    m_pages = new QTabWidget(this);
    m_pages->addTab(general, tr("General"));
    m_pages->addTab(m_backups, tr("Backups"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void PreferencesDialog::addProtection(const ProtectionActions &actions)
{
    if (!m_store || m_protection)
        return;
    auto *privacy = new QWidget(this);
    m_protection = new ProtectionGroup(*m_store, actions, privacy);
    auto *privacyLayout = new QVBoxLayout(privacy);
    privacyLayout->addWidget(m_protection);
    privacyLayout->addStretch(1);
    m_pages->addTab(privacy, tr("Privacy"));
}

void PreferencesDialog::accept()
{
    if (m_store && m_clinician) {
        const ClinicianProfile wanted = m_clinician->profile();
        const auto stored = m_store->clinician();
        // An untouched, still empty profile is no reason to refuse the other preferences.
        const bool changed = !stored || *stored != wanted;
        if (changed && !(wanted.name.isEmpty() && wanted.credentials.isEmpty())) {
            if (const Status s = m_store->setClinician(wanted); !s) {
                m_problem->setText(s.error());
                m_problem->show();
                return;
            }
        }
    }
    if (m_store && m_rescreenMonths) {
        if (const Status s = m_store->setRescreenMonths(m_rescreenMonths->value()); !s) {
            if (m_problem) {
                m_problem->setText(s.error());
                m_problem->show();
            }
            return;
        }
    }
    QDialog::accept();
}

Preferences PreferencesDialog::chosen() const
{
    Preferences p = m_preferences;
    p.language = m_language->currentData().toString();
    p.defaultSessionMinutes = m_sessionMinutes->value();
    p.highlightEmotionWords = m_highlight->isChecked();
    m_backups->applyTo(p);
    return p;
}

} // namespace attune
