// Automatic backups while Attune runs: one a day and one on close, kept in a folder beside the practice,
// the oldest removed beyond a chosen number. Each is a checked copy (PracticeStore::backupTo); when a
// passphrase is available the copy is encrypted and the plain one never stays on disk. A failure is
// reported, never kept as a good backup.
#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace attune {

class PracticeStore;

struct BackupPolicy
{
    bool enabled = true;
    int keep = 14;  // newest backups kept
    QString folder; // empty: "<practice folder>/backups"
};

class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    // passphrase: returns the practice passphrase while it is known (unlocked), or nullopt for plain copies.
    using PassphraseSource = std::function<std::optional<QByteArray>()>;
    // True when the practice has a passphrase: its backups must be encrypted, so while the passphrase is
    // not known (the practice is locked) a backup is skipped rather than written as a plain copy.
    using PassphraseRequired = std::function<bool()>;

    BackupScheduler(PracticeStore &store, BackupPolicy policy, Clock clock = systemClock(),
                    PassphraseSource passphrase = {}, QObject *parent = nullptr);

    void setPolicy(const BackupPolicy &policy);
    BackupPolicy policy() const { return m_policy; }
    void setPassphraseRequired(PassphraseRequired required) { m_required = std::move(required); }
    QString folder() const;
    // The folder a policy means for a practice: its own, or "<practice folder>/backups".
    static QString folderFor(const QString &practicePath, const BackupPolicy &policy);
    // A practice's backups in folder, newest first.
    static QStringList backupsIn(const QString &folder, const QString &practicePath);

    // Writes a backup now if none was made today (the daily one); checked every hour while running.
    Status backUpIfDue();
    // Writes one now, whatever the day (on close, or on request).
    Result<QString> backUpNow();
    // The backups in the folder, newest first.
    QStringList existingBackups() const;

signals:
    void backedUp(const QString &path);
    void backupFailed(const QString &message);
    // Nothing was written because the passphrase the backup must be encrypted with is not known now.
    void backupSkipped(const QString &message);

private:
    void prune();
    Result<QString> backUpProtected();

    PracticeStore &m_store;
    BackupPolicy m_policy;
    Clock m_clock;
    PassphraseSource m_passphrase;
    PassphraseRequired m_required;
    QTimer m_hourly;
};

} // namespace attune
