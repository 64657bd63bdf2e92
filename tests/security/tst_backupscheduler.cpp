// Automatic backups: one a day, on request, rotated to the chosen number, encrypted when a passphrase
// is known, and a failure reported instead of a bad file kept.
#include "TestPractice.h"

#include "backup/BackupScheduler.h"
#include "security/Envelope.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace attune;
using namespace attune::test;

class TestBackupScheduler : public QObject
{
    Q_OBJECT

private slots:
    void dailyBackupIsWrittenOncePerDay()
    {
        TestPractice practice;
        QVERIFY(practice.store().createCouple(makeCouple()));
        QDateTime now = fixedNow();
        BackupScheduler scheduler(practice.store(), BackupPolicy{}, [&now] { return now; });
        QSignalSpy done(&scheduler, &BackupScheduler::backedUp);
        QVERIFY(scheduler.backUpIfDue());
        QVERIFY(scheduler.backUpIfDue()); // the same day: nothing new
        QCOMPARE(done.count(), 1);
        QCOMPARE(scheduler.existingBackups().size(), 1);
        QCOMPARE(QFileInfo(scheduler.folder()).absoluteFilePath(),
                 QFileInfo(practice.dir() + QStringLiteral("/backups")).absoluteFilePath());
        now = now.addDays(1);
        QVERIFY(scheduler.backUpIfDue());
        QCOMPARE(scheduler.existingBackups().size(), 2);
        auto copy =
            PracticeStore::open(scheduler.existingBackups().first(), PracticeStore::OpenMode::ReadOnly);
        QVERIFY2(copy, qPrintable(copy.error()));
        QCOMPARE((*copy)->coupleSummaries()->size(), 1);
    }

    void oldBackupsAreRotatedAway()
    {
        TestPractice practice;
        QDateTime now = fixedNow();
        BackupScheduler scheduler(practice.store(), BackupPolicy{true, 3, QString()}, [&now] { return now; });
        for (int day = 0; day < 5; ++day) {
            QVERIFY(scheduler.backUpNow());
            now = now.addDays(1);
        }
        const QStringList kept = scheduler.existingBackups();
        QCOMPARE(kept.size(), 3);
        QVERIFY(kept.first().contains(now.addDays(-1).toString(QStringLiteral("yyyyMMdd")))); // newest first
    }

    void withAPassphraseBackupsAreEncrypted()
    {
        TestPractice practice;
        QVERIFY(
            practice.store().createCouple(makeCouple(QStringLiteral("Secretname"), QStringLiteral("Other"))));
        BackupScheduler scheduler(practice.store(), BackupPolicy{}, fixedClock(fixedNow()), [] {
            return std::optional<QByteArray>(QByteArrayLiteral("a long passphrase"));
        });
        const auto written = scheduler.backUpNow();
        QVERIFY2(written, qPrintable(written.error()));
        QVERIFY(written->endsWith(QStringLiteral(".attune-backup")));
        QVERIFY(isEnvelopeFile(*written));
        QFile f(*written);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("Secretname"));
        QCOMPARE(QDir(scheduler.folder()).entryList(QDir::Files | QDir::Hidden).size(),
                 1); // no plain copy left
    }

    void failureIsReportedNotKept()
    {
        TestPractice practice;
        BackupScheduler scheduler(practice.store(),
                                  BackupPolicy{true, 3, QStringLiteral("/proc/attune-cannot-write-here")},
                                  fixedClock(fixedNow()));
        QSignalSpy failed(&scheduler, &BackupScheduler::backupFailed);
        QVERIFY(!scheduler.backUpNow());
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
    }

    void aProtectedPracticeIsNeverBackedUpPlain()
    {
        TestPractice practice;
        std::optional<QByteArray> known;
        BackupScheduler scheduler(practice.store(), BackupPolicy{}, fixedClock(fixedNow()),
                                  [&known] { return known; });
        scheduler.setPassphraseRequired([] { return true; });
        QSignalSpy skipped(&scheduler, &BackupScheduler::backupSkipped);
        QSignalSpy failed(&scheduler, &BackupScheduler::backupFailed);
        const auto locked = scheduler.backUpNow();
        QVERIFY(!locked);
        QVERIFY(locked.error().contains(QStringLiteral("locked")));
        QCOMPARE(skipped.count(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!scheduler.backUpIfDue());
        QVERIFY(scheduler.existingBackups().isEmpty());
        QVERIFY(!QDir(scheduler.folder()).exists() || QDir(scheduler.folder()).isEmpty());

        known = QByteArrayLiteral("a long passphrase");
        const auto unlocked = scheduler.backUpNow();
        QVERIFY2(unlocked, qPrintable(unlocked.error()));
        QVERIFY(isEnvelopeFile(*unlocked));
        QCOMPARE(scheduler.existingBackups(), QStringList{*unlocked});
    }

    void disabledPolicyWritesNothing()
    {
        TestPractice practice;
        BackupScheduler scheduler(practice.store(), BackupPolicy{false, 3, QString()},
                                  fixedClock(fixedNow()));
        QVERIFY(scheduler.backUpIfDue());
        QVERIFY(scheduler.existingBackups().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackupScheduler)
#include "tst_backupscheduler.moc"
