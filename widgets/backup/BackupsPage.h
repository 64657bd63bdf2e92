// Preferences → Backups: automatic backups on or off, how many to keep, the folder (empty for the default
// beside the practice, with the folder that is actually used shown), whether they are encrypted, the
// latest backup and when it was made, and Back Up Now.
#pragma once

#include "Preferences.h"

#include "backup/BackupScheduler.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace attune {

class PracticeStore;

class BackupsPage : public QWidget
{
    Q_OBJECT
public:
    // store (optional) tells whether backups are encrypted; without a scheduler Back Up Now is disabled.
    BackupsPage(const Preferences &preferences, const QString &practicePath, PracticeStore *store,
                QWidget *parent = nullptr);

    // Back Up Now writes one with the scheduler, into the folder this page shows, after
    // storePendingEdits (the window's typing) succeeded. The scheduler keeps its own policy until the
    // preferences are accepted.
    void setScheduler(BackupScheduler *scheduler, std::function<Status()> storePendingEdits = {});

    // Writes the page's choices into preferences.
    void applyTo(Preferences &preferences) const;
    BackupPolicy policy() const;
    QString effectiveFolder() const;

    QCheckBox *automaticField() const { return m_automatic; }
    QSpinBox *keepField() const { return m_keep; }
    QLineEdit *folderField() const { return m_folder; }
    QPushButton *browseButton() const { return m_browse; }
    QPushButton *backUpNowButton() const { return m_backUpNow; }
    QLabel *effectiveFolderLabel() const { return m_effective; }
    QLabel *latestLabel() const { return m_latest; }
    QLabel *statusLabel() const { return m_status; }

    void backUpNow();
    void showLatest();

private:
    void browse();

    QString m_practicePath;
    BackupScheduler *m_scheduler = nullptr;
    std::function<Status()> m_storePendingEdits;
    QCheckBox *m_automatic;
    QSpinBox *m_keep;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QPushButton *m_default;
    QLabel *m_effective;
    QLabel *m_encryption;
    QLabel *m_latest;
    QPushButton *m_backUpNow;
    QLabel *m_status;
};

} // namespace attune
