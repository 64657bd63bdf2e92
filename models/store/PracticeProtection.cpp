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

#include <limits>

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
// Every Attune practice file in the folder counts, not only the automatic ones' names: a copy the
// therapist named herself ("before the holidays.db") holds the same record. A file that is not an Attune
// practice is no backup of ours and is left alone.
void convertBackups(const QString &folder, const QString &practice, const PracticeKey &key,
                    bool removeInstead, ProtectionSummary &summary)
{
    const QDir dir(folder);
    const QStringList plain = dir.entryList({QStringLiteral("*.db")}, QDir::Files);
    for (const QString &name : plain) {
        const QString source = dir.filePath(name);
        if (QFileInfo(source).absoluteFilePath() == QFileInfo(practice).absoluteFilePath() ||
            !inspectPracticeFile(source, PracticeStore::kApplicationId, std::numeric_limits<int>::max()))
            continue;
        if (removeInstead) {
            if (removeSecurely(source))
                ++summary.backupsRemoved;
            else
                ++summary.backupsFailed;
            continue;
        }
        if (!inspectPracticeFile(source, PracticeStore::kApplicationId,
                                 PracticeStore::currentSchemaVersion())) {
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

QString storedLockHash(const PracticeStore &store)
{
    const auto hash = store.practiceSetting(kLockHashKey);
    return hash ? *hash : QString();
}

} // namespace

QString lockHashSettingKey()
{
    return kLockHashKey;
}

Result<ProtectionSecrets> deriveProtectionSecrets(const QByteArray &passphrase, PracticeKeyCost cost)
{
    if (passphrase.size() < 8)
        return Result<ProtectionSecrets>::failure(Messages::tr("A passphrase needs at least 8 characters."));
    auto hash = hashPassphrase(passphrase);
    if (!hash)
        return hash.status();
    auto key = PracticeKey::create(passphrase, cost);
    if (!key)
        return key.status();
    return ProtectionSecrets{*key, *hash};
}

Result<ProtectionSummary> protectOpenPractice(PracticeStore &store, const QByteArray &passphrase,
                                              const ProtectionOptions &options, SaveTiming timing)
{
    auto secrets = deriveProtectionSecrets(passphrase, options.cost);
    if (!secrets)
        return secrets.status();
    return protectOpenPractice(store, *secrets, options, timing);
}

Result<ProtectionSummary> protectOpenPractice(PracticeStore &store, const ProtectionSecrets &secrets,
                                              const ProtectionOptions &options, SaveTiming timing)
{
    using R = Result<ProtectionSummary>;
    const QString absolute = store.path();
    if (store.isProtected() || isSealedPractice(absolute))
        return R::failure(Messages::tr("%1 is already protected.").arg(shown(absolute)));
    if (!store.isOpen())
        return R::failure(Messages::tr("The practice is locked."));
    if (auto s = store.lockAgainstOtherWriters(); !s)
        return s;
    const std::shared_ptr<PracticeKey> key = secrets.key;
    const QString *hash = &secrets.lockHash;
    // One passphrase: the window lock's hash is the protection passphrase's, set in the same image.
    const QString previousHash = storedLockHash(store);
    auto image = [&]() -> Result<DatabaseImage> {
        if (auto s = store.setPracticeSetting(kLockHashKey, *hash); !s)
            return s;
        if (auto s = store.recordEvent(QStringLiteral("protect"), QStringLiteral("practice")); !s)
            return s;
        return store.image();
    }();
    if (!image) {
        store.setPracticeSetting(kLockHashKey, previousHash);
        return image.status();
    }
    // The plain file stays reachable through this handle after the encrypted one replaces its name.
    QFile old(absolute);
    if (!old.open(QIODevice::ReadWrite)) {
        store.setPracticeSetting(kLockHashKey, previousHash);
        return R::failure(
            Messages::tr("Could not open %1 to replace it: %2.").arg(shown(absolute), old.errorString()));
    }
    if (auto s = writeSealed(absolute, image->data(), image->size(), *key); !s) {
        store.setPracticeSetting(kLockHashKey, previousHash);
        return s;
    }
    if (auto s = store.switchToSealed(key, timing); !s)
        return s; // the file is protected; the store says why it could not follow
    overwrite(old);
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        removeSecurely(absolute + QLatin1StringView(suffix));
    ProtectionSummary summary;
    const QString folder = options.backupFolder.isEmpty()
                               ? QFileInfo(absolute).absolutePath() + QStringLiteral("/backups")
                               : options.backupFolder;
    convertBackups(folder, absolute, *key, options.removePlainBackups, summary);
    return summary;
}

Result<ProtectionSummary> protectPractice(const QString &path, const QByteArray &passphrase,
                                          PracticeKeyCost cost, const QString &backupFolder, Clock clock,
                                          bool removePlainBackups)
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
    auto store = PracticeStore::open(absolute, PracticeStore::OpenMode::OpenExisting, clock);
    if (!store)
        return store.status();
    lock->reset(); // the store takes the lock again at once, for itself
    return protectOpenPractice(**store, passphrase, {cost, backupFolder, removePlainBackups},
                               SaveTiming::Immediate);
}

Status unprotectOpenPractice(PracticeStore &store)
{
    const QString absolute = store.path();
    if (!store.isProtected())
        return Status::failure(Messages::tr("%1 is not protected.").arg(shown(absolute)));
    const QString previousHash = storedLockHash(store);
    // Without encryption a window lock would only cover the record again: it goes with the protection.
    auto image = [&]() -> Result<DatabaseImage> {
        if (auto s = store.setPracticeSetting(kLockHashKey, QString()); !s)
            return s;
        if (auto s = store.recordEvent(QStringLiteral("unprotect"), QStringLiteral("practice")); !s)
            return s;
        return store.image();
    }();
    auto restoreHash = [&] {
        store.setPracticeSetting(kLockHashKey, previousHash);
        store.flush();
    };
    if (!image) {
        restoreHash();
        return image.status();
    }
    if (auto s = writeFileAtomically(
            absolute, QByteArray::fromRawData(reinterpret_cast<const char *>(image->data()), image->size()));
        !s) {
        restoreHash();
        return s;
    }
    return store.switchToPlain();
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
    return unprotectOpenPractice(**store);
}

Status changeOpenPracticePassphrase(PracticeStore &store, const QByteArray &next)
{
    SealedStorage *sealed = store.sealedStorage();
    if (!sealed)
        return Status::failure(Messages::tr("%1 is not protected.").arg(shown(store.path())));
    if (next.size() < 8)
        return Status::failure(Messages::tr("A passphrase needs at least 8 characters."));
    const bool moderate = sealed->key()->parameters().memLimit >= crypto_pwhash_MEMLIMIT_MODERATE;
    auto key = PracticeKey::create(next, moderate ? PracticeKeyCost::Moderate : PracticeKeyCost::Interactive);
    if (!key)
        return key.status();
    auto hash = hashPassphrase(next);
    if (!hash)
        return hash.status();
    const std::shared_ptr<PracticeKey> previous = sealed->key();
    const QString previousHash = storedLockHash(store);
    sealed->setKey(*key);
    Status s = store.setPracticeSetting(kLockHashKey, *hash);
    if (s)
        s = store.recordEvent(QStringLiteral("passphrase"), QStringLiteral("practice"), QString(), QString(),
                              storedAuditSummary(AuditSummaryKey::PassphraseChanged));
    if (s)
        s = store.flush();
    if (!s) { // the file still opens with the old passphrase: so does the lock
        sealed->setKey(previous);
        store.setPracticeSetting(kLockHashKey, previousHash);
        store.flush();
    }
    return s;
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
    return changeOpenPracticePassphrase(**store, next);
}

} // namespace attune
