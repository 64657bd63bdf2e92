// Drives the real main window: create a couple, log three sessions with markers and ratings, write a
// note, run a five-step exercise into the cycle, undo and redo, close and reopen the practice, and find
// every value as it was. Then makes the practice file read-only in the middle of typing and checks that
// nothing typed is lost.
#include "OpenWindow.h"
#include "ReadOnlyFile.h"
#include "TestPractice.h"

#include "CouplesPane.h"
#include "MainWindow.h"
#include "couple/NewCoupleDialog.h"
#include "exercises/ExercisesTab.h"
#include "session/SessionsTab.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace attune;
using namespace attune::test;

namespace {

template<typename T> T *named(QWidget *root, const QString &accessibleName)
{
    for (T *w : root->findChildren<T *>())
        if (w->accessibleName() == accessibleName && w->isVisibleTo(root))
            return w;
    return nullptr;
}

// The editor a visible label (by its text, mnemonic included) is the buddy of.
template<typename T> T *byLabel(QWidget *root, const QString &labelText)
{
    for (QLabel *label : root->findChildren<QLabel *>())
        if (label->text() == labelText && label->buddy() && label->isVisibleTo(root))
            if (auto *w = qobject_cast<T *>(label->buddy()))
                return w;
    return nullptr;
}

void retype(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

// Answers the next modal dialog with a function run on it once it is shown.
void whenDialogOpens(const std::function<void(QWidget *)> &answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        answer(dialog);
    });
}

void choose(QComboBox *box, const QString &text)
{
    QVERIFY2(box, qPrintable(text));
    const int index = box->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    box->setCurrentIndex(index);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    QString practicePath() const { return m_dir.filePath(QStringLiteral("practice.db")); }

    MainWindow *openWindow()
    {
        return openTestWindow(practicePath(), *m_settings, PracticeStore::OpenMode::CreateIfMissing);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }

    void aTherapistsFirstDay()
    {
        MainWindow *window = openWindow();
        QVERIFY(window->store().setClinician({QStringLiteral("Alex Rivera"), QStringLiteral("LMFT")}));

        // A new couple, names with an accent, an apostrophe and an emoji.
        whenDialogOpens([](QWidget *dialog) {
            retype(named<QLineEdit>(dialog, QStringLiteral("First partner: name")),
                   QStringLiteral("Mary O'Hara"));
            retype(named<QLineEdit>(dialog, QStringLiteral("Second partner: name")), QStringLiteral("John"));
            auto *caseName = named<QLineEdit>(dialog, QStringLiteral("Case name"));
            QVERIFY(caseName);
            caseName->setText(QStringLiteral("Mary O'Hara & John 💞"));
            // Screened at intake: without a screen the couple is flagged and New Session asks first.
            choose(named<QComboBox>(dialog, QStringLiteral("Safety screen outcome")),
                   QStringLiteral("No concerns"));
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        for (QAction *a : window->findChildren<QAction *>())
            if (a->text() == QStringLiteral("&New Couple…")) {
                a->trigger();
                break;
            }
        QTRY_VERIFY(window->currentCoupleId() > 0);
        const qint64 coupleId = window->currentCoupleId();
        QCOMPARE(window->store().couple(coupleId)->partners[0].name, QStringLiteral("Mary O'Hara"));

        // Three sessions with markers and ratings; a note in the last.
        window->workspace()->setCurrentWidget(window->sessionsTab());
        const EventLevel levels[] = {EventLevel::None, EventLevel::Emerging, EventLevel::Partial};
        for (EventLevel level : levels) {
            window->sessionsTab()->newSessionAction()->trigger();
            QWidget *tab = window->sessionsTab();
            choose(named<QComboBox>(tab, QStringLiteral("Withdrawer re-engagement level")),
                   displayName(level));
            auto *rated = named<QCheckBox>(tab, QStringLiteral("Mary O'Hara rated this session"));
            QVERIFY(rated);
            rated->setChecked(true);
            auto *balance = named<QSpinBox>(tab, QStringLiteral("Mary O'Hara: Emotional balance"));
            QVERIFY(balance);
            balance->setValue(3 + static_cast<int>(level));
            QVERIFY(window->flushAllEdits());
        }
        auto *note = byLabel<QPlainTextEdit>(window->sessionsTab(), QStringLiteral("&Note:"));
        QVERIFY(note);
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("John turned away; Mary felt hurt and angry."));
        QTRY_VERIFY_WITH_TIMEOUT(!window->sessionsTab()->findChildren<QPlainTextEdit *>().isEmpty(), 100);
        QVERIFY(window->flushAllEdits());
        auto sessions = window->store().sessions(coupleId);
        QCOMPARE(sessions->size(), 3);
        QCOMPARE(sessions->last().note.text, QStringLiteral("John turned away; Mary felt hurt and angry."));

        // A five-step exercise for John, run into the cycle.
        window->workspace()->setCurrentWidget(window->exercisesTab());
        window->exercisesTab()->newExerciseAction()->trigger();
        QWidget *exercises = window->exercisesTab();
        choose(named<QComboBox>(exercises, QStringLiteral("Partner")), QStringLiteral("John"));
        auto *trigger = named<QPlainTextEdit>(exercises, displayName(ExerciseStep::Trigger));
        auto *need = named<QPlainTextEdit>(exercises, displayName(ExerciseStep::UnderlyingNeed));
        QVERIFY(trigger && need);
        trigger->setFocus();
        QTest::keyClicks(trigger, QStringLiteral("She turned away from the shoulder rub"));
        need->setFocus();
        QTest::keyClicks(need, QStringLiteral("To know I am wanted"));
        QVERIFY(window->flushAllEdits());
        whenDialogOpens([](QWidget *dialog) {
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        window->exercisesTab()->addToCycleAction()->trigger();
        QTRY_VERIFY(!window->store().cycleMaps(coupleId)->isEmpty());
        const CycleMap map = window->store().cycleMaps(coupleId)->last();
        QCOMPARE(map.chains[1][CycleStep::Trigger], QStringLiteral("She turned away from the shoulder rub"));
        QCOMPARE(map.chains[1][CycleStep::Need], QStringLiteral("To know I am wanted"));

        // Undo takes the cycle mapping back; redo brings it again.
        QUndoStack &undo = window->editor().undoStack();
        undo.undo();
        QTRY_VERIFY(window->store().cycleMaps(coupleId)->isEmpty() ||
                    window->store().cycleMaps(coupleId)->last().chains[1][CycleStep::Need].isEmpty());
        undo.redo();
        QTRY_COMPARE(window->store().cycleMaps(coupleId)->last().chains[1][CycleStep::Need],
                     QStringLiteral("To know I am wanted"));

        window->close();
        QTRY_VERIFY(!window->isVisible());
    }

    void everythingIsThereAfterReopening()
    {
        MainWindow *window = openWindow();
        const qint64 coupleId = window->currentCoupleId(); // the window restores the last couple
        QVERIFY(coupleId > 0);
        const auto couple = window->store().couple(coupleId);
        QCOMPARE(couple->name, QStringLiteral("Mary O'Hara & John 💞"));
        const auto sessions = window->store().sessions(coupleId);
        QCOMPARE(sessions->size(), 3);
        QCOMPARE(sessions->at(0).event(ChangeEventKind::WithdrawerReengagement).level, EventLevel::None);
        QCOMPARE(sessions->at(1).event(ChangeEventKind::WithdrawerReengagement).level, EventLevel::Emerging);
        QCOMPARE(sessions->at(2).event(ChangeEventKind::WithdrawerReengagement).level, EventLevel::Partial);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(sessions->at(i).bondRatings.size(), 1);
            QCOMPARE(sessions->at(i).bondRatings.first().signs[0], 3 + i);
        }
        QCOMPARE(sessions->at(2).note.text, QStringLiteral("John turned away; Mary felt hurt and angry."));
        QCOMPARE(window->store().exercises(coupleId)->size(), 1);
        QCOMPARE(window->store().cycleMaps(coupleId)->last().chains[1][CycleStep::Need],
                 QStringLiteral("To know I am wanted"));
        QVERIFY(window->store().checkIntegrity()->passed());
        // Closing the first day's window left a checked backup beside the practice.
        const QStringList backups = QDir(m_dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files);
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.first().startsWith(QStringLiteral("practice-")));
        window->close();
    }

    void restoringABackupReopensThePracticeAsItWas()
    {
        MainWindow *window = openWindow();
        const qint64 coupleId = window->currentCoupleId();
        const QString backup = m_dir.filePath(QStringLiteral("before-rename.db"));
        QVERIFY(window->store().backupTo(backup));
        Couple renamed = *window->store().couple(coupleId);
        renamed.name = QStringLiteral("Renamed after the backup");
        QVERIFY(window->editor().updateCouple(renamed));
        QPointer<MainWindow> old(window);
        whenDialogOpens([](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        window->restoreFromBackupFile(backup);
        QTRY_VERIFY(old.isNull());
        MainWindow *reopened = nullptr;
        QTRY_VERIFY((reopened = [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *m = qobject_cast<MainWindow *>(w); m && m->isVisible())
                    return m;
            return static_cast<MainWindow *>(nullptr);
        }()));
        QCOMPARE(reopened->store().couple(coupleId)->name, QStringLiteral("Mary O'Hara & John 💞"));
        QVERIFY(!QDir(m_dir.path()).entryList({QStringLiteral("practice.db.replaced-*")}).isEmpty());
        reopened->close();
    }

    void ctrlZInATextFieldUndoesThePracticeStep()
    {
        MainWindow *window = openWindow();
        const qint64 coupleId = window->currentCoupleId();
        window->workspace()->setCurrentWidget(window->sessionsTab());
        auto *note = byLabel<QPlainTextEdit>(window->sessionsTab(), QStringLiteral("&Note:"));
        QVERIFY(note);
        const QString before = window->store().sessions(coupleId)->last().note.text;
        note->setFocus();
        note->moveCursor(QTextCursor::End);
        QTest::keyClicks(note, QStringLiteral(" Typed, then undone."));
        // Ctrl+Z goes to the practice's stack: the typing is stored, then undone as one step.
        QTest::keyClick(note, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(window->store().sessions(coupleId)->last().note.text, before);
        QTRY_COMPARE(note->toPlainText(), before);
        QTest::keyClick(note, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window->store().sessions(coupleId)->last().note.text,
                     before + QStringLiteral(" Typed, then undone."));
        QTest::keyClick(note, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(window->store().sessions(coupleId)->last().note.text, before);
        window->close();
    }

    // The dividers between the Sessions and Exercises lists and their editors come back where the user
    // left them, although those tabs are not the one shown when the window opens.
    void innerDividersAreRemembered()
    {
        MainWindow *window = openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showWorkspacePage();
        QList<int> chosen;
        for (QWidget *tab : {static_cast<QWidget *>(window->sessionsTab()),
                             static_cast<QWidget *>(window->exercisesTab())}) {
            window->workspace()->setCurrentWidget(tab);
            auto *splitter = tab->findChild<QSplitter *>();
            QVERIFY(splitter && !splitter->objectName().isEmpty());
            QTRY_VERIFY(splitter->width() > 800);
            const int first = splitter->width() / 2 + 37; // nowhere near the default split
            splitter->setSizes({first, splitter->width() - first});
            chosen << splitter->sizes().first();
        }
        window->workspace()->setCurrentIndex(0);
        window->close();

        window = openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showWorkspacePage();
        int i = 0;
        for (QWidget *tab : {static_cast<QWidget *>(window->sessionsTab()),
                             static_cast<QWidget *>(window->exercisesTab())}) {
            window->workspace()->setCurrentWidget(tab);
            auto *splitter = tab->findChild<QSplitter *>();
            const int expected = chosen.at(i++); // outside QTRY_COMPARE, which evaluates it repeatedly
            QTRY_COMPARE(splitter->sizes().first(), expected);
        }
        window->close();
    }

    void nothingTypedIsLostWhenTheFileTurnsReadOnly()
    {
        MainWindow *window = openWindow();
        const qint64 coupleId = window->currentCoupleId();
        window->workspace()->setCurrentWidget(window->sessionsTab());
        auto *note = byLabel<QPlainTextEdit>(window->sessionsTab(), QStringLiteral("&Note:"));
        QVERIFY(note);
        QVERIFY(makeReadOnly(practicePath(), true));
        note->setFocus();
        note->moveCursor(QTextCursor::End);
        QTest::keyClicks(note, QStringLiteral(" Both softened at the end."));
        const Status refused = window->flushAllEdits();
        QVERIFY(!refused); // the write really failed
        QCOMPARE(note->toPlainText(),
                 QStringLiteral("John turned away; Mary felt hurt and angry. Both softened at the end."));
        QVERIFY(makeReadOnly(practicePath(), false));
        // The kept edit is stored once writing works again.
        QTRY_COMPARE_WITH_TIMEOUT(
            window->store().sessions(coupleId)->last().note.text,
            QStringLiteral("John turned away; Mary felt hurt and angry. Both softened at the end."), 15000);
        window->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
