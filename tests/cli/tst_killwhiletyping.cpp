// Issue 14, item 6: typing is stored while it goes on. The real attune opens offscreen on a demo practice;
// its test hook (app/TestHooks.h) types a numbered word every 100 ms into a new session's note, key by key,
// never pausing, and prints each word. After five seconds the test kills attune with SIGKILL (no flush is
// possible) and reads the note back: it holds the words in order, and only words typed in the last two
// seconds (plus half a second for the write itself and the pipe) may be missing. The autosave that waited
// for a pause stored none of them.
#include "AttuneProcess.h"

#include "store/PracticeStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace attune;
using attune::test::runAttune;

namespace {

// The longest note of the practice's sessions: the one typed into.
QString typedNote(const QString &path)
{
    QString longest;
    const auto store = PracticeStore::open(path, PracticeStore::OpenMode::ReadOnly);
    if (!store)
        return QStringLiteral("cannot open: ") + store.error();
    const auto couples = (*store)->coupleSummaries();
    if (couples)
        for (const CoupleSummary &couple : *couples)
            if (const auto sessions = (*store)->sessions(couple.id); sessions)
                for (const Session &s : *sessions)
                    if (s.note.text.contains(QStringLiteral("w0001")) && s.note.text.size() > longest.size())
                        longest = s.note.text;
    return longest;
}

} // namespace

class TestKillWhileTyping : public QObject
{
    Q_OBJECT

private slots:
    void atMostTheLastTwoSecondsAreLost()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString practice = dir.filePath(QStringLiteral("practice.db"));
        const auto demo = runAttune({QStringLiteral("--practice"), practice, QStringLiteral("demo"),
                                     QStringLiteral("--couples"), QStringLiteral("2")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));

        QProcess attune;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("ATTUNE_TEST_TYPE_STEADILY"), QStringLiteral("1"));
        attune.setProcessEnvironment(env);
        attune.start(QStringLiteral(ATTUNE_BINARY), {QStringLiteral("--practice"), practice});
        QVERIFY(attune.waitForStarted());

        // Each word as it is said typed, with when the test heard of it.
        QList<QPair<QString, qint64>> words;
        QElapsedTimer clock;
        QByteArray pending;
        const QRegularExpression line(QStringLiteral("^typed (w\\d{4})$"));
        while (attune.state() == QProcess::Running && (words.isEmpty() || clock.elapsed() < 5000)) {
            if (!attune.waitForReadyRead(60000))
                break;
            pending += attune.readAllStandardOutput();
            qsizetype end;
            while ((end = pending.indexOf('\n')) >= 0) {
                const QString text = QString::fromUtf8(pending.left(end));
                pending.remove(0, end + 1);
                if (const auto m = line.match(text); m.hasMatch()) {
                    if (words.isEmpty())
                        clock.start();
                    words.append({m.captured(1), clock.elapsed()});
                }
            }
        }
        QVERIFY2(words.size() > 10, attune.readAllStandardError().constData());
        const qint64 killedAt = clock.elapsed();
        QCOMPARE(::kill(pid_t(attune.processId()), SIGKILL), 0);
        QVERIFY(attune.waitForFinished(60000));

        const QString note = typedNote(practice);
        QStringList mustBeThere;
        for (const auto &[word, at] : std::as_const(words))
            if (at < killedAt - 2500)
                mustBeThere << word;
        QVERIFY2(!mustBeThere.isEmpty(), "typing took less than three seconds");
        QVERIFY2(note.contains(mustBeThere.last()),
                 qPrintable(QStringLiteral("%1 was typed %2 ms before the kill; stored: %3")
                                .arg(mustBeThere.last())
                                .arg(killedAt - words.at(mustBeThere.size() - 1).second)
                                .arg(note.right(80))));
        // In order and whole: what is stored is the start of what was typed.
        QStringList typed;
        for (const auto &w : std::as_const(words))
            typed << w.first;
        QVERIFY(typed.join(QLatin1Char(' ')).startsWith(note.trimmed()) ||
                note.trimmed().startsWith(typed.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestKillWhileTyping)
#include "tst_killwhiletyping.moc"
