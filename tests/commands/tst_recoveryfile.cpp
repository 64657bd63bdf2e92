// Issue 14, item 5: a note that cannot be stored yet is kept beside the practice until it is, and put back
// at the next start. A protected practice's is sealed with its key (never plaintext on disk); the session
// editor keeps it while its writes fail and removes it once one goes through.
#include "TestPractice.h"

#include "commands/PracticeEditor.h"
#include "commands/RecoveryFile.h"
#include "security/PracticeKey.h"
#include "store/PracticeProtection.h"
#include "store/SealedStorage.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRecoveryFile : public QObject
{
    Q_OBJECT

private slots:
    void aKeptNoteIsPutBackAndTheFileGoes()
    {
        TestPractice practice;
        PracticeEditor editor(practice.store());
        const auto couple = practice.store().createCouple(makeCouple());
        QVERIFY(couple);
        const auto id = practice.store().createSession(makeSession(*couple, fixedNow().date().addDays(-1)));
        QVERIFY(id);
        Session typed = *practice.store().session(*id);
        typed.note.text = QStringLiteral("Typed while the disk was full.");
        typed.note.plan = QStringLiteral("Practise the A.R.E. check-in.");

        RecoveryFile recovery(practice.store());
        QVERIFY(recovery.keep(typed));
        QVERIFY(QFile::exists(practice.path() + QStringLiteral(".recovery")));
        QCOMPARE(QFile(recovery.path()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());

        RecoveryFile atNextStart(practice.store());
        const auto kept = atNextStart.read();
        QVERIFY2(kept, qPrintable(kept.error()));
        QVERIFY(kept->has_value());
        QCOMPARE((*kept)->id, *id);
        QCOMPARE((*kept)->note.text, typed.note.text);
        QVERIFY(atNextStart.restoreInto(editor, **kept));
        QCOMPARE(practice.store().session(*id)->note.text, typed.note.text);
        QCOMPARE(practice.store().session(*id)->note.plan, typed.note.plan);
        QVERIFY(!QFile::exists(recovery.path()));
        QVERIFY(editor.undoStack().canUndo());
    }

    void aProtectedPracticesNoteIsSealed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("protected.db"));
        qint64 sessionId = 0;
        {
            auto store = PracticeStore::open(path, PracticeStore::OpenMode::CreateIfMissing, fixedNow);
            QVERIFY2(store, qPrintable(store.error()));
            const auto couple = (*store)->createCouple(makeCouple());
            QVERIFY(couple);
            const auto id = (*store)->createSession(makeSession(*couple, fixedNow().date().addDays(-1)));
            QVERIFY(id);
            sessionId = *id;
        }
        const QByteArray passphrase = QByteArrayLiteral("a long test passphrase");
        const auto protectedNow = protectPractice(path, passphrase, PracticeKeyCost::Interactive);
        QVERIFY2(protectedNow, qPrintable(protectedNow.error()));
        auto store = PracticeStore::openProtected(path, PracticeStore::OpenMode::OpenExisting, passphrase,
                                                  SaveTiming::Immediate, fixedNow);
        QVERIFY2(store, qPrintable(store.error()));
        Session typed = *(*store)->session(sessionId);
        typed.note.text = QStringLiteral("A sealed note about the affair.");
        RecoveryFile recovery(**store);
        QVERIFY(recovery.keep(typed));
        const QByteArray raw = readAll(recovery.path());
        QVERIFY(!raw.isEmpty());
        QVERIFY(!raw.contains("affair"));
        QVERIFY(!raw.contains(typed.note.text.toUtf8()));
        const auto kept = recovery.read();
        QVERIFY2(kept, qPrintable(kept.error()));
        QVERIFY(kept->has_value());
        QCOMPARE((*kept)->note.text, typed.note.text);
        recovery.forget();
        QVERIFY(!QFile::exists(recovery.path()));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryFile)
#include "tst_recoveryfile.moc"
