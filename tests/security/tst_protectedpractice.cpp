// A protected practice (encrypted at rest): its file holds no client text, opens only with its passphrase,
// tells a wrong passphrase from damage and leaves the file byte for byte unchanged when it refuses, keeps
// a second process out, saves each change (at once or debounced), and converts plain backups.
#include "TestPractice.h"

#include "security/SealedImage.h"
#include "store/PracticeFile.h"
#include "store/PracticeProtection.h"
#include "store/SealedStorage.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

std::unique_ptr<PracticeStore> openWith(const QString &path, const QByteArray &passphrase,
                                        QString *error = nullptr, bool *wrong = nullptr,
                                        SaveTiming timing = SaveTiming::Immediate)
{
    auto store = PracticeStore::openProtected(path, PracticeStore::OpenMode::OpenExisting, passphrase, timing,
                                              fixedClock(fixedNow()), wrong);
    if (!store) {
        if (error)
            *error = store.error();
        return nullptr;
    }
    return std::move(store).value();
}

} // namespace

class TestProtectedPractice : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    // A plain practice with one couple whose names and note must never appear in the protected file.
    void makePlainPractice()
    {
        m_path = m_dir.filePath(QStringLiteral("p%1.db").arg(QRandomGenerator::global()->generate()));
        auto store =
            PracticeStore::open(m_path, PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
        QVERIFY2(store, qPrintable(store.error()));
        const auto id =
            (*store)->createCouple(makeCouple(QStringLiteral("Zebulon"), QStringLiteral("Quintessa")));
        QVERIFY(id);
        Session s = makeSession(*id, fixedNow().date().addDays(-3));
        s.note.text = QStringLiteral("Xylophonic loneliness at the kitchen table");
        QVERIFY((*store)->createSession(s));
    }

private slots:
    void protectingEncryptsAndTheRightPassphraseOpens()
    {
        makePlainPractice();
        const auto summary =
            protectPractice(m_path, kPassphrase, PracticeKeyCost::Interactive, {}, fixedClock(fixedNow()));
        QVERIFY2(summary, qPrintable(summary.error()));
        const QByteArray bytes = readAll(m_path);
        QVERIFY(isSealedPracticeData(bytes));
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        for (const char *secret : {"Zebulon", "Quintessa", "Xylophonic", "kitchen table"})
            QVERIFY2(!bytes.contains(secret), secret);
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-journal")));

        // A plain open (and so an older Attune's format check) refuses it with a clear message.
        auto plain = PracticeStore::open(m_path, PracticeStore::OpenMode::OpenExisting);
        QVERIFY(!plain);
        QVERIFY2(plain.error().contains(QStringLiteral("passphrase")), qPrintable(plain.error()));
        QCOMPARE(readAll(m_path), bytes);

        QString error;
        {
            auto store = openWith(m_path, kPassphrase, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(store->isProtected());
            const auto couples = store->coupleSummaries();
            QVERIFY(couples);
            QCOMPARE(couples->size(), 1);
            QCOMPARE(couples->first().partnerNames[0], QStringLiteral("Zebulon"));
            QVERIFY(store->checkIntegrity()->passed());
            QVERIFY(store->verifyAuditTrail()->intact());
            // An edit is on disk, encrypted, as soon as it is committed.
            QVERIFY(store->createCouple(makeCouple(QStringLiteral("Ottoline"), QStringLiteral("Pemberton"))));
            const QByteArray after = readAll(m_path);
            QVERIFY(after != bytes);
            QVERIFY(!after.contains("Ottoline"));
        }
        auto again = openWith(m_path, kPassphrase, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->coupleSummaries()->size(), 2);
    }

    void aWrongPassphraseIsNamedAndChangesNothing()
    {
        makePlainPractice();
        QVERIFY(protectPractice(m_path, kPassphrase, PracticeKeyCost::Interactive));
        const QByteArray before = readAll(m_path);
        QString error;
        bool wrong = false;
        QVERIFY(!openWith(m_path, QByteArrayLiteral("not the passphrase"), &error, &wrong));
        QVERIFY(wrong);
        QVERIFY2(error.contains(QStringLiteral("passphrase is wrong")), qPrintable(error));
        QCOMPARE(readAll(m_path), before);
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".lock")));
    }

    void damageIsToldFromAWrongPassphrase_data()
    {
        QTest::addColumn<int>("offset"); // from the start; negative: from the end
        QTest::newRow("format version") << 17;
        QTest::newRow("key cost") << 26;
        QTest::newRow("salt") << 40;
        QTest::newRow("key check") << 60;
        QTest::newRow("header hash") << 78;
        QTest::newRow("stream header") << 95;
        QTest::newRow("first part") << 200;
        QTest::newRow("last byte") << -1;
    }
    void damageIsToldFromAWrongPassphrase()
    {
        QFETCH(int, offset);
        makePlainPractice();
        QVERIFY(protectPractice(m_path, kPassphrase, PracticeKeyCost::Interactive));
        QByteArray bytes = readAll(m_path);
        const qsizetype at = offset >= 0 ? offset : bytes.size() + offset;
        bytes[at] = char(bytes.at(at) ^ 0x20);
        writeAll(m_path, bytes);
        QString error;
        bool wrong = true;
        QVERIFY(!openWith(m_path, kPassphrase, &error, &wrong));
        QVERIFY2(!wrong, qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("damaged")) || error.contains(QStringLiteral("newer version")),
                 qPrintable(error));
        QCOMPARE(readAll(m_path), bytes);
    }

    void truncationIsRefused_data()
    {
        QTest::addColumn<int>("keep"); // bytes kept; negative: bytes cut from the end
        QTest::newRow("inside the magic") << 10;
        QTest::newRow("inside the header") << 60;
        QTest::newRow("just the header") << 108;
        QTest::newRow("one byte short") << -1;
        QTest::newRow("last part gone") << -2000;
    }
    void truncationIsRefused()
    {
        QFETCH(int, keep);
        makePlainPractice();
        QVERIFY(protectPractice(m_path, kPassphrase, PracticeKeyCost::Interactive));
        QByteArray bytes = readAll(m_path);
        bytes.truncate(keep >= 0 ? keep : bytes.size() + keep);
        writeAll(m_path, bytes);
        QString error;
        bool wrong = true;
        QVERIFY(!openWith(m_path, kPassphrase, &error, &wrong));
        QVERIFY2(!wrong, qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("truncated")) || error.contains(QStringLiteral("damaged")) ||
                     error.contains(QStringLiteral("not a protected")),
                 qPrintable(error));
        QCOMPARE(readAll(m_path), bytes);
    }

    void aSecondOpenIsRefusedWhileTheFirstHoldsIt()
    {
        makePlainPractice();
        QVERIFY(protectPractice(m_path, kPassphrase, PracticeKeyCost::Interactive));
        QString error;
        auto first = openWith(m_path, kPassphrase, &error);
        QVERIFY2(first, qPrintable(error));
        const QByteArray before = readAll(m_path);
        QVERIFY(!openWith(m_path, kPassphrase, &error));
        QVERIFY2(error.contains(QStringLiteral("open in another Attune")), qPrintable(error));
        QCOMPARE(readAll(m_path), before);
        first.reset();
        QVERIFY(openWith(m_path, kPassphrase, &error));
    }

    // A writer killed between creating its lock file and writing its pid in it leaves an empty lock file
    // that names no process: nobody holds the practice, so it opens (and is locked again) all the same.
    void anEmptyLockFileLeftByAKillIsTakenOver()
    {
        makePlainPractice();
        QVERIFY(protectPractice(m_path, kPassphrase, PracticeKeyCost::Interactive));
        {
            QFile lockFile(m_path + QStringLiteral(".lock"));
            QVERIFY(lockFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        }
        QString error;
        auto store = openWith(m_path, kPassphrase, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(!openWith(m_path, kPassphrase, &error)); // and it holds the practice now
        QVERIFY2(error.contains(QStringLiteral("open in another Attune")), qPrintable(error));
    }

    void theWindowSavesDebouncedOffItsThread()
    {
        makePlainPractice();
        QVERIFY(protectPractice(m_path, kPassphrase, PracticeKeyCost::Interactive));
        QString error;
        auto store = openWith(m_path, kPassphrase, &error, nullptr, SaveTiming::Debounced);
        QVERIFY2(store, qPrintable(error));
        store->sealedStorage()->setDelay(50);
        QSignalSpy saved(store->sealedStorage(), &SealedStorage::saved);
        const QByteArray before = readAll(m_path);
        QVERIFY(store->createCouple(makeCouple(QStringLiteral("Ottoline"), QStringLiteral("Pemberton"))));
        QCOMPARE(readAll(m_path), before); // not yet: the save waits for the delay
        QVERIFY(store->sealedStorage()->hasUnsavedChanges());
        QTRY_VERIFY(!store->sealedStorage()->hasUnsavedChanges());
        QVERIFY(store->flush());
        QVERIFY(saved.count() >= 1);
        QVERIFY(readAll(m_path) != before);
    }

    // Reading writes nothing back: opened read-only, even the integrity check (which builds temporary
    // tables) leaves the file byte for byte as it was; opened for writing, so do the record's reads.
    void readingWritesNothing()
    {
        makePlainPractice();
        QVERIFY(protectPractice(m_path, kPassphrase, PracticeKeyCost::Interactive));
        const QByteArray before = readAll(m_path);
        for (const auto mode : {PracticeStore::OpenMode::ReadOnly, PracticeStore::OpenMode::OpenExisting}) {
            const bool readOnly = mode == PracticeStore::OpenMode::ReadOnly;
            auto store = PracticeStore::openProtected(m_path, mode, kPassphrase, SaveTiming::Immediate);
            QVERIFY2(store, qPrintable(store.error()));
            if (readOnly) {
                const auto report = (*store)->checkIntegrity();
                QVERIFY2(report && report->passed(),
                         qPrintable(report ? report->problems.join(u' ') : report.error()));
            }
            const auto couples = (*store)->coupleSummaries();
            QVERIFY(couples && !couples->isEmpty());
            QVERIFY((*store)->sessions(couples->first().id));
            QVERIFY((*store)->auditTrail());
            QVERIFY2(!(*store)->sealedStorage()->hasUnsavedChanges(), readOnly ? "read-only" : "for writing");
            store->reset(); // closing flushes what is unsaved: nothing
            QCOMPARE(readAll(m_path), before);
        }
    }

    // Nothing of the decrypted record reaches a file: SQLite's temporary storage (temp tables, transient
    // indices, sorts larger than the cache) stays in memory, as the image does.
    void temporaryStorageStaysInMemory()
    {
        makePlainPractice();
        QVERIFY(protectPractice(m_path, kPassphrase, PracticeKeyCost::Interactive));
        auto key = derivePracticeKey(m_path, kPassphrase);
        QVERIFY2(key, qPrintable(key.error()));
        auto db = openSealedConnection(m_path, *key, true);
        QVERIFY2(db, qPrintable(db.error()));
        {
            QSqlQuery q(*db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA temp_store")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2); // MEMORY
        }
        closePracticeConnection(*db);
    }

    // The window's save copies the image a slice per turn of the event loop; a commit between two
    // slices starts the copy again, so what is written is the latest committed state, whole.
    void aCommitDuringTheCopyStartsItAgain()
    {
        makePlainPractice();
        QVERIFY(protectPractice(m_path, kPassphrase, PracticeKeyCost::Interactive));
        QString error;
        {
            auto store = openWith(m_path, kPassphrase, &error, nullptr, SaveTiming::Debounced);
            QVERIFY2(store, qPrintable(error));
            SealedStorage *storage = store->sealedStorage();
            storage->setDelay(0);
            storage->setSliceBytes(4096); // the test practice is some hundred KiB: many turns
            const QByteArray before = readAll(m_path);
            QVERIFY(store->createCouple(makeCouple(QStringLiteral("Ottoline"), QStringLiteral("Pemberton"))));
            for (int turn = 0; turn < 5; ++turn)
                QCoreApplication::processEvents();
            QVERIFY(storage->hasUnsavedChanges()); // the copy is under way
            QCOMPARE(readAll(m_path), before);
            QVERIFY(
                store->createCouple(makeCouple(QStringLiteral("Fenella"), QStringLiteral("Quarrington"))));
            QTRY_VERIFY(!storage->hasUnsavedChanges());
            QTRY_VERIFY(readAll(m_path) != before);
            store->sealedStorage()->setTiming(SaveTiming::Immediate);
        }
        auto again = openWith(m_path, kPassphrase, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->coupleSummaries()->size(), 3);
        QVERIFY(again->checkIntegrity()->passed());
    }

    void protectingConvertsPlainBackupsAndBackupsStayEncrypted()
    {
        makePlainPractice();
        const QString folder = QFileInfo(m_path).absolutePath() + QStringLiteral("/backups");
        QVERIFY(QDir().mkpath(folder));
        const QString stem = QFileInfo(m_path).completeBaseName();
        const QString plainBackup = folder + QLatin1Char('/') + stem + QStringLiteral("-20260101-000000.db");
        {
            auto store = PracticeStore::open(m_path, PracticeStore::OpenMode::OpenExisting);
            QVERIFY(store);
            QVERIFY((*store)->backupTo(plainBackup));
        }
        const auto summary = protectPractice(m_path, kPassphrase, PracticeKeyCost::Interactive);
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->backupsEncrypted, 1);
        QVERIFY(!QFile::exists(plainBackup));
        const QString converted =
            folder + QLatin1Char('/') + stem + QStringLiteral("-20260101-000000.attune-backup");
        QVERIFY(!readAll(converted).contains("Zebulon"));
        QString error;
        QVERIFY2(openWith(converted, kPassphrase, &error), qPrintable(error));

        auto store = openWith(m_path, kPassphrase, &error);
        QVERIFY2(store, qPrintable(error));
        const QString fresh = m_dir.filePath(QStringLiteral("fresh-backup.attune-backup"));
        QVERIFY(store->backupTo(fresh));
        const QByteArray copy = readAll(fresh);
        QVERIFY(isSealedPracticeData(copy));
        QVERIFY(!copy.contains("Zebulon") && !copy.contains("Xylophonic"));
        store.reset();
        auto restored = openWith(fresh, kPassphrase, &error);
        QVERIFY2(restored, qPrintable(error));
        QCOMPARE(restored->coupleSummaries()->size(), 1);
    }

    void unprotectAndChangeThePassphrase()
    {
        makePlainPractice();
        QVERIFY(protectPractice(m_path, kPassphrase, PracticeKeyCost::Interactive));
        const QByteArray next = QByteArrayLiteral("a new passphrase here");
        QVERIFY(!changePracticePassphrase(m_path, QByteArrayLiteral("wrong one!"), next));
        const Status changed = changePracticePassphrase(m_path, kPassphrase, next);
        QVERIFY2(changed, qPrintable(changed.error()));
        bool wrong = false;
        QVERIFY(!openWith(m_path, kPassphrase, nullptr, &wrong));
        QVERIFY(wrong);
        QVERIFY(openWith(m_path, next));
        const Status plain = unprotectPractice(m_path, next);
        QVERIFY2(plain, qPrintable(plain.error()));
        QVERIFY(readAll(m_path).startsWith("SQLite format 3"));
        auto store = PracticeStore::open(m_path, PracticeStore::OpenMode::OpenExisting);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE((*store)->coupleSummaries()->first().partnerNames[0], QStringLiteral("Zebulon"));
        QVERIFY((*store)->practiceSetting(QStringLiteral("lock_hash"))->isEmpty());
        QVERIFY((*store)->verifyAuditTrail()->intact());
    }
};

QTEST_GUILESS_MAIN(TestProtectedPractice)
#include "tst_protectedpractice.moc"
