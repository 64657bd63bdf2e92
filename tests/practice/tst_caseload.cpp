// The caseload at a glance: active couples per stage (no sessions counted apart), couples not seen for
// more than N weeks (from intake when they have no sessions), and rising distress as Caseload.h defines
// it; and the store's two practice-wide queries behind it.
#include "TestPractice.h"

#include "practice/Caseload.h"

#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

const QDate kToday(2026, 6, 15);

CoupleStanding standing(qint64 id, int stage, QDate lastSession, CoupleStatus status = CoupleStatus::Active)
{
    CoupleStanding c;
    c.coupleId = id;
    c.name = QStringLiteral("Couple %1").arg(id);
    c.status = status;
    c.stage = stage;
    c.step = stage == 0 ? 0 : stage * 2;
    c.lastSessionDate = lastSession;
    c.intakeDate = QDate(2026, 1, 5);
    return c;
}

RecentOutcome outcome(qint64 coupleId, int partner, Instrument instrument, std::optional<double> previous,
                      double latest, QDate date = kToday.addDays(-7))
{
    return {coupleId, partner, instrument, date, latest, previous};
}

QList<qint64> ids(const QList<CaseloadCouple> &couples)
{
    QList<qint64> result;
    for (const CaseloadCouple &c : couples)
        result << c.couple.coupleId;
    return result;
}

} // namespace

class TestCaseload : public QObject
{
    Q_OBJECT

private slots:
    void couplesPerStageCountOnlyActiveOnes()
    {
        const QList<CoupleStanding> couples = {standing(1, 1, kToday),
                                               standing(2, 1, kToday),
                                               standing(3, 2, kToday),
                                               standing(4, 3, kToday),
                                               standing(5, 0, QDate()),
                                               standing(6, 2, kToday, CoupleStatus::Paused),
                                               standing(7, 3, kToday, CoupleStatus::Closed)};
        const Caseload c = buildCaseload(couples, {}, kToday, 4);
        QCOMPARE(c.activeCouples, 5);
        QCOMPARE(c.perStage, (std::array<int, 4>{1, 2, 1, 1}));
    }

    void notSeenForMoreThanNWeeks_data()
    {
        QTest::addColumn<int>("weeks");
        QTest::addColumn<QList<qint64>>("expected");
        // Couple 1: 28 days ago (exactly 4 weeks: not more), 2: 29 days, 3: 70 days, 4: yesterday,
        // 5: no sessions, intake 161 days ago; 6: paused, 100 days.
        QTest::newRow("4 weeks") << 4 << QList<qint64>{5, 3, 2};
        QTest::newRow("10 weeks") << 10 << QList<qint64>{5};
        QTest::newRow("1 week") << 1 << QList<qint64>{5, 3, 2, 1};
    }

    void notSeenForMoreThanNWeeks()
    {
        QFETCH(int, weeks);
        QFETCH(QList<qint64>, expected);
        const QList<CoupleStanding> couples = {standing(1, 1, kToday.addDays(-28)),
                                               standing(2, 1, kToday.addDays(-29)),
                                               standing(3, 2, kToday.addDays(-70)),
                                               standing(4, 2, kToday.addDays(-1)),
                                               standing(5, 0, QDate()),
                                               standing(6, 2, kToday.addDays(-100), CoupleStatus::Paused)};
        const Caseload c = buildCaseload(couples, {}, kToday, weeks);
        QCOMPARE(ids(c.notSeen), expected);          // longest unseen first
        QCOMPARE(c.notSeen.first().weeksUnseen, 23); // the couple without sessions: weeks since intake
    }

    void distressRisingRules_data()
    {
        QTest::addColumn<int>("instrument");
        QTest::addColumn<double>("previous");
        QTest::addColumn<double>("latest");
        QTest::addColumn<int>("rise");
        const int rdas = int(Instrument::Rdas), csi16 = int(Instrument::Csi16);
        QTest::newRow("rdas reliable drop above cutoff")
            << rdas << 62.0 << 50.0 << int(DistressRise::ReliableWorsening);
        QTest::newRow("rdas small drop above cutoff") << rdas << 60.0 << 55.0 << int(DistressRise::None);
        QTest::newRow("rdas small drop below cutoff") << rdas << 45.0 << 43.0 << int(DistressRise::None);
        QTest::newRow("rdas small drop across cutoff")
            << rdas << 49.0 << 46.0 << int(DistressRise::CrossedIntoDistress);
        QTest::newRow("rdas reliable drop in distress")
            << rdas << 45.0 << 30.0 << int(DistressRise::ReliableWorsening);
        QTest::newRow("rdas rising below cutoff") << rdas << 40.0 << 44.0 << int(DistressRise::None);
        QTest::newRow("csi16 one-point dip in distress") << csi16 << 50.0 << 49.0 << int(DistressRise::None);
        QTest::newRow("csi16 drop inside distress") << csi16 << 50.0 << 45.0 << int(DistressRise::None);
        QTest::newRow("csi16 drop across cutoff")
            << csi16 << 55.0 << 50.0 << int(DistressRise::CrossedIntoDistress);
        QTest::newRow("csi16 from the cutoff itself")
            << csi16 << 51.5 << 51.0 << int(DistressRise::CrossedIntoDistress);
        QTest::newRow("csi16 drop above cutoff") << csi16 << 70.0 << 55.0 << int(DistressRise::None);
        QTest::newRow("unchanged in distress") << csi16 << 40.0 << 40.0 << int(DistressRise::None);
    }

    void distressRisingRules()
    {
        QFETCH(int, instrument);
        QFETCH(double, previous);
        QFETCH(double, latest);
        QFETCH(int, rise);
        QCOMPARE(int(classifyDistress(Instrument(instrument), previous, latest)), rise);
    }

    void distressRisingPerCouple()
    {
        const QList<CoupleStanding> couples = {standing(1, 1, kToday), standing(2, 2, kToday),
                                               standing(3, 1, kToday), standing(4, 0, QDate())};
        const QList<RecentOutcome> outcomes = {
            // Couple 1: the second partner's RDAS fell by 14.
            outcome(1, 0, Instrument::Rdas, 55, 56), outcome(1, 1, Instrument::Rdas, 60, 46),
            // Couple 2: a fall on CSI-16 long ago, but the partner is now scored on RDAS and improving.
            outcome(2, 0, Instrument::Csi16, 50, 40, kToday.addDays(-200)),
            outcome(2, 0, Instrument::Rdas, 40, 45),
            // Couple 3: one total only: no trend yet.
            outcome(3, 0, Instrument::Csi16, std::nullopt, 30)};
        const Caseload c = buildCaseload(couples, outcomes, kToday, 4);
        QCOMPARE(ids(c.distressRising), QList<qint64>{1});
        QCOMPARE(c.distressRising.first().rising.size(), 1);
        const PartnerDistress d = c.distressRising.first().rising.first();
        QCOMPARE(d.partner, 1);
        QCOMPARE(d.rise, DistressRise::ReliableWorsening);
        QCOMPARE(d.previous, 60.0);
        QCOMPARE(d.latest, 46.0);
    }

    void distressRisingLargestDropFirst()
    {
        const QList<CoupleStanding> couples = {standing(1, 1, kToday), standing(2, 1, kToday),
                                               standing(3, 1, kToday)};
        const QList<RecentOutcome> outcomes = {
            // Couple 1: CSI-16 across the cutoff by 4 of 81 points (5 %).
            outcome(1, 0, Instrument::Csi16, 53, 49),
            // Couple 2: RDAS down 20 of 69 points (29 %).
            outcome(2, 1, Instrument::Rdas, 60, 40),
            // Couple 3: CSI-4 across the cutoff by 6 of 21 points (29 %, less than couple 2's).
            outcome(3, 0, Instrument::Csi4, 16, 10)};
        const Caseload c = buildCaseload(couples, outcomes, kToday, 4);
        QCOMPARE(ids(c.distressRising), (QList<qint64>{2, 3, 1}));
    }

    void loadedFromTheStore()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        const auto a = store.createCouple(makeCouple(QStringLiteral("Ana"), QStringLiteral("Ben")));
        const auto b = store.createCouple(makeCouple(QStringLiteral("Cy"), QStringLiteral("Di")));
        const auto none = store.createCouple(makeCouple(QStringLiteral("Ed"), QStringLiteral("Flo")));
        QVERIFY(a && b && none);
        // Ana & Ben: three sessions; Ben's CSI-16 goes 48 → 55 → 44 (across the cutoff of 51.5).
        const double totals[] = {48, 55, 44};
        for (int i = 0; i < 3; ++i) {
            Session s = makeSession(*a, QDate(2026, 5, 25).addDays(7 * i));
            s.outcomes = {{1, Instrument::Csi16, totals[i], {}}};
            QVERIFY(store.createSession(s));
        }
        // An archived later session does not count.
        Session archived = makeSession(*a, QDate(2026, 6, 14));
        archived.outcomes = {{1, Instrument::Csi16, 20, {}}};
        const auto archivedId = store.createSession(archived);
        QVERIFY(archivedId);
        QVERIFY(store.setSessionArchived(*archivedId, true));
        // Cy & Di: last seen two months ago, in stage 2.
        Session old = makeSession(*b, QDate(2026, 4, 13));
        old.stage = 2;
        old.step = 5;
        QVERIFY(store.createSession(old));

        const auto recent = store.recentOutcomeTotals();
        QVERIFY(recent);
        QCOMPARE(recent->size(), 1);
        QCOMPARE(recent->first().latest, 44.0);
        QCOMPARE(recent->first().previous, std::optional<double>(55.0));

        const auto caseload = loadCaseload(store, 4);
        QVERIFY2(caseload, qPrintable(caseload.error()));
        QCOMPARE(caseload->activeCouples, 3);
        QCOMPARE(caseload->perStage, (std::array<int, 4>{1, 1, 1, 0}));
        QCOMPARE(ids(caseload->notSeen), (QList<qint64>{*none, *b})); // intake a year ago; then 9 weeks
        QCOMPARE(ids(caseload->distressRising), QList<qint64>{*a});
        QCOMPARE(caseload->distressRising.first().rising.first().rise, DistressRise::CrossedIntoDistress);
    }
};

QTEST_GUILESS_MAIN(TestCaseload)
#include "tst_caseload.moc"
