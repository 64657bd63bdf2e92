// Edit → Preferences: interface language, default session length, emotion-word highlighting, the
// practice file in use and, given the practice's store, the clinician profile that signs notes and how
// long a safety screen stays current (the General tab); automatic backups (the Backups tab); given the
// window's protection actions, whether the practice is protected and the buttons that change it (the Privacy
// tab).
#pragma once

#include "Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace attune {

class BackupsPage;
class ClinicianProfileFields;
class PracticeStore;
class ProtectionGroup;
struct ProtectionActions;

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(const Preferences &preferences, const QString &currentPractice,
                      QWidget *parent = nullptr, PracticeStore *store = nullptr);

    // The preferences with the user's choices applied (call after exec() returned Accepted).
    Preferences chosen() const;
    // The clinician profile fields; null when the dialog was given no store.
    ClinicianProfileFields *clinicianFields() const { return m_clinician; }
    BackupsPage *backupsPage() const { return m_backups; }
    // How many months a safety screen stays current (kept in the practice file); null without a store.
    QSpinBox *rescreenMonthsBox() const { return m_rescreenMonths; }
    // Adds the Privacy tab with the Protection group, whose buttons run the Edit menu's actions (needs the
    // store the dialog was given). Null until then.
    void addProtection(const ProtectionActions &actions);
    ProtectionGroup *protectionGroup() const { return m_protection; }

    // Stores a changed clinician profile (the rest is the caller's, through chosen()); stays open with
    // the reason when it cannot.
    void accept() override;

signals:
    void openAnotherPracticeRequested();

private:
    Preferences m_preferences;
    QComboBox *m_language;
    QSpinBox *m_sessionMinutes;
    QCheckBox *m_highlight;
    PracticeStore *m_store;
    QSpinBox *m_rescreenMonths = nullptr;
    ClinicianProfileFields *m_clinician = nullptr;
    BackupsPage *m_backups = nullptr;
    ProtectionGroup *m_protection = nullptr;
    QTabWidget *m_pages = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace attune
