// Benchmarks the progress charts and report for a 500-session couple: building the change-event chart,
// painting it, and writing the whole report, each next to a baseline measured in the same run (loading
// the sessions from the store, painting an empty chart of the same size, writing a one-page empty PDF).
// Prints a Markdown table of medians and ratios.
//
// Usage: bench_progress [sessions]
#include "BenchTimer.h"

#include "demo/DemoGenerator.h"
#include "progress/ChangeEventChart.h"
#include "progress/ProgressReport.h"
#include "store/PracticeStore.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace attune;
using namespace attune::bench;

namespace {

constexpr int kRuns = 9;

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_progress: %s\n", qUtf8Printable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int sessions = argc > 1 ? std::atoi(argv[1]) : 500;
    QTemporaryDir dir;
    auto opened = PracticeStore::open(dir.filePath(QStringLiteral("bench.db")),
                                      PracticeStore::OpenMode::CreateIfMissing);
    if (!opened)
        die(opened.error());
    PracticeStore &store = **opened;
    if (const auto made = generateDemoPractice(store, {1, sessions, 3}); !made)
        die(made.error());
    const qint64 coupleId = store.coupleSummaries()->first().id;
    const auto couple = store.couple(coupleId);
    const auto loaded = store.sessions(coupleId);
    if (!couple || !loaded)
        die(QStringLiteral("loading the couple failed"));
    const std::array<CyclePosition, 2> positions{couple->partners[0].position, couple->partners[1].position};
    ChartOptions options;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    options.partnerNames = {couple->partners[0].name, couple->partners[1].name};

    std::printf("Progress charts and report for one couple with %d sessions\n\n", sessions);
    printHeader("baseline");

    const double load = medianMilliseconds(kRuns, [&] { (void)store.sessions(coupleId); });
    const double build = medianMilliseconds(kRuns, [&] {
        const auto s = store.sessions(coupleId);
        const ProgressData data = buildProgress(*s);
        std::unique_ptr<ProgressChart> chart(
            buildChangeEventChart(data, eventSeriesPartners(data, positions), options));
    });
    printRow("load sessions + build change-event chart", build, load);

    const ProgressData data = buildProgress(*loaded);
    const QSize size(1200, 600);
    auto paintOnce = [&](const ProgressData &d) {
        std::unique_ptr<ProgressChart> chart(
            buildChangeEventChart(d, eventSeriesPartners(d, positions), options));
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        paintChart(*chart, painter, QRectF(QPointF(0, 0), QSizeF(size)), QSizeF(size));
    };
    const double emptyChart = medianMilliseconds(kRuns, [&] { paintOnce(ProgressData{}); });
    const double fullChart = medianMilliseconds(kRuns, [&] { paintOnce(data); });
    printRow("build + paint change-event chart 1200x600", fullChart, emptyChart);

    ReportOptions reportOptions;
    reportOptions.locale = options.locale;
    const auto content = loadReportContent(store, coupleId, reportOptions);
    if (!content)
        die(content.error());
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const double emptyPdf = medianMilliseconds(kRuns, [&] {
        QPdfWriter writer(dir.filePath(QStringLiteral("empty.pdf")));
        writer.setResolution(1200);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), QStringLiteral("Page 1 of 1"));
    });
    const double report = medianMilliseconds(kRuns, [&] {
        if (const Status s = writeReportPdf(*content, pdf); !s)
            die(s.error());
    });
    printRow("write the progress report PDF", report, emptyPdf);
    std::printf(
        "\nBaselines: loading the sessions alone; painting an empty chart of the same size; writing a "
        "one-page PDF with one line of text.\n");
    return 0;
}
