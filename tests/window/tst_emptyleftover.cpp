// Issue 14, item 7: an empty file where the practice should be (what a killed creation by an older build
// left) is recognised by the window, which asks before it creates a new practice in its place; answered No,
// the file is left as it was and nothing opens.
#include "MainWindow.h"
#include "TestPractice.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace attune;
using namespace attune::test;

namespace {

// Answers the next message box with button, and remembers what it said.
void answerNextQuestion(QMessageBox::StandardButton button, QString *text, int attempts = 500)
{
    QTimer::singleShot(10, qApp, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box && attempts > 0)
            return answerNextQuestion(button, text, attempts - 1);
        QVERIFY2(box, "no question was asked");
        *text = box->text();
        box->button(button)->click();
    });
}

} // namespace

class TestEmptyLeftover : public QObject
{
    Q_OBJECT

private slots:
    void theWindowAsksBeforeReplacingAnEmptyFile()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const QString practice = dir.filePath(QStringLiteral("practice.db"));
        QFile empty(practice);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();

        QString asked;
        bool cancelled = false;
        answerNextQuestion(QMessageBox::No, &asked);
        auto refused = MainWindow::open(practice, settings, PracticeStore::OpenMode::CreateIfMissing,
                                        fixedClock(fixedNow()), nullptr, &cancelled);
        QVERIFY(!refused);
        QVERIFY(cancelled);
        QVERIFY2(asked.contains(QStringLiteral("empty file")), qPrintable(asked));
        QCOMPARE(QFileInfo(practice).size(), 0);

        answerNextQuestion(QMessageBox::Yes, &asked);
        auto opened = MainWindow::open(practice, settings, PracticeStore::OpenMode::OpenExisting,
                                       fixedClock(fixedNow()), nullptr, &cancelled);
        QVERIFY2(opened, qPrintable(opened.error()));
        delete *opened;
        QVERIFY(QFileInfo(practice).size() > 0);
        auto store = PracticeStore::open(practice, PracticeStore::OpenMode::OpenExisting);
        QVERIFY2(store, qPrintable(store.error()));
    }
};

QTEST_MAIN(TestEmptyLeftover)
#include "tst_emptyleftover.moc"
