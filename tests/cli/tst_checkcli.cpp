// `attune check` on the real executable (issue 14, item 10): a byte flipped in a draft's text in the raw
// file makes it exit 1 naming the record, and on a terminal it shows how far it has come.
#include "AttuneProcess.h"
#include "TestPractice.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

const QString kFocus = QStringLiteral("Quietly-unmistakable focus of the draft");

struct Practice
{
    qint64 couple = 0;
    qint64 session = 0;
};

Practice writePractice(const QString &path)
{
    auto store = PracticeStore::open(path, PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    Practice p;
    p.couple = *(*store)->createCouple(makeCouple());
    Session s = makeSession(p.couple, fixedNow().date());
    s.note.focus = kFocus;
    p.session = *(*store)->createSession(s);
    return p;
}

} // namespace

class TestCheckCli : public QObject
{
    Q_OBJECT

private slots:
    void flippedByteInADraftFailsCheckNamingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        const Practice ids = writePractice(path);
        const Run before = runAttune({QStringLiteral("--practice"), path, QStringLiteral("check")});
        QVERIFY2(before.exitCode == 0, qPrintable(before.err));

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        const qsizetype at = bytes.indexOf(kFocus.toUtf8());
        QVERIFY(at >= 0);
        bytes[at] = 'q'; // "Quietly" becomes "quietly" in the sessions table's page, below SQLite
        f.seek(0);
        f.write(bytes);
        f.close();

        const Run after = runAttune({QStringLiteral("--practice"), path, QStringLiteral("check")});
        QCOMPARE(after.exitCode, 1);
        QVERIFY2(after.err.contains(QStringLiteral("session %1 of couple %2 was changed outside Attune")
                                        .arg(ids.session)
                                        .arg(ids.couple)),
                 qPrintable(after.err));
        QVERIFY(!after.err.contains(QStringLiteral("Checking the practice"))); // no terminal, no progress
    }

    void progressShowsOnATerminal()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("util-linux's script (a pseudo-terminal) is not installed.");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        writePractice(path);
        QProcess p;
        p.start(script,
                {QStringLiteral("-qec"),
                 QStringLiteral("'%1' --practice '%2' check").arg(QStringLiteral(ATTUNE_BINARY), path),
                 QStringLiteral("/dev/null")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QString shown = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(shown.contains(QStringLiteral("Checking the practice: 100%")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("passed the integrity")), qPrintable(shown));
    }
};

QTEST_GUILESS_MAIN(TestCheckCli)
#include "tst_checkcli.moc"
