// AutoSaver: debounces writes, keeps the latest pending write through failures, reports a failure once,
// retries until it goes through, and flushes on demand.
#include "commands/AutoSaver.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace attune;

class TestAutoSaver : public QObject
{
    Q_OBJECT

private slots:
    void debouncesToTheLatestWrite()
    {
        AutoSaver saver(nullptr, 30, 30);
        QStringList written;
        for (const char *text : {"a", "ab", "abc"})
            saver.schedule([&written, t = QString::fromLatin1(text)] {
                written << t;
                return Status::ok();
            });
        QVERIFY(saver.hasPending());
        QTRY_COMPARE(written, QStringList{QStringLiteral("abc")});
        QVERIFY(!saver.hasPending());
    }

    // Issue 14, item 6: steady typing never pauses, yet it is stored while it goes on, by the deadline
    // the first unsaved change starts (the pause alone never came, so nothing was stored at all).
    void steadyTypingIsStoredWithoutAPause()
    {
        AutoSaver saver(nullptr, 200, 1000, 300);
        QStringList written;
        QString typed;
        QTimer keystrokes;
        QObject::connect(&keystrokes, &QTimer::timeout, &saver, [&] {
            typed += QLatin1Char('x');
            saver.schedule([&written, t = typed] {
                written << t;
                return Status::ok();
            });
        });
        keystrokes.start(20); // ten times faster than the pause
        QTRY_VERIFY_WITH_TIMEOUT(written.size() >= 2, 10000);
        keystrokes.stop();
        QVERIFY(saver.hasPending() || written.last() == typed);
        // Each write stored a longer text than the last: the typing went on between them.
        QVERIFY(written.at(0).size() < written.at(1).size());
        QVERIFY(saver.flush());
        QCOMPARE(written.last(), typed);
    }

    void failureIsKeptReportedOnceAndRetried()
    {
        AutoSaver saver(nullptr, 10, 20);
        QSignalSpy failed(&saver, &AutoSaver::saveFailed);
        QSignalSpy recovered(&saver, &AutoSaver::recovered);
        bool diskFull = true;
        int attempts = 0;
        QString stored;
        saver.schedule([&] {
            ++attempts;
            if (diskFull)
                return Status::failure(QStringLiteral("The disk is full."));
            stored = QStringLiteral("note");
            return Status::ok();
        });
        QTRY_VERIFY(attempts >= 3);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("The disk is full."));
        QVERIFY(saver.hasPending());
        diskFull = false;
        QTRY_COMPARE(stored, QStringLiteral("note"));
        QCOMPARE(recovered.count(), 1);
        QVERIFY(!saver.hasPending());
    }

    void flushWritesNowAndReportsFailure()
    {
        AutoSaver saver(nullptr, 60000, 60000);
        int writes = 0;
        saver.schedule([&] {
            ++writes;
            return Status::ok();
        });
        QVERIFY(saver.flush());
        QCOMPARE(writes, 1);
        QVERIFY(saver.flush()); // nothing pending
        QCOMPARE(writes, 1);
        saver.schedule([] { return Status::failure(QStringLiteral("read-only")); });
        QVERIFY(!saver.flush());
        QVERIFY(saver.hasPending());
        saver.discard();
        QVERIFY(!saver.hasPending());
    }
};

QTEST_GUILESS_MAIN(TestAutoSaver)
#include "tst_autosaver.moc"
