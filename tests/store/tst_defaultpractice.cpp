// The default practice's place (issue 12): $XDG_DATA_HOME/attune/practice.db, as the README and the man
// page say; a practice at the old doubled path (…/attune/attune/practice.db) is moved there once, with its
// SQLite side files and backups folder, and the command line says so on stderr; never over an existing one.
#include "store/DefaultPractice.h"
#include "store/PracticeFile.h"
#include "store/PracticeStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDefaultPractice : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_data =
            m_dir.filePath(QStringLiteral("data-%1").arg(QLatin1StringView(QTest::currentTestFunction())));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data));
    }

    void isWhereTheReadmeSays()
    {
        QCOMPARE(defaultPracticePath(), m_data + QStringLiteral("/attune/practice.db"));
        QCOMPARE(oldDefaultPracticePath(), m_data + QStringLiteral("/attune/attune/practice.db"));
    }

    void anOldPracticeIsMovedOnceWithItsFiles()
    {
        const QString old = oldDefaultPracticePath();
        QVERIFY(writeFile(old, "the practice"));
        QVERIFY(writeFile(old + QStringLiteral("-wal"), "its wal"));
        QVERIFY(writeFile(QFileInfo(old).path() + QStringLiteral("/backups/one.db"), "a backup"));
        const auto moved = moveOldDefaultPractice();
        QVERIFY2(moved, qPrintable(moved.error()));
        QVERIFY(moved->has_value());
        QCOMPARE((*moved)->from, old);
        QCOMPARE((*moved)->to, defaultPracticePath());
        QVERIFY((*moved)->message().contains(QDir::toNativeSeparators(defaultPracticePath())));
        QCOMPARE(readFile(defaultPracticePath()), QByteArrayLiteral("the practice"));
        QCOMPARE(readFile(defaultPracticePath() + QStringLiteral("-wal")), QByteArrayLiteral("its wal"));
        QCOMPARE(readFile(m_data + QStringLiteral("/attune/backups/one.db")), QByteArrayLiteral("a backup"));
        QVERIFY(!QFileInfo::exists(old));
        QVERIFY(!QFileInfo::exists(QFileInfo(old).path())); // the empty doubled folder is gone
        // Once: there is nothing left to move.
        const auto again = moveOldDefaultPractice();
        QVERIFY(again && !again->has_value());
    }

    void neverOverAPracticeAlreadyThere()
    {
        QVERIFY(writeFile(oldDefaultPracticePath(), "old"));
        QVERIFY(writeFile(defaultPracticePath(), "new"));
        const auto moved = moveOldDefaultPractice();
        QVERIFY(moved && !moved->has_value());
        QCOMPARE(readFile(oldDefaultPracticePath()), QByteArrayLiteral("old"));
        QCOMPARE(readFile(defaultPracticePath()), QByteArrayLiteral("new"));
    }

    void nothingToMoveIsNotAMove()
    {
        const auto moved = moveOldDefaultPractice();
        QVERIFY(moved && !moved->has_value());
        QVERIFY(!QFileInfo::exists(defaultPracticePath()));
    }

    // The command line without --practice: the old practice is moved, said on stderr, and read from its
    // new place; stdout stays the command's own.
    void theCommandLineMovesAndSaysSo()
    {
        {
            auto store =
                PracticeStore::open(oldDefaultPracticePath(), PracticeStore::OpenMode::CreateIfMissing);
            QVERIFY(store);
        }
        QProcess attune;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_data);
        attune.setProcessEnvironment(env);
        attune.start(QStringLiteral(ATTUNE_BINARY), {QStringLiteral("couples"), QStringLiteral("--json")});
        QVERIFY(attune.waitForFinished(30000));
        const QString err = QString::fromUtf8(attune.readAllStandardError());
        QCOMPARE(attune.exitCode(), 0);
        QVERIFY2(err.contains(QStringLiteral("was moved from")), qPrintable(err));
        QCOMPARE(QString::fromUtf8(attune.readAllStandardOutput())
                     .remove(QRegularExpression(QStringLiteral("\\s"))),
                 QStringLiteral("[]"));
        QVERIFY(QFileInfo::exists(defaultPracticePath()));
        QVERIFY(!QFileInfo::exists(oldDefaultPracticePath()));
        attune.start(QStringLiteral(ATTUNE_BINARY), {QStringLiteral("couples"), QStringLiteral("--json")});
        QVERIFY(attune.waitForFinished(30000));
        QCOMPARE(attune.exitCode(), 0);
        QVERIFY(attune.readAllStandardError().isEmpty()); // once
    }
};

QTEST_GUILESS_MAIN(TestDefaultPractice)
#include "tst_defaultpractice.moc"
