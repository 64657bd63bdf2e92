// The search through the real main window, as the therapist uses it: Ctrl+F, type part of a word, see
// the hit with the word marked, press Enter (or click) and land on the couple, tab and record with the
// word marked in its field, for every kind of record. And the sidebar's filter, which never closes the
// open couple: the selection survives filtering and comes back when the filter is cleared.
#include "../lock/GuiHelpers.h"
#include "OpenWindow.h"
#include "TestPractice.h"

#include "CouplesPane.h"
#include "MainWindow.h"
#include "couple/CoupleForm.h"
#include "couple/OverviewTab.h"
#include "couple/PartnerFields.h"
#include "cycle/CycleTab.h"
#include "cycle/CycleView.h"
#include "exercises/ExerciseEditor.h"
#include "exercises/ExercisesTab.h"
#include "items/Roles.h"
#include "items/SearchResultsModel.h"
#include "lock/LockController.h"
#include "lock/LockScreen.h"
#include "lock/LockSettings.h"
#include "search/FindWindow.h"
#include "security/Passphrase.h"
#include "session/SessionsTab.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace attune;
using namespace attune::test;

namespace {

// The words marked in a text field, in order.
QStringList marked(const QPlainTextEdit *edit)
{
    QStringList words;
    for (const QTextEdit::ExtraSelection &s : edit->extraSelections())
        words << s.cursor.selectedText();
    return words;
}

} // namespace

class TestFindWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    qint64 m_ines = 0;
    qint64 m_dalia = 0;
    qint64 m_session = 0;
    qint64 m_archivedSession = 0;
    qint64 m_map = 0;
    qint64 m_exercise = 0;

    QString path() const { return m_dir.filePath(QStringLiteral("practice.db")); }

    MainWindow *openWindow()
    {
        MainWindow *window = openTestWindow(path(), *m_settings, PracticeStore::OpenMode::OpenExisting);
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window))
            qWarning("the window did not become active");
        return window;
    }

    // Ctrl+F, the query typed, and the results shown once the typing pauses.
    FindWindow *find(MainWindow *window, const QString &query)
    {
        QTest::keyClick(window->focusWidget() ? window->focusWidget() : window, Qt::Key_F,
                        Qt::ControlModifier);
        FindWindow *findWindow = window->findWindow();
        if (!findWindow || !findWindow->isVisible())
            return nullptr;
        QSignalSpy shown(findWindow, &FindWindow::resultsShown);
        QTest::keyClicks(findWindow->queryField(), query);
        if (!shown.wait(3000))
            return nullptr;
        while (shown.wait(2 * FindWindow::kDebounceMs)) // one search per pause, not per key
            ;
        return findWindow;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        auto opened =
            PracticeStore::open(path(), PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
        QVERIFY(opened);
        PracticeStore &store = **opened;
        Couple ines = makeCouple(QStringLiteral("Inés Núñez"), QStringLiteral("Tom"));
        ines.presentingConcerns = QStringLiteral("Distance since the move; Inés feels invisible.");
        m_ines = *store.createCouple(ines);
        m_dalia = *store.createCouple(makeCouple(QStringLiteral("Dalia"), QStringLiteral("Yosef")));
        Session s = makeSession(m_ines, fixedNow().date().addDays(-7));
        s.note.text = QStringLiteral("A hard week. They repaired a small rupture on their own, and Tom "
                                     "stayed in the room.");
        m_session = *store.createSession(s);
        Session archived = makeSession(m_ines, fixedNow().date().addDays(-30));
        archived.note.plan = QStringLiteral("Prepare the forgiveness conversation.");
        m_archivedSession = *store.createSession(archived);
        QVERIFY(store.setSessionArchived(m_archivedSession, true));
        CycleMap m;
        m.coupleId = m_ines;
        m.date = fixedNow().date().addDays(-20);
        m.chains[1][CycleStep::PrimaryEmotion] = QStringLiteral("shame, fear of failing her");
        m_map = *store.createCycleMap(m);
        FiveStepExercise e;
        e.coupleId = m_ines;
        e.partner = 0;
        e.date = fixedNow().date().addDays(-10);
        e.incident = QStringLiteral("The airport");
        e[ExerciseStep::DeeperFeelings] = QStringLiteral("Underneath, abandonment.");
        m_exercise = *store.createExercise(e);
    }

    void aWordIsFoundOpenedAndMarked()
    {
        MainWindow *window = openWindow();
        FindWindow *findWindow = find(window, QStringLiteral("ruptur"));
        QVERIFY(findWindow);
        const SearchResults &results = findWindow->model()->results();
        QCOMPARE(results.hits.size(), 1);
        // Grouped by couple; the hit names its place and marks the word in its snippet.
        QCOMPARE(findWindow->model()->rowCount(), 1);
        const QModelIndex hitRow = findWindow->model()->firstHitIndex();
        QVERIFY(findWindow->model()->index(0, 0).data().toString().startsWith(u"Inés Núñez & Tom"));
        QCOMPARE(hitRow.siblingAtColumn(SearchResultsModel::WhereColumn).data().toString(),
                 QStringLiteral("Session · Note"));
        const QModelIndex snippet = hitRow.siblingAtColumn(SearchResultsModel::SnippetColumn);
        const QPoint span = snippet.data(HighlightsRole).toList().first().toPoint();
        QCOMPARE(snippet.data().toString().mid(span.x(), span.y()), QStringLiteral("rupture"));
        QVERIFY(findWindow->resultsView()->isVisible());
        QCOMPARE(findWindow->resultsView()->currentIndex().siblingAtColumn(0), hitRow);

        QTest::keyClick(findWindow->queryField(), Qt::Key_Return);
        QVERIFY(!findWindow->isVisible());
        QVERIFY(!window->practicePageShown());
        QCOMPARE(window->currentCoupleId(), m_ines);
        QCOMPARE(window->workspace()->currentWidget(), window->sessionsTab());
        QCOMPARE(window->sessionsTab()->currentSessionId(), m_session);
        auto *note = named<QPlainTextEdit>(window->sessionsTab(), QStringLiteral("Session note"));
        QVERIFY(note);
        QCOMPARE(marked(note), QStringList{QStringLiteral("rupture")});
        QCOMPARE(note->textCursor().position(), int(note->toPlainText().indexOf(u"rupture")));
        // The marks go with the first edit.
        note->setFocus();
        QTest::keyClick(note, Qt::Key_Space);
        QVERIFY(marked(note).isEmpty());
        window->close();
    }

    void aClickOpensAndEachKindLandsWhereItLives()
    {
        MainWindow *window = openWindow();
        window->openCoupleOverview(m_dalia);

        // A cycle step: the Cycle tab, that version, the step's editor with the word marked.
        FindWindow *findWindow = find(window, QStringLiteral("shame"));
        QVERIFY(findWindow);
        QTreeView *view = findWindow->resultsView();
        const QModelIndex hit = findWindow->model()->firstHitIndex();
        QVERIFY(hit.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(hit).center());
        QVERIFY(!findWindow->isVisible());
        QCOMPARE(window->currentCoupleId(), m_ines);
        QCOMPARE(window->workspace()->currentWidget(), window->cycleTab());
        QCOMPARE(window->cycleTab()->currentMapId(), m_map);
        QPlainTextEdit *step = window->cycleTab()->view()->stepEditor();
        QVERIFY(step);
        QCOMPARE(marked(step), QStringList{QStringLiteral("shame")});
        window->cycleTab()->view()->cancelEdit();

        // An exercise step.
        findWindow->queryField()->setText(QStringLiteral("abandon"));
        findWindow->searchNow();
        QTest::keyClick(findWindow->queryField(), Qt::Key_Return);
        QCOMPARE(window->workspace()->currentWidget(), window->exercisesTab());
        QCOMPARE(window->exercisesTab()->currentExerciseId(), m_exercise);
        QCOMPARE(marked(window->exercisesTab()->exerciseEditor()->stepEdit(ExerciseStep::DeeperFeelings)),
                 QStringList{QStringLiteral("abandonment")});

        // The couple's own fields, on the Overview.
        findWindow->queryField()->setText(QStringLiteral("invisible"));
        findWindow->searchNow();
        QTest::keyClick(findWindow->queryField(), Qt::Key_Return);
        QCOMPARE(window->workspace()->currentWidget(), window->overviewTab());
        QCOMPARE(marked(window->overviewTab()->form()->concernsEdit()),
                 QStringList{QStringLiteral("invisible")});
        findWindow->queryField()->setText(QStringLiteral("yosef"));
        findWindow->searchNow();
        QCOMPARE(findWindow->model()->results().hits.size(), 2); // the case name and the partner's
        const QModelIndex couple = findWindow->model()->index(0, 0);
        for (int row = 0; row < findWindow->model()->rowCount(couple); ++row) {
            const QModelIndex index = findWindow->model()->index(row, 0, couple);
            if (findWindow->model()->hitAt(index)->field == SearchField::PartnerName)
                view->setCurrentIndex(index);
        }
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(window->currentCoupleId(), m_dalia);
        QCOMPARE(window->overviewTab()->form()->partnerFields(1)->nameEdit()->selectedText(),
                 QStringLiteral("Yosef"));

        // Archived records only when asked; opening one shows the archived sessions.
        findWindow->queryField()->setText(QStringLiteral("forgiveness"));
        findWindow->searchNow();
        QVERIFY(findWindow->model()->results().hits.isEmpty());
        QVERIFY(findWindow->statusLabel()->text().contains(QStringLiteral("Include archived")));
        findWindow->archivedCheck()->setChecked(true);
        QCOMPARE(findWindow->model()->results().hits.size(), 1);
        QTest::keyClick(findWindow->queryField(), Qt::Key_Return);
        QCOMPARE(window->sessionsTab()->currentSessionId(), m_archivedSession);
        auto *plan = named<QPlainTextEdit>(window->sessionsTab(), QStringLiteral("Plan"));
        QVERIFY(plan);
        QCOMPARE(marked(plan), QStringList{QStringLiteral("forgiveness")});

        // A query with nothing to find says so, in the window, as one sentence.
        findWindow->archivedCheck()->setChecked(false);
        findWindow->queryField()->setText(QStringLiteral("-rupture"));
        findWindow->searchNow();
        QCOMPARE(findWindow->model()->rowCount(), 0);
        QVERIFY(findWindow->statusLabel()->text().startsWith(QStringLiteral("Add a word")));
        window->close();
    }

    // The Find window shows client text: the practice lock closes it (lock means closed), and Ctrl+F does
    // not open it while locked.
    void theLockClosesTheFindWindow()
    {
        QVERIFY(initialiseCrypto());
        const QString locked = m_dir.filePath(QStringLiteral("locked.db"));
        QVERIFY(QFile::copy(path(), locked));
        const QByteArray passphrase = "correct horse battery";
        {
            auto store = PracticeStore::open(locked, PracticeStore::OpenMode::OpenExisting);
            QVERIFY(store);
            QVERIFY((*store)->setPracticeSetting(lock::hashKey(), *hashPassphrase(passphrase)));
        }
        MainWindow *window = openTestWindow(locked, *m_settings, PracticeStore::OpenMode::OpenExisting);
        LockController *lock = window->lockController();
        QVERIFY(lock->isLocked());
        window->showFindWindow();
        QVERIFY(!window->findWindow()); // nothing opens over the lock screen
        QVERIFY(lock->unlock(passphrase));
        window->showFindWindow();
        FindWindow *findWindow = window->findWindow();
        QVERIFY(findWindow && findWindow->isVisible());
        findWindow->queryField()->setText(QStringLiteral("rupture"));
        findWindow->searchNow();
        QVERIFY(findWindow->resultsView()->isVisible());

        QPointer<FindWindow> open = findWindow;
        lock->lock();
        QTRY_VERIFY(lock->isClosed());
        QVERIFY(!open);
        QVERIFY(!window->findWindow());
        QVERIFY(lock->unlock(passphrase));
        window->showFindWindow(); // a new, empty one
        QVERIFY(window->findWindow() && window->findWindow()->queryField()->text().isEmpty());
        window->close();
    }

    // An open Find window follows a language change: its labels and the places of its results.
    void aLanguageChangeReachesTheFindWindow()
    {
        MainWindow *window = openWindow();
        FindWindow *findWindow = find(window, QStringLiteral("rupture"));
        QVERIFY(findWindow);
        QVERIFY(window->switchLanguage(QStringLiteral("es")));
        // Qt posts the language change to every window: it arrives with the next turn of the event loop.
        QTRY_COMPARE(findWindow->windowTitle(), QStringLiteral("Buscar"));
        QCOMPARE(findWindow->archivedCheck()->text(), QStringLiteral("Incluir &archivados"));
        QCOMPARE(findWindow->model()->firstHitIndex().siblingAtColumn(SearchResultsModel::WhereColumn).data(),
                 QStringLiteral("Sesión · Nota"));
        QVERIFY(window->switchLanguage(QStringLiteral("en")));
        QTRY_COMPARE(findWindow->windowTitle(), QStringLiteral("Find"));
        window->close();
    }

    void theOpenCoupleSurvivesTheSidebarFilter()
    {
        MainWindow *window = openWindow();
        window->openCoupleOverview(m_ines);
        CouplesPane *pane = window->couplesPane();
        QLineEdit *filter = pane->searchField();
        QCOMPARE(pane->currentCoupleId(), m_ines);

        QTest::keyClicks(filter, QStringLiteral("Dalia")); // shows only the other couple
        QCOMPARE(pane->visibleCount(), 1);
        QCOMPARE(window->currentCoupleId(), m_ines);
        QCOMPARE(window->overviewTab()->coupleId(), m_ines);
        QCOMPARE(pane->currentCoupleId(), 0); // nothing selected while the list hides it
        filter->setText(QStringLiteral("zzz"));
        QCOMPARE(pane->visibleCount(), 0);
        QCOMPARE(window->currentCoupleId(), m_ines);
        filter->setText(QStringLiteral("inés"));
        QCOMPARE(pane->currentCoupleId(), m_ines); // back as soon as the list shows it
        filter->clear();
        QCOMPARE(pane->visibleCount(), 2);
        QCOMPARE(pane->currentCoupleId(), m_ines);
        QCOMPARE(window->currentCoupleId(), m_ines);

        // Choosing another couple in a filtered list still opens it.
        filter->setText(QStringLiteral("Dalia"));
        pane->listView()->setCurrentIndex(pane->listView()->model()->index(0, 0));
        QCOMPARE(window->currentCoupleId(), m_dalia);
        filter->clear();
        QCOMPARE(pane->currentCoupleId(), m_dalia);
        window->close();
    }
};

QTEST_MAIN(TestFindWindow)
#include "tst_findwindow.moc"
