// Not a test: renders the Progress tab, the pre-appointment brief and the progress report for John and
// Mary and for a generated 500-session couple, so a person can look at them.
// Usage: progress_screenshots OUTPUT-FOLDER   (run with QT_QPA_PLATFORM=offscreen)
#include "TestPractice.h"

#include "commands/PracticeEditor.h"
#include "demo/DemoGenerator.h"
#include "progress/PreAppointmentBrief.h"
#include "progress/ProgressReport.h"
#include "progress/ProgressTab.h"

#include <QApplication>
#include <QDir>

#include <cstdio>

using namespace attune;
using namespace attune::test;

namespace {

void shoot(PracticeStore &store, qint64 coupleId, const QString &folder, const QString &name)
{
    PracticeEditor editor(store);
    ProgressTab tab(editor);
    tab.resize(1160, 780); // the workspace beside the couples list in a 1440×900 window
    tab.setCouple(coupleId);
    tab.show();
    QApplication::processEvents();
    tab.grab().save(QDir(folder).filePath(QStringLiteral("progress-tab-%1.png").arg(name)));

    PreAppointmentBrief brief(store);
    brief.resize(1160, 340);
    brief.setCouple(coupleId);
    brief.show();
    QApplication::processEvents();
    brief.grab().save(QDir(folder).filePath(QStringLiteral("progress-brief-%1.png").arg(name)));

    ReportOptions options;
    options.therapist = QStringLiteral("Dr. Rosa Delgado");
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const auto content = loadReportContent(store, coupleId, options);
    if (!content ||
        !writeReportPdf(*content, QDir(folder).filePath(QStringLiteral("progress-report-%1.pdf").arg(name))))
        std::fprintf(stderr, "report failed\n");
}

qint64 firstCouple(PracticeStore &store, const QString &fragment)
{
    const auto couples = store.coupleSummaries();
    for (const CoupleSummary &c : *couples)
        if (c.name.contains(fragment))
            return c.id;
    return couples->first().id;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath();
    {
        TestPractice practice;
        generateDemoPractice(practice.store(), {});
        shoot(practice.store(), firstCouple(practice.store(), QStringLiteral("John & Mary")), folder,
              QStringLiteral("johnmary"));
    }
    {
        TestPractice practice;
        generateDemoPractice(practice.store(), {1, 500, 3});
        shoot(practice.store(), firstCouple(practice.store(), QString()), folder, QStringLiteral("500"));
    }
    return 0;
}
