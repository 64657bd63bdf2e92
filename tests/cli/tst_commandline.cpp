// The command line as a user and scripts see it: exit codes, one-sentence errors on stderr, and JSON with
// the documented keys.
#include "AttuneProcess.h"
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using attune::test::isOneSentence;
using attune::test::Run;
using attune::test::runAttune;

namespace {

QByteArray fingerprint(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo; // one demo practice shared by the read-only checks

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        const Run r = runAttune({QStringLiteral("--practice"), m_demo, QStringLiteral("demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("6 couples")));
    }

    void versionAndHelp()
    {
        const Run v = runAttune({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("attune ")));
        const Run h = runAttune({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        for (const char *word : {"demo", "couples", "sessions", "check", "--practice"})
            QVERIFY2(h.out.contains(QLatin1StringView(word)), word);
    }

    void checkPassesOnDemo()
    {
        const Run r = runAttune({QStringLiteral("--practice"), m_demo, QStringLiteral("check")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("passed")));
    }

    void couplesJsonHasDocumentedFields()
    {
        const Run r = runAttune(
            {QStringLiteral("--practice"), m_demo, QStringLiteral("couples"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isArray());
        const QJsonArray couples = doc.array();
        QCOMPARE(couples.size(), 6);
        QSet<QString> patterns;
        bool johnAndMary = false;
        for (const QJsonValue &v : couples) {
            const QJsonObject c = v.toObject();
            for (const char *key :
                 {"id", "uuid", "name", "status", "stage", "pattern", "sessions", "partners"})
                QVERIFY2(c.contains(QLatin1StringView(key)), key);
            QVERIFY(c.value(QStringLiteral("id")).toInteger() > 0);
            QCOMPARE(c.value(QStringLiteral("uuid")).toString().size(), 36);
            QVERIFY(
                QStringList({QStringLiteral("active"), QStringLiteral("paused"), QStringLiteral("closed")})
                    .contains(c.value(QStringLiteral("status")).toString()));
            const int stage = c.value(QStringLiteral("stage")).toInt();
            QVERIFY(stage >= 1 && stage <= 3);
            QVERIFY(c.value(QStringLiteral("sessions")).toInt() >= 8);
            const QJsonArray partners = c.value(QStringLiteral("partners")).toArray();
            QCOMPARE(partners.size(), 2);
            for (const QJsonValue &p : partners) {
                QVERIFY(!p.toObject().value(QStringLiteral("name")).toString().isEmpty());
                QVERIFY(QStringList({QStringLiteral("pursuer"), QStringLiteral("withdrawer")})
                            .contains(p.toObject().value(QStringLiteral("position")).toString()));
                // Issue 16: the demo's synthetic contact details.
                const QJsonObject contact = p.toObject().value(QStringLiteral("contact")).toObject();
                QVERIFY(contact.value(QStringLiteral("email"))
                            .toString()
                            .endsWith(QStringLiteral("@example.org")));
                QVERIFY(contact.value(QStringLiteral("phone")).toString().contains(QStringLiteral("555-01")));
                QVERIFY(contact.value(QStringLiteral("emergency_contact"))
                            .toObject()
                            .contains(QStringLiteral("name")));
            }
            QVERIFY(!c.value(QStringLiteral("referral"))
                         .toObject()
                         .value(QStringLiteral("source"))
                         .toString()
                         .isEmpty());
            patterns.insert(c.value(QStringLiteral("pattern")).toString());
            if (partners[0]
                    .toObject()
                    .value(QStringLiteral("name"))
                    .toString()
                    .contains(QStringLiteral("Mary")) ||
                partners[1]
                    .toObject()
                    .value(QStringLiteral("name"))
                    .toString()
                    .contains(QStringLiteral("Mary")))
                johnAndMary = true;
        }
        QCOMPARE(patterns, QSet<QString>({QStringLiteral("pursue_withdraw"), QStringLiteral("pursue_pursue"),
                                          QStringLiteral("withdraw_withdraw")}));
        QVERIFY(johnAndMary);
    }

    // The demo books the active couples (four of six) today and in the coming week, relative to now; John
    // and Mary's weekly series adds their meeting a week from today (issue 16), so the agenda has five.
    void appointmentsOfTheComingWeek()
    {
        const Run couples = runAttune(
            {QStringLiteral("--practice"), m_demo, QStringLiteral("couples"), QStringLiteral("--json")});
        QVERIFY2(couples.exitCode == 0, qPrintable(couples.err));
        int booked = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(couples.out.toUtf8()).array()) {
            const QJsonObject c = v.toObject();
            QVERIFY(c.contains(QStringLiteral("next_appointment")));
            const QJsonValue next = c.value(QStringLiteral("next_appointment"));
            if (next.isNull())
                continue;
            ++booked;
            QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
            QVERIFY(QDateTime::fromString(next.toString(), Qt::ISODate).isValid());
        }
        QCOMPARE(booked, 4);

        const Run json = runAttune(
            {QStringLiteral("--practice"), m_demo, QStringLiteral("appointments"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonArray entries = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(entries.size(), 5);
        int inSeries = 0;
        bool laterDays = false; // today's come first
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            for (const char *key : {"couple_id", "couple", "starts_at", "local_start", "today", "stage",
                                    "step", "last_session", "weeks_since_last_session", "appointment_id",
                                    "duration_min", "status", "series", "safety_flag"})
                QVERIFY2(e.contains(QLatin1StringView(key)), key);
            inSeries += e.value(QStringLiteral("series")).isString() ? 1 : 0;
            QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("booked"));
            const QDateTime at =
                QDateTime::fromString(e.value(QStringLiteral("starts_at")).toString(), Qt::ISODate);
            QVERIFY(at.isValid());
            const bool today = e.value(QStringLiteral("today")).toBool();
            QVERIFY(!(today && laterDays));
            laterDays = laterDays || !today;
        }
        QVERIFY(entries.first().toObject().value(QStringLiteral("today")).toBool());
        QCOMPARE(inSeries, 2);

        const Run text = runAttune({QStringLiteral("--practice"), m_demo, QStringLiteral("appointments")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QCOMPARE(text.out.trimmed().split(QLatin1Char('\n')).size(), 5);

        // The whole calendar as iCalendar, couples by initials only (from a copy: the export leaves audit
        // rows that other tests of the shared demo do not expect).
        const QString copy = m_dir.filePath(QStringLiteral("calendar.db"));
        QVERIFY(QFile::copy(m_demo, copy));
        const QString ics = m_dir.filePath(QStringLiteral("calendar.ics"));
        const Run calendar = runAttune({QStringLiteral("--practice"), copy, QStringLiteral("appointments"),
                                        QStringLiteral("--ics"), ics});
        QVERIFY2(calendar.exitCode == 0, qPrintable(calendar.err));
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        QVERIFY(written.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\n")));
        QCOMPARE(written.count(QStringLiteral("BEGIN:VEVENT")),
                 3 + 7); // three single ones, John and Mary's 7
        QVERIFY(written.contains(QStringLiteral("SUMMARY:Couple session: J. M. & M. M.")));
        for (const QString &name : {QStringLiteral("John"), QStringLiteral("Mary"), QStringLiteral("Miller"),
                                    QStringLiteral("Daniel"), QStringLiteral("Hannah")})
            QVERIFY2(!written.contains(name), qPrintable(name));
        // It left the practice: the audit trail says so, naming no one.
        const Run audit = runAttune(
            {QStringLiteral("--practice"), copy, QStringLiteral("audit"), QStringLiteral("--json")});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
        int exported = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(audit.out.toUtf8()).array())
            exported +=
                v.toObject().value(QStringLiteral("action")).toString() == QStringLiteral("export") &&
                        v.toObject().value(QStringLiteral("summary")).toString() == QStringLiteral("calendar")
                    ? 1
                    : 0;
        QCOMPARE(exported, 4); // one row per couple in the calendar
        const Run extra = runAttune(
            {QStringLiteral("--practice"), m_demo, QStringLiteral("appointments"), QStringLiteral("x")});
        QCOMPARE(extra.exitCode, 2);
    }

    void sessionsJsonHasDocumentedFields()
    {
        const Run r = runAttune({QStringLiteral("--practice"), m_demo, QStringLiteral("sessions"),
                                 QStringLiteral("Mary"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray sessions = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(sessions.size() >= 8);
        const QStringList levels = {QStringLiteral("none"), QStringLiteral("emerging"),
                                    QStringLiteral("partial"), QStringLiteral("complete")};
        int unsigned_ = 0;
        QString previousDate;
        for (const QJsonValue &v : sessions) {
            const QJsonObject s = v.toObject();
            for (const char *key : {"id", "uuid", "date", "stage", "step", "signed",
                                    "withdrawer_reengagement", "blamer_softening"})
                QVERIFY2(s.contains(QLatin1StringView(key)), key);
            const QDate date = QDate::fromString(s.value(QStringLiteral("date")).toString(), Qt::ISODate);
            QVERIFY(date.isValid());
            QVERIFY(s.value(QStringLiteral("date")).toString() >= previousDate);
            previousDate = s.value(QStringLiteral("date")).toString();
            const int step = s.value(QStringLiteral("step")).toInt();
            QVERIFY(step >= 1 && step <= 9);
            QVERIFY(s.value(QStringLiteral("signed")).isBool());
            if (!s.value(QStringLiteral("signed")).toBool())
                ++unsigned_;
            QVERIFY(levels.contains(s.value(QStringLiteral("withdrawer_reengagement")).toString()));
            QVERIFY(levels.contains(s.value(QStringLiteral("blamer_softening")).toString()));
        }
        QCOMPARE(unsigned_, 1); // only the latest session is a draft
    }

    void coupleArgumentErrors()
    {
        const Run ambiguous = runAttune(
            {QStringLiteral("--practice"), m_demo, QStringLiteral("sessions"), QStringLiteral("a")});
        QCOMPARE(ambiguous.exitCode, 1);
        QVERIFY2(ambiguous.err.contains(QStringLiteral("more than one couple")), qPrintable(ambiguous.err));
        const Run unknown = runAttune(
            {QStringLiteral("--practice"), m_demo, QStringLiteral("sessions"), QStringLiteral("Zebedee")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("No couple matches")));
        const Run missing = runAttune({QStringLiteral("--practice"), m_demo, QStringLiteral("sessions")});
        QCOMPARE(missing.exitCode, 2);
        const Run byId = runAttune(
            {QStringLiteral("--practice"), m_demo, QStringLiteral("sessions"), QStringLiteral("1")});
        QCOMPARE(byId.exitCode, 0);
    }

    void misuseExitsTwoWithOneSentence()
    {
        for (const QStringList &args :
             {QStringList{QStringLiteral("frobnicate")}, QStringList{QStringLiteral("--bogus")},
              QStringList{QStringLiteral("--practice"), m_demo, QStringLiteral("couples"),
                          QStringLiteral("--yaml")},
              QStringList{QStringLiteral("--practice"), m_demo, QStringLiteral("demo"),
                          QStringLiteral("--couples"), QStringLiteral("many")},
              QStringList{QStringLiteral("--practice")}}) {
            const Run r = runAttune(args);
            QVERIFY2(r.exitCode == 2,
                     qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" → ") + r.err));
            QVERIFY2(!r.err.trimmed().isEmpty() && !r.err.trimmed().contains(QLatin1Char('\n')),
                     qPrintable(r.err));
        }
    }

    void demoRefusesAPracticeWithCouples()
    {
        const QByteArray before = fingerprint(m_demo);
        const Run r = runAttune({QStringLiteral("--practice"), m_demo, QStringLiteral("demo")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already")), qPrintable(r.err));
        QCOMPARE(fingerprint(m_demo), before);
    }

    void foreignFilesAreRefusedUnchanged()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a practice\n");
        }
        const QByteArray before = fingerprint(text);
        for (const char *command : {"couples", "check", "demo"}) {
            const Run r = runAttune({QStringLiteral("--practice"), text, QString::fromLatin1(command)});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("not an Attune practice")), qPrintable(r.err));
        }
        QCOMPARE(fingerprint(text), before);

        const Run missing = runAttune({QStringLiteral("--practice"),
                                       m_dir.filePath(QStringLiteral("none.db")), QStringLiteral("couples")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.db"))));
    }

    void auditTrailListsAndVerifies()
    {
        const Run list = runAttune(
            {QStringLiteral("--practice"), m_demo, QStringLiteral("audit"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QJsonArray entries = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QVERIFY(entries.size() > 100); // every demo record was created, most sessions signed
        QStringList actions;
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            for (const char *key :
                 {"id", "at", "clinician", "action", "record_type", "record_uuid", "summary", "hash"})
                QVERIFY2(e.contains(QLatin1StringView(key)), key);
            actions << e.value(QStringLiteral("action")).toString();
        }
        QVERIFY(actions.contains(QStringLiteral("create")));
        QVERIFY(actions.contains(QStringLiteral("sign")));
        const Run verify = runAttune(
            {QStringLiteral("--practice"), m_demo, QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
        const Run badDate = runAttune({QStringLiteral("--practice"), m_demo, QStringLiteral("audit"),
                                       QStringLiteral("--from"), QStringLiteral("2026-02-30")});
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY(badDate.err.contains(QStringLiteral("real date")));
    }

    // Every way a couple's record leaves the practice from the command line leaves a row naming the couple,
    // and an import leaves one per couple it brought in; summaries say what was made, not what it holds.
    void exportsReportsAndImportsAreAudited()
    {
        const QString practice = m_dir.filePath(QStringLiteral("audited.db"));
        QVERIFY(QFile::copy(m_demo, practice));
        auto rows = [&](const QString &action) {
            const Run r = runAttune(
                {QStringLiteral("--practice"), practice, QStringLiteral("audit"), QStringLiteral("--json")});
            QStringList found;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
                if (v.toObject().value(QStringLiteral("action")).toString() == action)
                    found << v.toObject().value(QStringLiteral("summary")).toString();
            return found;
        };
        const QString caseFile = m_dir.filePath(QStringLiteral("audited.attune"));
        const Run exported = runAttune({QStringLiteral("--practice"), practice, QStringLiteral("export"),
                                        QStringLiteral("Mary"), QStringLiteral("--output"), caseFile});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(rows(QStringLiteral("export")), QStringList{QStringLiteral("case file")});

        const Run report = runAttune({QStringLiteral("--practice"), practice, QStringLiteral("report"),
                                      QStringLiteral("Mary"), QStringLiteral("--output"),
                                      m_dir.filePath(QStringLiteral("audited.pdf"))});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        const Run cycle =
            runAttune({QStringLiteral("--practice"), practice, QStringLiteral("cycle"),
                       QStringLiteral("export"), QStringLiteral("Mary"), QStringLiteral("--output"),
                       m_dir.filePath(QStringLiteral("audited-cycle.svg"))});
        QVERIFY2(cycle.exitCode == 0, qPrintable(cycle.err));
        QCOMPARE(rows(QStringLiteral("export")),
                 (QStringList{QStringLiteral("case file"), QStringLiteral("progress report"),
                              QStringLiteral("cycle")}));

        const QString fresh = m_dir.filePath(QStringLiteral("imported.db"));
        const Run imported =
            runAttune({QStringLiteral("--practice"), fresh, QStringLiteral("import"), caseFile});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const Run trail = runAttune(
            {QStringLiteral("--practice"), fresh, QStringLiteral("audit"), QStringLiteral("--json")});
        int imports = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(trail.out.toUtf8()).array())
            imports += v.toObject().value(QStringLiteral("action")).toString() == QStringLiteral("import");
        QCOMPARE(imports, 1);
        const Run verify = runAttune(
            {QStringLiteral("--practice"), fresh, QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    }

    void auditVerifyCatchesAnEditWithTheSqliteTool()
    {
        const QString copy = m_dir.filePath(QStringLiteral("tampered.db"));
        QVERIFY(QFile::copy(m_demo, copy));
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {copy, QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                           "UPDATE audit_log SET summary = 'nothing to see' "
                                           "WHERE id = 5;")});
        QVERIFY(sqlite.waitForFinished(30000));
        QCOMPARE(sqlite.exitCode(), 0);
        const Run verify = runAttune(
            {QStringLiteral("--practice"), copy, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.err.contains(QStringLiteral("row 5")), qPrintable(verify.err));
        const Run check = runAttune({QStringLiteral("--practice"), copy, QStringLiteral("check")});
        QCOMPARE(check.exitCode, 1);
    }

    void backupAndRestoreRoundTrip()
    {
        const QString plainBackup = m_dir.filePath(QStringLiteral("plain-backup.db"));
        const Run backup = runAttune({QStringLiteral("--practice"), m_demo, QStringLiteral("backup"),
                                      QStringLiteral("--output"), plainBackup});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        const QString restoredPath = m_dir.filePath(QStringLiteral("restored.db"));
        const Run restore =
            runAttune({QStringLiteral("--practice"), restoredPath, QStringLiteral("restore"), plainBackup});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
        const Run listed = runAttune({QStringLiteral("--practice"), restoredPath, QStringLiteral("couples"),
                                      QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 6);
        const Run again =
            runAttune({QStringLiteral("--practice"), restoredPath, QStringLiteral("restore"), plainBackup});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("--force")));
    }

    void encryptedBackupNeedsTheRightPassphrase()
    {
        const QString secret = m_dir.filePath(QStringLiteral("passphrase.txt"));
        const QString wrong = m_dir.filePath(QStringLiteral("wrong.txt"));
        for (const auto &[path, text] : {std::pair{secret, QByteArrayLiteral("a long practice passphrase\n")},
                                         std::pair{wrong, QByteArrayLiteral("not the passphrase\n")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        const QString sealed = m_dir.filePath(QStringLiteral("backup.attune-backup"));
        const Run backup = runAttune({QStringLiteral("--practice"), m_demo, QStringLiteral("backup"),
                                      QStringLiteral("--output"), sealed, QStringLiteral("--encrypt"),
                                      QStringLiteral("--passphrase-file"), secret});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        QFile file(sealed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Mary")); // nothing in clear
        const QString target = m_dir.filePath(QStringLiteral("from-encrypted.db"));
        const Run refused = runAttune({QStringLiteral("--practice"), target, QStringLiteral("restore"),
                                       sealed, QStringLiteral("--passphrase-file"), wrong});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("passphrase is wrong")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(target));
        const Run restored = runAttune({QStringLiteral("--practice"), target, QStringLiteral("restore"),
                                        sealed, QStringLiteral("--passphrase-file"), secret});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        const Run check = runAttune({QStringLiteral("--practice"), target, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        // Without a terminal and without a file there is no passphrase to ask for: a clear misuse error.
        const Run noPassphrase = runAttune({QStringLiteral("--practice"), m_demo, QStringLiteral("backup"),
                                            QStringLiteral("--output"), sealed, QStringLiteral("--encrypt")});
        QCOMPARE(noPassphrase.exitCode, 2);
        QVERIFY(noPassphrase.err.contains(QStringLiteral("--passphrase-file")));
    }

    void largeDemoIsReproducible()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.db"));
        const QString b = m_dir.filePath(QStringLiteral("b.db"));
        for (const QString &path : {a, b}) {
            const Run r =
                runAttune({QStringLiteral("--practice"), path, QStringLiteral("demo"),
                           QStringLiteral("--couples"), QStringLiteral("12"), QStringLiteral("--sessions"),
                           QStringLiteral("9"), QStringLiteral("--seed"), QStringLiteral("7")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const Run listA =
            runAttune({QStringLiteral("--practice"), a, QStringLiteral("couples"), QStringLiteral("--json")});
        const Run listB =
            runAttune({QStringLiteral("--practice"), b, QStringLiteral("couples"), QStringLiteral("--json")});
        const QJsonArray couples = QJsonDocument::fromJson(listA.out.toUtf8()).array();
        QCOMPARE(couples.size(), 12);
        for (const QJsonValue &c : couples)
            QCOMPARE(c.toObject().value(QStringLiteral("sessions")).toInt(), 9);
        QCOMPARE(listA.out, listB.out);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
