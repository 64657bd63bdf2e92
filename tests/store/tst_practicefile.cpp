// Opening practice files: what is refused (and left byte-for-byte unchanged), what is created (and
// private to its owner), and what a write to a read-only practice tells the user.
#include "TestPractice.h"

#include "store/PracticeFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace attune;
using namespace attune::test;

namespace {

QByteArray fingerprint(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Makes a plain SQLite database with the given application_id and user_version.
void makeSqliteFile(const QString &path, int applicationId, int userVersion)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO recipes VALUES ('soup')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("maker"));
}

int modeBits(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

} // namespace

class TestPracticeFile : public QObject
{
    Q_OBJECT

private slots:
    void refusesWhatIsNotAnAttunePractice_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("empty file");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not a database file");
        QTest::newRow("short binary") << QStringLiteral("short") << QStringLiteral("not a database file");
        QTest::newRow("other SQLite database")
            << QStringLiteral("sqlite") << QStringLiteral("another program");
        QTest::newRow("newer Attune practice")
            << QStringLiteral("newer") << QStringLiteral("newer version of Attune");
        QTest::newRow("Attune id without version")
            << QStringLiteral("unversioned") << QStringLiteral("no format version");
    }

    void refusesWhatIsNotAnAttunePractice()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("candidate.db"));
        if (kind == QStringLiteral("empty"))
            writeFile(path, QByteArray());
        else if (kind == QStringLiteral("text"))
            writeFile(path, QByteArrayLiteral("Session notes, 3 May: they argued about the dishes again.\n")
                                .repeated(20));
        else if (kind == QStringLiteral("short"))
            writeFile(path, QByteArrayLiteral("SQLite format 3"));
        else if (kind == QStringLiteral("sqlite"))
            makeSqliteFile(path, 0, 0);
        else if (kind == QStringLiteral("newer"))
            makeSqliteFile(path, PracticeStore::kApplicationId, PracticeStore::currentSchemaVersion() + 1);
        else if (kind == QStringLiteral("unversioned"))
            makeSqliteFile(path, PracticeStore::kApplicationId, 0);
        const QByteArray before = fingerprint(path);
        const auto modified = QFileInfo(path).lastModified();

        for (auto mode : {PracticeStore::OpenMode::OpenExisting, PracticeStore::OpenMode::CreateIfMissing}) {
            const auto opened = PracticeStore::open(path, mode, fixedClock(fixedNow()));
            QVERIFY(!opened);
            QVERIFY2(opened.error().contains(message), qPrintable(opened.error()));
            QVERIFY2(opened.error().contains(QStringLiteral("candidate.db")), qPrintable(opened.error()));
        }
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

    void refusesMissingFileWhenOpeningExisting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nothing-here.db"));
        const auto opened = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting);
        QVERIFY(!opened);
        QVERIFY(opened.error().contains(QStringLiteral("There is no practice")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!PracticeStore::open(dir.path(), PracticeStore::OpenMode::CreateIfMissing)); // a folder
        QVERIFY(!PracticeStore::open(QString(), PracticeStore::OpenMode::CreateIfMissing));
    }

    void newPracticeIsPrivateAndMarked()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("new/practice folder"));
        const QString path = folder + QStringLiteral("/practice.db");
        {
            const auto opened =
                PracticeStore::open(path, PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
            QVERIFY2(opened, qPrintable(opened.error()));
        }
        QCOMPARE(modeBits(path), 0600);
        QCOMPARE(modeBits(folder), 0700);

        const auto header =
            inspectPracticeFile(path, PracticeStore::kApplicationId, PracticeStore::currentSchemaVersion());
        QVERIFY2(header, qPrintable(header.error()));
        QCOMPARE(header->schemaVersion, PracticeStore::currentSchemaVersion());
        // and it opens again
        QVERIFY(PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting));
    }

    void connectionPragmasAreSet()
    {
        TestPractice practice;
        // The store's own connection is private; a check through its public API proves foreign keys are on:
        // a session for a couple that does not exist is refused by the database, not only by validation.
        Session orphan = makeSession(999, fixedNow().date());
        QVERIFY(!practice.store().createSession(orphan));
        const auto report = practice.store().checkIntegrity();
        QVERIFY(report);
        QVERIFY2(report->passed(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    }

    void readOnlyPracticeOpensButRefusesWritesClearly()
    {
        TestPractice practice;
        const auto id = practice.store().createCouple(makeCouple());
        QVERIFY(id);
        const QByteArray before = fingerprint(practice.path());
        auto readOnly =
            PracticeStore::open(practice.path(), PracticeStore::OpenMode::ReadOnly, fixedClock(fixedNow()));
        QVERIFY2(readOnly, qPrintable(readOnly.error()));
        QCOMPARE((*readOnly)->coupleSummaries()->size(), 1);
        const auto refused =
            (*readOnly)->createCouple(makeCouple(QStringLiteral("Gus"), QStringLiteral("Hal")));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("read-only")), qPrintable(refused.error()));
        QCOMPARE(fingerprint(practice.path()), before);
        QVERIFY(!PracticeStore::open(practice.dir() + QStringLiteral("/absent.db"),
                                     PracticeStore::OpenMode::ReadOnly));
    }
};

QTEST_GUILESS_MAIN(TestPracticeFile)
#include "tst_practicefile.moc"
