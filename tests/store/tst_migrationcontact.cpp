// The "contact details" schema change (MigrationContactDetails.cpp) on a practice of the version before
// it: the couple carries over with every contact and referral field empty, its content hash stays the
// one stored before the upgrade (no rehash hides a change), `check` passes, and contact details typed
// afterwards are stored, hashed and checked. The version before is found from the migration's place in
// schemaMigrations(), so the test does not depend on the number it ends up with; it expects
// latestSchemaVersion() after opening.
#include "TestPractice.h"

#include "domain/Integrity.h"
#include "domain/Validation.h"
#include "store/Migrations.h"
#include "store/PracticeFile.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

int versionBeforeContactDetails()
{
    return int(schemaMigrations().indexOf(versionContactDetails()));
}

QString storedHash(const QString &path)
{
    auto db = openPracticeConnection(path);
    if (!db)
        return QStringLiteral("(cannot open)");
    QString hash;
    {
        QSqlQuery q(*db);
        if (q.exec(QStringLiteral("SELECT content_hash FROM record_hashes WHERE record_type = 'couple'")) &&
            q.next())
            hash = q.value(0).toString();
    }
    closePracticeConnection(*db);
    return hash;
}

// A practice of the version before, with one couple written by SQL (as an older Attune would have) and
// the couple's content hash as the older build computed it: the canonical JSON of the fields it knew.
void writePracticeBefore(const QString &path)
{
    const int before = versionBeforeContactDetails();
    QVERIFY(before > 0);
    QVERIFY(createPracticeFile(path));
    auto db = openPracticeConnection(path);
    QVERIFY2(db, qPrintable(db.error()));
    // Records written at version 1, before the audit trail, so no unsealed audit rows are left behind.
    QVERIFY(migrate(*db, PracticeStore::kApplicationId, schemaMigrations().mid(0, 1)));
    {
        QSqlQuery q(*db);
        const QStringList rows = {
            QStringLiteral(
                "INSERT INTO couples (uuid, name, status, pattern, intake_date, safety_outcome, "
                "safety_date, created_at, modified_at) VALUES ('6d1c9a52-1111-4a7e-9d3c-000000000001', "
                "'Rosa & Tom', 'active', 'pursue_withdraw', '2026-01-05', 'no_concerns', '2026-01-05', "
                "'%1', '%1')"),
            QStringLiteral(
                "INSERT INTO partners (uuid, couple_id, ordinal, name, position, closeness_need, "
                "alone_need, created_at, modified_at) VALUES "
                "('6d1c9a52-1111-4a7e-9d3c-000000000002', 1, 0, 'Rosa', 'pursuer', 5, 5, '%1', '%1'), "
                "('6d1c9a52-1111-4a7e-9d3c-000000000003', 1, 1, 'Tom', 'withdrawer', 5, 5, '%1', '%1')"),
        };
        for (const QString &row : rows)
            QVERIFY2(q.exec(row.arg(QStringLiteral("2026-01-05T10:00:00.000Z"))),
                     qPrintable(q.lastError().text()));
    }
    QVERIFY(migrate(*db, PracticeStore::kApplicationId, schemaMigrations().mid(0, before)));
    {
        // The hash of these fields as the build before computed it (checked against that build's
        // coupleContentHash: compact JSON, sorted keys, no contact keys).
        const QByteArray canonical =
            R"({"closing":"","concerns":"","intake":"2026-01-05","name":"Rosa & Tom","partners":[)"
            R"({"alone":5,"closeness":5,"language":"","name":"Rosa","position":"pursuer","pronouns":"",)"
            R"("uuid":"6d1c9a52-1111-4a7e-9d3c-000000000002"},{"alone":5,"closeness":5,"language":"",)"
            R"("name":"Tom","position":"withdrawer","pronouns":"","uuid":"6d1c9a52-1111-4a7e-9d3c-000000000003"}],)"
            R"("pattern":"pursue_withdraw","safety":"no_concerns","safety_date":"2026-01-05","safety_notes":"",)"
            R"("status":"active","tags":[],"uuid":"6d1c9a52-1111-4a7e-9d3c-000000000001"})";
        QSqlQuery q(*db);
        q.prepare(QStringLiteral("UPDATE record_hashes SET content_hash = ? WHERE record_type = 'couple'"));
        q.addBindValue(
            QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
        QVERIFY2(q.exec() && q.numRowsAffected() == 1, qPrintable(q.lastError().text()));
    }
    closePracticeConnection(*db);
    QCOMPARE(schemaVersionOf(path), before);
}

} // namespace

class TestMigrationContact : public QObject
{
    Q_OBJECT

private slots:
    void olderFileCarriesOverEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("before.db"));
        writePracticeBefore(path);
        const QString hashBefore = storedHash(path);

        auto store = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting, fixedClock(fixedNow()));
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(schemaVersionOf(path), latestSchemaVersion());
        const qint64 id = *(*store)->coupleIdByUuid(QStringLiteral("6d1c9a52-1111-4a7e-9d3c-000000000001"));
        Couple c = *(*store)->couple(id);
        for (const Partner &p : c.partners)
            QVERIFY(p.contact.isEmpty());
        QVERIFY(c.referral.isEmpty());
        // The older build's hash is still the couple's: an empty contact field is not part of it.
        QCOMPARE(coupleContentHash(c), hashBefore);
        const auto report = (*store)->checkIntegrity();
        QVERIFY2(report && report->passed(),
                 qPrintable(report ? report->problems.join(u'\n') : report.error()));

        // Contact details typed now are stored, kept across a reopen and covered by the hash.
        c.partners[0].contact = {QStringLiteral("(555) 010-0142"), QStringLiteral("rosa@example.org"),
                                 QStringLiteral("12 Example Street"), QStringLiteral("Sam Example"),
                                 QStringLiteral("555-0177")};
        c.referral = {QStringLiteral("Website"), QStringLiteral("Dr. Pat Example")};
        QVERIFY((*store)->updateCouple(c));
        store->reset();
        QCOMPARE(storedHash(path), coupleContentHash(c));
        QVERIFY(storedHash(path) != hashBefore);
        store = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting, fixedClock(fixedNow()));
        QVERIFY(store);
        const Couple again = *(*store)->couple(id);
        QCOMPARE(again.partners[0].contact, c.partners[0].contact);
        QCOMPARE(again.referral, c.referral);
        const auto after = (*store)->checkIntegrity();
        QVERIFY2(after && after->passed(), qPrintable(after ? after->problems.join(u'\n') : after.error()));
    }

    // A contact detail changed behind Attune's back (the sqlite3 tool) is found by check, like any field.
    void checkFindsAChangedPhone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        auto store =
            PracticeStore::open(path, PracticeStore::OpenMode::CreateIfMissing, fixedClock(fixedNow()));
        QVERIFY2(store, qPrintable(store.error()));
        Couple c = makeCouple();
        c.partners[1].contact.phone = QStringLiteral("555-0123");
        const qint64 id = *(*store)->createCouple(c);
        QVERIFY((*store)->checkIntegrity()->passed());
        store->reset();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("UPDATE partners SET phone = '555-0124' WHERE ordinal = 1")),
                     qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        store = PracticeStore::open(path, PracticeStore::OpenMode::OpenExisting, fixedClock(fixedNow()));
        QVERIFY2(store, qPrintable(store.error()));
        const auto report = (*store)->checkIntegrity();
        QVERIFY(report);
        const QString problems = report->problems.join(u'\n');
        QVERIFY2(problems.contains(QStringLiteral("couple %1 was changed outside Attune").arg(id)),
                 qPrintable(problems));
    }

    void contactShapesAreChecked_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("emergencyPhone");
        QTest::addColumn<QString>("problem"); // empty: accepted
        QTest::newRow("all empty") << QString() << QString() << QString() << QString();
        QTest::newRow("valid") << QStringLiteral("+1 (555) 010-0142") << QStringLiteral("a.b@example.org")
                               << QStringLiteral("555.0177") << QString();
        QTest::newRow("letters in phone")
            << QStringLiteral("call me") << QString() << QString() << QStringLiteral("phone number");
        QTest::newRow("no digits") << QStringLiteral("()-") << QString() << QString()
                                   << QStringLiteral("phone number");
        QTest::newRow("no at") << QString() << QStringLiteral("rosa.example.org") << QString()
                               << QStringLiteral("e-mail");
        QTest::newRow("no tld") << QString() << QStringLiteral("rosa@example") << QString()
                                << QStringLiteral("e-mail");
        QTest::newRow("space") << QString() << QStringLiteral("ro sa@example.org") << QString()
                               << QStringLiteral("e-mail");
        QTest::newRow("two ats") << QString() << QStringLiteral("a@b@example.org") << QString()
                                 << QStringLiteral("e-mail");
        QTest::newRow("emergency letters")
            << QString() << QString() << QStringLiteral("ext. 5") << QStringLiteral("emergency contact");
    }

    void contactShapesAreChecked()
    {
        QFETCH(QString, phone);
        QFETCH(QString, email);
        QFETCH(QString, emergencyPhone);
        QFETCH(QString, problem);
        TestPractice practice;
        Couple c = makeCouple();
        c.partners[0].contact = {phone, email, {}, {}, emergencyPhone};
        const auto created = practice.store().createCouple(c);
        if (problem.isEmpty()) {
            QVERIFY2(created, qPrintable(created.error()));
            return;
        }
        QVERIFY(!created);
        QVERIFY2(created.error().contains(problem), qPrintable(created.error()));
        QVERIFY2(created.error().contains(QStringLiteral("first partner")), qPrintable(created.error()));
        QVERIFY(!created.error().contains(u'\n'));
        QCOMPARE(practice.store().coupleSummaries(ArchiveFilter::All)->size(), 0);
    }
};

QTEST_MAIN(TestMigrationContact)
#include "tst_migrationcontact.moc"
