// `check`: a healthy practice passes; a practice damaged behind Attune's back fails with the problem named.
#include "TestPractice.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

// Changes the practice file with a separate raw connection, as a hand edit with the sqlite3 tool would.
void tamper(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

} // namespace

class TestIntegrityCheck : public QObject
{
    Q_OBJECT

private slots:
    void healthyPracticePasses()
    {
        TestPractice practice;
        const auto id = practice.store().createCouple(makeCouple());
        QVERIFY(practice.store().createSession(makeSession(*id, fixedNow().date())));
        const auto report = practice.store().checkIntegrity();
        QVERIFY2(report, qPrintable(report.error()));
        QVERIFY2(report->passed(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    }

    void damageIsNamed_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing partner")
            << QStringList{QStringLiteral("DELETE FROM partners WHERE ordinal = 1")}
            << QStringLiteral("partners instead of two");
        QTest::newRow("dangling session")
            << QStringList{QStringLiteral("PRAGMA foreign_keys = OFF"),
                           QStringLiteral("UPDATE sessions SET couple_id = 999")}
            << QStringLiteral("Foreign key");
        QTest::newRow("session before intake")
            << QStringList{QStringLiteral("UPDATE sessions SET session_date = '2001-01-01'")}
            << QStringLiteral("before the intake");
        QTest::newRow("dropped index") << QStringList{QStringLiteral("DROP INDEX sessions_by_couple")}
                                       << QStringLiteral("index sessions_by_couple is missing");
        QTest::newRow("foreign table") << QStringList{QStringLiteral("CREATE TABLE notes_copy (t TEXT)")}
                                       << QStringLiteral("unexpected table notes_copy");
        QTest::newRow("wrong version")
            << QStringList{QStringLiteral("PRAGMA user_version = 0")} << QStringLiteral("format version 0");
    }

    void damageIsNamed()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, problem);
        TestPractice practice;
        const auto id = practice.store().createCouple(makeCouple());
        QVERIFY(practice.store().createSession(makeSession(*id, fixedNow().date())));
        tamper(practice.path(), statements);
        const auto report = practice.store().checkIntegrity();
        QVERIFY2(report, qPrintable(report.error()));
        QVERIFY(!report->passed());
        QVERIFY2(report->problems.join(QLatin1Char('\n')).contains(problem),
                 qPrintable(report->problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
