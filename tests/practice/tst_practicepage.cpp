// The practice page in the main window: what a practice opens on, one click from the workspace; clicking an
// appointment or a caseload row opens that couple's Overview; Ctrl+0 comes back; the Overview's appointment
// upcoming appointments book one or a series (one undo step) that the page then lists; the not-seen weeks
// are remembered.
#include "OpenWindow.h"
#include "TestPractice.h"

#include "MainWindow.h"
#include "Preferences.h"
#include "couple/OverviewTab.h"
#include "couple/UpcomingAppointments.h"
#include "practice/AgendaView.h"
#include "practice/BookAppointmentDialog.h"
#include "practice/CaseloadView.h"
#include "practice/CoupleLinkList.h"
#include "practice/PracticePage.h"
#include "practice/StageBars.h"
#include "session/SessionsTab.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <ctime>

using namespace attune;
using namespace attune::test;

class TestPracticePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    qint64 m_today = 0;    // Ana & Ben: appointment this afternoon
    qint64 m_tomorrow = 0; // Cy & Di: tomorrow morning
    qint64 m_unseen = 0;   // Ed & Flo: no sessions since intake a year ago, no appointment
    qint64 m_lapsed = 0;   // Gil & Hal: last seen 20 days ago

    QString path() const { return m_dir.filePath(QStringLiteral("practice.db")); }

    MainWindow *openWindow()
    {
        return openTestWindow(path(), *m_settings, PracticeStore::OpenMode::OpenExisting);
    }

    static void click(CoupleLinkList *list, qint64 coupleId)
    {
        QTreeWidgetItem *row = list->rowForCouple(coupleId);
        QVERIFY2(row, "no row for the couple");
        list->scrollToItem(row);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(row).center());
    }

    static QAction *action(QWidget *window, const QString &text)
    {
        for (QAction *a : window->findChildren<QAction *>())
            if (a->text() == text)
                return a;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC"); // the agenda's days are local days: make local the same as the fixed UTC clock
        tzset();
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        auto store =
            PracticeStore::open(path(), PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
        QVERIFY(store);
        PracticeStore &s = **store;
        m_today = *s.createCouple(makeCouple(QStringLiteral("Ana"), QStringLiteral("Ben")));
        m_tomorrow = *s.createCouple(makeCouple(QStringLiteral("Cy"), QStringLiteral("Di")));
        m_unseen = *s.createCouple(makeCouple(QStringLiteral("Ed"), QStringLiteral("Flo")));
        QVERIFY(s.createSession(makeSession(m_today, fixedNow().date().addDays(-7))));
        QVERIFY(s.createSession(makeSession(m_tomorrow, fixedNow().date().addDays(-3))));
        m_lapsed = *s.createCouple(makeCouple(QStringLiteral("Gil"), QStringLiteral("Hal")));
        QVERIFY(s.createSession(makeSession(m_lapsed, fixedNow().date().addDays(-20))));
        QVERIFY(s.setAppointment(m_today, fixedNow().addSecs(90 * 60)));
        QVERIFY(s.setAppointment(m_tomorrow, fixedNow().addDays(1).addSecs(-4 * 3600)));
    }

    void oneClickAwayAndClicksThrough()
    {
        MainWindow *window = openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // The window opens on the page; from a couple's workspace the button above the tabs shows it again.
        QVERIFY(window->practicePageShown());
        window->showWorkspacePage();
        QVERIFY(!window->practicePageShown());
        QPushButton *button = nullptr;
        for (QPushButton *b : window->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Today && Caseload") && b->isVisible())
                button = b;
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(window->practicePageShown());
        QVERIFY(window->practicePage()->isVisible());

        AgendaView *agenda = window->practicePage()->agenda();
        QTreeWidgetItem *todayRow = agenda->list()->rowForCouple(m_today);
        QVERIFY(todayRow);
        QCOMPARE(todayRow->parent()->indexOfChild(todayRow), 0);
        QCOMPARE(agenda->list()->indexOfTopLevelItem(todayRow->parent()), 0); // under "Today"
        // Ana and Ben have no safety screen: the red flag goes with their name (issue 16).
        QCOMPARE(todayRow->text(1), QStringLiteral("Ana & Ben · Safety: not screened"));
        QVERIFY2(todayRow->text(3).startsWith(QStringLiteral("1 week")), qPrintable(todayRow->text(3)));
        QTreeWidgetItem *tomorrowRow = agenda->list()->rowForCouple(m_tomorrow);
        QVERIFY(tomorrowRow);
        QCOMPARE(agenda->list()->indexOfTopLevelItem(tomorrowRow->parent()), 1); // under the week ahead
        QVERIFY(!agenda->list()->rowForCouple(m_unseen));

        // Some other tab was last in use: the click must still land on the Overview.
        window->workspace()->setCurrentWidget(window->sessionsTab());
        click(agenda->list(), m_tomorrow);
        QCOMPARE(window->currentCoupleId(), m_tomorrow);
        QVERIFY(!window->practicePageShown());
        QVERIFY(window->overviewTab()->isVisible());
        QCOMPARE(window->workspace()->currentWidget(), window->overviewTab());

        // Ctrl+0 (View → Today & Caseload) comes back; a caseload row opens its couple too.
        QAction *practice = action(window, QStringLiteral("&Today && Caseload"));
        QVERIFY(practice);
        QCOMPARE(practice->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
        practice->trigger();
        QVERIFY(window->practicePageShown());
        CaseloadView *caseload = window->practicePage()->caseload();
        QCOMPARE(caseload->stageBars()->counts(), (std::array<int, 4>{1, 3, 0, 0}));
        click(caseload->notSeenList(), m_unseen);
        QCOMPARE(window->currentCoupleId(), m_unseen);
        QVERIFY(!window->practicePageShown());
        QCOMPARE(window->workspace()->currentWidget(), window->overviewTab());
        window->close();
    }

    void bookingInTheOverviewReachesThePage()
    {
        MainWindow *window = openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->openCoupleOverview(m_unseen);
        UpcomingAppointments *upcoming = window->overviewTab()->appointments();
        QVERIFY(upcoming->isVisible());
        QVERIFY(upcoming->list()->isHidden()); // none booked yet
        QCOMPARE(upcoming->statusLabel()->text(), QStringLiteral("No appointments ahead."));

        // Book Series…: the calendar's dialog, weekly by default; three meetings.
        bool answered = false;
        QTimer::singleShot(0, this, [&answered] {
            auto *dialog = qobject_cast<BookAppointmentDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->repeatBox()->currentData().toInt(), int(BookAppointmentDialog::Repeat::Weekly));
            QVERIFY(dialog->startEdit()->dateTime().toUTC() > fixedNow()); // a time ahead, never one past
            dialog->countBox()->setValue(3);
            answered = true;
            QTest::mouseClick(dialog->bookButton(), Qt::LeftButton);
        });
        QTest::mouseClick(upcoming->seriesButton(), Qt::LeftButton);
        QVERIFY(answered);
        QList<Appointment> booked = *window->store().appointments(m_unseen);
        QCOMPARE(booked.size(), 3);
        QVERIFY(booked.first().startsAt > fixedNow());
        QCOMPARE(booked.first().startsAt.daysTo(booked.last().startsAt), 14);
        QVERIFY(!booked.first().seriesUuid.isEmpty());
        QCOMPARE(booked.last().seriesUuid, booked.first().seriesUuid);
        QTRY_COMPARE(upcoming->list()->topLevelItemCount(), 3);
        QVERIFY(upcoming->list()->topLevelItem(0)->text(2).startsWith(QStringLiteral("Booked")));

        // One undo step takes the whole series back, through the window's stack; redo books it again.
        window->undo();
        QVERIFY(window->store().appointments(m_unseen)->isEmpty());
        QTRY_VERIFY(upcoming->list()->isHidden());
        window->redo();
        QCOMPARE(window->store().appointments(m_unseen)->size(), 3);
        QTRY_COMPARE(upcoming->list()->topLevelItemCount(), 3);

        // Book Appointment…: one more, after the series; a time already past is refused in the dialog.
        answered = false;
        QTimer::singleShot(0, this, [&answered] {
            auto *dialog = qobject_cast<BookAppointmentDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->repeatBox()->currentData().toInt(), int(BookAppointmentDialog::Repeat::None));
            const QDateTime suggested = dialog->startEdit()->dateTime();
            dialog->startEdit()->setDateTime(fixedNow().toLocalTime().addDays(-1));
            QTest::mouseClick(dialog->bookButton(), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(!dialog->errorLabel()->isHidden());
            dialog->startEdit()->setDateTime(suggested);
            answered = true;
            QTest::mouseClick(dialog->bookButton(), Qt::LeftButton);
        });
        QTest::mouseClick(upcoming->bookButton(), Qt::LeftButton);
        QVERIFY(answered);
        booked = *window->store().appointments(m_unseen);
        QCOMPARE(booked.size(), 4);
        QCOMPARE(booked.last().seriesUuid, QString());
        QCOMPARE(booked.at(2).startsAt.daysTo(booked.last().startsAt), 7); // a week after the series' last
        QTRY_COMPARE(upcoming->list()->topLevelItemCount(), 4);

        window->showPracticePage();
        QTRY_VERIFY(window->practicePage()->agenda()->list()->rowForCouple(m_unseen));
        window->close();
    }

    // The caseload's "Latest change" column is what the distress list is for: it shows whole in a narrow
    // view, and a long couple name is the column that gives way.
    void latestChangeShowsWhole()
    {
        CaseloadCouple c;
        c.couple.coupleId = 7;
        c.couple.name = QStringLiteral("Maximiliano Hernández-Villanueva & Bartholomew Fitzgerald-Okonkwo");
        c.couple.partnerNames = {QStringLiteral("Maximiliano"), QStringLiteral("Bartholomew")};
        c.rising = {{1, Instrument::Csi16, 60, 40, fixedNow().date(), DistressRise::CrossedIntoDistress}};
        Caseload caseload;
        caseload.activeCouples = 1;
        caseload.distressRising = {c};
        CaseloadView view(4);
        view.resize(1000, 300); // the practice page beside the couples list in a 1280 px window
        view.setCaseload(caseload);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        CoupleLinkList *list = nullptr;
        for (CoupleLinkList *l : view.findChildren<CoupleLinkList *>())
            if (l->columnCount() == 3)
                list = l;
        QVERIFY(list && list->columnCount() == 3);
        QTreeWidgetItem *row = list->topLevelItem(0);
        QVERIFY(row);
        const QFontMetrics metrics(list->font());
        for (int column : {1, 2})
            QVERIFY2(list->columnWidth(column) >= metrics.horizontalAdvance(row->text(column)),
                     qPrintable(QStringLiteral("column %1 clips \"%2\"").arg(column).arg(row->text(column))));
        QVERIFY2(list->header()->length() <= list->viewport()->width() + 1, "the list scrolls sideways");
    }

    void notSeenWeeksAreRemembered()
    {
        MainWindow *window = openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showPracticePage();
        CaseloadView *caseload = window->practicePage()->caseload();
        QCOMPARE(caseload->weeksBox()->value(), 4);
        QVERIFY(caseload->notSeenList()->rowForCouple(m_unseen));
        QVERIFY(!caseload->notSeenList()->rowForCouple(m_lapsed));
        caseload->weeksBox()->setValue(2); // Gil & Hal's 20 days are more than two weeks
        QVERIFY(caseload->notSeenList()->rowForCouple(m_lapsed));
        QVERIFY(!caseload->notSeenList()->rowForCouple(m_today));
        QCOMPARE(CaseloadSettings::load(*m_settings).notSeenWeeks, 2);
        window->close();
        QTest::qWait(0);

        MainWindow *again = openWindow();
        QCOMPARE(again->practicePage()->caseload()->weeksBox()->value(), 2);
        again->close();
    }
};

QTEST_MAIN(TestPracticePage)
#include "tst_practicepage.moc"
