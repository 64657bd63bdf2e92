// The raw SQLite C API, as the benchmarks' baseline runs it: open a file, prepare a statement, or stop
// the benchmark with one line on stderr naming it. Header-only, shared by the benchmarks that compare the
// store with SQLite itself.
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

namespace attune::bench {

[[noreturn]] inline void die(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qUtf8Printable(QCoreApplication::applicationName()),
                 qUtf8Printable(message));
    std::exit(1);
}

inline sqlite3 *openRaw(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK)
        die(QStringLiteral("raw open failed"));
    return db;
}

inline sqlite3_stmt *prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
        die(QString::fromUtf8(sqlite3_errmsg(db)));
    return statement;
}

} // namespace attune::bench
