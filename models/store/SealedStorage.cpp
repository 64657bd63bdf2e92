// See SealedStorage.h.
#include "SealedStorage.h"

#include "PracticeFile.h"
#include "SqlStatement.h"
#include "security/SealedImage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDriver>
#include <QThread>
#include <QUuid>

#include <sodium.h>
#include <sqlite3.h>

#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(PracticeStore)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The main database's data version: it moves on every commit that changed main's pages, and not on
// writes to temporary tables (which the integrity check makes, even on a read-only practice), so a
// practice is written back only when its record changed.
qint64 mainDataVersion(sqlite3 *handle)
{
    unsigned int version = 0;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_DATA_VERSION, &version) != SQLITE_OK)
        return -2 - sqlite3_total_changes64(handle); // unknown: every change counts, temporary ones too
    return qint64(version);
}

void syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

DatabaseImage::~DatabaseImage()
{
    if (m_data) {
        sodium_memzero(m_data, size_t(m_size));
        sqlite3_free(m_data);
    }
}

DatabaseImage::DatabaseImage(DatabaseImage &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

DatabaseImage &DatabaseImage::operator=(DatabaseImage &&other) noexcept
{
    if (this != &other) {
        DatabaseImage gone(std::move(*this));
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Result<DatabaseImage> serializeDatabase(const QSqlDatabase &db)
{
    return serializeImage(sqliteHandle(db));
}

Result<DatabaseImage> serializeImage(sqlite3 *handle)
{
    if (!handle)
        return Result<DatabaseImage>::failure(Messages::tr("The practice's database is not open."));
    sqlite3_int64 size = 0;
    unsigned char *data = sqlite3_serialize(handle, "main", &size, 0);
    if (!data)
        return Result<DatabaseImage>::failure(
            Messages::tr("There is not enough memory to save the practice."));
    return DatabaseImage(data, qsizetype(size));
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile out(path);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(Messages::tr("Could not write %1: %2.").arg(shown(path), out.errorString()));
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (out.write(bytes) != bytes.size()) {
        out.cancelWriting();
        return Status::failure(Messages::tr("Could not write %1: %2.").arg(shown(path), out.errorString()));
    }
    if (!out.commit()) // flushes and syncs the new file before renaming it over the old one
        return Status::failure(Messages::tr("Could not write %1: %2.").arg(shown(path), out.errorString()));
    syncFolder(path); // the rename is durable once the folder is synced
    return Status::ok();
}

bool removeSecurely(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return true;
    if (f.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(64 * 1024, '\0');
        for (qint64 left = f.size(); left > 0; left -= zeros.size())
            f.write(zeros.constData(), qMin<qint64>(left, zeros.size()));
        f.flush();
        ::fsync(f.handle());
        f.close();
    }
    return QFile::remove(path);
}

Status writeSealed(const QString &path, const unsigned char *image, qsizetype size, const PracticeKey &key)
{
    return writeFileAtomically(path, sealImage(image, size, key));
}

Result<std::unique_ptr<QLockFile>> lockPractice(const QString &path, int waitMs)
{
    using R = Result<std::unique_ptr<QLockFile>>;
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // Never stale by age: only a lock whose process is gone (a crash, a kill -9) is taken over. QLockFile
    // tells that by the pid and host written in the file: a pid not running on this host is stale.
    lock->setStaleLockTime(0);
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (lock->tryLock(0))
            return lock;
        if (lock->error() != QLockFile::LockFailedError)
            return R::failure(Messages::tr("Could not create the lock file beside %1.").arg(shown(path)));
        qint64 pid = 0;
        QString host, app;
        // QLockFile writes its owner's pid just after creating the file, so a lock file that stays empty
        // (or unreadable) was left by a process killed in between: its owner is gone, though QLockFile
        // cannot tell, and it would keep the practice shut for good. A live owner fills it at once.
        QElapsedTimer unreadable;
        unreadable.start();
        bool known = lock->getLockInfo(&pid, &host, &app);
        while (!known && unreadable.elapsed() < 500) {
            QThread::msleep(25);
            known = lock->getLockInfo(&pid, &host, &app);
        }
        if (!known && lock->removeStaleLockFile() && lock->tryLock(0))
            return lock;
        if (waited.elapsed() >= waitMs)
            return R::failure(Messages::tr("%1 is open in another Attune (process %2 on %3); close it there "
                                           "first, because two programs writing one practice would lose "
                                           "each other's changes.")
                                  .arg(shown(path))
                                  .arg(pid)
                                  .arg(host.isEmpty() ? Messages::tr("an unknown computer") : host));
        QThread::msleep(100); // a command that is about to finish lets go soon
    }
}

Result<std::shared_ptr<PracticeKey>> derivePracticeKey(const QString &path, const QByteArray &passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<std::shared_ptr<PracticeKey>>::failure(
            Messages::tr("Could not read %1: %2.").arg(shown(path), file.errorString()));
    const auto header = readSealedHeader(file.read(4096), path);
    if (!header)
        return header.status();
    return PracticeKey::derive(passphrase, header->parameters);
}

Result<QSqlDatabase> openSealedConnection(const QString &path, const std::shared_ptr<PracticeKey> &key,
                                          bool readOnly, bool *wrongPassphrase)
{
    using R = Result<QSqlDatabase>;
    if (wrongPassphrase)
        *wrongPassphrase = false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Messages::tr("Could not read %1: %2.").arg(shown(path), file.errorString()));
    // Mapped, not read: the sealed bytes are only decrypted once, straight into SQLite's buffer, so an
    // 80 MiB practice is not first copied into a second buffer of the same size.
    const qint64 fileSize = file.size();
    uchar *mapped = fileSize > 0 ? file.map(0, fileSize) : nullptr;
    const QByteArray sealed =
        mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), fileSize) : file.readAll();
    unsigned char *image = nullptr;
    qsizetype size = 0;
    SealProblem problem = SealProblem::None;
    const Status opened = unsealImage(
        sealed, *key, path,
        [](qsizetype n) { return static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(n))); }, &image,
        &size, &problem);
    auto discard = [&] {
        if (image) {
            sodium_memzero(image, size_t(qMax<qsizetype>(size, 1)));
            sqlite3_free(image);
        }
        image = nullptr;
    };
    if (!opened) {
        discard();
        if (wrongPassphrase)
            *wrongPassphrase = problem == SealProblem::WrongPassphrase;
        return opened;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                QStringLiteral("attune-sealed-") +
                                                    QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!db.isValid()) {
        discard();
        closePracticeConnection(db);
        return R::failure(
            Messages::tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    }
    // A private in-memory database: nothing of it reaches the disk except through SealedStorage.
    db.setDatabaseName(QStringLiteral(":memory:"));
    // Opened read-only as a plain file would be, so the checks that must not write know it.
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        discard();
        closePracticeConnection(db);
        return R::failure(Messages::tr("Could not open an in-memory database for %1.").arg(shown(path)));
    }
    sqlite3 *handle = sqliteHandle(db);
    unsigned flags = SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE;
    if (readOnly)
        flags |= SQLITE_DESERIALIZE_READONLY;
    // On failure SQLite frees the buffer itself (FREEONCLOSE), so it is wiped first only on our side.
    if (!handle || sqlite3_deserialize(handle, "main", image, size, size, flags) != SQLITE_OK) {
        closePracticeConnection(db);
        return R::failure(Messages::tr("%1 could not be loaded into memory.").arg(shown(path)));
    }
    image = nullptr; // SQLite owns it now
    if (auto s = configurePracticeConnection(db, path); !s) {
        closePracticeConnection(db);
        return R::failure(s.error());
    }
    // Temporary tables, transient indices and sorts that outgrow the cache would otherwise spill plain
    // pages of the record into files under TMPDIR; a protected practice keeps them in memory too.
    if (auto s = SqlStatement(db, QStringLiteral("PRAGMA temp_store = MEMORY")).exec(); !s) {
        closePracticeConnection(db);
        return R::failure(s.error());
    }
    return db;
}

SealedStorage::SealedStorage(QString path, const QSqlDatabase &db, std::shared_ptr<PracticeKey> key,
                             std::unique_ptr<QLockFile> lock, SaveTiming timing)
    : m_path(std::move(path))
    , m_handle(sqliteHandle(db))
    , m_key(std::move(key))
    , m_lock(std::move(lock))
    , m_timing(timing)
{
    if (m_handle)
        m_savedChanges = mainDataVersion(m_handle);
    m_timer.setSingleShot(true);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (auto s = saveInBackground(); !s)
            emit saveFailed(s.error());
    });
    m_slice.setSingleShot(true);
    connect(&m_slice, &QTimer::timeout, this, [this] {
        if (auto s = copySlice(); !s)
            emit saveFailed(s.error());
    });
}

SealedStorage::~SealedStorage()
{
    if (auto s = flush(); !s)
        qWarning("%s", qUtf8Printable(s.error()));
}

void SealedStorage::setKey(std::shared_ptr<PracticeKey> key)
{
    collect();
    m_key = std::move(key);
    m_savedChanges = -1; // everything must be written again under the new key
}

bool SealedStorage::hasUnsavedChanges() const
{
    if (m_wiped)
        return false;
    sqlite3 *h = m_handle;
    return h && mainDataVersion(h) != m_savedChanges;
}

Status SealedStorage::changed()
{
    if (m_timing == SaveTiming::Immediate)
        return flush();
    if (!m_timer.isActive()) // not restarted by every keystroke: a long edit still saves every interval
        m_timer.start();
    return Status::ok();
}

Status SealedStorage::collect()
{
    if (!m_worker.valid())
        return Status::ok();
    Status s = m_worker.get();
    if (s)
        emit saved();
    return s;
}

Status SealedStorage::saveInBackground()
{
    if (m_worker.valid() && m_worker.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
        m_timer.start(200); // the previous save is still writing; try again shortly
        return Status::ok();
    }
    if (auto s = collect(); !s) {
        m_savedChanges = -1;
        return s;
    }
    if (!hasUnsavedChanges())
        return Status::ok();
    m_copyVersion = -1; // a fresh copy
    return copySlice();
}

Status SealedStorage::copySlice()
{
    sqlite3 *h = m_handle;
    if (m_wiped || !h)
        return Status::ok();
    // Only a committed state is copied: between two turns no transaction of the store is open, but a
    // nested event loop inside one could run this.
    if (!sqlite3_get_autocommit(h)) {
        m_slice.start(10);
        return Status::ok();
    }
    const qint64 version = mainDataVersion(h);
    sqlite3_int64 size = 0;
    // The in-memory database's own buffer: valid until the next write, so it is asked for every turn.
    const unsigned char *pages = sqlite3_serialize(h, "main", &size, SQLITE_SERIALIZE_NOCOPY);
    if (!pages || size <= 0) { // not SQLite's memory database: one copy, as SQLite makes it
        auto image = serializeImage(h);
        if (!image)
            return image.status();
        m_copy = std::move(*image);
        m_copied = m_copy.size();
        m_copyVersion = version;
    } else if (version != m_copyVersion || qsizetype(size) != m_copy.size()) {
        // The first slice, or a commit landed since the last one: start again from the new state.
        auto *buffer = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(size)));
        if (!buffer)
            return Status::failure(Messages::tr("There is not enough memory to save the practice."));
        m_copy = DatabaseImage(buffer, qsizetype(size));
        m_copied = 0;
        m_copyVersion = version;
    }
    if (m_copied < m_copy.size()) {
        const qsizetype n = qMin(m_sliceBytes, m_copy.size() - m_copied);
        std::memcpy(m_copy.data() + m_copied, pages + m_copied, size_t(n));
        m_copied += n;
        if (m_copied < m_copy.size()) {
            m_slice.start(0);
            return Status::ok();
        }
    }
    // Whole: the worker seals and writes it, and the GUI thread goes on (once the last save is written).
    if (m_worker.valid()) {
        if (m_worker.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
            m_slice.start(20);
            return Status::ok();
        }
        if (auto s = collect(); !s)
            return s;
    }
    m_savedChanges = version;
    m_copyVersion = -1;
    auto shared = std::make_shared<DatabaseImage>(std::move(m_copy));
    m_copied = 0;
    m_lastBytes = shared->size();
    m_worker = std::async(std::launch::async, [path = m_path, key = m_key, shared] {
        return writeSealed(path, shared->data(), shared->size(), *key);
    });
    return Status::ok();
}

Status SealedStorage::flush()
{
    m_timer.stop();
    m_slice.stop();
    m_copyVersion = -1; // a copy under way is dropped: the whole image is taken now
    m_copy = DatabaseImage();
    if (m_wiped)
        return Status::ok();
    Status pending = collect();
    if (!pending)
        m_savedChanges = -1;
    if (!hasUnsavedChanges())
        return pending;
    sqlite3 *h = m_handle;
    const qint64 changes = mainDataVersion(h);
    auto image = serializeImage(m_handle);
    if (!image)
        return image.status();
    m_lastBytes = image->size();
    if (auto s = writeSealed(m_path, image->data(), image->size(), *m_key); !s)
        return s;
    m_savedChanges = changes;
    emit saved();
    return Status::ok();
}

void SealedStorage::wipe()
{
    m_timer.stop();
    m_slice.stop();
    m_copy = DatabaseImage(); // wiped as it goes
    m_copyVersion = -1;
    collect();
    m_wiped = true;
    sqlite3 *h = m_handle;
    if (!h)
        return;
    sqlite3_int64 size = 0;
    // NOCOPY: the in-memory database's own buffer, overwritten before SQLite frees it on close.
    if (unsigned char *pages = sqlite3_serialize(h, "main", &size, SQLITE_SERIALIZE_NOCOPY))
        sodium_memzero(pages, size_t(size));
    sqlite3_db_release_memory(h);
}

} // namespace attune
