// Attune's entry point: with a command it runs headless and prints; without one it opens the window.
#include "CommandLine.h"
#include "Commands.h"

#include "MainWindow.h"
#include "store/PracticeFile.h"
#include "store/PracticeStore.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("attune"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTUNE_VERSION));
}

int runHeadless(int argc, char **argv, const attune::Invocation &invocation)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    attune::CommandContext context{invocation.practicePath.isEmpty() ? attune::defaultPracticePath()
                                                                     : invocation.practicePath,
                                   out, err, attune::systemClock()};
    const int code = attune::runCommand(invocation.command, attune::CommandArgs(invocation.args), context);
    out.flush();
    err.flush();
    return code;
}

int runGui(int argc, char **argv, const attune::Invocation &invocation)
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Attune"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/attune.svg")));
    QApplication::setDesktopFileName(QStringLiteral("attune"));

    const QString path =
        invocation.practicePath.isEmpty() ? attune::defaultPracticePath() : invocation.practicePath;
    auto store = attune::PracticeStore::open(path, attune::PracticeStore::OpenMode::CreateIfMissing);
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Attune"), store.error());
        return attune::ExitFailure;
    }
    attune::MainWindow window(**store);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
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
    if (invocation->showHelp) {
        QCoreApplication app(argc, argv);
        std::printf("%s", qUtf8Printable(attune::usageText()));
        return attune::ExitOk;
    }
    if (!invocation->command.isEmpty()) {
        if (!attune::isKnownCommand(invocation->command)) {
            std::fprintf(stderr, "Unknown command %s. Try attune --help.\n",
                         qUtf8Printable(invocation->command));
            return attune::ExitUsage;
        }
        return runHeadless(argc, argv, *invocation);
    }
    return runGui(argc, argv, *invocation);
}
