#include "BackupScheduler.h"

#include "domain/AuditSummary.h"
#include "security/Envelope.h"
#include "security/Passphrase.h"
#include "store/AuditIntent.h"
#include "store/PracticeStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(BackupScheduler)
};

const QString kPlainSuffix = QStringLiteral(".db");
const QString kSealedSuffix = QStringLiteral(".attune-backup");

} // namespace

BackupScheduler::BackupScheduler(PracticeStore &store, BackupPolicy policy, Clock clock,
                                 PassphraseSource passphrase, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_policy(std::move(policy))
    , m_clock(std::move(clock))
    , m_passphrase(std::move(passphrase))
{
    m_hourly.setInterval(60 * 60 * 1000);
    connect(&m_hourly, &QTimer::timeout, this, [this] { backUpIfDue(); });
    m_hourly.start();
}

void BackupScheduler::setPolicy(const BackupPolicy &policy)
{
    m_policy = policy;
}

QString BackupScheduler::folder() const
{
    return folderFor(m_store.path(), m_policy);
}

QString BackupScheduler::folderFor(const QString &practicePath, const BackupPolicy &policy)
{
    if (!policy.folder.isEmpty())
        return policy.folder;
    return QFileInfo(practicePath).absolutePath() + QStringLiteral("/backups");
}

QStringList BackupScheduler::existingBackups() const
{
    return backupsIn(folder(), m_store.path());
}

QStringList BackupScheduler::backupsIn(const QString &folder, const QString &practicePath)
{
    const QString stem = QFileInfo(practicePath).completeBaseName();
    QDir dir(folder);
    QStringList files = dir.entryList(
        {stem + QStringLiteral("-*") + kPlainSuffix, stem + QStringLiteral("-*") + kSealedSuffix},
        QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &f : files)
        f = dir.filePath(f);
    return files; // the timestamp in the name sorts newest first
}

Status BackupScheduler::backUpIfDue()
{
    if (!m_policy.enabled)
        return Status::ok();
    const QString today = m_clock().toUTC().toString(QStringLiteral("yyyyMMdd"));
    for (const QString &existing : existingBackups())
        if (QFileInfo(existing).fileName().contains(QLatin1Char('-') + today))
            return Status::ok();
    return backUpNow().status();
}

Result<QString> BackupScheduler::backUpNow()
{
    auto fail = [this](const QString &message) {
        emit backupFailed(message);
        return Result<QString>::failure(message);
    };
    // A protected practice encrypts its own copies with its key: nothing plain, and no passphrase needed.
    if (m_store.isProtected())
        return backUpProtected();
    std::optional<QByteArray> passphrase = m_passphrase ? m_passphrase() : std::nullopt;
    // Wiped on every way out, failures included.
    const auto wipeLater = qScopeGuard([&passphrase] {
        if (passphrase)
            wipe(*passphrase);
    });
    if (!passphrase && m_required && m_required()) {
        // A plain copy would leave the protected practice readable to anyone with the disk.
        const QString message = Messages::tr("No backup was made while the practice is locked: its backups "
                                             "are encrypted with the passphrase. Unlock it to back up.");
        emit backupSkipped(message);
        return Result<QString>::failure(message);
    }
    if (!QDir().mkpath(folder()))
        return fail(Messages::tr("The backup folder %1 could not be created.")
                        .arg(QDir::toNativeSeparators(folder())));
    QFile::setPermissions(folder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString stamp = m_clock().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base =
        folder() + QLatin1Char('/') + QFileInfo(m_store.path()).completeBaseName() + QLatin1Char('-') + stamp;
    const QString target = base + (passphrase ? kSealedSuffix : kPlainSuffix);
    // Its audit row is noted first, so a kill right after the copy is written cannot leave it unrecorded.
    AuditIntent intent = AuditIntent::begin(
        m_store.path(), QStringLiteral("backup"), {},
        storedAuditSummary(passphrase ? AuditSummaryKey::EncryptedBackup : AuditSummaryKey::Backup), target);
    // An encrypted copy is encrypted from the practice's image in memory: nothing plain is written.
    if (auto s = passphrase ? m_store.encryptedBackupTo(target, *passphrase) : m_store.backupTo(target); !s)
        return fail(s.error());
    intent.record(m_store); // if the practice cannot be written now, the note waits for the next chance
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    prune();
    emit backedUp(target);
    return target;
}

Result<QString> BackupScheduler::backUpProtected()
{
    if (!m_store.isOpen()) { // locked means closed: no image and no key to copy until it is unlocked
        const QString message =
            Messages::tr("No backup was made while the practice is locked. Unlock it to back up.");
        emit backupSkipped(message);
        return Result<QString>::failure(message);
    }
    if (!QDir().mkpath(folder())) {
        const QString message = Messages::tr("The backup folder %1 could not be created.")
                                    .arg(QDir::toNativeSeparators(folder()));
        emit backupFailed(message);
        return Result<QString>::failure(message);
    }
    QFile::setPermissions(folder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString stamp = m_clock().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = folder() + QLatin1Char('/') + QFileInfo(m_store.path()).completeBaseName() +
                           QLatin1Char('-') + stamp + kSealedSuffix;
    AuditIntent intent = AuditIntent::begin(m_store.path(), QStringLiteral("backup"), {},
                                            storedAuditSummary(AuditSummaryKey::EncryptedBackup), target);
    if (auto s = m_store.backupTo(target); !s) {
        emit backupFailed(s.error());
        return Result<QString>::failure(s.error());
    }
    intent.record(m_store); // if the practice cannot be written now, the note waits for the next chance
    prune();
    emit backedUp(target);
    return target;
}

void BackupScheduler::prune()
{
    const QStringList backups = existingBackups();
    for (qsizetype i = qMax(1, m_policy.keep); i < backups.size(); ++i)
        QFile::remove(backups.at(i));
}

} // namespace attune
