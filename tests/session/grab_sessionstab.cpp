// Renders the Sessions tab with the demo practice to a PNG (offscreen), for looking at the layout and for
// the screenshot script: grab_sessionstab OUTPUT.png [WIDTH HEIGHT]. Not a test: it checks nothing.
#include "session/SessionsTab.h"

#include "commands/PracticeEditor.h"
#include "demo/DemoGenerator.h"
#include "store/PracticeStore.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace attune;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: grab_sessionstab OUTPUT.png [WIDTH HEIGHT]\n";
        return 2;
    }
    QTemporaryDir dir;
    auto store = PracticeStore::open(dir.filePath(QStringLiteral("demo.db")),
                                     PracticeStore::OpenMode::CreateIfMissing);
    if (!store || !generateDemoPractice(**store, DemoOptions{})) {
        QTextStream(stderr) << "the demo practice could not be made\n";
        return 1;
    }
    PracticeEditor editor(**store);
    SessionsTab tab(editor);
    tab.resize(args.size() > 3 ? args[2].toInt() : 1440, args.size() > 3 ? args[3].toInt() : 900);
    const auto couples = (*store)->coupleSummaries();
    tab.setCouple(couples->first().id);
    tab.show();
    app.processEvents();
    return tab.grab().save(args[1]) ? 0 : 1;
}
