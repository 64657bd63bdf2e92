#include "BackupScheduler.h"

#include "security/Envelope.h"
#include "security/Passphrase.h"
#include "store/PracticeStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

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
    if (!m_policy.folder.isEmpty())
        return m_policy.folder;
    return QFileInfo(m_store.path()).absolutePath() + QStringLiteral("/backups");
}

QStringList BackupScheduler::existingBackups() const
{
    const QString stem = QFileInfo(m_store.path()).completeBaseName();
    QDir dir(folder());
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
    if (!QDir().mkpath(folder()))
        return fail(Messages::tr("The backup folder %1 could not be created.")
                        .arg(QDir::toNativeSeparators(folder())));
    QFile::setPermissions(folder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString stamp = m_clock().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base =
        folder() + QLatin1Char('/') + QFileInfo(m_store.path()).completeBaseName() + QLatin1Char('-') + stamp;
    std::optional<QByteArray> passphrase = m_passphrase ? m_passphrase() : std::nullopt;
    QString target;
    if (!passphrase) {
        target = base + kPlainSuffix;
        if (auto s = m_store.backupTo(target); !s)
            return fail(s.error());
    } else {
        QTemporaryDir scratch;
        const QString plain = scratch.filePath(QStringLiteral("backup.db"));
        target = base + kSealedSuffix;
        Status s = m_store.backupTo(plain);
        if (s)
            s = encryptFile(plain, target, *passphrase);
        wipe(*passphrase);
        if (!s)
            return fail(s.error());
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
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
