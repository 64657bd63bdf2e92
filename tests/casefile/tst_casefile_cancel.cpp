// Moving a practice can be stopped: an import cancelled from its progress (the window's Cancel button)
// rolls back in its one transaction and leaves the practice exactly as it was, records and audit trail
// alike; an import that runs to the end reports its progress up to the whole.
#include "CaseFileTestSupport.h"
#include "TestPractice.h"

#include "casefile/CaseFile.h"
#include "demo/DemoGenerator.h"

#include <QTest>

using namespace attune;
using namespace attune::test;

class TestCaseFileCancel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const auto made = generateDemoPractice(m_source.store(), DemoOptions{8, 5, 7});
        QVERIFY2(made, qPrintable(made.error()));
        m_file = m_source.dir() + QStringLiteral("/all.attune");
        const Status written = exportCaseFile(m_source.store(), {}, m_file);
        QVERIFY2(written, qPrintable(written.error()));
    }

    void aCancelledImportLeavesThePracticeUnchanged()
    {
        TestPractice target;
        QVERIFY(target.store().createCouple(makeCouple(QStringLiteral("Cleo"), QStringLiteral("Dan"))));
        const QString before = dumpPractice(target.store());
        const auto trailBefore = target.store().auditTrail();
        QVERIFY(trailBefore);

        qint64 seen = 0;
        const auto imported =
            importCaseFile(target.store(), m_file, ConflictPolicy::Skip, [&seen](qint64 done, qint64) {
                seen = done;
                return done < 4; // Cancel pressed once half the couples are in
            });
        QVERIFY(!imported);
        QVERIFY2(imported.error().contains(QStringLiteral("canceled")), qPrintable(imported.error()));
        QCOMPARE(seen, 4);
        QCOMPARE(dumpPractice(target.store()), before);
        const auto trailAfter = target.store().auditTrail();
        QVERIFY(trailAfter);
        QCOMPARE(trailAfter->size(), trailBefore->size());
        QVERIFY(target.store().verifyAuditTrail()->intact());

        // And the same file imports whole afterwards.
        const auto again = importCaseFile(target.store(), m_file, ConflictPolicy::Skip);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->added.couples, 8);
    }

    void progressRunsToTheWhole()
    {
        TestPractice target;
        QList<qint64> reported;
        qint64 whole = 0;
        const auto imported =
            importCaseFile(target.store(), m_file, ConflictPolicy::Skip, [&](qint64 done, qint64 total) {
                reported << done;
                whole = total;
                return true;
            });
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(whole, 8);
        QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
        QCOMPARE(reported.last(), whole);
    }

private:
    TestPractice m_source;
    QString m_file;
};

QTEST_MAIN(TestCaseFileCancel)
#include "tst_casefile_cancel.moc"
