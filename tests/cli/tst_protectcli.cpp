// `attune protect` on the demo practice, as the "done when" asks: afterwards no file in the
// practice's folder (the practice, its backups, an exported case file) holds any name or a sample of the
// note texts, byte for byte or after strings(1); every command asks for the passphrase, and is refused
// with its own sentence without one, with a wrong one, or while another process holds the practice.
#include "AttuneProcess.h"
#include "TestPractice.h"

#include "store/SealedStorage.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
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

class TestProtectCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_practice;
    QString m_passFile;
    QStringList m_secrets; // names and note texts of the demo practice

    QStringList at(QStringList args) const
    {
        return QStringList{QStringLiteral("--practice"), m_practice} + args;
    }
    QStringList withPass(QStringList args) const
    {
        return at(args) + QStringList{QStringLiteral("--passphrase-file"), m_passFile};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_practice = m_dir.filePath(QStringLiteral("practice.db"));
        m_passFile = m_dir.filePath(QStringLiteral("pass.txt"));
        QFile pass(m_passFile);
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write("a long demo passphrase\n");
        pass.close();
        Run r = runAttune(at({QStringLiteral("demo")}));
        QCOMPARE(r.exitCode, 0);
        // A plain backup made before protection, where the automatic ones go.
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("backups"))));
        r = runAttune(at({QStringLiteral("backup"), QStringLiteral("--output"),
                          m_dir.filePath(QStringLiteral("backups/practice-20260101-000000.db"))}));
        QCOMPARE(r.exitCode, 0);
        // One the therapist named herself, in the same folder; and a file that is no practice at all,
        // which protecting must leave alone.
        r = runAttune(at({QStringLiteral("backup"), QStringLiteral("--output"),
                          m_dir.filePath(QStringLiteral("backups/before the holidays.db"))}));
        QCOMPARE(r.exitCode, 0);
        {
            QFile other(m_dir.filePath(QStringLiteral("backups/notes.db")));
            QVERIFY(other.open(QIODevice::WriteOnly));
            other.write("not a practice\n");
        }
        // What must not be readable afterwards: every partner's name, and note texts.
        auto store = PracticeStore::open(m_practice, PracticeStore::OpenMode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        const auto couples = (*store)->coupleSummaries(ArchiveFilter::All);
        QVERIFY(couples && couples->size() >= 6);
        for (const CoupleSummary &c : *couples) {
            for (const QString &name : {c.partnerNames[0], c.partnerNames[1]}) {
                m_secrets << name;
                for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    if (word.size() >= 4)
                        m_secrets << word; // first and last names on their own too
            }
            const auto sessions = (*store)->sessions(c.id, ArchiveFilter::All);
            QVERIFY(sessions);
            for (const Session &s : *sessions) {
                if (s.note.text.size() > 24)
                    m_secrets << s.note.text.left(24);
                if (s.note.plan.size() > 24)
                    m_secrets << s.note.plan.left(24);
            }
        }
        QVERIFY(m_secrets.contains(QStringLiteral("Mary")));
        QVERIFY2(m_secrets.size() > 30, qPrintable(QString::number(m_secrets.size())));
    }

    void protectingTheDemoLeavesNoClientTextInTheFolder()
    {
        Run r = runAttune(withPass(
            {QStringLiteral("protect"), QStringLiteral("--key-cost"), QStringLiteral("interactive")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 plain backups")), qPrintable(r.out)); // the automatic and the named one
        r = runAttune(withPass({QStringLiteral("backup"), QStringLiteral("--output"),
                                m_dir.filePath(QStringLiteral("backups/manual.attune-backup"))}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runAttune(withPass({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--output"),
                                m_dir.filePath(QStringLiteral("all.attune"))}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("encrypted")));
        r = runAttune(withPass({QStringLiteral("couples")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Mary")));

        int files = 0;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path == m_passFile)
                continue;
            ++files;
            const QByteArray bytes = readAll(path);
            QProcess strings;
            strings.start(QStringLiteral("strings"), {QStringLiteral("-a"), path});
            QVERIFY(strings.waitForFinished(30000));
            const QByteArray printable = strings.readAllStandardOutput();
            for (const QString &secret : std::as_const(m_secrets)) {
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(path + QStringLiteral(": ") + secret));
                QVERIFY2(!printable.contains(secret.toUtf8()),
                         qPrintable(path + QStringLiteral(": ") + secret));
            }
        }
        QVERIFY2(files >= 4, qPrintable(QString::number(files))); // practice, 2 backups, case file
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("backups/practice-20260101-000000.db"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("backups/before the holidays.db"))));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("backups/before the holidays.attune-backup"))));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("backups/notes.db")))); // not ours: untouched

        r = runAttune(withPass({QStringLiteral("check")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runAttune(withPass({QStringLiteral("audit"), QStringLiteral("verify")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void withoutATerminalOrAFileItSaysWhatToGive()
    {
        const QByteArray before = readAll(m_practice);
        const Run r = runAttune(at({QStringLiteral("couples")}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--passphrase-file")));
        QVERIFY(!r.out.contains(QStringLiteral("Mary")));
        QCOMPARE(readAll(m_practice), before);
    }

    void aWrongPassphraseIsRefusedAndChangesNothing()
    {
        const QString wrong = m_dir.filePath(QStringLiteral("wrong.txt"));
        QFile f(wrong);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not the passphrase\n");
        f.close();
        const QByteArray before = readAll(m_practice);
        const Run r = runAttune(at({QStringLiteral("couples"), QStringLiteral("--passphrase-file"), wrong}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(QStringLiteral("passphrase is wrong")),
                 qPrintable(r.err));
        QCOMPARE(readAll(m_practice), before);
        QFile::remove(wrong);
    }

    void aSecondProcessIsRefused()
    {
        auto held =
            PracticeStore::openProtected(m_practice, PracticeStore::OpenMode::OpenExisting,
                                         QByteArrayLiteral("a long demo passphrase"), SaveTiming::Immediate);
        QVERIFY2(held, qPrintable(held.error()));
        const Run r = runAttune(withPass({QStringLiteral("couples")}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(QStringLiteral("open in another Attune")),
                 qPrintable(r.err));
    }

    void encryptedCaseFilesImportAndPlainOnesNeedAFlag()
    {
        const QString plainCase = m_dir.filePath(QStringLiteral("plain.attune"));
        Run r = runAttune(withPass({QStringLiteral("export"), QStringLiteral("Mary"),
                                    QStringLiteral("--plain"), QStringLiteral("--output"), plainCase}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("not encrypted")));
        QVERIFY(readAll(plainCase).contains("Mary"));
        QFile::remove(plainCase);

        // An encrypted case file goes into a plain practice with its passphrase.
        const QString other = m_dir.filePath(QStringLiteral("other/other.db"));
        r = runAttune({QStringLiteral("--practice"), other, QStringLiteral("import"),
                       m_dir.filePath(QStringLiteral("all.attune")), QStringLiteral("--passphrase-file"),
                       m_passFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runAttune({QStringLiteral("--practice"), other, QStringLiteral("couples")});
        QVERIFY(r.out.contains(QStringLiteral("Mary")));
        QDir(m_dir.filePath(QStringLiteral("other"))).removeRecursively();
    }

    // The manual backup of the protected practice, restored over another practice: refused with a wrong
    // passphrase and nothing touched; with the right one it is a protected practice again, opened by
    // the same passphrase, holding the same couples.
    void anEncryptedBackupRestoresWithItsPassphrase()
    {
        const QString backup = m_dir.filePath(QStringLiteral("backups/manual.attune-backup"));
        QVERIFY(PracticeStore::isProtectedFile(backup));
        const QString target = m_dir.filePath(QStringLiteral("restored/practice.db"));
        Run r = runAttune({QStringLiteral("--practice"), target, QStringLiteral("demo"),
                           QStringLiteral("--couples"), QStringLiteral("1"), QStringLiteral("--sessions"),
                           QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray targetBefore = readAll(target);
        const QByteArray backupBefore = readAll(backup);
        const QStringList folderBefore =
            QDir(m_dir.filePath(QStringLiteral("restored"))).entryList(QDir::Files);

        const QString wrong = m_dir.filePath(QStringLiteral("wrong-restore.txt"));
        QFile f(wrong);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not the passphrase\n");
        f.close();
        r = runAttune({QStringLiteral("--practice"), target, QStringLiteral("restore"), backup,
                       QStringLiteral("--force"), QStringLiteral("--passphrase-file"), wrong});
        QFile::remove(wrong);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(QStringLiteral("passphrase is wrong")),
                 qPrintable(r.err));
        QCOMPARE(readAll(target), targetBefore);
        QCOMPARE(readAll(backup), backupBefore);
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("restored"))).entryList(QDir::Files), folderBefore);

        r = runAttune({QStringLiteral("--practice"), target, QStringLiteral("restore"), backup,
                       QStringLiteral("--force"), QStringLiteral("--passphrase-file"), m_passFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("kept as")));
        QVERIFY(PracticeStore::isProtectedFile(target));
        QCOMPARE(readAll(backup), backupBefore);
        QVERIFY(!readAll(target).contains("Mary"));

        const QStringList withTarget{QStringLiteral("--practice"), target};
        const QStringList pass{QStringLiteral("--passphrase-file"), m_passFile};
        r = runAttune(withTarget + QStringList{QStringLiteral("couples")});
        QCOMPARE(r.exitCode, 1); // protected: no passphrase, no couples
        QVERIFY(!r.out.contains(QStringLiteral("Mary")));
        const Run restored =
            runAttune(withTarget + QStringList{QStringLiteral("couples"), QStringLiteral("--json")} + pass);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        const Run original = runAttune(withPass({QStringLiteral("couples"), QStringLiteral("--json")}));
        QVERIFY2(original.exitCode == 0, qPrintable(original.err));
        QVERIFY(restored.out.contains(QStringLiteral("Mary")));
        QCOMPARE(restored.out, original.out);
        r = runAttune(withTarget + QStringList{QStringLiteral("check")} + pass);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        r = runAttune(withTarget + QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + pass);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QDir(m_dir.filePath(QStringLiteral("restored"))).removeRecursively();
    }

    // A plain backup restored over a protected practice: encrypted with that practice's key before it
    // takes its place, so the practice stays protected and opens with the same passphrase.
    void aPlainBackupRestoredOverAProtectedPracticeStaysProtected()
    {
        QVERIFY(PracticeStore::isProtectedFile(m_practice));
        const QString folder = m_dir.filePath(QStringLiteral("into-protected"));
        QVERIFY(QDir().mkpath(folder));
        const QString plain = folder + QStringLiteral("/plain-backup.db");
        Run r = runAttune({QStringLiteral("--practice"), plain, QStringLiteral("demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray plainBefore = readAll(plain);
        const QString target = folder + QStringLiteral("/practice.db");
        QVERIFY(QFile::copy(m_practice, target));
        const QStringList withTarget{QStringLiteral("--practice"), target};
        const QStringList pass{QStringLiteral("--passphrase-file"), m_passFile};

        r = runAttune(withTarget + QStringList{QStringLiteral("restore"), plain, QStringLiteral("--force")} +
                      pass);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(PracticeStore::isProtectedFile(target));
        QCOMPARE(readAll(plain), plainBefore); // the chosen backup is left as it was
        const QByteArray sealed = readAll(target);
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(!sealed.contains(secret.toUtf8()), qPrintable(secret));
        r = runAttune(withTarget + QStringList{QStringLiteral("couples")} + pass);
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Mary")), qPrintable(r.err + r.out));
        r = runAttune(withTarget + QStringList{QStringLiteral("check")} + pass);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QDir(folder).removeRecursively();
    }

    void changeThePassphraseThenUnprotect()
    {
        const QString next = m_dir.filePath(QStringLiteral("next.txt"));
        QFile f(next);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the next passphrase\n");
        f.close();
        Run r = runAttune(withPass({QStringLiteral("passphrase"), QStringLiteral("change"),
                                    QStringLiteral("--new-passphrase-file"), next}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runAttune(withPass({QStringLiteral("couples")}));
        QCOMPARE(r.exitCode, 1);
        r = runAttune(at({QStringLiteral("unprotect"), QStringLiteral("--passphrase-file"), next}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readAll(m_practice).startsWith("SQLite format 3"));
        r = runAttune(at({QStringLiteral("couples")}));
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Mary")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestProtectCli)
#include "tst_protectcli.moc"
