// Kill -9 of the window while it writes a protected practice (issue 12). The test runs itself again as a
// child that opens the real main window offscreen on a protected copy of a small demo practice (answering
// the passphrase prompt), then edits a couple every 40 ms through the window's store and prints an
// acknowledgement after each committed edit; the window saves debounced (1 s) on its worker thread. The
// parent kills the child with SIGKILL at a seeded moment, 10 times. After every kill the practice opens
// with its passphrase, passes the integrity check, its audit trail's chain is whole, and every edit
// acknowledged longer ago than the autosave window (plus a margin for the write) is in the file: the
// sealed image is written beside the file and renamed over it, so a kill leaves the previous or the next.
#include "AttuneProcess.h"
#include "TestPractice.h"

#include "MainWindow.h"
#include "demo/DemoGenerator.h"
#include "lock/UnlockPracticeDialog.h"
#include "security/Passphrase.h"
#include "store/PracticeProtection.h"
#include "store/SealedStorage.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace attune;
using namespace attune::test;

namespace {

const QByteArray kPassphrase = "kill the window passphrase";
constexpr int kKills = 10;
constexpr qint64 kAutosaveWindowMs = 1000; // SealedStorage's debounce in the window
constexpr qint64 kWriteMarginMs = 700;     // sealing and writing a small practice, on a loaded machine

const QString kEdit = QStringLiteral("kill test edit %1");

// The child: the window on the practice, edits until it is killed.
int runChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString path = QString::fromLocal8Bit(argv[2]);
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    // The prompt is answered as a user would, once it is the modal window.
    std::function<void()> answer = [&answer] {
        auto *prompt = qobject_cast<UnlockPracticeDialog *>(QApplication::activeModalWidget());
        if (!prompt) {
            QTimer::singleShot(5, qApp, answer);
            return;
        }
        prompt->passphraseField()->setText(QString::fromUtf8(kPassphrase));
        prompt->openButton()->click();
    };
    QTimer::singleShot(0, qApp, answer);
    auto window = MainWindow::open(path, settings, PracticeStore::OpenMode::OpenExisting);
    if (!window) {
        std::fprintf(stderr, "%s\n", qPrintable(window.error()));
        return 2;
    }
    (*window)->show();
    PracticeStore &store = (*window)->store();
    const qint64 coupleId = store.coupleSummaries()->constFirst().id;
    int n = 0;
    QTimer edits;
    QObject::connect(&edits, &QTimer::timeout, &app, [&] {
        auto couple = store.couple(coupleId);
        if (!couple)
            return;
        couple->presentingConcerns = kEdit.arg(++n);
        if (store.updateCouple(*couple)) {
            std::printf("ack %d %lld\n", n, QDateTime::currentMSecsSinceEpoch());
            std::fflush(stdout);
        }
    });
    edits.start(40);
    return app.exec();
}

int editNumber(const QString &text)
{
    return text.startsWith(kEdit.arg(QString())) ? text.mid(kEdit.arg(QString()).size()).toInt() : 0;
}

} // namespace

class TestGuiProtectKill : public QObject
{
    Q_OBJECT

private slots:
    void killedWindowsLoseNothingAcknowledgedBeforeTheAutosaveWindow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(initialiseCrypto());
        const QString practice = dir.filePath(QStringLiteral("practice.db"));
        {
            auto store = PracticeStore::open(practice, PracticeStore::OpenMode::CreateIfMissing);
            QVERIFY(store);
            QVERIFY(generateDemoPractice(**store, DemoOptions{2, 3, 5}));
        }
        QVERIFY(protectPractice(practice, kPassphrase, PracticeKeyCost::Interactive));

        QRandomGenerator random(20261206);
        int lateAcks = 0;
        for (int i = 0; i < kKills; ++i) {
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), practice});
            QVERIFY(child.waitForStarted(10000));
            // The first acknowledged edit: the window is up and writing.
            QByteArray out;
            QElapsedTimer waiting;
            waiting.start();
            while (!out.contains("ack ") && waiting.elapsed() < 20000) {
                child.waitForReadyRead(100);
                out += child.readAllStandardOutput();
                QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
            }
            QVERIFY2(out.contains("ack "), "the window never acknowledged an edit");
            QTest::qWait(int(random.bounded(200, 2600)));
            const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            out += child.readAllStandardOutput();

            // Every edit acknowledged before the autosave window (and a write) is on disk.
            int mustHave = 0;
            for (const QByteArray &line : out.split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 3 && parts[0] == "ack" &&
                    parts[2].toLongLong() < killedAt - kAutosaveWindowMs - kWriteMarginMs)
                    mustHave = qMax(mustHave, parts[1].toInt());
            }
            lateAcks += mustHave > 0;
            auto store = PracticeStore::openProtected(practice, PracticeStore::OpenMode::OpenExisting,
                                                      kPassphrase, SaveTiming::Immediate);
            QVERIFY2(store, qPrintable(QStringLiteral("after kill %1: %2").arg(i).arg(store.error())));
            const auto report = (*store)->checkIntegrity();
            QVERIFY(report);
            QVERIFY2(report->passed(), qPrintable(report->problems.join(QLatin1Char(' '))));
            const auto verdict = (*store)->verifyAuditTrail();
            QVERIFY(verdict && verdict->intact());
            const qint64 coupleId = (*store)->coupleSummaries()->constFirst().id;
            const int stored = editNumber((*store)->couple(coupleId)->presentingConcerns);
            QVERIFY2(stored >= mustHave,
                     qPrintable(
                         QStringLiteral("kill %1: edit %2 stored, %3 acknowledged before the autosave window")
                             .arg(i)
                             .arg(stored)
                             .arg(mustHave)));
            // The next child starts from what was stored.
            auto couple = (*store)->couple(coupleId);
            couple->presentingConcerns = kEdit.arg(0);
            QVERIFY((*store)->updateCouple(*couple));
        }
        // Some kills fell late enough that edits had to be there.
        QVERIFY(lateAcks >= kKills / 3);
        // The command line agrees.
        const QString pass = dir.filePath(QStringLiteral("pass"));
        {
            QFile f(pass);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kPassphrase + '\n');
        }
        const QStringList base{QStringLiteral("--practice"), practice};
        QCOMPARE(
            runAttune(base + QStringList{QStringLiteral("check"), QStringLiteral("--passphrase-file"), pass})
                .exitCode,
            0);
        QCOMPARE(runAttune(base + QStringList{QStringLiteral("audit"), QStringLiteral("verify"),
                                              QStringLiteral("--passphrase-file"), pass})
                     .exitCode,
                 0);
    }
};

int main(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv);
    QApplication app(argc, argv);
    TestGuiProtectKill test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guiprotectkill.moc"
