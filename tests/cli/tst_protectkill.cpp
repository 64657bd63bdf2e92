// Kill -9 while a protected practice is written: the real attune backs it up (writing an encrypted copy,
// then the practice itself with the backup's audit row), and is killed at a seeded random moment of its
// run, 50 times. After every kill the practice opens with its passphrase, passes the integrity check and
// the audit trail's hash chain is whole, and every backup that had finished (exit 0: acknowledged) has its
// audit row. The encrypted image is written beside the file and renamed
// over it, so a kill leaves the previous or the next image, never half of one.
#include "AttuneProcess.h"
#include "TestPractice.h"

#include "store/SealedStorage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace attune;
using namespace attune::test;

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("kill test passphrase");
constexpr int kKills = 50;

} // namespace

class TestProtectKill : public QObject
{
    Q_OBJECT

private slots:
    void killedWritersNeverLeaveAnUnreadablePractice()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString practice = dir.filePath(QStringLiteral("practice.db"));
        const QString pass = dir.filePath(QStringLiteral("pass"));
        {
            QFile f(pass);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kPassphrase + '\n');
        }
        auto run = [&](QStringList args) {
            return runAttune(QStringList{QStringLiteral("--practice"), practice} + args);
        };
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--couples"), QStringLiteral("2"),
                      QStringLiteral("--sessions"), QStringLiteral("4")})
                     .exitCode,
                 0);
        Run r = run({QStringLiteral("protect"), QStringLiteral("--key-cost"), QStringLiteral("interactive"),
                     QStringLiteral("--passphrase-file"), pass});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        auto backup = [&](int i) {
            return QStringList{QStringLiteral("--practice"), practice, QStringLiteral("backup"), QStringLiteral("--output"),
                               dir.filePath(QStringLiteral("b%1.attune-backup").arg(i)), QStringLiteral("--passphrase-file"),
                               pass};
        };
        auto auditRows = [&]() -> qsizetype {
            auto store = PracticeStore::openProtected(practice, PracticeStore::OpenMode::ReadOnly, kPassphrase,
                                                      SaveTiming::Immediate);
            return store ? (*store)->auditTrail()->size() : -1;
        };
        const qsizetype initialRows = auditRows();
        QVERIFY(initialRows > 0);
        // How long an import runs whole, so the kills fall across its whole life.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runAttune(backup(-1)).exitCode, 0);
        const int span = int(clock.elapsed()) + 50;
        int acknowledged = 1;
        int killed = 0;

        QRandomGenerator random(20261204);
        for (int i = 0; i < kKills; ++i) {
            QProcess p;
            p.start(QStringLiteral(ATTUNE_BINARY), backup(i));
            QVERIFY(p.waitForStarted(10000));
            const bool finished = p.waitForFinished(int(random.bounded(span)));
            if (!finished) {
                ::kill(pid_t(p.processId()), SIGKILL);
                QVERIFY(p.waitForFinished(10000));
                ++killed;
            } else if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
                ++acknowledged;
            }
            auto store = PracticeStore::openProtected(practice, PracticeStore::OpenMode::OpenExisting, kPassphrase,
                                                      SaveTiming::Immediate);
            QVERIFY2(store, qPrintable(QStringLiteral("after kill %1: %2").arg(i).arg(store.error())));
            const auto report = (*store)->checkIntegrity();
            QVERIFY(report);
            QVERIFY2(report->passed(), qPrintable(report->problems.join(QLatin1Char(' '))));
            const auto verdict = (*store)->verifyAuditTrail();
            QVERIFY(verdict && verdict->intact());
            const auto rows = (*store)->auditTrail();
            QVERIFY(rows);
            QVERIFY2(rows->size() >= initialRows + acknowledged,
                     qPrintable(QStringLiteral("%1 audit rows, %2 backups acknowledged").arg(rows->size()).arg(acknowledged)));
            QCOMPARE((*store)->coupleSummaries(ArchiveFilter::All)->size(), 2);
        }
        qInfo("%d of %d runs killed before they finished", killed, kKills);
        QVERIFY(killed >= kKills / 4);
        // The command line agrees.
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--passphrase-file"), pass}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--passphrase-file"), pass}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestProtectKill)
#include "tst_protectkill.moc"
