// A real print to a real CUPS queue: a throwaway cupsd with its own configuration folder and port, a
// CUPS-PDF queue writing to a temporary folder, and the app's own print paths (the report dialog's,
// the clinical record's and the handout's) sending their jobs to it through Qt's CUPS support (CUPS_SERVER).
// The job names the scheduler keeps (page log, job history), the output's file name and its PDF metadata name
// no client, and CUPS-PDF did not rasterise any page (no images in its output).
//
// cupsd's CUPS-PDF backend runs only as root (it is installed 0700), so does this test; run as another
// user it is skipped with that reason. On CI tests run as root.
#include "DocumentWords.h"
#include "PdfText.h"
#include "TestPractice.h"

#include "commands/PracticeEditor.h"
#include "cycle/CyclePrinting.h"
#include "demo/DemoGenerator.h"
#include "progress/ProgressReportDialog.h"
#include "record/PrintRecordDialog.h"
#include "store/CoupleLookup.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace attune;
using namespace attune::test;

namespace {

const QString kQueue = QStringLiteral("AttuneTestPDF");
const QStringList kNames{QStringLiteral("John"), QStringLiteral("Mary"), QStringLiteral("Miller")};

QString namedIn(const QString &text)
{
    for (const QString &name : kNames)
        if (text.contains(name, Qt::CaseInsensitive))
            return name;
    return QString();
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           f.write(text.toUtf8()) == text.toUtf8().size();
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Tool t;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return t;
    }
    t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    t.out = QString::fromUtf8(p.readAll());
    return t;
}

} // namespace

class TestCupsPrint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_cupsd;
    QString m_server;
    QString m_instanceConf; // /etc/cups/cups-pdf-NAME.conf: where this queue's CUPS-PDF writes
    QString m_practice;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The queue's finished jobs, waiting up to a minute for `count` of them.
    QStringList completedJobs(int count)
    {
        QElapsedTimer timer;
        timer.start();
        QStringList jobs;
        while (timer.elapsed() < 60000) {
            const Tool t =
                tool(QStringLiteral("lpstat"), {QStringLiteral("-h"), m_server, QStringLiteral("-W"),
                                                QStringLiteral("completed"), QStringLiteral("-o"), kQueue});
            jobs = t.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (jobs.size() >= count &&
                QDir(path(QStringLiteral("out"))).entryList(QDir::Files).size() >= count)
                return jobs;
            QTest::qWait(250);
        }
        return jobs;
    }

    // Prints through runPrintJob's hook as the user would in the preview: the queue chosen, then Print.
    PrintRunner toQueue(QString *title)
    {
        return [title](QWidget *, QPrinter &printer, const std::function<void(QPrinter *)> &paint) {
            *title = printer.docName();
            printer.setOutputFormat(QPrinter::NativeFormat);
            printer.setPrinterName(kQueue);
            if (printer.printerName() != kQueue)
                return false;
            paint(&printer);
            return true;
        };
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("CUPS-PDF's backend runs only as root (installed 0700), so a private cupsd can print to it "
                  "only when the test runs as root, as it does on CI.");
        for (const QString &program :
             {QStringLiteral("/usr/sbin/cupsd"), QStringLiteral("/usr/lib/cups/backend/cups-pdf")})
            QVERIFY2(QFile::exists(program),
                     qPrintable(program + QStringLiteral(" is missing: run packaging/install-deps.sh")));
        QVERIFY(m_dir.isValid());
        // cupsd runs the backends as an unprivileged user where it can: the folders must be reachable.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                QFileDevice::ExeGroup);
        for (const char *sub : {"conf/ppd", "spool/tmp", "cache", "state", "log", "out"})
            QVERIFY(QDir().mkpath(path(QString::fromLatin1(sub))));

        // A port of its own, so a system cupsd (or another test run) is never touched.
        const int port = 20000 + int(getpid() % 20000);
        m_server = QStringLiteral("127.0.0.1:%1").arg(port);
        QVERIFY(writeFile(path(QStringLiteral("conf/cupsd.conf")),
                          QStringLiteral("Listen %1\nLogLevel info\nWebInterface No\nDefaultAuthType None\n"
                                         "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                                         "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
                                         "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n"
                                         "</Policy>\n")
                              .arg(m_server)));
        QVERIFY(
            writeFile(path(QStringLiteral("conf/cups-files.conf")),
                      QStringLiteral("ServerRoot %1\nRequestRoot %2\nTempDir %3\nCacheDir %4\nStateDir %5\n"
                                     "AccessLog %6/access_log\nErrorLog %6/error_log\nPageLog %6/page_log\n"
                                     "SystemGroup root\n")
                          .arg(path(QStringLiteral("conf")), path(QStringLiteral("spool")),
                               path(QStringLiteral("spool/tmp")), path(QStringLiteral("cache")),
                               path(QStringLiteral("state")), path(QStringLiteral("log")))));
        // CUPS-PDF reads /etc/cups/cups-pdf-NAME.conf for a queue whose device is cups-pdf:/NAME.
        const QString instance = QStringLiteral("attunetest%1").arg(getpid());
        m_instanceConf = QStringLiteral("/etc/cups/cups-pdf-%1.conf").arg(instance);
        QVERIFY(writeFile(m_instanceConf, QStringLiteral("Out %1\n").arg(path(QStringLiteral("out")))));

        m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
        m_cupsd.start(QStringLiteral("/usr/sbin/cupsd"),
                      {QStringLiteral("-f"), QStringLiteral("-c"), path(QStringLiteral("conf/cupsd.conf")),
                       QStringLiteral("-s"), path(QStringLiteral("conf/cups-files.conf"))});
        QVERIFY2(m_cupsd.waitForStarted(), qPrintable(m_cupsd.errorString()));
        // The scheduler takes a moment to listen (lpstat -r says so with exit 0 either way): add the queue
        // as soon as it answers.
        const QStringList addQueue{QStringLiteral("-h"),
                                   m_server,
                                   QStringLiteral("-p"),
                                   kQueue,
                                   QStringLiteral("-v"),
                                   QStringLiteral("cups-pdf:/") + instance,
                                   QStringLiteral("-E"),
                                   QStringLiteral("-P"),
                                   QStringLiteral("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")};
        QElapsedTimer timer;
        timer.start();
        Tool added = tool(QStringLiteral("lpadmin"), addQueue);
        while (added.exitCode != 0 && timer.elapsed() < 20000 && m_cupsd.state() == QProcess::Running) {
            QTest::qWait(200);
            added = tool(QStringLiteral("lpadmin"), addQueue);
        }
        QVERIFY2(added.exitCode == 0, qPrintable(added.out + QString::fromUtf8(m_cupsd.readAll()) +
                                                 readFile(path(QStringLiteral("log/error_log")))));
        // Qt's CUPS support (libcups) finds the scheduler through CUPS_SERVER; set before any QPrinter.
        qputenv("CUPS_SERVER", m_server.toUtf8());

        m_practice = path(QStringLiteral("practice.db"));
        auto store =
            PracticeStore::open(m_practice, PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
        QVERIFY(store && generateDemoPractice(**store, {}));
    }

    void cleanupTestCase()
    {
        if (m_cupsd.state() != QProcess::NotRunning) {
            m_cupsd.terminate();
            if (!m_cupsd.waitForFinished(10000)) {
                m_cupsd.kill();
                m_cupsd.waitForFinished();
            }
        }
        if (!m_instanceConf.isEmpty())
            QFile::remove(m_instanceConf);
    }

    void reportRecordAndHandoutNameNoOne()
    {
        auto store =
            PracticeStore::open(m_practice, PracticeStore::OpenMode::OpenExisting, fixedClock(fixedNow()));
        QVERIFY(store);
        PracticeEditor editor(**store);
        const auto couple = findCouple(**store, QStringLiteral("John"));
        QVERIFY(couple);

        // The progress report, from its dialog, as the therapist prints it (names on its pages).
        QString reportTitle;
        {
            ProgressReportDialog dialog(editor, couple->id);
            dialog.setPrintRunner(toQueue(&reportTitle));
            dialog.preview();
        }
        QVERIFY2(!reportTitle.isEmpty(), "the report was not sent to the queue");

        // The clinical record (File > Print Record…), every note in full on its pages.
        QString recordTitle;
        {
            PrintRecordDialog dialog(**store, couple->id);
            dialog.setPrintRunner(toQueue(&recordTitle));
            dialog.preview();
            QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        }
        QVERIFY2(!recordTitle.isEmpty(), "the record was not sent to the queue");

        // The handout, initials only.
        const auto record = (*store)->couple(couple->id);
        const auto maps = (*store)->cycleMaps(couple->id);
        QVERIFY(record && maps && !maps->isEmpty());
        QString handoutTitle;
        QVERIFY(printCycleHandout(
            nullptr, CycleContent::from(maps->first(), *record), CycleStyle::Loop,
            [](HandoutOptions *o) {
                o->initialsOnly = true;
                o->language = QStringLiteral("en");
                return true;
            },
            toQueue(&handoutTitle)));

        const QStringList jobs = completedJobs(3);
        QVERIFY2(jobs.size() == 3,
                 qPrintable(jobs.join(u'\n') + readFile(path(QStringLiteral("log/error_log")))));
        for (const QString &job : jobs)
            QVERIFY2(namedIn(job).isEmpty(), qPrintable(job));
        // The scheduler's page log records each job's name: the three titles, and no client.
        const QString pageLog = readFile(path(QStringLiteral("log/page_log")));
        QVERIFY2(pageLog.contains(reportTitle) && pageLog.contains(recordTitle) &&
                     pageLog.contains(handoutTitle),
                 qPrintable(pageLog));
        QVERIFY2(namedIn(pageLog).isEmpty(), qPrintable(pageLog));
        // The job history kept in the scheduler's state (c00001…) holds no name either.
        for (const QString &file :
             QDir(path(QStringLiteral("spool"))).entryList({QStringLiteral("c*")}, QDir::Files)) {
            QFile f(path(QStringLiteral("spool/")) + file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(namedIn(QString::fromLatin1(f.readAll())).isEmpty(), qPrintable(file));
        }

        const QStringList outputs = QDir(path(QStringLiteral("out"))).entryList(QDir::Files);
        QCOMPARE(outputs.size(), 3);
        for (const QString &name : outputs) {
            const QString pdf = path(QStringLiteral("out/")) + name;
            QVERIFY2(namedIn(name).isEmpty(), qPrintable(name));
            const QString info = pdfInfo(pdf);
            QVERIFY2(!info.isEmpty(), qPrintable(pdf));
            QVERIFY2(namedIn(info).isEmpty(), qPrintable(info));
            // Letter, as proposed for a US practice, and every page still vector after Ghostscript.
            QVERIFY2(pdfInfoField(info, QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")),
                     qPrintable(info));
            QString error;
            const QStringList images = pdfImages(pdf, &error);
            QVERIFY2(images.isEmpty() && error.isEmpty(),
                     qPrintable(name + QLatin1Char('\n') + images.join(u'\n') + error));
        }
    }
};

QTEST_MAIN(TestCupsPrint)
#include "tst_cupsprint.moc"
