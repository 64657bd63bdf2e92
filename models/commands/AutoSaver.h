// Keeps what the user typed until it is stored. An editor hands it the latest write after each change;
// the write runs after a short pause (so typing is stored within a second, not per keystroke), and at the
// latest maxWaitMs after the first change not stored yet, so steady typing with no pause is stored as it
// goes on and a crash loses at most the last two seconds. A write
// that fails is kept and retried every few seconds, and the failure is reported once until it clears,
// so text on screen is never dropped because the disk was full or the file read-only for a while.
#pragma once

#include "domain/Result.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace attune {

class AutoSaver : public QObject
{
    Q_OBJECT
public:
    using Write = std::function<Status()>;

    explicit AutoSaver(QObject *parent = nullptr, int delayMs = 700, int retryMs = 3000,
                       int maxWaitMs = 2000);

    // Replaces any pending write with this one (the latest state supersedes older ones).
    void schedule(Write write);
    // Writes the pending change now (window closing, record switching). Ok when nothing is pending.
    Status flush();
    bool hasPending() const { return static_cast<bool>(m_pending); }
    void discard(); // the record went away: nothing left to store

signals:
    void saved();
    void saveFailed(const QString &message); // once per failure streak
    // The record was changed by another program since it was read: the write is kept but not retried
    // (it would fail the same way) until the editor settles it, by scheduling a write over the new
    // version (keep mine) or discarding it (take theirs).
    void conflicted(const QString &message);
    void recovered(); // a write that had failed went through

private:
    void attempt();

    Write m_pending;
    QTimer m_delay;
    QTimer m_deadline; // started by the first change not stored yet; a pause never comes in steady typing
    QTimer m_retry;
    bool m_failing = false;
};

} // namespace attune
