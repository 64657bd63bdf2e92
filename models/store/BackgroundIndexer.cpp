// See BackgroundIndexer.h.
#include "BackgroundIndexer.h"

#include "PracticeFile.h"
#include "SearchQueue.h"
#include "SqlStatement.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QThread>

#include <sqlite3.h>

#include <utility>

namespace attune {

BackgroundIndexer::BackgroundIndexer(QObject *parent)
    : QObject(parent)
{}

BackgroundIndexer::~BackgroundIndexer()
{
    cancel();
}

bool BackgroundIndexer::isRunning() const
{
    return m_thread != nullptr;
}

bool BackgroundIndexer::start(const QString &path)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_thread = QThread::create([this, path] { run(path); });
    m_thread->start(QThread::LowPriority);
    return true;
}

void BackgroundIndexer::cancel()
{
    if (!m_thread)
        return;
    m_cancel = true;
    {
        QMutexLocker locker(&m_handleMutex);
        if (m_handle)
            sqlite3_interrupt(m_handle); // thread-safe; the running statement fails with SQLITE_INTERRUPT
    }
    wait();
}

void BackgroundIndexer::wait()
{
    if (!m_thread)
        return;
    joinThread();
    // The run's result was posted to this thread; deliver it now, so a caller that waited sees it applied.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void BackgroundIndexer::joinThread()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete std::exchange(m_thread, nullptr);
}

void BackgroundIndexer::run(const QString &path)
{
    bool completed = false;
    QString error;
    {
        // No quick check: the store's own connection ran it, and a long read here would only hold the
        // file's shared lock while the window wants to write.
        Result<QSqlDatabase> db = openPracticeConnection(path, false, false);
        if (!db) {
            error = db.error();
        } else {
            // Room for the pages a long text's index writes, so they stay in memory until the commit
            // instead of spilling (which takes the exclusive lock and holds the window's reads). Refused,
            // it only leaves the default cache, which works too.
            (void)SqlStatement(*db, QStringLiteral("PRAGMA cache_size = -65536")).exec();
            {
                const QVariant handle = db->driver()->handle();
                QMutexLocker locker(&m_handleMutex);
                if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
                    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
            }
            Status s = SqlStatement(*db, QStringLiteral("BEGIN IMMEDIATE")).exec();
            if (s && !m_cancel)
                s = applySearchQueue(*db, 0, nullptr);
            if (s && !m_cancel) {
                s = SqlStatement(*db, QStringLiteral("COMMIT")).exec();
                completed = s.isOk(); // a commit that went through counts, even if a cancel came after it
            }
            if (!completed) {
                // May fail when SQLite rolled back already (an interrupted write does); harmless.
                (void)SqlStatement(*db, QStringLiteral("ROLLBACK")).exec();
                if (!m_cancel)
                    error = s.error();
            }
            {
                QMutexLocker locker(&m_handleMutex);
                m_handle = nullptr;
            }
            closePracticeConnection(*db);
        }
    }
    QMetaObject::invokeMethod(
        this,
        [this, completed, error] {
            joinThread(); // its work is done: this returns at once, and a new run may start
            emit finished(completed, error);
        },
        Qt::QueuedConnection);
}

} // namespace attune
