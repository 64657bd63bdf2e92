// The audit viewer in the real main window: File → Audit Trail opens it (once), its filters narrow the
// rows, Verify Chain says the chain is whole and, after a row is edited behind Attune's back with the
// triggers dropped, names that row and selects it; the practice lock covers the open viewer and
// unlocking brings it back as it was.
#include "../lock/GuiHelpers.h"
#include "TestPractice.h"

#include "MainWindow.h"
#include "audit/AuditTrailWindow.h"
#include "items/AuditTrailModel.h"
#include "items/Roles.h"
#include "lock/LockController.h"
#include "lock/LockScreen.h"
#include "lock/LockSettings.h"
#include "security/Passphrase.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>

using namespace attune;
using namespace attune::test;

namespace {

const QByteArray kPassphrase = "correct horse battery";

QAction *menuAction(QMenuBar *bar, const QString &text)
{
    for (QAction *top : bar->actions())
        if (top->menu())
            for (QAction *a : top->menu()->actions())
                if (a->text().remove(QLatin1Char('&')) == text)
                    return a;
    return nullptr;
}

// Text anyone could read in the window's visible widgets, including every cell of its visible tables.
QString visibleText(QWidget *window)
{
    QStringList out{window->windowTitle()};
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        out << w->toolTip() << w->accessibleName();
        for (const char *property : {"text", "currentText", "title"})
            out << w->property(property).toString();
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model())
            for (int r = 0; r < view->model()->rowCount(); ++r)
                for (int c = 0; c < view->model()->columnCount(); ++c)
                    out << view->model()->index(r, c).data().toString();
    }
    return out.join(u'\n');
}

} // namespace

class TestAuditViewer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    AuditTrailWindow *m_viewer = nullptr;
    QString m_practice;

    int rowsShown() const { return m_viewer->table()->model()->rowCount(); }

private slots:
    void initTestCase()
    {
        QVERIFY(initialiseCrypto());
        m_practice = m_dir.filePath(QStringLiteral("practice.db"));
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        auto store =
            PracticeStore::open(m_practice, PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
        QVERIFY(store);
        QVERIFY((*store)->setClinician({QStringLiteral("Alex Rivera"), QStringLiteral("LMFT")}));
        const auto a = (*store)->createCouple(makeCouple(QStringLiteral("Ana"), QStringLiteral("Ben")));
        QVERIFY(a);
        QVERIFY((*store)->createSession(makeSession(*a, fixedNow().date())));
        QVERIFY((*store)->createCouple(makeCouple(QStringLiteral("Cruz"), QStringLiteral("Dee"))));
        const auto hash = hashPassphrase(kPassphrase);
        QVERIFY(hash);
        QVERIFY((*store)->setPracticeSetting(lock::hashKey(), *hash));
        m_window = std::make_unique<MainWindow>(std::move(store).value(), *m_settings);
        m_window->show();
        QVERIFY(m_window->lockController()->isLocked());
        QVERIFY(m_window->lockController()->unlock(kPassphrase));
    }

    void opensOnceFromTheFileMenu()
    {
        QAction *open = menuAction(m_window->menuBar(), QStringLiteral("Audit Trail…"));
        QVERIFY(open);
        open->trigger();
        m_viewer = m_window->findChild<AuditTrailWindow *>();
        QVERIFY(m_viewer);
        QVERIFY(QTest::qWaitForWindowExposed(m_viewer));
        QVERIFY(!m_viewer->isModal()); // it may stay open beside the work
        open->trigger();
        QCOMPARE(m_window->findChildren<AuditTrailWindow *>().size(), 1);
        // Both couples, the session, the lock and the unlock at least; newest first.
        QVERIFY(rowsShown() >= 5);
        QCOMPARE(m_viewer->table()->model()->index(0, AuditTrailModel::ActionColumn).data().toString(),
                 QStringLiteral("Unlock"));
        QVERIFY(m_viewer->model()
                    ->headerData(AuditTrailModel::TimeColumn, Qt::Horizontal)
                    .toString()
                    .contains(QStringLiteral("local")));
    }

    void filtersNarrowTheRows()
    {
        const int all = rowsShown();
        QComboBox *couple = m_viewer->coupleField();
        const int ana = couple->findText(QStringLiteral("Ana"), Qt::MatchStartsWith);
        QVERIFY(ana > 0);
        couple->setCurrentIndex(ana);
        QCOMPARE(rowsShown(), 2); // the couple and its session
        for (int r = 0; r < rowsShown(); ++r)
            QVERIFY(m_viewer->table()
                        ->model()
                        ->index(r, AuditTrailModel::CoupleColumn)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("Ana")));
        couple->setCurrentIndex(0);
        QCOMPARE(rowsShown(), all);

        QComboBox *action = m_viewer->actionField();
        QVERIFY(action->findData(QStringLiteral("unlock")) > 0);
        action->setCurrentIndex(action->findData(QStringLiteral("lock")));
        QCOMPARE(rowsShown(), 1); // the window opened locked
        action->setCurrentIndex(0);

        // The day after the clock's today lists nothing; from the day before, everything.
        m_viewer->fromField()->setDate(fixedNow().toLocalTime().date().addDays(1));
        m_viewer->fromEnabled()->setChecked(true);
        QVERIFY(m_viewer->fromField()->isEnabled());
        QCOMPARE(rowsShown(), 0);
        m_viewer->fromField()->setDate(fixedNow().toLocalTime().date().addDays(-1));
        QCOMPARE(rowsShown(), all);
        m_viewer->toField()->setDate(fixedNow().toLocalTime().date().addDays(-1));
        m_viewer->toEnabled()->setChecked(true);
        QCOMPARE(rowsShown(), 0);
        m_viewer->fromEnabled()->setChecked(false);
        m_viewer->toEnabled()->setChecked(false);
        QCOMPARE(rowsShown(), all);
    }

    // Lock means closed: the viewer is destroyed with the record's views, not covered; after unlocking it is
    // opened again from the menu.
    void theLockClosesTheViewer()
    {
        LockController *lock = m_window->lockController();
        QVERIFY(visibleText(m_viewer).contains(QStringLiteral("Ana")));
        QPointer<AuditTrailWindow> viewer = m_viewer;
        lock->lock();
        QVERIFY(lock->isLocked());
        QTRY_VERIFY(lock->isClosed());
        QVERIFY(!viewer);
        for (QWidget *widget : QApplication::allWidgets())
            for (const char *name : {"Ana", "Ben", "Cruz", "Dee"})
                QVERIFY2(!visibleText(widget).contains(QLatin1StringView(name)), name);
        QVERIFY(lock->unlock(kPassphrase));
        QVERIFY(!m_window->findChild<AuditTrailWindow *>());
        menuAction(m_window->menuBar(), QStringLiteral("Audit Trail…"))->trigger();
        m_viewer = m_window->findChild<AuditTrailWindow *>();
        QVERIFY(m_viewer);
        QVERIFY(visibleText(m_viewer).contains(QStringLiteral("Ana")));
    }

    void verifyChainSaysWholeThenNamesTheAlteredRow()
    {
        m_viewer->verifyButton()->click();
        QVERIFY2(m_viewer->verdictLabel()->text().contains(QStringLiteral("whole")),
                 qPrintable(m_viewer->verdictLabel()->text()));
        {
            // Someone with the sqlite3 tool: drop the trigger, change what row 2 says.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_practice);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET action = 'view' WHERE id = 2")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        m_viewer->verifyButton()->click();
        const QString verdict = m_viewer->verdictLabel()->text();
        QVERIFY2(verdict.contains(QStringLiteral("row 2")), qPrintable(verdict));
        QVERIFY(!verdict.contains(QStringLiteral("whole")));
        const QModelIndexList selected = m_viewer->table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(IdRole).toLongLong(), 2);
    }

    void cleanupTestCase()
    {
        if (m_viewer)
            m_viewer->close();
        m_window.reset();
    }
};

QTEST_MAIN(TestAuditViewer)
#include "tst_auditviewer.moc"
