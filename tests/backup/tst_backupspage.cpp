// Preferences → Backups in the real window: it shows the folder backups go to (the default beside the
// practice, or the one chosen), Back Up Now writes one there and the page names it as the latest, Cancel
// keeps the old policy, and OK stores automatic on/off, how many to keep and the folder.
#include "../lock/GuiHelpers.h"
#include "TestPractice.h"

#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "backup/BackupsPage.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>

using namespace attune;
using namespace attune::test;

namespace {

QAction *preferencesAction(MainWindow &window)
{
    for (QAction *top : window.menuBar()->actions())
        if (top->menu())
            for (QAction *a : top->menu()->actions())
                if (a->menuRole() == QAction::PreferencesRole)
                    return a;
    return nullptr;
}

} // namespace

class TestBackupsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    // Opens the preferences on the Backups tab and runs work on the page; the dialog is then accepted
    // (or cancelled).
    void onBackupsPage(const std::function<void(BackupsPage *)> &work, bool accept)
    {
        bool ran = false;
        whenDialogOpens([&](QWidget *dialog) {
            auto *preferences = qobject_cast<PreferencesDialog *>(dialog);
            QVERIFY(preferences);
            BackupsPage *page = preferences->backupsPage();
            QVERIFY(page);
            auto *tabs = preferences->findChild<QTabWidget *>();
            QVERIFY(tabs);
            tabs->setCurrentWidget(page);
            QVERIFY(page->isVisible());
            work(page);
            ran = true;
            accept ? preferences->accept() : preferences->reject();
        });
        preferencesAction(*m_window)->trigger();
        QVERIFY(ran);
    }

private slots:
    void initTestCase()
    {
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        auto store = PracticeStore::open(m_dir.filePath(QStringLiteral("practice.db")),
                                         PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
        QVERIFY(store);
        QVERIFY((*store)->createCouple(makeCouple()));
        m_window = std::make_unique<MainWindow>(std::move(store).value(), *m_settings);
        m_window->show();
        QVERIFY(preferencesAction(*m_window));
    }

    void showsTheDefaultFolderAndBacksUpNowIntoTheChosenOne()
    {
        const QString chosen = m_dir.filePath(QStringLiteral("elsewhere"));
        onBackupsPage(
            [&](BackupsPage *page) {
                QCOMPARE(page->folderField()->text(), QString());
                QCOMPARE(page->effectiveFolderLabel()->text(),
                         QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("backups"))));
                QVERIFY(page->latestLabel()->text().contains(QStringLiteral("None")));
                page->folderField()->setText(chosen);
                QCOMPARE(page->effectiveFolderLabel()->text(), QDir::toNativeSeparators(chosen));
                QVERIFY(page->backUpNowButton()->isEnabled());
                page->backUpNowButton()->click();
                QVERIFY2(page->statusLabel()->text().startsWith(QStringLiteral("Backed up to")),
                         qPrintable(page->statusLabel()->text()));
                const QStringList written = QDir(chosen).entryList(QDir::Files);
                QCOMPARE(written.size(), 1);
                QVERIFY2(page->latestLabel()->text().contains(written.first()),
                         qPrintable(page->latestLabel()->text()));
                QVERIFY(page->latestLabel()->text().contains(QStringLiteral("not encrypted")));
            },
            false);
        // Cancelled: nothing stored, and the window's automatic backups still go to the default folder.
        QVERIFY(m_settings->value(QStringLiteral("backups/folder")).toString().isEmpty());
        onBackupsPage([&](BackupsPage *page) { QCOMPARE(page->folderField()->text(), QString()); }, false);
    }

    void okStoresTheChoices()
    {
        const QString chosen = m_dir.filePath(QStringLiteral("kept-here"));
        onBackupsPage(
            [&](BackupsPage *page) {
                page->automaticField()->setChecked(false);
                page->keepField()->setValue(3);
                page->folderField()->setText(chosen);
            },
            true);
        const Preferences stored = Preferences::load(*m_settings);
        QCOMPARE(stored.automaticBackups, false);
        QCOMPARE(stored.backupsKept, 3);
        QCOMPARE(stored.backupFolder, chosen);
        onBackupsPage(
            [&](BackupsPage *page) {
                QVERIFY(!page->automaticField()->isChecked());
                QCOMPARE(page->keepField()->value(), 3);
                QCOMPARE(page->effectiveFolderLabel()->text(), QDir::toNativeSeparators(chosen));
                page->backUpNowButton()->click(); // into the stored folder, automatic or not
                QCOMPARE(QDir(chosen).entryList(QDir::Files).size(), 1);
            },
            false);
        // Automatic backups are off: closing writes none.
        QVERIFY(m_window->close());
        QCOMPARE(QDir(chosen).entryList(QDir::Files).size(), 1);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestBackupsPage)
#include "tst_backupspage.moc"
