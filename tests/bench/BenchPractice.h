// The large synthetic practice the benchmarks run on: its size from the command line (couples, then
// sessions per couple) and one generated file, reported in one line. Header-only, shared by the
// benchmarks that measure a whole practice.
#pragma once

#include "RawSqlite.h"

#include "demo/DemoGenerator.h"
#include "store/PracticeStore.h"

#include <QElapsedTimer>

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

} // namespace attune::bench
