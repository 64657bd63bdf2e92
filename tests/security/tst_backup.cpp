// Backups of an open practice and restoring them: consistent, checked, never half-written, and a
// restore keeps the replaced practice aside.
#include "TestPractice.h"

#include "store/PracticeRestore.h"

#include <QFile>
#include <QTest>

using namespace attune;
using namespace attune::test;

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void backupOfAnOpenPracticeIsACompleteCheckedCopy()
    {
        TestPractice practice;
        const auto id =
            practice.store().createCouple(makeCouple(QStringLiteral("Zoë"), QStringLiteral("Ömer")));
        QVERIFY(practice.store().createSession(makeSession(*id, fixedNow().date())));
        const QString backup = practice.dir() + QStringLiteral("/backup.db");
        const Status s = practice.store().backupTo(backup);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(QFile::permissions(backup) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        auto copy = PracticeStore::open(backup, PracticeStore::OpenMode::ReadOnly, fixedClock(fixedNow()));
        QVERIFY2(copy, qPrintable(copy.error()));
        QCOMPARE((*copy)->coupleSummaries()->first().partnerNames[0], QStringLiteral("Zoë"));
        QCOMPARE((*copy)->coupleSummaries()->first().sessionCount, 1);
        QVERIFY((*copy)->checkIntegrity()->passed());
        // No partial file is left behind.
        QCOMPARE(QDir(practice.dir())
                     .entryList(QDir::Files | QDir::Hidden)
                     .filter(QStringLiteral("partial"))
                     .size(),
                 0);
    }

    void backupRefusesBadTargets()
    {
        TestPractice practice;
        QVERIFY(!practice.store().backupTo(practice.path()));
        const Status missingFolder =
            practice.store().backupTo(practice.dir() + QStringLiteral("/no/such/folder/b.db"));
        QVERIFY(!missingFolder);
        QVERIFY(missingFolder.error().contains(QStringLiteral("does not exist")));
    }

    void restoreReplacesOnlyWithForceAndKeepsTheOldFileAside()
    {
        TestPractice original;
        QVERIFY(original.store().createCouple(makeCouple(QStringLiteral("Ana"), QStringLiteral("Ben"))));
        const QString backup = original.dir() + QStringLiteral("/backup.db");
        QVERIFY(original.store().backupTo(backup));

        TestPractice other;
        QVERIFY(other.store().createCouple(makeCouple(QStringLiteral("Cleo"), QStringLiteral("Dev"))));
        const QString target = other.path();
        const auto refused = restorePractice(backup, target, false);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("--force")));

        const auto restored = restorePractice(backup, target, true);
        QVERIFY2(restored, qPrintable(restored.error()));
        QVERIFY(QFile::exists(restored->keptAside));
        other.reopen();
        QCOMPARE(other.store().coupleSummaries()->first().partnerNames[0], QStringLiteral("Ana"));
        auto kept = PracticeStore::open(restored->keptAside, PracticeStore::OpenMode::ReadOnly);
        QVERIFY(kept);
        QCOMPARE((*kept)->coupleSummaries()->first().partnerNames[0], QStringLiteral("Cleo"));
    }

    void restoreRefusesWhatIsNotAWholePractice()
    {
        TestPractice practice;
        const QString junk = practice.dir() + QStringLiteral("/junk.db");
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a backup");
        }
        const QString target = practice.dir() + QStringLiteral("/restored.db");
        QVERIFY(!restorePractice(junk, target, true));
        QVERIFY(!QFile::exists(target));

        // A damaged copy: a valid header with a page overwritten in the middle.
        const QString backup = practice.dir() + QStringLiteral("/backup.db");
        QVERIFY(practice.store().createCouple(makeCouple()));
        QVERIFY(practice.store().backupTo(backup));
        {
            QFile f(backup);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 8192);
            f.seek(size / 2);
            f.write(QByteArray(4096, '\xff'));
        }
        const auto damaged = restorePractice(backup, target, true);
        QVERIFY(!damaged);
        QVERIFY(!QFile::exists(target));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
