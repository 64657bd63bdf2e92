// The in-place progress line of long commands (TerminalProgress.h).
#include "TerminalProgress.h"

#include <QFile>

#include <unistd.h>

namespace attune {

bool TerminalProgress::isTerminal(const QTextStream &err)
{
    const auto *file = qobject_cast<const QFile *>(err.device());
    return file && file->handle() == STDERR_FILENO && ::isatty(STDERR_FILENO) == 1;
}

TerminalProgress::TerminalProgress(QTextStream &err, QString line)
    : m_err(err)
    , m_line(std::move(line))
    , m_enabled(isTerminal(err))
{}

TerminalProgress::~TerminalProgress()
{
    if (m_shownPercent >= 0)
        m_err << '\r' << QString(m_shownLength, QLatin1Char(' ')) << '\r' << Qt::flush;
}

bool TerminalProgress::update(qint64 done, qint64 total)
{
    if (!m_enabled)
        return true;
    const int percent = total > 0 ? int(qBound(qint64(0), done * 100 / total, qint64(100))) : 100;
    if (percent == m_shownPercent)
        return true;
    m_shownPercent = percent;
    const QString text = m_line.arg(percent);
    m_shownLength = qMax(m_shownLength, int(text.size()));
    m_err << '\r' << text << Qt::flush;
    return true;
}

} // namespace attune
