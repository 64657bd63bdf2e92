// Runs the real attune executable, as scripts and the issues' checks do. Header-only: each command-line
// test defines ATTUNE_BINARY (the built executable's path) for its own target.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace attune::test {

struct Run
{
    int exitCode = -1; // -2 when the process crashed
    QString out;
    QString err;
};

inline Run runAttune(const QStringList &args, int timeoutMs = 180000)
{
    QProcess p;
    p.start(QStringLiteral(ATTUNE_BINARY), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// An error as the command line promises it: one sentence on one line, ending in a full stop.
inline bool isOneSentence(const QString &err)
{
    const QString t = err.trimmed();
    return !t.isEmpty() && !t.contains(QLatin1Char('\n')) && t.endsWith(QLatin1Char('.'));
}

} // namespace attune::test
