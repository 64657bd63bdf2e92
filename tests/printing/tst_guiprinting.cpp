// Printing from the window as a therapist does: File → Print Worksheet… (blank cycle and five-step
// worksheets), Print Exercise… in the Exercises tab, the cycle handout and the progress report, each in
// the language chosen for it with the interface in the other. The options dialog and the print preview
// are answered by the hooks; the "printer" is a PDF file, and the paper is changed the way the real print
// dialog changes it (on the QPrinter, after the pages were first laid out). Job titles name no client,
// and nothing in the print path is semi-transparent (which makes PDF printers rasterise pages).
#include "DocumentWords.h"
#include "OpenWindow.h"
#include "PdfText.h"
#include "TestPractice.h"

#include "MainWindow.h"
#include "cycle/CyclePrinting.h"
#include "cycle/CycleStyleSetting.h"
#include "demo/DemoGenerator.h"
#include "exercises/ExercisesTab.h"
#include "i18n/Translations.h"
#include "printing/WorksheetActions.h"
#include "progress/ProgressReportDialog.h"
#include "store/CoupleLookup.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace attune;
using namespace attune::test;

namespace {

// Stands in for the print preview's Print button: the pages go to a PDF file. paper, when valid, is what
// the user chose in the print dialog; *title receives the job's name.
PrintRunner printToPdf(const QString &pdf, QString *title, std::optional<QPageSize> paper = std::nullopt)
{
    return [pdf, title, paper](QWidget *, QPrinter &printer, const std::function<void(QPrinter *)> &paint) {
        *title = printer.docName();
        // The preview paints once for the screen, with the paper first proposed …
        QPrinter screen(QPrinter::ScreenResolution);
        screen.setOutputFormat(QPrinter::PdfFormat);
        screen.setOutputFileName(pdf + QStringLiteral(".preview.pdf"));
        screen.setPageLayout(printer.pageLayout());
        paint(&screen);
        // … then the print dialog may change the paper, and the pages are painted for the printer.
        if (paper)
            printer.setPageSize(*paper);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        paint(&printer);
        return true;
    };
}

QString otherLanguage(const QString &code)
{
    return code == QStringLiteral("en") ? QStringLiteral("es") : QStringLiteral("en");
}

// The client names of the demo's John & Mary, none of which may reach a title or a PDF's metadata.
const QStringList kNames{QStringLiteral("John"), QStringLiteral("Mary"), QStringLiteral("Miller")};

QString namedIn(const QString &text)
{
    for (const QString &name : kNames)
        if (text.contains(name))
            return name;
    return QString();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A fill or stroke alpha below 1, or a soft mask, in the PDF's graphics states (Qt writes them
// uncompressed; every state carries "/ca 1.0 /CA 1.0 /SMask /None" when opaque).
bool hasTransparency(const QByteArray &pdf)
{
    static const QRegularExpression alpha(
        QStringLiteral("/(ca|CA) (0(\\.\\d+)?|\\.\\d+)\\b|/SMask\\s*(?!/None)[/<\\d]"));
    return alpha.match(QString::fromLatin1(pdf)).hasMatch();
}

} // namespace

class TestGuiPrinting : public QObject
{
    Q_OBJECT

private:
    DemoPractice m_demo;
    QTemporaryDir m_out;

    MainWindow *openWindow(const QString &interface)
    {
        installTranslators(*qApp, interface);
        return openTestWindow(m_demo.path(), m_demo.settings, PracticeStore::OpenMode::OpenExisting);
    }

    QString pdfPath() const
    {
        return m_out.filePath(
            QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-') +
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')) +
            QStringLiteral(".pdf"));
    }

    static void addLanguageRows()
    {
        QTest::addColumn<QString>("interface");
        QTest::newRow("interface en, document es") << QStringLiteral("en");
        QTest::newRow("interface es, document en") << QStringLiteral("es");
    }

private slots:
    void cleanupTestCase() { installTranslators(*qApp, QStringLiteral("en")); }

    void worksheetsFromTheFileMenu_data() { addLanguageRows(); }

    void worksheetsFromTheFileMenu()
    {
        QFETCH(QString, interface);
        const QString language = otherLanguage(interface);
        std::unique_ptr<MainWindow> window(openWindow(interface));
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *actions = window->findChild<WorksheetActions *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(actions);
        // The action as the user finds it: in the File menu (the first), under its translated name.
        QMenu *file = window->menuBar()->actions().first()->menu();
        QVERIFY(file);
        QAction *print = nullptr;
        for (QAction *a : file->actions())
            if (a == actions->printAction())
                print = a;
        QVERIFY(print && print->isEnabled());
        QCOMPARE(print->text().isEmpty(), false);

        for (const WorksheetKind kind : {WorksheetKind::Cycle, WorksheetKind::FiveStep}) {
            const bool cycle = kind == WorksheetKind::Cycle;
            const QString pdf = pdfPath().replace(
                QStringLiteral(".pdf"), cycle ? QStringLiteral("-cycle.pdf") : QStringLiteral("-five.pdf"));
            QString title;
            actions->setChooser([&](WorksheetChoice *choice) {
                choice->kind = kind;
                choice->options.language = language;
                return true;
            });
            actions->setPrintRunner(printToPdf(pdf, &title));
            print->trigger();
            const QString problem = languageProblem(
                pdfText(pdf), cycle ? Document::CycleWorksheet : Document::FiveStepWorksheet, language);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY2(title.startsWith(QStringLiteral("Attune – ")), qPrintable(title));
            QCOMPARE(pdfInfoField(pdfInfo(pdf), QStringLiteral("Title")), title);
            QVERIFY(!hasTransparency(fileBytes(pdf)));
        }
    }

    void exerciseFromTheExercisesTab_data() { addLanguageRows(); }

    void exerciseFromTheExercisesTab()
    {
        QFETCH(QString, interface);
        const QString language = otherLanguage(interface);
        std::unique_ptr<MainWindow> window(openWindow(interface));
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const auto couple = findCouple(window->store(), QStringLiteral("John"));
        QVERIFY(couple);
        window->openCoupleOverview(couple->id);
        window->workspace()->setCurrentWidget(window->exercisesTab());
        ExercisesTab *tab = window->exercisesTab();
        QVERIFY(tab->list()->topLevelItemCount() > 0);
        QVERIFY(!tab->printExerciseAction()->isEnabled() || tab->currentExerciseId() != 0);
        // John's exercise about the shoulder rub.
        const auto exercises = window->store().exercises(couple->id);
        QVERIFY(exercises);
        qint64 johns = 0;
        for (const FiveStepExercise &e : *exercises)
            if (e.partner == 0)
                johns = e.id;
        QVERIFY(johns != 0);
        tab->selectExercise(johns);
        QVERIFY(tab->printExerciseAction()->isEnabled());

        for (const bool initials : {false, true}) {
            const QString pdf = pdfPath().replace(
                QStringLiteral(".pdf"), initials ? QStringLiteral("-initials.pdf") : QStringLiteral(".pdf"));
            QString title;
            tab->setPrintOptionsChooser([&](HandoutOptions *options) {
                options->language = language;
                options->initialsOnly = initials;
                return true;
            });
            tab->setPrintRunner(printToPdf(pdf, &title));
            tab->printExerciseAction()->trigger();
            const QString text = pdfText(pdf);
            const QString problem = languageProblem(text, Document::FiveStepExercise, language);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            // What John wrote is on the page; with initials, neither partner's name is, anywhere.
            QVERIFY2(flattenedText(text).contains(QStringLiteral("i went silent, left for the study")),
                     qPrintable(text));
            if (initials)
                QVERIFY2(namedIn(text).isEmpty(), qPrintable(text));
            else
                QVERIFY2(text.contains(QStringLiteral("John")), qPrintable(text));
            QVERIFY2(namedIn(title).isEmpty(), qPrintable(title));
            QVERIFY2(namedIn(pdfInfo(pdf)).isEmpty(), qPrintable(pdfInfo(pdf)));
            QVERIFY(!hasTransparency(fileBytes(pdf)));
        }
    }

    void handoutFromTheCycleTab_data() { addLanguageRows(); }

    void handoutFromTheCycleTab()
    {
        QFETCH(QString, interface);
        const QString language = otherLanguage(interface);
        std::unique_ptr<MainWindow> window(openWindow(interface));
        const auto couple = findCouple(window->store(), QStringLiteral("John"));
        QVERIFY(couple);
        const auto record = window->store().couple(couple->id);
        const auto maps = window->store().cycleMaps(couple->id);
        QVERIFY(record && maps && !maps->isEmpty());
        const CycleContent content = CycleContent::from(maps->first(), *record);
        const QString pdf = pdfPath();
        QString title;
        const bool printed = printCycleHandout(
            window.get(), content, CycleStyle::Loop,
            [&](HandoutOptions *options) {
                options->language = language;
                options->initialsOnly = true;
                return true;
            },
            printToPdf(pdf, &title));
        QVERIFY(printed);
        const QString text = pdfText(pdf);
        const QString problem = languageProblem(text, Document::Handout, language);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(namedIn(text).isEmpty(), qPrintable(text));
        QVERIFY2(namedIn(title).isEmpty(), qPrintable(title));
        QVERIFY2(namedIn(pdfInfo(pdf)).isEmpty(), qPrintable(pdfInfo(pdf)));
        QVERIFY(!hasTransparency(fileBytes(pdf)));
        // The interface kept its language throughout.
        QCOMPARE(QLocale().language(),
                 interface == QStringLiteral("es") ? QLocale::Spanish : QLocale::English);
    }

    // Every document printed from the window comes out on the paper chosen in the print dialog, Letter
    // or A4, whichever was proposed, with all its words on the page.
    void everyDocumentPrintsOnThePaperChosen_data()
    {
        QTest::addColumn<int>("document");
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("pageSize");
        const QList<std::pair<Document, const char *>> documents = {
            {Document::Handout, "handout"},
            {Document::CycleWorksheet, "cycle worksheet"},
            {Document::FiveStepWorksheet, "five-step worksheet"},
            {Document::FiveStepExercise, "five-step exercise"}};
        for (const auto &[document, name] : documents) {
            QTest::addRow("%s on letter", name)
                << int(document) << int(QPageSize::Letter) << QStringLiteral("612 x 792 pts (letter)");
            QTest::addRow("%s on A4", name) << int(document) << int(QPageSize::A4) << QStringLiteral("(A4)");
        }
    }

    void everyDocumentPrintsOnThePaperChosen()
    {
        QFETCH(int, document);
        QFETCH(int, paper);
        QFETCH(QString, pageSize);
        std::unique_ptr<MainWindow> window(openWindow(QStringLiteral("en")));
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const auto couple = findCouple(window->store(), QStringLiteral("John"));
        QVERIFY(couple);
        const QString pdf = pdfPath();
        QString title;
        const PrintRunner runner = printToPdf(pdf, &title, QPageSize(QPageSize::PageSizeId(paper)));
        const auto kind = Document(document);
        if (kind == Document::Handout) {
            const auto record = window->store().couple(couple->id);
            const auto maps = window->store().cycleMaps(couple->id);
            QVERIFY(record && maps && !maps->isEmpty());
            QVERIFY(printCycleHandout(
                window.get(), CycleContent::from(maps->first(), *record), CycleStyle::Loop,
                [](HandoutOptions *) { return true; }, runner));
        } else if (kind == Document::FiveStepExercise) {
            window->openCoupleOverview(couple->id);
            window->workspace()->setCurrentWidget(window->exercisesTab());
            ExercisesTab *tab = window->exercisesTab();
            const auto exercises = window->store().exercises(couple->id);
            QVERIFY(exercises && !exercises->isEmpty());
            tab->selectExercise(exercises->first().id);
            QVERIFY(tab->printExerciseAction()->isEnabled());
            tab->setPrintOptionsChooser([](HandoutOptions *) { return true; });
            tab->setPrintRunner(runner);
            tab->printExerciseAction()->trigger();
        } else {
            auto *actions = window->findChild<WorksheetActions *>(QString(), Qt::FindDirectChildrenOnly);
            QVERIFY(actions);
            actions->setChooser([&](WorksheetChoice *choice) {
                choice->kind =
                    kind == Document::CycleWorksheet ? WorksheetKind::Cycle : WorksheetKind::FiveStep;
                return true;
            });
            actions->setPrintRunner(runner);
            actions->printAction()->trigger();
        }
        const QString info = pdfInfo(pdf);
        QVERIFY2(pdfInfoField(info, QStringLiteral("Page size")).contains(pageSize), qPrintable(info));
        QVERIFY2(pdfInfoField(info, QStringLiteral("Pages")) == QStringLiteral("1"), qPrintable(info));
        const QString problem = languageProblem(pdfText(pdf), kind, QStringLiteral("en"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The report printed from its dialog draws the cycle as the couple's Cycle tab does: the figure
    // eight, or Boxes once the couple's layout is Boxes (the cycle page, compared as a picture).
    void reportDrawsTheCouplesCycleLayout()
    {
        std::unique_ptr<MainWindow> window(openWindow(QStringLiteral("en")));
        const auto couple = findCouple(window->store(), QStringLiteral("John"));
        QVERIFY(couple);
        const auto record = window->store().couple(couple->id);
        QVERIFY(record);
        auto cyclePagePicture = [&](CycleStyle style) {
            storeCycleStyle(*record, style);
            ProgressReportDialog dialog(window->editor(), couple->id, window.get());
            const QString pdf = m_out.filePath(QStringLiteral("report-%1.pdf").arg(cycleStyleKey(style)));
            QString title;
            dialog.setPrintRunner(printToPdf(pdf, &title));
            dialog.preview();
            const QStringList pages = pdfText(pdf).split(QLatin1Char('\f'));
            int page = 0;
            for (int i = 0; i < pages.size() && page == 0; ++i)
                if (pages.at(i).contains(QStringLiteral("line of awareness")))
                    page = i + 1;
            if (page == 0)
                return QImage();
            QProcess p;
            p.start(QStringLiteral("pdftoppm"),
                    {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                     QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-gray"),
                     QStringLiteral("-singlefile"), pdf, pdf + QStringLiteral("-cycle")});
            p.waitForFinished(60000);
            return QImage(pdf + QStringLiteral("-cycle.pgm"));
        };
        const QImage loop = cyclePagePicture(CycleStyle::Loop);
        const QImage boxes = cyclePagePicture(CycleStyle::Boxes);
        storeCycleStyle(*record, CycleStyle::Loop);
        QVERIFY(!loop.isNull() && !boxes.isNull());
        QVERIFY(loop != boxes);
    }

    // The report dialog's language and paper, and the print dialog's paper overriding it.
    void reportFromTheDialog_data()
    {
        QTest::addColumn<QString>("interface");
        QTest::addColumn<int>("dialogPaper");
        QTest::addColumn<int>("printPaper");
        QTest::addColumn<QString>("pageSize");
        QTest::newRow("interface en, document es, letter kept")
            << QStringLiteral("en") << int(QPageSize::Letter) << -1
            << QStringLiteral("612 x 792 pts (letter)");
        QTest::newRow("interface es, document en, letter to A4")
            << QStringLiteral("es") << int(QPageSize::Letter) << int(QPageSize::A4) << QStringLiteral("(A4)");
        QTest::newRow("interface en, document es, A4 to letter")
            << QStringLiteral("en") << int(QPageSize::A4) << int(QPageSize::Letter)
            << QStringLiteral("(letter)");
    }

    void reportFromTheDialog()
    {
        QFETCH(QString, interface);
        QFETCH(int, dialogPaper);
        QFETCH(int, printPaper);
        QFETCH(QString, pageSize);
        const QString language = otherLanguage(interface);
        std::unique_ptr<MainWindow> window(openWindow(interface));
        const auto couple = findCouple(window->store(), QStringLiteral("John"));
        QVERIFY(couple);
        ProgressReportDialog dialog(window->editor(), couple->id, window.get());
        QComboBox *languageBox = nullptr;
        QComboBox *paperBox = nullptr;
        for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
            if (box->findData(QStringLiteral("es")) >= 0)
                languageBox = box;
            else if (box->findData(dialogPaper) >= 0)
                paperBox = box;
        }
        QVERIFY(languageBox && paperBox);
        languageBox->setCurrentIndex(languageBox->findData(language));
        paperBox->setCurrentIndex(paperBox->findData(dialogPaper));
        const QString pdf = pdfPath();
        QString title;
        std::optional<QPageSize> paper;
        if (printPaper >= 0)
            paper = QPageSize(QPageSize::PageSizeId(printPaper));
        dialog.setPrintRunner(printToPdf(pdf, &title, paper));
        dialog.preview();
        const QString text = pdfText(pdf);
        const QString problem = languageProblem(text, Document::Report, language);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The report names the couple on its pages, as the therapist chose, but never in its metadata.
        QVERIFY(text.contains(QStringLiteral("John")));
        QVERIFY2(namedIn(title).isEmpty(), qPrintable(title));
        const QString info = pdfInfo(pdf);
        QVERIFY2(namedIn(info).isEmpty(), qPrintable(info));
        QVERIFY2(pdfInfoField(info, QStringLiteral("Page size")).contains(pageSize), qPrintable(info));
        // Every page vector: no embedded images and nothing semi-transparent.
        QString error;
        QVERIFY2(pdfImages(pdf, &error).isEmpty() && error.isEmpty(), qPrintable(error));
        QVERIFY(!hasTransparency(fileBytes(pdf)));
        // The proposed file name of "Save as PDF…" names no one either.
        QString suggestion;
        dialog.setSavePathChooser([&](const QString &s) {
            suggestion = s;
            return QString();
        });
        dialog.saveAsPdf();
        QVERIFY(!suggestion.isEmpty());
        QVERIFY2(namedIn(suggestion).isEmpty(), qPrintable(suggestion));
    }
};

QTEST_MAIN(TestGuiPrinting)
#include "tst_guiprinting.moc"
