// See PracticeProtection.h.
#include "PracticeProtection.h"

#include "PracticeFile.h"
#include "PracticeStore.h"
#include "SealedStorage.h"
#include "domain/AuditSummary.h"
#include "security/Passphrase.h"
#include "security/SealedImage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <sodium.h>
#include <unistd.h>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(PracticeStore)
};

const QString kLockHashKey = QStringLiteral("lock_hash"); // widgets/lock/LockSettings.h

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Overwrites what an open file (the replaced plain practice, no longer under its name) held.
void overwrite(QFile &file)
{
    if (!file.isOpen())
        return;
    const QByteArray zeros(64 * 1024, '\0');
    file.seek(0);
    for (qint64 left = file.size(); left > 0; left -= zeros.size())
        file.write(zeros.constData(), qMin<qint64>(left, zeros.size()));
    file.flush();
    ::fsync(file.handle());
    file.close();
}

// Encrypts the plain backups of the practice with its key (same name, .attune-backup) and removes them.
void convertBackups(const QString &folder, const QString &practice, const PracticeKey &key,
                    ProtectionSummary &summary)
{
    const QString stem = QFileInfo(practice).completeBaseName();
    const QDir dir(folder);
    const QStringList plain = dir.entryList({stem + QStringLiteral("-*.db")}, QDir::Files);
    for (const QString &name : plain) {
        const QString source = dir.filePath(name);
        if (!inspectPracticeFile(source, PracticeStore::kApplicationId, PracticeStore::currentSchemaVersion())) {
            ++summary.backupsFailed;
            continue;
        }
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly)) {
            ++summary.backupsFailed;
            continue;
        }
        QByteArray bytes = in.readAll();
        in.close();
        const QString target = dir.filePath(name.chopped(3) + QStringLiteral(".attune-backup"));
        const Status s = writeSealed(target, reinterpret_cast<const unsigned char *>(bytes.constData()),
                                     bytes.size(), key);
        sodium_memzero(bytes.data(), size_t(bytes.size()));
        if (!s || !removeSecurely(source)) {
            ++summary.backupsFailed;
            continue;
        }
        ++summary.backupsEncrypted;
    }
}

} // namespace

Result<ProtectionSummary> protectPractice(const QString &path, const QByteArray &passphrase,
                                          PracticeKeyCost cost, const QString &backupFolder, Clock clock)
{
    using R = Result<ProtectionSummary>;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (isSealedPractice(absolute))
        return R::failure(Messages::tr("%1 is already protected.").arg(shown(absolute)));
    if (passphrase.size() < 8)
        return R::failure(Messages::tr("A passphrase needs at least 8 characters."));
    auto lock = lockPractice(absolute);
    if (!lock)
        return lock.status();
    auto hash = hashPassphrase(passphrase);
    if (!hash)
        return hash.status();
    auto key = PracticeKey::create(passphrase, cost);
    if (!key)
        return key.status();
    std::optional<DatabaseImage> image;
    {
        auto store = PracticeStore::open(absolute, PracticeStore::OpenMode::OpenExisting, clock);
        if (!store)
            return store.status();
        if (auto s = (*store)->setPracticeSetting(kLockHashKey, *hash); !s)
            return s;
        if (auto s = (*store)->recordEvent(QStringLiteral("protect"), QStringLiteral("practice")); !s)
            return s;
        auto copy = (*store)->image();
        if (!copy)
            return copy.status();
        image = std::move(*copy);
    }
    // The plain file stays reachable through this handle after the encrypted one replaces its name.
    QFile old(absolute);
    if (!old.open(QIODevice::ReadWrite))
        return R::failure(Messages::tr("Could not open %1 to replace it: %2.").arg(shown(absolute), old.errorString()));
    if (auto s = writeSealed(absolute, image->data(), image->size(), **key); !s)
        return s;
    overwrite(old);
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        removeSecurely(absolute + QLatin1StringView(suffix));
    ProtectionSummary summary;
    const QString folder = backupFolder.isEmpty() ? QFileInfo(absolute).absolutePath() + QStringLiteral("/backups")
                                                  : backupFolder;
    convertBackups(folder, absolute, **key, summary);
    return summary;
}

Status unprotectPractice(const QString &path, const QByteArray &passphrase, Clock clock)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!isSealedPractice(absolute))
        return Status::failure(Messages::tr("%1 is not protected.").arg(shown(absolute)));
    auto store = PracticeStore::openProtected(absolute, PracticeStore::OpenMode::OpenExisting, passphrase,
                                              SaveTiming::Immediate, clock);
    if (!store)
        return store.status();
    // Without encryption a window lock would only cover the record again: it goes with the protection.
    if (auto s = (*store)->setPracticeSetting(kLockHashKey, QString()); !s)
        return s;
    if (auto s = (*store)->recordEvent(QStringLiteral("unprotect"), QStringLiteral("practice")); !s)
        return s;
    auto image = (*store)->image();
    if (!image)
        return image.status();
    return writeFileAtomically(absolute, QByteArray::fromRawData(reinterpret_cast<const char *>(image->data()),
                                                                 image->size()));
}

Status changePracticePassphrase(const QString &path, const QByteArray &current, const QByteArray &next,
                                Clock clock)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!isSealedPractice(absolute))
        return Status::failure(Messages::tr("%1 is not protected.").arg(shown(absolute)));
    if (next.size() < 8)
        return Status::failure(Messages::tr("A passphrase needs at least 8 characters."));
    auto store = PracticeStore::openProtected(absolute, PracticeStore::OpenMode::OpenExisting, current,
                                              SaveTiming::Immediate, clock);
    if (!store)
        return store.status();
    SealedStorage *sealed = (*store)->sealedStorage();
    const bool moderate = sealed->key()->parameters().memLimit >= crypto_pwhash_MEMLIMIT_MODERATE;
    auto key = PracticeKey::create(next, moderate ? PracticeKeyCost::Moderate : PracticeKeyCost::Interactive);
    if (!key)
        return key.status();
    auto hash = hashPassphrase(next);
    if (!hash)
        return hash.status();
    sealed->setKey(*key);
    if (auto s = (*store)->setPracticeSetting(kLockHashKey, *hash); !s)
        return s;
    if (auto s = (*store)->recordEvent(QStringLiteral("passphrase"), QStringLiteral("practice"), QString(),
                                       QString(), storedAuditSummary(AuditSummaryKey::PassphraseChanged));
        !s)
        return s;
    return (*store)->flush();
}

} // namespace attune
