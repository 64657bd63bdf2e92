// Renders the main window on a new, empty practice (the first-run page), then on the demo practice: the
// practice page (today's appointments and the caseload) and one PNG per workspace tab, into the folder
// given (docs/screenshots), at 1280×720, a small laptop's screen. Runs on the offscreen platform, so the
// pictures do not depend on a desktop.
//
// Usage: attune_screenshots OUTPUT_FOLDER [LANGUAGE [SESSIONS]]
// With SESSIONS, the practice holds John and Mary alone with that many sessions (a large record, to see
// the charts and the brief at scale), and the files are named "<view>[-LANGUAGE]-<SESSIONS>sessions.png".
#include "CouplesPane.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"

#include "audit/AuditTrailWindow.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupsPage.h"
#include "casefile/ExportCouplesDialog.h"
#include "couple/NewCoupleDialog.h"
#include "progress/ProgressReportDialog.h"
#include "search/FindWindow.h"
#include "session/ClinicianProfileDialog.h"
#include "session/SessionSigning.h"

#include "demo/DemoGenerator.h"
#include "i18n/Translations.h"
#include "store/PracticeStore.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace attune;

namespace {

const QSize kWindowSize(1280, 720);
// A fixed Tuesday morning, so the appointments fall in a working day and each run draws the same pictures.
const QDateTime kNow = QDateTime(QDate(2026, 3, 10), QTime(9, 10)).toUTC();

void settle()
{
    for (int spin = 0; spin < 20; ++spin)
        QApplication::processEvents();
}

// The window a therapist sees the first time, on a practice with nothing in it yet.
bool grabFirstRun(const QString &folder, const QString &file)
{
    const QString empty = folder + QStringLiteral("/first-run.db");
    QSettings settings(folder + QStringLiteral("/first-run.ini"), QSettings::IniFormat);
    auto window = MainWindow::open(empty, settings, PracticeStore::OpenMode::CreateIfMissing);
    if (!window) {
        std::fprintf(stderr, "%s\n", qPrintable(window.error()));
        return false;
    }
    (*window)->resize(kWindowSize);
    (*window)->show();
    (*window)->showPracticePage();
    settle();
    const bool saved = (*window)->grab().save(file);
    (*window)->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (!saved)
        std::fprintf(stderr, "could not write %s\n", qPrintable(file));
    else
        std::printf("%s\n", qPrintable(file));
    return saved;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: attune_screenshots OUTPUT_FOLDER [LANGUAGE [SESSIONS]]\n");
        return 2;
    }
    const QString output = QString::fromLocal8Bit(argv[1]);
    const QString language = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("en");
    const int sessions = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 0;
    installTranslators(app, language);
    QDir().mkpath(output);
    const DemoOptions demo = sessions > 0 ? DemoOptions{1, sessions, 1} : DemoOptions{};

    QTemporaryDir scratch;
    QString suffix = language == QStringLiteral("en") ? QString() : QLatin1Char('-') + language;
    if (sessions > 0)
        suffix += QStringLiteral("-%1sessions").arg(sessions);
    if (sessions == 0 &&
        !grabFirstRun(scratch.path(), output + QStringLiteral("/first-run%1.png").arg(suffix)))
        return 1;
    const QString practice = scratch.filePath(QStringLiteral("demo.db"));
    {
        auto store =
            PracticeStore::open(practice, PracticeStore::OpenMode::CreateIfMissing, fixedClock(kNow));
        if (!store || !generateDemoPractice(**store, demo).isOk()) {
            std::fprintf(stderr, "could not make the demo practice\n");
            return 1;
        }
    }
    QSettings settings(scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    auto window =
        MainWindow::open(practice, settings, PracticeStore::OpenMode::OpenExisting, fixedClock(kNow));
    if (!window) {
        std::fprintf(stderr, "%s\n", qPrintable(window.error()));
        return 1;
    }
    (*window)->resize(kWindowSize);
    (*window)->show();
    (*window)->showPracticePage();
    settle();
    const QString start = output + QStringLiteral("/practice%1.png").arg(suffix);
    if (!(*window)->grab().save(start)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(start));
        return 1;
    }
    std::printf("%s\n", qPrintable(start));
    (*window)->showWorkspacePage();
    const auto couples = (*window)->store().coupleSummaries();
    if (!couples) {
        std::fprintf(stderr, "%s\n", qPrintable(couples.error()));
        return 1;
    }
    for (const CoupleSummary &c : *couples)
        if (c.name.contains(QStringLiteral("Mary")))
            (*window)->couplesPane()->selectCouple(c.id);
    const char *names[] = {"overview", "sessions", "cycle", "exercises", "progress"};
    QTabWidget *tabs = (*window)->workspace();
    for (int i = 0; i < tabs->count() && i < 5; ++i) {
        tabs->setCurrentIndex(i);
        settle();
        const QString file = output + QStringLiteral("/%1%2.png").arg(QLatin1StringView(names[i]), suffix);
        if (!(*window)->grab().save(file)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(file));
            return 1;
        }
        std::printf("%s\n", qPrintable(file));
    }
    // The audit viewer and Preferences → Backups, at the sizes they open with.
    AuditTrailWindow *audit = showAuditTrail((*window)->store(), *window);
    audit->verifyChain();
    PreferencesDialog preferences(Preferences{}, practice, *window, &(*window)->store());
    BackupScheduler backups((*window)->store(), BackupPolicy{});
    preferences.backupsPage()->setScheduler(&backups);
    preferences.show();
    if (auto *pages = preferences.findChild<QTabWidget *>())
        pages->setCurrentWidget(preferences.backupsPage());
    settle();
    for (const auto &[name, widget] :
         {std::pair<const char *, QWidget *>{"audit-trail", audit},
          std::pair<const char *, QWidget *>{"preferences-backups", &preferences}}) {
        const QString file = output + QStringLiteral("/%1%2.png").arg(QLatin1StringView(name), suffix);
        if (!widget->grab().save(file)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(file));
            return 1;
        }
        std::printf("%s\n", qPrintable(file));
    }
    audit->close();
    preferences.close();

    // Edit → Find… on "rupture", and the note it opens with the word marked.
    (*window)->showFindWindow();
    FindWindow *find = (*window)->findWindow();
    find->queryField()->setText(QStringLiteral("rupture"));
    find->searchNow();
    settle();
    const QString findFile = output + QStringLiteral("/find%1.png").arg(suffix);
    if (!find->grab().save(findFile)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(findFile));
        return 1;
    }
    std::printf("%s\n", qPrintable(findFile));
    QTest::keyClick(find->queryField(), Qt::Key_Return);
    settle();
    const QString openedFile = output + QStringLiteral("/find-opened%1.png").arg(suffix);
    if (!(*window)->grab().save(openedFile)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(openedFile));
        return 1;
    }
    std::printf("%s\n", qPrintable(openedFile));

    // The dialogs a therapist meets most, under dialogs/, to see that each language's text fits them.
    QDir().mkpath(output + QStringLiteral("/dialogs"));
    const qint64 coupleId = (*window)->currentCoupleId();
    NewCoupleDialog newCouple((*window)->editor(), *window);
    PreferencesDialog general(Preferences{}, practice, *window, &(*window)->store());
    ProgressReportDialog report((*window)->editor(), coupleId, *window);
    ClinicianProfileDialog clinician((*window)->store(), *window);
    AddendumDialog addendum(QStringLiteral("Dr. Rosa Delgado, LMFT"), *window);
    ExportCouplesDialog exportCouples(*couples, {coupleId}, *window);
    for (const auto &[name, dialog] :
         {std::pair<const char *, QDialog *>{"new-couple", &newCouple},
          std::pair<const char *, QDialog *>{"preferences-general", &general},
          std::pair<const char *, QDialog *>{"progress-report", &report},
          std::pair<const char *, QDialog *>{"clinician-profile", &clinician},
          std::pair<const char *, QDialog *>{"addendum", &addendum},
          std::pair<const char *, QDialog *>{"export-couples", &exportCouples}}) {
        dialog->show();
        settle();
        const QString file =
            output + QStringLiteral("/dialogs/%1%2.png").arg(QLatin1StringView(name), suffix);
        if (!dialog->grab().save(file)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(file));
            return 1;
        }
        std::printf("%s\n", qPrintable(file));
        dialog->close();
    }
    (*window)->close();
    return 0;
}
