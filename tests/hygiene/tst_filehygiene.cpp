// Hygiene of what printing and exporting leave on disk. The cycle handout and the progress report are
// printed to PDF through the very print previews the GUI shows (the file dialog answered as a user
// would), the report is saved as PDF and the cycle exported through their dialogs; afterwards the
// temporary folder (TMPDIR, private to this test) is empty and every file made is mode 0600. The
// practice and its backups are also 0600 under a permissive umask, because Attune sets their mode itself
// rather than relying on the umask app/main.cpp sets.
#include "../lock/GuiHelpers.h"
#include "TestPractice.h"

#include "backup/BackupScheduler.h"
#include "commands/PracticeEditor.h"
#include "cycle/CyclePrinting.h"
#include "demo/DemoGenerator.h"
#include "progress/ProgressReportDialog.h"
#include "render/CycleLayout.h"

#include <QAction>
#include <QDirIterator>
#include <QFileDialog>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <sys/stat.h>

using namespace attune;
using namespace attune::test;

namespace {

// Runs answer on the next modal window of type T (others that are already open are passed over).
template<typename T> void whenModal(const std::function<void(T *)> &answer, int attempts = 500)
{
    QTimer::singleShot(10, qApp, [answer, attempts] {
        auto *window = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!window) {
            if (attempts > 0) {
                whenModal<T>(answer, attempts - 1);
                return;
            }
            // Close whatever is open so the test fails instead of hanging in a dialog's exec().
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *dialog = qobject_cast<QDialog *>(top); dialog && dialog->isVisible())
                    dialog->reject();
            QFAIL("the expected dialog did not open");
        }
        answer(window);
    });
}

void saveAs(const QString &path)
{
    whenModal<QFileDialog>([path](QFileDialog *dialog) {
        // Typed, as a user would: selectFile() alone races the dialog's own late selection of the
        // suggested name once its folder has loaded.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own accept() is protected
    });
}

// In a print preview, prints to a PDF file the way a user does: Print, then in the print dialog the
// "Print to File (PDF)" printer with a file name.
void printPreviewToPdf(QPrintPreviewDialog *preview, const QString &path)
{
    preview->printer()->setOutputFormat(QPrinter::PdfFormat);
    preview->printer()->setOutputFileName(path);
    QAction *print = nullptr;
    for (QAction *action : preview->findChildren<QAction *>())
        if (action->text() == QPrintPreviewDialog::tr("Print"))
            print = action;
    QVERIFY(print);
    whenModal<QPrintDialog>([](QPrintDialog *dialog) { dialog->accept(); });
    print->trigger();
}

mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & 0777) : 07777;
}

bool isPdf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(5) == "%PDF-" && f.size() > 1000;
}

} // namespace

class TestFileHygiene : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tmp;
    QString m_out;
    std::unique_ptr<PracticeStore> m_store;
    std::unique_ptr<PracticeEditor> m_editor;
    QWidget m_parent;
    qint64 m_coupleId = 0;

private slots:
    void initTestCase()
    {
        ::umask(077); // as app/main.cpp does before anything is written
        QVERIFY(m_dir.isValid());
        m_tmp = m_dir.filePath(QStringLiteral("tmp"));
        m_out = m_dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(m_tmp) && QDir().mkpath(m_out));
        qputenv("TMPDIR", QFile::encodeName(m_tmp));
        QCOMPARE(QDir(QDir::tempPath()).canonicalPath(), QDir(m_tmp).canonicalPath());

        auto store = PracticeStore::open(m_dir.filePath(QStringLiteral("practice.db")),
                                         PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
        QVERIFY(store);
        m_store = std::move(store).value();
        QVERIFY(generateDemoPractice(*m_store, DemoOptions{}));
        m_editor = std::make_unique<PracticeEditor>(*m_store);
        const auto couples = m_store->coupleSummaries();
        QVERIFY(couples && !couples->isEmpty());
        for (const CoupleSummary &c : *couples)
            if (c.sessionCount > 2 && m_coupleId == 0 && !m_store->cycleMaps(c.id)->isEmpty())
                m_coupleId = c.id;
        QVERIFY(m_coupleId != 0);
        m_parent.resize(800, 600);
        m_parent.show();
    }

    void handoutPrintedToPdfLeavesNothingBehind()
    {
        const QString pdf = m_out + QStringLiteral("/handout.pdf");
        const auto maps = m_store->cycleMaps(m_coupleId);
        const auto couple = m_store->couple(m_coupleId);
        QVERIFY(maps && couple);
        whenModal<QDialog>([](QDialog *options) { options->accept(); }); // the handout's options
        bool printed = false;
        whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog *preview) {
            printPreviewToPdf(preview, pdf);
            printed = true;
        });
        printCycleHandout(&m_parent, CycleContent::from(maps->first(), *couple));
        QVERIFY(printed);
        QVERIFY(isPdf(pdf));
        QCOMPARE(modeOf(pdf), mode_t(0600));
        QVERIFY2(
            QDir(m_tmp).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            qPrintable(
                QDir(m_tmp).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).join(u' ')));
    }

    void reportPrintedAndSavedLeavesNothingBehind()
    {
        const QString printed = m_out + QStringLiteral("/report-printed.pdf");
        const QString saved = m_out + QStringLiteral("/report-saved.pdf");
        whenModal<ProgressReportDialog>([&](ProgressReportDialog *dialog) {
            whenModal<QPrintPreviewDialog>(
                [&](QPrintPreviewDialog *preview) { printPreviewToPdf(preview, printed); });
            buttonWithText(dialog, QStringLiteral("Preview…"))->click(); // returns once printed
            saveAs(saved);
            buttonWithText(dialog, QStringLiteral("Save as PDF…"))->click();
        });
        showProgressReportDialog(*m_editor, m_coupleId, &m_parent);
        for (const QString &pdf : {printed, saved}) {
            QVERIFY2(isPdf(pdf), qPrintable(pdf));
            QCOMPARE(modeOf(pdf), mode_t(0600));
        }
        // Printing and saving each left a row in the audit trail, naming the couple and not the content.
        const auto couple = m_store->couple(m_coupleId);
        const auto trail = m_store->auditTrail();
        QVERIFY(couple && trail);
        QStringList reportRows;
        for (const AuditEntry &e : *trail)
            if (e.summary == QStringLiteral("progress report") && e.coupleUuid == couple->uuid)
                reportRows << e.action;
        QCOMPARE(reportRows, (QStringList{QStringLiteral("print"), QStringLiteral("export")}));
        QVERIFY(QDir(m_tmp).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void cycleExportLeavesNothingBehind()
    {
        const QString pdf = m_out + QStringLiteral("/cycle.pdf");
        const auto maps = m_store->cycleMaps(m_coupleId);
        const auto couple = m_store->couple(m_coupleId);
        saveAs(pdf);
        const Status s =
            exportCycleInteractively(&m_parent, CycleContent::from(maps->first(), *couple), couple->name);
        QVERIFY2(s, qPrintable(s.error()));
        QVERIFY2(isPdf(pdf), qPrintable(QDir(m_out).entryList(QDir::Files).join(u' ') + QLatin1Char(' ') +
                                        QString::number(QFileInfo(pdf).size())));
        QCOMPARE(modeOf(pdf), mode_t(0600));
        QVERIFY(QDir(m_tmp).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    // Attune sets these modes itself, so a permissive umask (another entry point, a library user) does
    // not widen them.
    void practiceAndBackupsAreOwnerOnlyWhateverTheUmask()
    {
        const mode_t previous = ::umask(022);
        const QString path = m_dir.filePath(QStringLiteral("permissive/practice.db"));
        {
            auto store = PracticeStore::open(path, PracticeStore::OpenMode::CreateIfMissing);
            QVERIFY(store);
            QVERIFY((*store)->createCouple(makeCouple()));
            BackupScheduler backups(**store, BackupPolicy{}, fixedClock(fixedNow()));
            const auto written = backups.backUpNow();
            QVERIFY2(written, qPrintable(written.error()));
            QCOMPARE(modeOf(*written), mode_t(0600));
            QCOMPARE(modeOf(backups.folder()), mode_t(0700));
        }
        ::umask(previous);
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(modeOf(QFileInfo(path).absolutePath()), mode_t(0700));
    }

    void everyFileMadeIsOwnerOnly()
    {
        QStringList open;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (modeOf(file) != 0600)
                open << QStringLiteral("%1 (%2)").arg(file).arg(modeOf(file), 0, 8);
        }
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
        QVERIFY(QDir(m_tmp).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }
};

QTEST_MAIN(TestFileHygiene)
#include "tst_filehygiene.moc"
