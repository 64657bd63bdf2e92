// Benchmarks the practice-wide views on a large synthetic practice (500 couples × 20 sessions by default):
// the practice page's agenda and caseload, and the audit trail viewer's reads, each next to a baseline
// measured in the same run. The baseline for the practice page is the couples list the window loads on
// opening anyway; for the audit trail it is reading the whole trail. Prints a Markdown table.
//
// Usage: bench_practice [couples] [sessions-per-couple]
#include "BenchTimer.h"

#include "demo/DemoGenerator.h"
#include "practice/Agenda.h"
#include "practice/Caseload.h"
#include "store/PracticeStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace attune;
using namespace attune::bench;

namespace {

constexpr int kRuns = 15;

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_practice: %s\n", qUtf8Printable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int couples = argc > 1 ? std::atoi(argv[1]) : 500;
    const int sessions = argc > 2 ? std::atoi(argv[2]) : 20;
    QTemporaryDir dir;
    auto opened = PracticeStore::open(dir.filePath(QStringLiteral("bench.db")),
                                      PracticeStore::OpenMode::CreateIfMissing);
    if (!opened)
        die(opened.error());
    PracticeStore &store = **opened;
    QElapsedTimer generation;
    generation.start();
    const auto made = generateDemoPractice(store, {couples, sessions, 7});
    if (!made)
        die(made.error());
    const auto trail = store.auditTrail();
    if (!trail || trail->isEmpty())
        die(QStringLiteral("the audit trail could not be read"));
    const auto list = store.coupleSummaries();
    if (!list || list->isEmpty())
        die(QStringLiteral("the couples could not be listed"));
    const auto oneCouple = store.couple(list->first().id);
    if (!oneCouple)
        die(oneCouple.error());

    std::printf(
        "Practice page and audit trail: %d couples, %d sessions, %lld audit rows (made in %.1f s)\n\n",
        made->couples, made->sessions, static_cast<long long>(trail->size()), generation.elapsed() / 1000.0);
    printHeader("baseline");
    const double listing = medianMilliseconds(kRuns, [&] { (void)store.coupleSummaries(); });
    const double agenda = medianMilliseconds(kRuns, [&] {
        if (const auto a = loadAgenda(store); !a)
            die(a.error());
    });
    printRow("agenda (today and the next seven days)", agenda, listing);
    const double caseload = medianMilliseconds(kRuns, [&] {
        if (const auto c = loadCaseload(store, 4); !c)
            die(c.error());
    });
    printRow("caseload (per stage, not seen, distress)", caseload, listing);

    const double whole = medianMilliseconds(kRuns, [&] { (void)store.auditTrail(); });
    AuditFilter filter;
    filter.coupleUuid = oneCouple->uuid;
    const double filtered = medianMilliseconds(kRuns, [&] { (void)store.auditTrail(filter); });
    printRow("audit trail of one couple", filtered, whole);
    AuditFilter exports;
    exports.actions = {QStringLiteral("export"), QStringLiteral("print")};
    const double byAction = medianMilliseconds(kRuns, [&] { (void)store.auditTrail(exports); });
    printRow("audit trail, exports and prints only", byAction, whole);
    const double verify = medianMilliseconds(5, [&] {
        if (const auto v = store.verifyAuditTrail(); !v || !v->intact())
            die(QStringLiteral("the chain is not whole"));
    });
    printRow("verify the whole hash chain", verify, whole);
    std::printf("\nBaselines: listing every couple with its summary (what the window loads on opening) for "
                "the practice page; reading the whole audit trail for the trail's reads.\n");
    return 0;
}
