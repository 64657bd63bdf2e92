// Test support: makes a file refuse writes, also for root (chattr +i, which even root's writes obey);
// false when the system cannot. Header-only, for the window tests that check nothing typed is lost.
#pragma once

#include <QFile>
#include <QProcess>
#include <QString>

#include <unistd.h>

namespace attune::test {

inline bool makeReadOnly(const QString &path, bool readOnly)
{
    if (::geteuid() != 0)
        return QFile::setPermissions(path,
                                     readOnly ? QFile::ReadOwner : QFile::ReadOwner | QFile::WriteOwner);
    return QProcess::execute(QStringLiteral("chattr"),
                             {readOnly ? QStringLiteral("+i") : QStringLiteral("-i"), path}) == 0;
}

} // namespace attune::test
