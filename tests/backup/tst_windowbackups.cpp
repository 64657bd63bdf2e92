// Automatic backups of a practice with a passphrase, made by the real window: once unlocked, the backup on
// close is an encrypted envelope that opens with the passphrase (and not with another) and holds the
// practice; while locked, closing writes nothing at all rather than a plain copy; the passphrase the lock
// keeps for this is gone once it locks again.
#include "TestPractice.h"

#include "MainWindow.h"
#include "lock/LockController.h"
#include "lock/LockSettings.h"
#include "security/Envelope.h"
#include "security/Passphrase.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

#include <sys/stat.h>

using namespace attune;
using namespace attune::test;

namespace {

const QByteArray kPassphrase = "correct horse battery";

// A practice with one couple and a passphrase, opened in a window (which opens locked).
std::unique_ptr<MainWindow> protectedWindow(const QTemporaryDir &dir, QSettings &settings)
{
    auto store = PracticeStore::open(dir.filePath(QStringLiteral("practice.db")),
                                     PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
    if (!store)
        return nullptr;
    const auto hash = hashPassphrase(kPassphrase);
    if (!(*store)->createCouple(makeCouple(QStringLiteral("Secretname"), QStringLiteral("Other"))) || !hash ||
        !(*store)->setPracticeSetting(lock::hashKey(), *hash))
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(store).value(), settings);
    window->show();
    return window;
}

} // namespace

class TestWindowBackups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(initialiseCrypto()); }

    void unlockedItsBackupIsAnEnvelopeThatOpensWithThePassphrase()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        auto window = protectedWindow(dir, settings);
        QVERIFY(window);
        QVERIFY(window->lockController()->isLocked());
        QVERIFY(!window->lockController()->passphrase()); // nothing known before unlocking
        QVERIFY(window->lockController()->unlock(kPassphrase));
        QCOMPARE(window->lockController()->passphrase().value_or(QByteArray()), kPassphrase);
        QVERIFY(window->close()); // the backup on close

        const QDir backups(dir.filePath(QStringLiteral("backups")));
        const QStringList files = backups.entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().endsWith(QStringLiteral(".attune-backup")), qPrintable(files.first()));
        const QString backup = backups.filePath(files.first());
        QVERIFY(isEnvelopeFile(backup));
        struct stat mode
        {
        };
        QVERIFY(::stat(QFile::encodeName(backup).constData(), &mode) == 0);
        QCOMPARE(mode.st_mode & 0777, 0600u);
        QFile raw(backup);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("Secretname"));

        const QString plain = dir.filePath(QStringLiteral("restored.db"));
        QVERIFY(!decryptFile(backup, plain, "another passphrase"));
        const Status opened = decryptFile(backup, plain, kPassphrase);
        QVERIFY2(opened, qPrintable(opened.error()));
        auto restored = PracticeStore::open(plain, PracticeStore::OpenMode::ReadOnly);
        QVERIFY2(restored, qPrintable(restored.error()));
        const auto couples = (*restored)->coupleSummaries();
        QVERIFY(couples);
        QCOMPARE(couples->size(), 1);
        QVERIFY(couples->first().name.contains(QStringLiteral("Secretname")));
    }

    void lockedNothingIsWrittenNotEvenAPlainCopy()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        auto window = protectedWindow(dir, settings);
        QVERIFY(window);
        QVERIFY(window->lockController()->unlock(kPassphrase));
        window->lockController()->lock();
        QVERIFY(!window->lockController()->passphrase()); // wiped on locking
        QVERIFY(window->close());
        const QDir backups(dir.filePath(QStringLiteral("backups")));
        QVERIFY2(backups.entryList(QDir::Files | QDir::Hidden).isEmpty(),
                 qPrintable(backups.entryList(QDir::Files | QDir::Hidden).join(u' ')));
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("locked")),
                 qPrintable(window->statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestWindowBackups)
#include "tst_windowbackups.moc"
