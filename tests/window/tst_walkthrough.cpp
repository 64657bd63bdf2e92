// The window walked end to end as a therapist would, at a laptop's 1280×720 (issue 13): each test drives
// the real main window over the demo practice and checks one thing the walkthrough stumbled on.
#include "LayoutCheck.h"
#include "OpenWindow.h"
#include "TestPractice.h"

#include "CouplesPane.h"
#include "MainWindow.h"
#include "couple/CoupleForm.h"
#include "couple/NewCoupleDialog.h"
#include "couple/OverviewTab.h"
#include "couple/PartnerFields.h"
#include "couple/TrackClickSlider.h"
#include "demo/DemoGenerator.h"
#include "i18n/Translations.h"
#include "items/SessionsModel.h"
#include "session/HomeworkList.h"
#include "session/SessionEditor.h"
#include "session/SessionsTab.h"

#include <QApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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

// With ATTUNE_SHOTS=FOLDER, saves what the test sees as FOLDER/name.png, for looking at.
void shoot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ATTUNE_SHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// The demo practice in a scratch folder, with settings of its own, opened at a laptop's size.
struct DemoPractice
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};

    DemoPractice()
    {
        auto store =
            PracticeStore::open(path(), PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
        if (!store || !generateDemoPractice(**store, {}))
            qFatal("could not make the demo practice");
    }
    QString path() const { return dir.filePath(QStringLiteral("practice.db")); }
    MainWindow *openWindow(QSize size = QSize(1280, 720))
    {
        MainWindow *window = openTestWindow(path(), settings, PracticeStore::OpenMode::OpenExisting);
        window->resize(size);
        QApplication::setActiveWindow(window);
        if (!QTest::qWaitForWindowActive(window))
            qWarning("the window did not become active");
        return window;
    }
};

} // namespace

class TestWalkthrough : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslators(*qApp, QStringLiteral("en")); }

    // Item 1: Session → New Session from the Overview opens the new session in the Sessions tab, with the
    // keyboard in its date.
    void newSessionFromOverviewOpensIt()
    {
        DemoPractice practice;
        std::unique_ptr<MainWindow> window(practice.openWindow());
        const qint64 couple = window->couplesPane()->currentCoupleId();
        QVERIFY(couple != 0);
        window->openCoupleOverview(couple);
        QCOMPARE(window->workspace()->currentWidget(), static_cast<QWidget *>(window->overviewTab()));
        const qint64 before = window->sessionsTab()->currentSessionId();

        window->sessionsTab()->newSessionAction()->trigger();

        QVERIFY(!window->practicePageShown());
        QCOMPARE(window->workspace()->currentWidget(), static_cast<QWidget *>(window->sessionsTab()));
        const qint64 created = window->sessionsTab()->currentSessionId();
        QVERIFY(created != 0 && created != before);
        QCOMPARE(window->store().session(created)->date, window->store().today());
        auto *date = named<QDateEdit>(window->sessionsTab(), QStringLiteral("Session date"));
        QVERIFY(date);
        QVERIFY(date->isVisible());
        QVERIFY(date->hasFocus());
        shoot(window.get(), QStringLiteral("new-session-en"));

        // From the practice page too (Today & Caseload in front).
        window->showPracticePage();
        window->sessionsTab()->newSessionAction()->trigger();
        QVERIFY(!window->practicePageShown());
        QVERIFY(window->sessionsTab()->currentSessionId() != created);
        QVERIFY(date->hasFocus());
    }

    // Item 8: the session list shows date, stage, step, both markers and the signed state without
    // scrolling sideways at 1280×720 (and 1366×768); a short header gives its full name as a tooltip.
    void sessionListFitsALaptop_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1366x768") << QSize(1366, 768);
    }
    void sessionListFitsALaptop()
    {
        QFETCH(QSize, size);
        DemoPractice practice;
        std::unique_ptr<MainWindow> window(practice.openWindow(size));
        window->openCoupleOverview(window->couplesPane()->currentCoupleId());
        window->workspace()->setCurrentWidget(window->sessionsTab());
        QTableView *table = window->sessionsTab()->sessionTable();
        QVERIFY(table->model()->rowCount() > 3);
        QTest::qWait(0);
        shoot(window.get(), QStringLiteral("sessions-%1-en").arg(size.width()));

        QHeaderView *header = table->horizontalHeader();
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        QVERIFY2(header->length() <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(header->length()).arg(table->viewport()->width())));
        const QStringList headers = clippedHeaders(header);
        QVERIFY2(headers.isEmpty(), qPrintable(headers.join(QLatin1Char('\n'))));
        for (int column : {SessionsModel::DateColumn, SessionsModel::StageColumn, SessionsModel::StepColumn,
                           SessionsModel::ReengagementColumn, SessionsModel::SofteningColumn,
                           SessionsModel::SignedColumn}) {
            QVERIFY(!table->isColumnHidden(column));
            QVERIFY2(static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column) <=
                         header->sectionSize(column),
                     qPrintable(table->model()->headerData(column, Qt::Horizontal).toString()));
        }
        QCOMPARE(table->model()
                     ->headerData(SessionsModel::ReengagementColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString(),
                 QStringLiteral("Withdrawer re-engagement"));
    }

    // Item 7: the homework is one control: typing in it and Enter adds an item, which is edited in place
    // and removed there; the entry line sits inside the list's own frame, with no frame of its own.
    void homeworkIsOneControl()
    {
        DemoPractice practice;
        std::unique_ptr<MainWindow> window(practice.openWindow());
        window->openCoupleOverview(window->couplesPane()->currentCoupleId());
        window->sessionsTab()->newSessionAction()->trigger();
        const qint64 session = window->sessionsTab()->currentSessionId();
        auto *homework = window->sessionsTab()->findChild<HomeworkList *>();
        QVERIFY(homework);
        QListWidget *list = homework->list();
        QCOMPARE(list->count(), 0);
        QVERIFY(!homework->entry()->hasFrame());
        QCOMPARE(homework->entry()->parentWidget(), static_cast<QWidget *>(homework));

        // Typed into the list, as into a text area.
        // (keys go where the focus is, as a keyboard's do)
        list->setFocus();
        QTest::keyClick(list, 'N');
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("otice the spin"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Notice the spin"));
        QVERIFY(homework->entry()->text().isEmpty());
        QVERIFY(window->flushAllEdits());
        QCOMPARE(window->store().session(session)->homework.size(), 1);

        // Edited in place: Enter on the item opens it, the new text replaces the old.
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(editor) && editor != homework->entry());
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Name the spin aloud"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(list->item(0)->text(), QStringLiteral("Name the spin aloud")); // committed when idle
        QVERIFY(window->flushAllEdits());
        QCOMPARE(window->store().session(session)->homework.value(0).text,
                 QStringLiteral("Name the spin aloud"));

        // Removed with Delete.
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(list->count(), 0);
        QVERIFY(window->flushAllEdits());
        QVERIFY(window->store().session(session)->homework.isEmpty());
    }

    // Item 10: "The first partner needs a name." goes as soon as a name is typed, and a click on a
    // slider's track moves it to the click.
    void newCoupleMessageAndSliders()
    {
        DemoPractice practice;
        std::unique_ptr<MainWindow> window(practice.openWindow());
        NewCoupleDialog dialog(window->editor(), window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.accept();
        QCOMPARE(dialog.form()->errorText(), QStringLiteral("The first partner needs a name."));
        QLineEdit *name = dialog.form()->partnerFields(0)->nameEdit();
        QTest::keyClicks(name, QStringLiteral("M"));
        QVERIFY(dialog.form()->errorText().isEmpty());
        shoot(&dialog, QStringLiteral("new-couple-en"));

        QSlider *closeness = dialog.form()->partnerFields(0)->closenessSlider();
        const QPoint nearEnd(closeness->width() - 4, closeness->height() / 2);
        QTest::mouseClick(closeness, Qt::LeftButton, {}, nearEnd);
        QCOMPARE(closeness->value(), closeness->maximum());
        QTest::mouseClick(closeness, Qt::LeftButton, {}, QPoint(3, closeness->height() / 2));
        QCOMPARE(closeness->value(), closeness->minimum());
        const QPoint middle(closeness->width() / 2, closeness->height() / 2);
        QTest::mouseClick(closeness, Qt::LeftButton, {}, middle);
        QCOMPARE(closeness->value(), (closeness->minimum() + closeness->maximum()) / 2);
        QCOMPARE(dialog.form()->couple().partners[0].closenessNeed, closeness->value());

        // Every slider of the window and the dialog jumps to a click.
        for (QWidget *root : {static_cast<QWidget *>(window.get()), static_cast<QWidget *>(&dialog)})
            for (QSlider *slider : root->findChildren<QSlider *>())
                QVERIFY2(qobject_cast<TrackClickSlider *>(slider), qPrintable(slider->accessibleName()));
        dialog.reject();
    }
};

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
