// Benchmarks case files on a large synthetic practice (500 couples × 60 sessions by default): exporting
// everything, reading and checking the file, and importing it into an empty practice, each next to a
// baseline measured in the same run (copying the practice file's bytes; the store reading the same
// records; the import's own share of plain inserts is in bench_store's generation figure). Also checks
// that the round trip is identical: the imported practice exports to the very same payload.
//
// Usage: bench_casefile [couples] [sessions-per-couple]
#include "BenchTimer.h"

#include "casefile/CaseFile.h"
#include "demo/DemoGenerator.h"
#include "domain/Clock.h"
#include "store/PracticeStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace attune;
using namespace attune::bench;

namespace {

constexpr int kRuns = 3;

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_casefile: %s\n", qUtf8Printable(message));
    std::exit(1);
}

// A fixed "now" for both practices, so exportedAt and validation agree and payloads can be compared.
const QDateTime kNow(QDate(2026, 6, 15), QTime(14, 30), Qt::UTC);

std::unique_ptr<PracticeStore> openAt(const QString &path)
{
    auto store = PracticeStore::open(path, PracticeStore::OpenMode::CreateIfMissing, fixedClock(kNow));
    if (!store)
        die(store.error());
    return std::move(store).value();
}

QByteArray payloadOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(path));
    return f.readAll().mid(76); // after the fixed header (whose checksum covers the writer's version too)
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int couples = argc > 1 ? std::atoi(argv[1]) : 500;
    const int sessions = argc > 2 ? std::atoi(argv[2]) : 60;
    QTemporaryDir dir;
    const QString practicePath = dir.filePath(QStringLiteral("bench.db"));
    const QString file = dir.filePath(QStringLiteral("all.attune"));
    auto source = openAt(practicePath);
    const auto summary = generateDemoPractice(*source, DemoOptions{couples, sessions, 42});
    if (!summary)
        die(summary.error());
    std::printf("Practice: %d couples, %d sessions, %d cycle maps, %d exercises\n\n", summary->couples,
                summary->sessions, summary->cycleMaps, summary->exercises);
    printHeader("baseline");

    const double exportMs = medianMilliseconds(kRuns, [&] {
        if (auto s = exportCaseFile(*source, {}, file); !s)
            die(s.error());
    });
    const double copyMs = medianMilliseconds(kRuns, [&] {
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        QFile::remove(copy);
        if (!QFile::copy(practicePath, copy))
            die(QStringLiteral("copy failed"));
    });
    printRow("export all (vs copying the .db file)", exportMs, copyMs);

    const double readStoreMs = medianMilliseconds(kRuns, [&] {
        const auto all = source->coupleSummaries(ArchiveFilter::All);
        for (const CoupleSummary &c : *all) {
            if (!source->couple(c.id) || !source->sessions(c.id, ArchiveFilter::All) ||
                !source->cycleMaps(c.id, ArchiveFilter::All) || !source->exercises(c.id, ArchiveFilter::All))
                die(QStringLiteral("store read failed"));
        }
    });
    printRow("export all (vs store reading records)", exportMs, readStoreMs);

    const double readFileMs = medianMilliseconds(kRuns, [&] {
        if (auto r = readCaseFile(file, kNow.date()); !r)
            die(r.error());
    });
    printRow("read+check file (vs store reading)", readFileMs, readStoreMs);

    int run = 0;
    QString lastTarget;
    const double importMs = medianMilliseconds(kRuns, [&] {
        lastTarget = dir.filePath(QStringLiteral("target%1.db").arg(run++));
        auto target = openAt(lastTarget);
        const auto imported = importCaseFile(*target, file, ConflictPolicy::Skip);
        if (!imported)
            die(imported.error());
        if (imported->added.sessions != summary->sessions)
            die(QStringLiteral("the import added %1 sessions").arg(imported->added.sessions));
    });
    printRow("import into empty (vs store reading)", importMs, readStoreMs);
    std::printf("\ncase file: %.1f MiB; practice file: %.1f MiB\n", QFileInfo(file).size() / 1048576.0,
                QFileInfo(practicePath).size() / 1048576.0);

    const QString again = dir.filePath(QStringLiteral("again.attune"));
    auto target = openAt(lastTarget);
    if (auto s = exportCaseFile(*target, {}, again); !s)
        die(s.error());
    const bool identical = payloadOf(again) == payloadOf(file);
    std::printf("round trip identical (re-exported payload equal): %s\n", identical ? "yes" : "NO");
    return identical ? 0 : 1;
}
