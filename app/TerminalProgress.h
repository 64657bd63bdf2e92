// How far a long command has come (import, export, check), on one line of stderr that it rewrites in
// place and clears at the end, when stderr is the terminal itself; piped or captured output gets nothing
// but the command's own result, so scripts see no noise.
#pragma once

#include <QString>
#include <QTextStream>

namespace attune {

class TerminalProgress
{
public:
    // line: what is under way with %1 for the percentage, e.g. tr("Importing: %1%").
    TerminalProgress(QTextStream &err, QString line);
    ~TerminalProgress(); // clears the line it wrote
    TerminalProgress(const TerminalProgress &) = delete;
    TerminalProgress &operator=(const TerminalProgress &) = delete;

    bool enabled() const { return m_enabled; }
    // Rewrites the line when the percentage moved; always true (the command line does not cancel).
    bool update(qint64 done, qint64 total);

    static bool isTerminal(const QTextStream &err);

private:
    QTextStream &m_err;
    QString m_line;
    int m_shownLength = 0;
    bool m_enabled = false;
    int m_shownPercent = -1;
};

} // namespace attune
