// The window walked end to end as a therapist would, at a laptop's 1280×720 (issue 13): each test drives
// the real main window over the demo practice and checks one thing the walkthrough stumbled on.
#include "LayoutCheck.h"
#include "OpenWindow.h"
#include "PreferencesDialog.h"
#include "TestPractice.h"

#include "CoupleListDelegate.h"
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
#include "practice/AgendaView.h"
#include "practice/CoupleLinkList.h"
#include "practice/FirstRunPage.h"
#include "practice/PracticePage.h"
#include "progress/PreAppointmentBrief.h"
#include "session/HomeworkList.h"
#include "session/SessionEditor.h"
#include "session/SessionsTab.h"

#include <QApplication>
#include <QDateEdit>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidgetItemIterator>

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

// Answers the next modal dialog with a function run on it once it is shown.
void whenDialogOpens(const std::function<void(QWidget *)> &answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        answer(dialog);
    });
}

MainWindow *windowOn(const QString &path)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<MainWindow *>(w); window && window->isVisible())
            if (QFileInfo(window->store().path()) == QFileInfo(path))
                return window;
    return nullptr;
}

QStringList agendaTexts(MainWindow &window)
{
    QStringList texts;
    for (QTreeWidgetItemIterator it(window.practicePage()->agenda()->list()); *it; ++it)
        texts << (*it)->text(0);
    return texts;
}

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
        std::unique_ptr<MainWindow> window(practice.openWindow(QSize(1280, 720)));
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
        QTest::addColumn<QString>("language");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")}) {
            QTest::addRow("1280x720-%s", qPrintable(language)) << QSize(1280, 720) << language;
            QTest::addRow("1366x768-%s", qPrintable(language)) << QSize(1366, 768) << language;
        }
    }
    void sessionListFitsALaptop()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        installTranslators(*qApp, language);
        const auto backToEnglish = qScopeGuard([] { installTranslators(*qApp, QStringLiteral("en")); });
        DemoPractice practice;
        std::unique_ptr<MainWindow> window(practice.openWindow(size));
        window->openCoupleOverview(window->couplesPane()->currentCoupleId());
        window->workspace()->setCurrentWidget(window->sessionsTab());
        QTableView *table = window->sessionsTab()->sessionTable();
        QVERIFY(table->model()->rowCount() > 3);
        QTest::qWait(0);
        shoot(window.get(), QStringLiteral("sessions-%1-%2").arg(size.width()).arg(language));

        QHeaderView *header = table->horizontalHeader();
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        QVERIFY2(header->length() <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(header->length()).arg(table->viewport()->width())));
        const QStringList headers = clippedHeaders(header);
        QVERIFY2(headers.isEmpty(), qPrintable(headers.join(QLatin1Char('\n'))));
        // The focus stretches into what is left, but never below its own header ("Enfoque" lost its "E").
        QVERIFY2(header->sectionSize(SessionsModel::FocusColumn) >=
                     header->sectionSizeHint(SessionsModel::FocusColumn),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(header->sectionSize(SessionsModel::FocusColumn))
                                .arg(header->sectionSizeHint(SessionsModel::FocusColumn))));
        for (int column : {SessionsModel::DateColumn, SessionsModel::StageColumn, SessionsModel::StepColumn,
                           SessionsModel::ReengagementColumn, SessionsModel::SofteningColumn,
                           SessionsModel::SignedColumn}) {
            QVERIFY(!table->isColumnHidden(column));
            QVERIFY2(static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column) <=
                         header->sectionSize(column),
                     qPrintable(table->model()->headerData(column, Qt::Horizontal).toString()));
        }
        QVERIFY(!table->model()
                     ->headerData(SessionsModel::ReengagementColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    }

    // Item 11: an empty practice opens on a welcome with three ways to begin, and each works.
    void firstStartShowsTheWaysToBegin()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const QString path = dir.filePath(QStringLiteral("practice.db"));
        MainWindow *window = openTestWindow(path, settings, PracticeStore::OpenMode::CreateIfMissing);
        window->resize(1280, 720);
        QVERIFY(window->practicePageShown());
        FirstRunPage *page = window->firstRunPage();
        QVERIFY(page && page->isVisible());
        QCOMPARE(page->newCoupleButton()->text(), QStringLiteral("New couple"));
        QCOMPARE(page->demoButton()->text(), QStringLiteral("Open a demo practice"));
        QCOMPARE(page->openButton()->text(), QStringLiteral("Open a practice…"));
        shoot(window, QStringLiteral("first-run-en"));

        // "Open a practice…" asks for the file.
        bool asked = false;
        whenDialogOpens([&asked](QWidget *dialog) {
            asked = qobject_cast<QFileDialog *>(dialog) != nullptr;
            static_cast<QDialog *>(dialog)->reject();
        });
        QTest::mouseClick(page->openButton(), Qt::LeftButton);
        QVERIFY(asked);

        // "New couple" opens the dialog; the couple made there is shown, and the welcome goes.
        whenDialogOpens([](QWidget *dialog) {
            auto *form = dialog->findChild<CoupleForm *>();
            QVERIFY(form);
            QTest::keyClicks(form->partnerFields(0)->nameEdit(), QStringLiteral("Ana"));
            QTest::keyClicks(form->partnerFields(1)->nameEdit(), QStringLiteral("Ben"));
            static_cast<QDialog *>(dialog)->accept();
        });
        QTest::mouseClick(page->newCoupleButton(), Qt::LeftButton);
        QVERIFY(window->currentCoupleId() != 0);
        QVERIFY(!window->practicePageShown());
        window->showPracticePage();
        QVERIFY(!page->isVisible()); // no longer a first start
        window->close();

        // "Open a demo practice" makes one beside this practice and opens it in a new window.
        QTemporaryDir empty;
        QSettings emptySettings(empty.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow *fresh = openTestWindow(empty.filePath(QStringLiteral("practice.db")), emptySettings,
                                           PracticeStore::OpenMode::CreateIfMissing);
        QVERIFY(fresh->firstRunPage()->isVisible());
        QPointer<MainWindow> before(fresh);
        QTest::mouseClick(fresh->firstRunPage()->demoButton(), Qt::LeftButton);
        const QString demoPath = empty.filePath(QStringLiteral("Attune demo practice.db"));
        QVERIFY(QFileInfo::exists(demoPath));
        MainWindow *demo = windowOn(demoPath);
        QVERIFY(demo);
        QVERIFY(demo != before);
        QCOMPARE(demo->store().coupleSummaries(ArchiveFilter::All)->size(), 6);
        QVERIFY(!demo->firstRunPage()->isVisible());
        demo->close();
        QTRY_VERIFY(before.isNull()); // the empty practice's window closed in its favour
    }

    // Item 16: the brief is read, not edited (no caret, no selection) yet reachable and named; "No more
    // appointments today" only after today's appointments are over; the bond ratings show their scale.
    void briefAgendaAndBondScale()
    {
        DemoPractice practice;
        {
            std::unique_ptr<MainWindow> window(practice.openWindow(QSize(1280, 720)));
            window->openCoupleOverview(window->couplesPane()->currentCoupleId());
            const QList<QLabel *> labels = window->brief()->findChildren<QLabel *>();
            QVERIFY(!labels.isEmpty());
            for (QLabel *label : labels) {
                QVERIFY2(!(label->textInteractionFlags() &
                           (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::TextEditable)),
                         qPrintable(label->objectName()));
                if (label->focusPolicy() != Qt::NoFocus)
                    QVERIFY2(!label->accessibleName().isEmpty(), qPrintable(label->objectName()));
            }
            shoot(window.get(), QStringLiteral("overview-en"));

            window->workspace()->setCurrentWidget(window->sessionsTab());
            auto *scale = window->sessionsTab()->findChild<QLabel *>(QStringLiteral("bondScale"));
            QVERIFY(scale && scale->isVisibleTo(window.get()));
            QVERIFY(scale->text().startsWith(QStringLiteral("0 ")));
            QVERIFY(scale->text().contains(QStringLiteral("10 ")));
            for (QSpinBox *spin : window->sessionsTab()->findChildren<QSpinBox *>())
                if (spin->maximum() == 10 && spin->accessibleName().contains(QLatin1Char(':')))
                    QVERIFY2(spin->text().endsWith(QStringLiteral("/ 10")),
                             qPrintable(spin->accessibleName()));
        }

        // No appointment today at all: not "no more".
        TestPractice empty;
        const qint64 couple = *empty.store().createCouple(makeCouple());
        {
            QSettings settings(empty.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
            std::unique_ptr<MainWindow> window(
                openTestWindow(empty.path(), settings, PracticeStore::OpenMode::OpenExisting));
            window->showPracticePage();
            QVERIFY2(agendaTexts(*window).contains(QStringLiteral("No appointments today.")),
                     qPrintable(agendaTexts(*window).join(QStringLiteral(" | "))));
            QVERIFY(!agendaTexts(*window).contains(QStringLiteral("No more appointments today.")));
        }
        // This morning's appointment is over: now there are no more.
        QVERIFY(empty.store().setAppointment(couple, fixedNow().addSecs(-5 * 3600)));
        {
            QSettings settings(empty.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
            std::unique_ptr<MainWindow> window(
                openTestWindow(empty.path(), settings, PracticeStore::OpenMode::OpenExisting));
            window->showPracticePage();
            QVERIFY2(agendaTexts(*window).contains(QStringLiteral("No more appointments today.")),
                     qPrintable(agendaTexts(*window).join(QStringLiteral(" | "))));
        }
    }

    // Item 12: in Spanish at 1280×720 no main view scrolls sideways or cuts a label, button or combo box.
    void spanishFitsALaptop_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("es") << QStringLiteral("es");
    }
    void spanishFitsALaptop()
    {
        QFETCH(QString, language);
        installTranslators(*qApp, language);
        DemoPractice practice;
        std::unique_ptr<MainWindow> window(practice.openWindow(QSize(1280, 720)));
        QStringList problems;
        auto check = [&](const QString &view) {
            QTest::qWait(0);
            shoot(window.get(), QStringLiteral("%1-%2").arg(view, language));
            for (const QString &p : horizontalScrolling(window.get()) + clippedTexts(window.get()) +
                                        clippedTreeItems(window.get()))
                problems << view + QStringLiteral(": ") + p;
            // The couples list draws its own rows: each row's detail line fits, in a shorter form if need be.
            QListView *list = window->couplesPane()->findChild<QListView *>();
            for (int row = 0; list && row < list->model()->rowCount(); ++row) {
                const QModelIndex index = list->model()->index(row, 0);
                QFont small = list->font();
                small.setPointSizeF(small.pointSizeF() * 0.88);
                const int width = list->visualRect(index).width() - 12;
                // The safety badge shares the detail line; the name has the whole row.
                const int badge = CoupleListDelegate::safetyBadgeWidth(index, small, width);
                const QString line = CoupleListDelegate::shownDetailLine(index, QFontMetrics(small),
                                                                         width - (badge > 0 ? badge + 6 : 0));
                if (line.contains(QChar(0x2026)))
                    problems << view + QStringLiteral(": couples list row %1 cut: \"%2\"").arg(row).arg(line);
                QFont bold = list->font();
                bold.setBold(true);
                const QString name = index.data(Qt::DisplayRole).toString();
                if (QFontMetrics(bold).horizontalAdvance(name) > width)
                    problems << view + QStringLiteral(": couples list name %1 cut").arg(row);
            }
        };
        window->showPracticePage();
        check(QStringLiteral("practice"));
        window->openCoupleOverview(window->couplesPane()->currentCoupleId());
        const QStringList views = {QStringLiteral("overview"), QStringLiteral("sessions"),
                                   QStringLiteral("cycle"),    QStringLiteral("exercises"),
                                   QStringLiteral("progress"), QStringLiteral("plan")};
        for (int tab = 0; tab < window->workspace()->count(); ++tab) {
            window->workspace()->setCurrentIndex(tab);
            check(views.value(tab));
            if (tab != 0)
                continue;
            // Issue 16: the contact details and referral, further down the Overview.
            auto *scroll = window->overviewTab()->findChild<QScrollArea *>();
            QVERIFY(scroll);
            scroll->ensureWidgetVisible(window->overviewTab()->form()->referralSourceEdit());
            check(QStringLiteral("overview-contact"));
            scroll->verticalScrollBar()->setValue(0);
        }
        // New Couple over the same window.
        {
            NewCoupleDialog dialog(window->editor(), window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.accept(); // with its message shown
            shoot(&dialog, QStringLiteral("new-couple-%1").arg(language));
            for (const QString &p : horizontalScrolling(&dialog) + clippedTexts(&dialog))
                problems << QStringLiteral("new couple: ") + p;
            dialog.reject();
        }
        // The first-run page of an empty practice.
        {
            QTemporaryDir dir;
            QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            std::unique_ptr<MainWindow> empty(openTestWindow(dir.filePath(QStringLiteral("practice.db")),
                                                             settings,
                                                             PracticeStore::OpenMode::CreateIfMissing));
            empty->resize(1280, 720);
            QTest::qWait(0);
            shoot(empty.get(), QStringLiteral("first-run-%1").arg(language));
            for (const QString &p : horizontalScrolling(empty.get()) + clippedTexts(empty.get()))
                problems << QStringLiteral("first run: ") + p;
        }
        // Preferences, with a practice path far longer than the dialog: elided, whole in the tooltip.
        const QString longPath =
            QStringLiteral("/home/therapist/Documents/Consulta privada de terapia de pareja/Expedientes "
                           "clínicos del año 2026/Respaldo sincronizado/practica-principal.db");
        {
            PreferencesDialog dialog(Preferences{}, longPath, window.get(), &window->store());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            shoot(&dialog, QStringLiteral("preferences-%1").arg(language));
            for (const QString &p : horizontalScrolling(&dialog) + clippedTexts(&dialog))
                problems << QStringLiteral("preferences: ") + p;
            auto *path = dialog.findChild<QLabel *>(QStringLiteral("practicePath"));
            QVERIFY(path);
            QCOMPARE(path->toolTip(), longPath);
            QVERIFY(path->text() != longPath && path->text().endsWith(QStringLiteral("principal.db")));
            QVERIFY(dialog.width() < 1280);
        }
        installTranslators(*qApp, QStringLiteral("en"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Item 7: the homework is one control: typing in it and Enter adds an item, which is edited in place
    // and removed there; the entry line sits inside the list's own frame, with no frame of its own.
    void homeworkIsOneControl()
    {
        DemoPractice practice;
        std::unique_ptr<MainWindow> window(practice.openWindow(QSize(1280, 720)));
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
        std::unique_ptr<MainWindow> window(practice.openWindow(QSize(1280, 720)));
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
