#include "AutoSaver.h"

namespace attune {

AutoSaver::AutoSaver(QObject *parent, int delayMs, int retryMs, int maxWaitMs)
    : QObject(parent)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(delayMs);
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryMs);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(maxWaitMs);
    connect(&m_delay, &QTimer::timeout, this, &AutoSaver::attempt);
    connect(&m_retry, &QTimer::timeout, this, &AutoSaver::attempt);
    connect(&m_deadline, &QTimer::timeout, this, &AutoSaver::attempt);
}

void AutoSaver::schedule(Write write)
{
    m_pending = std::move(write);
    if (m_failing)
        return; // the retry timer runs
    m_delay.start();
    if (!m_deadline.isActive())
        m_deadline.start();
}

Status AutoSaver::flush()
{
    if (!m_pending)
        return Status::ok();
    m_retry.stop();
    attempt();
    if (m_pending)
        return Status::failure(tr("Your last change could not be stored yet."));
    return Status::ok();
}

void AutoSaver::discard()
{
    m_pending = nullptr;
    m_delay.stop();
    m_deadline.stop();
    m_retry.stop();
    m_failing = false;
}

void AutoSaver::attempt()
{
    m_delay.stop(); // whichever timer fired, this write covers every change so far
    m_deadline.stop();
    if (!m_pending)
        return;
    const Write write = m_pending;
    const Status s = write();
    if (s) {
        m_pending = nullptr;
        emit saved();
        if (std::exchange(m_failing, false))
            emit recovered();
        return;
    }
    if (s.isConflict()) {
        m_failing = false; // the editor settles it; its next schedule() writes as usual
        emit conflicted(s.error());
        return;
    }
    if (!std::exchange(m_failing, true))
        emit saveFailed(s.error());
    m_retry.start();
}

} // namespace attune
