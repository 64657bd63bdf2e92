// Edit → Preferences: interface language, default session length, emotion-word highlighting, and the
// practice file in use.
#pragma once

#include "Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace attune {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(const Preferences &preferences, const QString &currentPractice,
                      QWidget *parent = nullptr);

    // The preferences with the user's choices applied (call after exec() returned Accepted).
    Preferences chosen() const;

signals:
    void openAnotherPracticeRequested();

private:
    Preferences m_preferences;
    QComboBox *m_language;
    QSpinBox *m_sessionMinutes;
    QCheckBox *m_highlight;
};

} // namespace attune
