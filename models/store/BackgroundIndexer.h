// Indexes the long texts the store left queued for search (a pasted 5 MB note takes about a second) on a
// thread of its own, with a connection of its own to the plain practice file, so the window's thread never
// waits for it. One writer at a time: the run is one BEGIN IMMEDIATE transaction, and the store cancels it
// before any write of its own (its transaction is rolled back, the queue stays as it was, and the next
// pause of typing starts it again), so the store's writes wait only for a rollback, never for indexing.
// The texts themselves are stored before they are queued: a run cut short (a quit, a kill) loses nothing,
// and whatever is still queued is indexed when the practice is next opened.
#pragma once

#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>

class QThread;
struct sqlite3;

namespace attune {

class BackgroundIndexer : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundIndexer(QObject *parent = nullptr);
    ~BackgroundIndexer() override; // cancels a run and waits for its thread

    // Starts indexing everything queued in the practice at path; false when a run is going on already.
    bool start(const QString &path);
    bool isRunning() const;
    // Stops a run (interrupting its statement) and waits until its thread is done and its transaction
    // is rolled back or committed; at once when none runs.
    void cancel();
    // Waits until a run is done without stopping it (tests, benchmarks).
    void wait();

signals:
    // On the thread that started the run, after its connection is closed. completed: everything queued
    // was indexed and committed; otherwise error says why (empty when cancelled).
    void finished(bool completed, const QString &error);

private:
    void run(const QString &path);
    void joinThread();

    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    QMutex m_handleMutex; // m_handle is interrupted only while its connection is open
    sqlite3 *m_handle = nullptr;
};

} // namespace attune
