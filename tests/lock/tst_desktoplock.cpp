// The desktop's own screen lock, over a real D-Bus: the test starts a private session bus (dbus-daemon)
// before the application connects to any bus, a stand-in screen saver owns org.freedesktop.ScreenSaver on
// it and emits ActiveChanged, and the window must lock (on true only). Skipped only when no dbus-daemon
// is installed or Attune was built without Qt D-Bus; packaging/install-deps.sh installs both.
#include "TestPractice.h"

#include "MainWindow.h"
#include "lock/LockController.h"
#include "lock/LockSettings.h"
#include "security/Passphrase.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#ifdef ATTUNE_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#endif

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/types.h>

using namespace attune;
using namespace attune::test;

namespace {

const QByteArray kPassphrase = "correct horse battery";

// The private bus, started before QApplication so the application's session bus is this one.
struct PrivateBus
{
    QByteArray address;
    pid_t pid = 0;
    QString whyNot; // set when there is no bus

    void start()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty()) {
            whyNot = QStringLiteral("dbus-daemon is not installed (packaging/install-deps.sh installs it)");
            return;
        }
        // --fork: the command returns once the bus listens, having printed its address and pid.
        const QByteArray command =
            QFile::encodeName(daemon) + " --session --fork --nopidfile --print-address=1 --print-pid=1";
        FILE *out = popen(command.constData(), "r");
        if (!out) {
            whyNot = QStringLiteral("dbus-daemon could not be started");
            return;
        }
        char line[1024];
        if (std::fgets(line, sizeof line, out))
            address = QByteArray(line).trimmed();
        if (std::fgets(line, sizeof line, out))
            pid = pid_t(std::atol(line));
        pclose(out);
        if (address.isEmpty() || pid <= 0)
            whyNot = QStringLiteral("dbus-daemon printed no address");
    }

    ~PrivateBus()
    {
        if (pid > 0)
            ::kill(pid, SIGTERM);
    }
};

PrivateBus *g_bus = nullptr;

} // namespace

class TestDesktopLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
#ifndef ATTUNE_HAVE_DBUS
        QSKIP("Attune was built without Qt D-Bus");
#else
        if (!g_bus->whyNot.isEmpty())
            QSKIP(qPrintable(g_bus->whyNot));
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), g_bus->address);
        QVERIFY(initialiseCrypto());
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        auto store = PracticeStore::open(m_dir.filePath(QStringLiteral("practice.db")),
                                         PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
        QVERIFY(store);
        const auto hash = hashPassphrase(kPassphrase);
        QVERIFY(hash);
        QVERIFY((*store)->setPracticeSetting(lock::hashKey(), *hash));
        m_window = std::make_unique<MainWindow>(std::move(store).value(), *m_settings);
        m_window->show();
        QVERIFY(m_window->lockController()->unlock(kPassphrase));
#endif
    }

#ifdef ATTUNE_HAVE_DBUS
    void screenSaverActiveChangedLocksTheWindow()
    {
        // The screen saver is another client on the bus: its own connection owns the well-known name.
        QDBusConnection screenSaver =
            QDBusConnection::connectToBus(QString::fromUtf8(g_bus->address), QStringLiteral("screensaver"));
        QVERIFY(screenSaver.isConnected());
        QVERIFY(screenSaver.registerService(QStringLiteral("org.freedesktop.ScreenSaver")));
        QTRY_VERIFY(QDBusConnection::sessionBus().interface()->isServiceRegistered(
            QStringLiteral("org.freedesktop.ScreenSaver")));
        auto emitActive = [&](bool active) {
            QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                             QStringLiteral("org.freedesktop.ScreenSaver"),
                                                             QStringLiteral("ActiveChanged"));
            signal << active;
            QVERIFY(screenSaver.send(signal));
        };
        LockController *lock = m_window->lockController();
        QVERIFY(!lock->isLocked());

        emitActive(false); // the screen saver ending locks nothing
        QTest::qWait(300);
        QVERIFY(!lock->isLocked());

        emitActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 5000);
        QVERIFY(lock->unlock(kPassphrase));

        // A signal from a client that does not own the screen saver's name is not the screen saver.
        QDBusConnection impostor =
            QDBusConnection::connectToBus(QString::fromUtf8(g_bus->address), QStringLiteral("impostor"));
        QDBusMessage forged = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                         QStringLiteral("org.freedesktop.ScreenSaver"),
                                                         QStringLiteral("ActiveChanged"));
        forged << true;
        QVERIFY(impostor.send(forged));
        QTest::qWait(300);
        QVERIFY(!lock->isLocked());

        QDBusConnection::disconnectFromBus(QStringLiteral("impostor"));
        QDBusConnection::disconnectFromBus(QStringLiteral("screensaver"));
    }
#endif

    void cleanupTestCase()
    {
        m_window.reset();
    }
};

int main(int argc, char **argv)
{
    PrivateBus bus;
    bus.start();
    g_bus = &bus;
    if (bus.whyNot.isEmpty())
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus.address);
    QApplication app(argc, argv);
    TestDesktopLock test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_desktoplock.moc"
