// The large synthetic practice the benchmarks run on: its size from the command line (couples, then
// sessions per couple) and one generated file, reported in one line. Header-only, shared by the
// benchmarks that measure a whole practice.
#pragma once

#include "RawSqlite.h"

#include "demo/DemoGenerator.h"
#include "store/PracticeStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

namespace attune::bench {

struct PracticeSize
{
    int couples = 500;
    int sessions = 60;
};

inline PracticeSize practiceSize(int argc, char **argv, PracticeSize defaults = {})
{
    return {argc > 1 ? std::atoi(argv[1]) : defaults.couples,
            argc > 2 ? std::atoi(argv[2]) : defaults.sessions};
}

// Creates the practice at path and fills it (seed 42, as every benchmark's figures in the README).
inline void generatePractice(const QString &path, PracticeSize size)
{
    QElapsedTimer generation;
    generation.start();
    auto store = PracticeStore::open(path, PracticeStore::OpenMode::CreateIfMissing);
    if (!store)
        die(store.error());
    const auto summary = generateDemoPractice(**store, DemoOptions{size.couples, size.sessions, 42});
    if (!summary)
        die(summary.error());
    std::printf("Generated %d couples, %d sessions, %d cycle maps, %d exercises in %.2f s\n\n",
                summary->couples, summary->sessions, summary->cycleMaps, summary->exercises,
                generation.elapsed() / 1000.0);
}

// A copy at path of the practice of that size, generated once into the build tree
// (ATTUNE_BENCH_PRACTICES, bench-practices/) and copied for each benchmark that writes to it, so the
// minutes a 5,000-couple practice takes to generate are spent once.
inline void copyOfPractice(const QString &path, PracticeSize size)
{
#ifdef ATTUNE_BENCH_PRACTICES
    const QString folder = QStringLiteral(ATTUNE_BENCH_PRACTICES);
#else
    const QString folder = QDir::current().filePath(QStringLiteral("bench-practices"));
#endif
    QDir().mkpath(folder);
    const QString cached =
        QDir(folder).filePath(QStringLiteral("practice-%1x%2.db").arg(size.couples).arg(size.sessions));
    if (!QFileInfo::exists(cached)) {
        const QString building = cached + QStringLiteral(".building");
        QFile::remove(building);
        generatePractice(building, size);
        if (!QFile::rename(building, cached))
            die(QStringLiteral("could not keep %1").arg(cached));
    } else {
        std::printf("Practice of %d couples x %d sessions from %s\n\n", size.couples, size.sessions,
                    qUtf8Printable(cached));
    }
    QFile::remove(path);
    if (!QFile::copy(cached, path))
        die(QStringLiteral("could not copy %1").arg(cached));
}

} // namespace attune::bench
