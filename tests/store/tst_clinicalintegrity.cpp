// Signed notes, addenda and the audit trail: each rule is tested against the store and against raw SQL
// from a second connection, as a bug or a hand edit with the sqlite3 tool would try.
#include "TestPractice.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

// Runs statements on a separate raw connection; returns the first error text, empty when all succeeded.
QString raw(const QString &path, const QStringList &statements)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                error = q.lastError().text();
                break;
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return error;
}

struct Signed
{
    qint64 coupleId = 0;
    qint64 sessionId = 0;
};

Signed signedSession(TestPractice &practice)
{
    Signed result;
    practice.store().setClinician({QStringLiteral("Alex Rivera"), QStringLiteral("LMFT")});
    result.coupleId = *practice.store().createCouple(makeCouple());
    Session s = makeSession(result.coupleId, fixedNow().date().addDays(-1));
    s.note.text = QStringLiteral("Ben named his fear of failing Ana.");
    s.event(ChangeEventKind::WithdrawerReengagement).level = EventLevel::Emerging;
    result.sessionId = *practice.store().createSession(s);
    return result;
}

} // namespace

class TestClinicalIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void signingNeedsAClinicianAndStampsContent()
    {
        TestPractice practice;
        const auto coupleId = practice.store().createCouple(makeCouple());
        const auto sessionId = practice.store().createSession(makeSession(*coupleId, fixedNow().date()));
        const Status refused = practice.store().signSession(*sessionId);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("clinician profile")));

        QVERIFY(practice.store().setClinician({QStringLiteral("Alex Rivera"), QStringLiteral("PhD, LMFT")}));
        QVERIFY(practice.store().signSession(*sessionId));
        const auto signedNote = practice.store().session(*sessionId);
        QVERIFY(signedNote->isSigned());
        QCOMPARE(signedNote->signedBy, QStringLiteral("Alex Rivera, PhD, LMFT"));
        QCOMPARE(signedNote->signedAt, fixedNow());
        QVERIFY(!practice.store().signSession(*sessionId)); // once
        QVERIFY(practice.store().checkIntegrity()->passed());
    }

    void databaseRefusesChangesToSignedContent()
    {
        TestPractice practice;
        const Signed s = signedSession(practice);
        QVERIFY(practice.store().signSession(s.sessionId));
        const QString id = QString::number(s.sessionId);
        for (const QString &sql :
             {QStringLiteral("UPDATE sessions SET note_text = 'rewritten' WHERE id = ") + id,
              QStringLiteral("UPDATE sessions SET signed_at = NULL WHERE id = ") + id,
              QStringLiteral("DELETE FROM sessions WHERE id = ") + id,
              QStringLiteral("UPDATE change_events SET level = 3 WHERE session_id = ") + id,
              QStringLiteral("DELETE FROM change_events WHERE session_id = ") + id,
              QStringLiteral(
                  "INSERT INTO homework (uuid, session_id, position, text, created_at, modified_at) "
                  "VALUES ('h', ") +
                  id + QStringLiteral(", 0, 'sneaked in', 'x', 'x')")}) {
            const QString error = raw(practice.path(), {sql});
            QVERIFY2(error.contains(QStringLiteral("signed")),
                     qPrintable(sql + QStringLiteral(" → ") + error));
        }
        QCOMPARE(practice.store().session(s.sessionId)->note.text,
                 QStringLiteral("Ben named his fear of failing Ana."));
        // Archiving is not a change of content.
        QVERIFY(practice.store().setSessionArchived(s.sessionId, true));
        QVERIFY(practice.store().checkIntegrity()->passed());
    }

    void tamperedSignedContentIsDetected()
    {
        TestPractice practice;
        const Signed s = signedSession(practice);
        QVERIFY(practice.store().signSession(s.sessionId));
        const QString error = raw(
            practice.path(),
            {QStringLiteral("DROP TRIGGER sessions_signed_no_update"),
             QStringLiteral("UPDATE sessions SET note_text = 'softened' WHERE id = %1").arg(s.sessionId)});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto report = practice.store().checkIntegrity();
        QVERIFY(!report->passed());
        QVERIFY2(report->problems.join(u'\n').contains(
                     QStringLiteral("no longer matches the content that was signed")),
                 qPrintable(report->problems.join(u'\n')));
    }

    void addendaAttachToSignedNotesOnly()
    {
        TestPractice practice;
        const Signed s = signedSession(practice);
        QVERIFY(!practice.store().addAddendum(s.sessionId, QStringLiteral("Correction"))); // still a draft
        QVERIFY(practice.store().signSession(s.sessionId));
        QVERIFY(!practice.store().addAddendum(s.sessionId, QStringLiteral("   ")));
        const auto id =
            practice.store().addAddendum(s.sessionId, QStringLiteral("Correction: it was Ana who left."));
        QVERIFY2(id, qPrintable(id.error()));
        const auto addenda = practice.store().addenda(s.sessionId);
        QCOMPARE(addenda->size(), 1);
        QCOMPARE(addenda->first().signedBy, QStringLiteral("Alex Rivera, LMFT"));
        QCOMPARE(addenda->first().text, QStringLiteral("Correction: it was Ana who left."));
        QVERIFY(raw(practice.path(), {QStringLiteral("UPDATE addenda SET text = 'x'")})
                    .contains(QStringLiteral("addendum")));
        QVERIFY(raw(practice.path(), {QStringLiteral("DELETE FROM addenda")})
                    .contains(QStringLiteral("addendum")));
        QCOMPARE(practice.store().session(s.sessionId)->note.text,
                 QStringLiteral("Ben named his fear of failing Ana."));
    }

    void auditTrailRecordsEveryActionWithoutNoteText()
    {
        TestPractice practice;
        const Signed s = signedSession(practice);
        Session edited = *practice.store().session(s.sessionId);
        edited.note.text = QStringLiteral("Ana cried when Ben reached for her hand.");
        QVERIFY(practice.store().updateSession(edited));
        QVERIFY(practice.store().signSession(s.sessionId));
        QVERIFY(practice.store().addAddendum(s.sessionId, QStringLiteral("Addendum text stays private")));
        QVERIFY(practice.store().setCoupleArchived(s.coupleId, true));
        QVERIFY(practice.store().setCoupleArchived(s.coupleId, false));
        QVERIFY(practice.store().recordEvent(QStringLiteral("export"), QStringLiteral("couple"),
                                             practice.store().couple(s.coupleId)->uuid));
        const auto trail = practice.store().auditTrail();
        QVERIFY2(trail, qPrintable(trail.error()));
        QStringList actions;
        for (const AuditEntry &e : *trail) {
            actions << e.recordType + QLatin1Char(':') + e.action;
            QCOMPARE(e.clinician, QStringLiteral("Alex Rivera, LMFT"));
            QCOMPARE(e.at, fixedNow());
            QVERIFY(!e.summary.contains(QStringLiteral("cried")));
            QVERIFY(!e.summary.contains(QStringLiteral("private")));
            QCOMPARE(e.hash.size(), 64);
        }
        for (const char *expected :
             {"couple:create", "session:create", "session:edit", "session:sign", "addendum:addendum",
              "couple:archive", "couple:restore", "couple:export"})
            QVERIFY2(actions.contains(QLatin1StringView(expected)), qPrintable(actions.join(u' ')));
        QVERIFY(practice.store().verifyAuditTrail()->intact());
        QVERIFY(practice.store().auditTrail(fixedNow().date().addDays(1))->isEmpty());
        QCOMPARE(practice.store().auditTrail(fixedNow().date(), fixedNow().date())->size(), trail->size());
    }

    void auditTrailRefusesEditsAndVerifyCatchesTampering_data()
    {
        QTest::addColumn<QStringList>("tampering");
        QTest::addColumn<QString>("finding");
        QTest::newRow("edited row") << QStringList{QStringLiteral("DROP TRIGGER audit_log_no_update"),
                                                   QStringLiteral(
                                                       "UPDATE audit_log SET action = 'view' WHERE id = 2")}
                                    << QStringLiteral("Row 2 was altered");
        QTest::newRow("removed row") << QStringList{QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                                                    QStringLiteral("DELETE FROM audit_log WHERE id = 2")}
                                     << QStringLiteral("Rows before row 3 were removed");
        QTest::newRow("inserted row")
            << QStringList{QStringLiteral(
                   "INSERT INTO audit_log (action, record_type) VALUES ('create', 'couple')")}
            << QStringLiteral("added outside Attune");
        QTest::newRow("forged chain")
            << QStringList{QStringLiteral("DROP TRIGGER audit_log_no_update"),
                           QStringLiteral("UPDATE audit_log SET prev_hash = 'x' WHERE id = 3")}
            << QStringLiteral("Row 3 does not follow");
    }

    void auditTrailRefusesEditsAndVerifyCatchesTampering()
    {
        QFETCH(QStringList, tampering);
        QFETCH(QString, finding);
        TestPractice practice;
        const Signed s = signedSession(practice);
        QVERIFY(practice.store().signSession(s.sessionId));
        QVERIFY(practice.store().verifyAuditTrail()->rows >= 3);
        // With its triggers in place, the trail refuses changes outright.
        QVERIFY(raw(practice.path(), {QStringLiteral("UPDATE audit_log SET action = 'view' WHERE id = 1")})
                    .contains(QStringLiteral("append-only")));
        QVERIFY(raw(practice.path(), {QStringLiteral("DELETE FROM audit_log WHERE id = 1")})
                    .contains(QStringLiteral("append-only")));
        const QString error = raw(practice.path(), tampering);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto verdict = practice.store().verifyAuditTrail();
        QVERIFY(verdict);
        QVERIFY(!verdict->intact());
        QVERIFY2(verdict->problem.contains(finding), qPrintable(verdict->problem));
    }

    void demoSignsAllButTheLatestWithValidSignatures()
    {
        TestPractice practice;
        const auto id = practice.store().createCouple(makeCouple());
        for (int i = 3; i >= 1; --i) {
            Session s = makeSession(*id, fixedNow().date().addDays(-7 * i));
            s.note.text = QStringLiteral("Week %1").arg(i);
            s.signedAt = QDateTime(s.date, QTime(18, 0), Qt::UTC);
            s.signedBy = QStringLiteral("Dr. Test");
            QVERIFY(practice.store().createSession(s)); // signed at creation, as the demo and imports do
        }
        const auto sessions = practice.store().sessions(*id);
        QCOMPARE(sessions->size(), 3);
        for (const Session &s : *sessions)
            QVERIFY(s.isSigned());
        QVERIFY2(practice.store().checkIntegrity()->passed(),
                 qPrintable(practice.store().checkIntegrity()->problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestClinicalIntegrity)
#include "tst_clinicalintegrity.moc"
