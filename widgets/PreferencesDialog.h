// Edit → Preferences: interface language, default session length, emotion-word highlighting, the
// practice file in use and, given the practice's store, the clinician profile that signs notes (the
// General tab); automatic backups (the Backups tab).
#pragma once

#include "Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace attune {

class BackupsPage;
class ClinicianProfileFields;
class PracticeStore;

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
    ClinicianProfileFields *m_clinician = nullptr;
    BackupsPage *m_backups = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace attune
