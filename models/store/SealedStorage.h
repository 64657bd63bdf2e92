// Where a protected practice lives while it is open: SQLite runs on an in-memory database that holds
// the decrypted image (sqlite3_deserialize), and after each committed change the image is taken again
// (sqlite3_serialize), encrypted with the key derived at unlock and written through QSaveFile (written
// beside, synced, renamed), so a kill -9 leaves the previous or the new file, never a half-written one.
// The CLI saves at once after each commit; the window saves debounced, encrypting and writing on a worker
// thread so typing never waits for the disk. Even the copy the worker seals is taken a slice per turn of
// the event loop (a whole 80 MiB image at once held the window for 80 ms), started again if a commit
// lands in between, so the window's thread is never blocked for long. A lock file beside the practice keeps a
// second process out: two writers of one image would silently lose each other's changes.
#pragma once

#include "domain/Result.h"
#include "security/PracticeKey.h"

#include <QLockFile>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <future>
#include <memory>
#include <mutex>

struct sqlite3;

namespace attune {

// A copy of a database image in SQLite's memory, wiped before it is freed.
class DatabaseImage
{
public:
    DatabaseImage() = default;
    DatabaseImage(unsigned char *data, qsizetype size)
        : m_data(data)
        , m_size(size)
    {}
    ~DatabaseImage();
    DatabaseImage(DatabaseImage &&other) noexcept;
    DatabaseImage &operator=(DatabaseImage &&other) noexcept;
    const unsigned char *data() const { return m_data; }
    unsigned char *data() { return m_data; }
    qsizetype size() const { return m_size; }

private:
    unsigned char *m_data = nullptr; // sqlite3_malloc'd
    qsizetype m_size = 0;
};

enum class SaveTiming { Immediate, Debounced };

// The sqlite3* behind a QSQLITE connection (the same libsqlite3 Attune links).
sqlite3 *sqliteHandle(const QSqlDatabase &db);
// A copy of the connection's main database (in memory or on disk).
Result<DatabaseImage> serializeDatabase(const QSqlDatabase &db);
Result<DatabaseImage> serializeImage(sqlite3 *handle);
// Writes bytes to path atomically (QSaveFile, then the folder synced), private to the owner.
Status writeFileAtomically(const QString &path, const QByteArray &bytes);
// Overwrites a file's bytes, syncs and removes it: for plaintext that protection replaces.
bool removeSecurely(const QString &path);
// Seals an image with key and writes it to path atomically.
Status writeSealed(const QString &path, const unsigned char *image, qsizetype size, const PracticeKey &key);

// Takes the lock beside a practice, waiting up to waitMs for its holder to let go, or says who holds it
// (process and host).
Result<std::unique_ptr<QLockFile>> lockPractice(const QString &path, int waitMs = 0);

// The key passphrase gives with the Argon2id parameters in the header of the protected practice at
// path, right or wrong: opening compares its check.
Result<std::shared_ptr<PracticeKey>> derivePracticeKey(const QString &path, const QByteArray &passphrase);
// Opens an in-memory connection on the decrypted image of the protected practice at path. A wrong
// passphrase says so (wrongPassphrase set); a damaged file says that, and the file is never written.
Result<QSqlDatabase> openSealedConnection(const QString &path, const std::shared_ptr<PracticeKey> &key,
                                          bool readOnly, bool *wrongPassphrase = nullptr);

class SealedStorage : public QObject
{
    Q_OBJECT
public:
    // db's handle is used until wipe(); the store wipes before it closes the connection.
    SealedStorage(QString path, const QSqlDatabase &db, std::shared_ptr<PracticeKey> key,
                  std::unique_ptr<QLockFile> lock, SaveTiming timing);
    ~SealedStorage() override; // flushes

    const std::shared_ptr<PracticeKey> &key() const { return m_key; }
    void setKey(std::shared_ptr<PracticeKey> key); // a changed passphrase: the next save uses it
    void setTiming(SaveTiming timing) { m_timing = timing; }
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    // How much of the image one turn of the event loop copies (tests make it small).
    void setSliceBytes(qsizetype bytes) { m_sliceBytes = qMax<qsizetype>(1, bytes); }

    // After a commit: saves now (Immediate) or within the delay (Debounced).
    Status changed();
    // Waits for a save under way and saves what is not saved yet. Call before closing.
    Status flush();
    // Overwrites the in-memory image before the connection closes; nothing is saved afterwards.
    void wipe();
    // The bytes and time of the last save (for the benchmark).
    qint64 lastSavedBytes() const { return m_lastBytes; }
    bool hasUnsavedChanges() const;

signals:
    void saveFailed(const QString &message);
    void saved();

private:
    Status saveInBackground();
    Status copySlice(); // the next slice of the copy; the last one hands it to the worker
    Status collect();   // waits for the worker and reports its result

    QString m_path;
    sqlite3 *m_handle = nullptr;
    std::shared_ptr<PracticeKey> m_key;
    std::unique_ptr<QLockFile> m_lock;
    SaveTiming m_timing;
    QTimer m_timer;
    QTimer m_slice;       // the copy's next turn
    DatabaseImage m_copy; // the image being copied, slice by slice
    qsizetype m_copied = 0;
    qint64 m_copyVersion = -1; // main's data version the copy is of (-1: no copy under way)
    qsizetype m_sliceBytes = 8 * 1024 * 1024;
    std::future<Status> m_worker;
    qint64 m_savedChanges = 0;
    qint64 m_lastBytes = 0;
    bool m_wiped = false; // after wipe() nothing may be written: the image is zeroes
};

} // namespace attune
