// Attune's entry point: with a command it runs headless and prints; without one it opens the window.
#include "CommandLine.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "SignalFlush.h"
#include "TestHooks.h"

#include "MainWindow.h"
#include "Preferences.h"
#include "i18n/Translations.h"
#include "store/DefaultPractice.h"
#include "store/PracticeFile.h"
#include "store/PracticeStore.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <memory>

#include <sys/resource.h>
#include <sys/stat.h>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("attune"));
    QCoreApplication::setApplicationName(QStringLiteral("attune"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTUNE_VERSION));
}

// Painting text needs a QGuiApplication; headless commands that paint use the offscreen platform, so no
// display is needed. The rest stay on QCoreApplication.
std::unique_ptr<QCoreApplication> headlessApplication(int &argc, char **argv, const QString &command)
{
    if (!attune::commandNeedsPainting(command))
        return std::make_unique<QCoreApplication>(argc, argv);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt Charts draws with QtWidgets' graphics classes, so the progress report needs a QApplication.
    if (command == QStringLiteral("report"))
        return std::make_unique<QApplication>(argc, argv);
    return std::make_unique<QGuiApplication>(argc, argv);
}

// The default practice, after moving one left at the old doubled path there (once). Says what was moved,
// or why it could not be; in that case the old place is used, so the practice is still found.
QString defaultPractice(const std::function<void(const QString &)> &tell)
{
    const auto moved = attune::moveOldDefaultPractice();
    if (!moved) {
        tell(moved.error());
        return attune::oldDefaultPracticePath();
    }
    if (*moved)
        tell((*moved)->message());
    return attune::defaultPracticePath();
}

int runHeadless(int argc, char **argv, const attune::Invocation &invocation)
{
    const auto app = headlessApplication(argc, argv, invocation.command);
    describeApplication();
    attune::installTranslators(*app, invocation.language);
    QTextStream out(stdout);
    QTextStream err(stderr);
    // On stderr: stdout carries the command's results (JSON, for instance).
    const QString practice =
        !invocation.practicePath.isEmpty()
            ? invocation.practicePath
            : defaultPractice([&err](const QString &message) { err << message << '\n'; });
    attune::CommandContext context{practice, out, err, attune::systemClock()};
    const int code = attune::runCommand(invocation.command, invocation.args, context);
    out.flush();
    err.flush();
    return code;
}

// The practice to open: --practice, else the one opened last, else the default location. The one opened
// last may be the default practice at its old place, which is then moved like the default one.
QString startingPractice(const attune::Invocation &invocation, const attune::Preferences &preferences,
                         QStringList &messages)
{
    if (!invocation.practicePath.isEmpty())
        return invocation.practicePath;
    const auto tell = [&messages](const QString &message) { messages << message; };
    if (!preferences.practicePath.isEmpty() &&
        QFileInfo(preferences.practicePath).absoluteFilePath() !=
            QFileInfo(attune::oldDefaultPracticePath()).absoluteFilePath())
        return preferences.practicePath;
    return defaultPractice(tell);
}

int runGui(int argc, char **argv, const attune::Invocation &invocation)
{
    QApplication app(argc, argv);
    describeApplication();
    // --language, else the system locale. Preferences' language and switching while running go through
    // the same installTranslators(); widgets retranslate on QEvent::LanguageChange.
    attune::installTranslators(app, invocation.language);
    QApplication::setApplicationDisplayName(QStringLiteral("Attune"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/attune.svg")));
    QApplication::setDesktopFileName(QStringLiteral("attune"));
    attune::storeEditsOnTermination(app);

    QSettings settings;
    const attune::Preferences preferences = attune::Preferences::load(settings);
    if (invocation.language.isEmpty() && !preferences.language.isEmpty())
        attune::installTranslators(app, preferences.language);
    QStringList messages;
    QString path = startingPractice(invocation, preferences, messages);
    // Before the window: a practice with a passphrase opens locked, and nothing opens over a locked window.
    for (const QString &message : std::as_const(messages))
        QMessageBox::information(nullptr, QApplication::translate("main", "Attune"), message);
    // A practice that cannot be opened is said plainly; the user may pick another or quit.
    for (;;) {
        bool cancelled = false;
        auto window =
            attune::MainWindow::open(path, settings, attune::PracticeStore::OpenMode::CreateIfMissing,
                                     attune::systemClock(), nullptr, &cancelled);
        if (window) {
            (*window)->show();
            (*window)->offerRecoveredNote();
            attune::runTestHooks(**window);
            return app.exec();
        }
        if (cancelled) // the passphrase prompt of a protected practice was cancelled: nothing was opened
            return attune::ExitOk;
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Attune"), window.error(),
                        QMessageBox::Open | QMessageBox::Close);
        box.setInformativeText(QApplication::translate("main", "Open another practice, or close Attune."));
        if (box.exec() != QMessageBox::Open)
            return attune::ExitFailure;
        path = QFileDialog::getOpenFileName(
            nullptr, QApplication::translate("main", "Open Practice"), QString(),
            QApplication::translate("main", "Attune practices (*.db);;All files (*)"));
        if (path.isEmpty())
            return attune::ExitFailure;
    }
}

} // namespace

int main(int argc, char **argv)
{
    // Every file Attune creates (practices, backups, exports, print spools) is private to its owner,
    // and a crash leaves no core dump full of client notes.
    ::umask(0077);
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QString error;
    const auto invocation = attune::parseInvocation(arguments, &error);
    if (!invocation) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return attune::ExitUsage;
    }
    if (invocation->showVersion) {
        std::printf("attune %s\n", ATTUNE_VERSION);
        return attune::ExitOk;
    }
    if (const QString wrong = attune::unknownLanguageError(invocation->language); !wrong.isEmpty()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(wrong));
        return attune::ExitUsage;
    }
    if (invocation->showHelp) {
        QCoreApplication app(argc, argv);
        attune::installTranslators(app, invocation->language);
        std::printf("%s", qUtf8Printable(attune::usageText()));
        return attune::ExitOk;
    }
    if (!invocation->command.isEmpty()) {
        if (!attune::isKnownCommand(invocation->command)) {
            // In the user's language, as every other misuse is said.
            QCoreApplication app(argc, argv);
            attune::installTranslators(app, invocation->language);
            std::fprintf(stderr, "%s\n", qUtf8Printable(attune::unknownCommandError(invocation->command)));
            return attune::ExitUsage;
        }
        return runHeadless(argc, argv, *invocation);
    }
    return runGui(argc, argv, *invocation);
}
