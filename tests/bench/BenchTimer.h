// Timing for benchmarks: the median of repeated runs, so one slow run (another process, a cold cache)
// does not decide a figure. Figures are reported as ratios against a baseline measured in the same run.
#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace attune::bench {

inline double medianMilliseconds(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    times.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

inline void printRow(const char *what, double attuneMs, double baselineMs)
{
    std::printf("| %-44s | %10.3f | %10.3f | %7.2fx |\n", what, attuneMs, baselineMs,
                baselineMs > 0 ? attuneMs / baselineMs : 0.0);
}

inline void printHeader(const char *baseline, const char *subject = "Attune")
{
    std::printf("| %-44s | %10s | %10s | %8s |\n", "operation (median ms)", subject, baseline, "ratio");
    std::printf("|%s|%s|%s|%s|\n", "----------------------------------------------", "------------",
                "------------", "----------");
}

} // namespace attune::bench
