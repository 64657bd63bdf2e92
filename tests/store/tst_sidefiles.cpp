// The temporaries beside a destination (SideFiles.h) and the audit notes of files written outside the
// practice (AuditIntent.h), in-process: names, which leftovers are stale, symlinked practices, and a note
// recorded only when its file was written.
#include "TestPractice.h"

#include "store/AuditIntent.h"
#include "store/SideFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace attune;
using namespace attune::test;

namespace {

void touch(const QString &path, const QByteArray &bytes = "x")
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

int backupRows(PracticeStore &store)
{
    // Kept in a variable: a range-for over *store.auditTrail() would read the Result after it is gone.
    const auto trail = store.auditTrail();
    int n = 0;
    for (const AuditEntry &e : *trail)
        n += e.action == QStringLiteral("backup");
    return n;
}

QStringList notesIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral(".*.unrecorded-*")}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestSideFiles : public QObject
{
    Q_OBJECT

private slots:
    void sideFilesAreHiddenBesideTheirDestinationAndNameTheirWriter()
    {
        const QString side =
            sideFilePath(QStringLiteral("/some/folder/practice.db"), sidefile::kPartialBackup);
        QVERIFY2(side.startsWith(QStringLiteral("/some/folder/.practice.db.partial-%1-").arg(::getpid())),
                 qPrintable(side));
        QVERIFY(sideFilePath(QStringLiteral("/a/p.db"), sidefile::kRestoring) !=
                sideFilePath(QStringLiteral("/a/p.db"), sidefile::kRestoring));
    }

    void onlyTheLeftoversOfRunsThatAreGoneAreRemoved()
    {
        QTemporaryDir dir;
        const QString dead = dir.filePath(QStringLiteral(".p.db.restoring-999999999-0123abcd"));
        const QString deadJournal = dir.filePath(QStringLiteral(".p.db.creating-999999999-0123abcd-journal"));
        const QString live = sideFilePath(dir.filePath(QStringLiteral("p.db")), sidefile::kPartialBackup);
        const QString oldLegacy = dir.filePath(QStringLiteral(".b.db.partial-89abcdef"));
        const QString newLegacy = dir.filePath(QStringLiteral(".c.db.partial-89abcdef"));
        const QString unrelated = dir.filePath(QStringLiteral(".p.db.partial-notes"));
        for (const QString &f : {dead, deadJournal, live, oldLegacy, newLegacy, unrelated})
            touch(f);
        QFile legacy(oldLegacy);
        QVERIFY(legacy.open(QIODevice::ReadWrite));
        QVERIFY(legacy.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600),
                                   QFileDevice::FileModificationTime));
        legacy.close();
        const QStringList removed = removeStaleSideFiles(dir.path());
        QCOMPARE(removed.size(), 3);
        QVERIFY(!QFileInfo::exists(dead));
        QVERIFY(!QFileInfo::exists(deadJournal));
        QVERIFY(!QFileInfo::exists(oldLegacy));
        QVERIFY(QFileInfo::exists(live)); // this process is alive: its copy is still being written
        QVERIFY(QFileInfo::exists(newLegacy));
        QVERIFY(QFileInfo::exists(unrelated));
    }

    void aSymlinkedPracticeResolvesToItsTarget()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("real.db"));
        const QString link = dir.filePath(QStringLiteral("link.db"));
        QVERIFY(QFile::link(target, link)); // dangling until the practice is created
        QCOMPARE(resolvedPracticePath(link), target);
        touch(target);
        QCOMPARE(resolvedPracticePath(link), QFileInfo(target).canonicalFilePath());
        QCOMPARE(resolvedPracticePath(target), target);
    }

    void linkIntoPlaceNeverReplaces()
    {
        QTemporaryDir dir;
        const QString from = dir.filePath(QStringLiteral("new"));
        const QString to = dir.filePath(QStringLiteral("there"));
        touch(from, "new");
        touch(to, "old");
        QVERIFY(!linkIntoPlace(from, to));
        QVERIFY(QFileInfo::exists(from));
        QVERIFY(renameIntoPlace(from, to));
        QFile f(to);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("new"));
    }

    void aNoteIsGoneOnceItsRowIsRecorded()
    {
        TestPractice practice;
        const int before = backupRows(practice.store());
        {
            AuditIntent intent =
                AuditIntent::begin(practice.path(), QStringLiteral("backup"), {}, QStringLiteral("backup"),
                                   practice.dir() + QStringLiteral("/b.db"));
            QCOMPARE(notesIn(practice.dir()).size(), 1);
            touch(practice.dir() + QStringLiteral("/b.db"));
            QVERIFY(intent.record(practice.store()));
        }
        QVERIFY(notesIn(practice.dir()).isEmpty());
        QCOMPARE(backupRows(practice.store()), before + 1);
        // A run that failed before writing its file leaves no note and no row.
        {
            AuditIntent failed =
                AuditIntent::begin(practice.path(), QStringLiteral("backup"), {}, QStringLiteral("backup"),
                                   practice.dir() + QStringLiteral("/c.db"));
        }
        QVERIFY(notesIn(practice.dir()).isEmpty());
        QCOMPARE(backupRows(practice.store()), before + 1);
    }

    void aKilledRunsNoteIsRecordedOnlyIfItsFileWasWritten()
    {
        TestPractice practice;
        const int before = backupRows(practice.store());
        // What a killed run leaves: its note, with the pid of a process that is gone.
        auto leave = [&](const QString &file) {
            const QString note =
                practice.dir() + QStringLiteral("/.practice.db.unrecorded-%1.json").arg(file);
            touch(note, QStringLiteral("{\"action\": \"backup\", \"couples\": [], \"summary\": \"backup\", "
                                       "\"file\": \"%1\", \"before\": \"\", \"pid\": \"999999999\"}")
                            .arg(practice.dir() + QLatin1Char('/') + file)
                            .toUtf8());
        };
        leave(QStringLiteral("written.db"));
        leave(QStringLiteral("never.db"));
        touch(practice.dir() + QStringLiteral("/written.db"));
        QCOMPARE(recordLeftAuditIntents(practice.store()), 1);
        QCOMPARE(backupRows(practice.store()), before + 1);
        QVERIFY(notesIn(practice.dir()).isEmpty());
        QCOMPARE(recordLeftAuditIntents(practice.store()), 0);
    }
};

QTEST_GUILESS_MAIN(TestSideFiles)
#include "tst_sidefiles.moc"
