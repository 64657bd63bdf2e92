// Switching the interface language while a practice is open: the window speaks the new language at once,
// comes back to the same couple, tab and session, and keeps what was being typed and the undo history.
#include "OpenWindow.h"
#include "ReadOnlyFile.h"
#include "TestPractice.h"

#include "CouplesPane.h"
#include "MainWindow.h"
#include "audit/AuditTrailWindow.h"
#include "demo/DemoGenerator.h"
#include "i18n/Translations.h"
#include "lock/LockController.h"
#include "session/SessionsTab.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace attune;
using namespace attune::test;

namespace {

QPlainTextEdit *noteField(QWidget *root, const QString &label)
{
    for (QLabel *l : root->findChildren<QLabel *>())
        if (l->text() == label && l->isVisibleTo(root))
            if (auto *edit = qobject_cast<QPlainTextEdit *>(l->buddy()))
                return edit;
    return nullptr;
}

QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslators(*qApp, QStringLiteral("en")); }

    void switchesWithoutLosingTheView()
    {
        DemoPractice demo;
        MainWindow *window = demo.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // The latest session of the selected couple is the draft the demo leaves unsigned.
        const qint64 coupleId = window->currentCoupleId();
        QVERIFY(coupleId != 0);
        auto sessions = window->store().sessions(coupleId);
        QVERIFY(sessions && !sessions->isEmpty());
        const Session draft =
            *std::max_element(sessions->cbegin(), sessions->cend(),
                              [](const Session &a, const Session &b) { return a.date < b.date; });
        QVERIFY(!draft.isSigned());
        window->showWorkspacePage();
        window->workspace()->setCurrentWidget(window->sessionsTab());
        window->sessionsTab()->openSession(draft.id);
        QPlainTextEdit *note = noteField(window, QStringLiteral("&Note:"));
        QVERIFY(note);
        note->setFocus();
        note->moveCursor(QTextCursor::End);
        QTest::keyClicks(note, QStringLiteral(" Typed just before switching."));
        const int undoSteps = window->editor().undoStack().count();
        showAuditTrail(window->store(), window);

        QVERIFY(window->switchLanguage(QStringLiteral("es")));
        auto *audit = window->findChild<AuditTrailWindow *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(audit && audit->isVisible());
        QCOMPARE(audit->windowTitle(), QStringLiteral("Registro de auditoría"));
        QCOMPARE(window->workspace()->tabText(0), QStringLiteral("&Resumen"));
        QVERIFY2(menuTitles(*window).contains(QStringLiteral("&Editar")),
                 qPrintable(menuTitles(*window).join(u',')));
        QCOMPARE(window->lockController()->lockAction()->text(), QStringLiteral("&Bloquear consulta"));
        // Back where the user was: the couple, the Sessions tab, the draft, with what was typed.
        QCOMPARE(window->currentCoupleId(), coupleId);
        QCOMPARE(window->workspace()->currentWidget(), window->sessionsTab());
        QVERIFY(!window->practicePageShown());
        QCOMPARE(window->sessionsTab()->currentSessionId(), draft.id);
        note = noteField(window, QStringLiteral("&Nota:"));
        QVERIFY(note);
        QVERIFY(note->toPlainText().endsWith(QStringLiteral(" Typed just before switching.")));
        const auto stored = window->store().session(draft.id);
        QVERIFY(stored);
        QVERIFY(stored->note.text.endsWith(QStringLiteral(" Typed just before switching.")));
        // The undo history survives, with the typed note as its newest step.
        QVERIFY(window->editor().undoStack().count() >= std::max(undoSteps, 1));
        // Dates in the rebuilt editors follow the new language.
        const QList<QDateEdit *> dates = window->sessionsTab()->findChildren<QDateEdit *>();
        QVERIFY(!dates.isEmpty());
        QCOMPARE(dates.first()->locale().language(), QLocale::Spanish);
        // One set of menus: the old ones are gone, not left beside the new.
        QCOMPARE(menuTitles(*window).count(QStringLiteral("&Editar")), 1);
        QCOMPARE(menuTitles(*window).count(QStringLiteral("&Edit")), 0);

        QVERIFY(window->switchLanguage(QStringLiteral("en")));
        QCOMPARE(window->workspace()->tabText(0), QStringLiteral("&Overview"));
        QCOMPARE(window->lockController()->lockAction()->text(), QStringLiteral("&Lock Practice"));
        QCOMPARE(window->sessionsTab()->currentSessionId(), draft.id);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QStringList titles = menuTitles(*window);
        QCOMPARE(titles.removeDuplicates(), qsizetype(0));
        window->close();
    }

    // A switch that cannot first store what was typed does not happen: the user is told, the window and
    // the text stay as they are, and the switch works once the practice can be written again.
    void noSwitchWhileTypingCannotBeStored()
    {
        DemoPractice demo;
        MainWindow *window = demo.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showWorkspacePage();
        window->workspace()->setCurrentWidget(window->sessionsTab());
        QPlainTextEdit *note = noteField(window, QStringLiteral("&Note:"));
        QVERIFY(note && !note->isReadOnly());

        QVERIFY(makeReadOnly(demo.path(), true));
        note->setFocus();
        note->moveCursor(QTextCursor::End);
        QTest::keyClicks(note, QStringLiteral(" Typed on a read-only disk."));
        QString warning;
        QTimer::singleShot(0, qApp, [&warning] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                warning = box->text();
                box->accept();
            }
        });
        const bool switched = window->switchLanguage(QStringLiteral("es"));
        QVERIFY(makeReadOnly(demo.path(), false));
        QVERIFY(!switched);
        QVERIFY2(warning.contains(QStringLiteral("once your changes are stored")), qPrintable(warning));
        QCOMPARE(window->workspace()->tabText(0), QStringLiteral("&Overview"));
        QCOMPARE(noteField(window, QStringLiteral("&Note:")), note); // the same editor, not a rebuilt one
        QVERIFY(note->toPlainText().endsWith(QStringLiteral(" Typed on a read-only disk.")));

        QVERIFY(window->switchLanguage(QStringLiteral("es")));
        note = noteField(window, QStringLiteral("&Nota:"));
        QVERIFY(note && note->toPlainText().endsWith(QStringLiteral(" Typed on a read-only disk.")));
        QVERIFY(window->switchLanguage(QStringLiteral("en")));
        window->close();
    }

    // The therapist's way: Edit → Preferences, Español, OK — and the open window speaks Spanish.
    void preferencesSwitchTheOpenWindow()
    {
        DemoPractice demo;
        MainWindow *window = demo.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QAction *preferences = nullptr;
        for (QAction *action : window->findChildren<QAction *>())
            if (action->text() == QStringLiteral("&Preferences…"))
                preferences = action;
        QVERIFY(preferences);
        bool answered = false;
        QTimer::singleShot(0, qApp, [&answered] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QComboBox *language = nullptr;
            for (QComboBox *box : dialog->findChildren<QComboBox *>())
                if (box->accessibleName() == QStringLiteral("Interface language"))
                    language = box;
            QVERIFY(language);
            language->setCurrentIndex(language->findData(QStringLiteral("es")));
            answered = true;
            dialog->accept();
        });
        preferences->trigger();
        QVERIFY(answered);
        QCOMPARE(window->workspace()->tabText(0), QStringLiteral("&Resumen"));
        QCOMPARE(demo.settings.value(QStringLiteral("interface/language")).toString(), QStringLiteral("es"));
        window->close();
        installTranslators(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
