// Validation rules, data-driven: each row is one rule that must reject (or accept) one record.
#include "TestPractice.h"

#include "domain/Validation.h"

#include <QTest>

using namespace attune;
using namespace attune::test;

class TestValidation : public QObject
{
    Q_OBJECT

private:
    const QDate today = fixedNow().date();

private slots:
    void couple_data()
    {
        QTest::addColumn<Couple>("couple");
        QTest::addColumn<QString>("errorFragment"); // empty: valid

        const Couple base = makeCouple();
        QTest::newRow("valid") << base << QString();
        Couple c = base;
        c.name = QStringLiteral("   ");
        QTest::newRow("blank couple name") << c << QStringLiteral("couple needs a name");
        c = base;
        c.partners[1].name.clear();
        QTest::newRow("unnamed partner") << c << QStringLiteral("second partner needs a name");
        c = base;
        c.intakeDate = QDate();
        QTest::newRow("no intake") << c << QStringLiteral("intake date is missing");
        c = base;
        c.intakeDate = QDate(2026, 2, 30);
        QTest::newRow("impossible intake")
            << c << QStringLiteral("intake date is missing"); // QDate(…30 Feb) is null
        c = base;
        c.intakeDate = QDate(1901, 1, 1);
        QTest::newRow("implausibly old intake") << c << QStringLiteral("is before");
        c = base;
        c.intakeDate = today.addDays(30);
        QTest::newRow("intake in the future") << c << QStringLiteral("in the future");
        c = base;
        c.closingDate = c.intakeDate.addDays(-1);
        QTest::newRow("closed before intake") << c << QStringLiteral("closing date is before the intake");
        c = base;
        c.partners[1].position = CyclePosition::Pursuer;
        QTest::newRow("positions contradict pattern") << c << QStringLiteral("do not match");
        c = base;
        c.pattern = CyclePattern::WithdrawWithdraw;
        c.partners[0].position = CyclePosition::Withdrawer;
        QTest::newRow("withdraw-withdraw") << c << QString();
        c = base;
        c.partners[0].closenessNeed = 11;
        QTest::newRow("closeness out of scale") << c << QStringLiteral("closeness");
        c = base;
        c.partners[1].aloneNeed = -1;
        QTest::newRow("alone time out of scale") << c << QStringLiteral("alone time");
        c = base;
        c.safety.outcome = SafetyOutcome::NoConcerns;
        QTest::newRow("screen without date") << c << QStringLiteral("safety screen date is missing");
        c.safety.date = today;
        QTest::newRow("screen with date") << c << QString();
        c = base;
        c.name = QStringLiteral("O'Brien & \"Nia\" 💞 نور");
        QTest::newRow("quotes, emoji and Arabic") << c << QString();
    }

    void couple()
    {
        QFETCH(Couple, couple);
        QFETCH(QString, errorFragment);
        const Status s = validateCouple(couple, today);
        if (errorFragment.isEmpty()) {
            QVERIFY2(s.isOk(), qPrintable(s.error()));
        } else {
            QVERIFY(!s.isOk());
            QVERIFY2(s.error().contains(errorFragment, Qt::CaseInsensitive), qPrintable(s.error()));
        }
    }

    void session_data()
    {
        QTest::addColumn<Session>("session");
        QTest::addColumn<QString>("errorFragment");

        const Couple c = makeCouple();
        const Session base = makeSession(1, c.intakeDate.addDays(7));
        QTest::newRow("valid") << base << QString();
        Session s = base;
        s.date = c.intakeDate.addDays(-1);
        QTest::newRow("before intake") << s << QStringLiteral("before the couple's intake");
        s = base;
        s.date = today.addDays(3);
        QTest::newRow("in the future") << s << QStringLiteral("in the future");
        s = base;
        s.date = QDate();
        QTest::newRow("no date") << s << QStringLiteral("session date is missing");
        s = base;
        s.stage = 4;
        QTest::newRow("stage 4") << s << QStringLiteral("stage must be 1, 2 or 3");
        s = base;
        s.step = 0;
        QTest::newRow("step 0") << s << QStringLiteral("between 1 and 9");
        s = base;
        s.stage = 1;
        s.step = 6;
        QTest::newRow("step of another stage") << s << QStringLiteral("Step 6 belongs to stage 2");
        s = base;
        s.stage = 3;
        s.step = 9;
        QTest::newRow("stage 3 step 9") << s << QString();
        s = base;
        s.durationMinutes = 0;
        QTest::newRow("zero minutes") << s << QStringLiteral("minutes");
        s = base;
        s.bondRatings = {BondRating{0, {5, 5, 5, 5, 11}}};
        QTest::newRow("bond rating 11") << s << QStringLiteral("Secure-bond ratings");
        s = base;
        s.bondRatings = {BondRating{0, {1, 2, 3, 4, 5}}, BondRating{0, {1, 2, 3, 4, 5}}};
        QTest::newRow("two ratings for one partner") << s << QStringLiteral("two sets");
        s = base;
        s.outcomes = {OutcomeScore{1, Instrument::Csi4, 22}};
        QTest::newRow("CSI-4 over 21") << s << QStringLiteral("CSI-4");
        s = base;
        s.outcomes = {OutcomeScore{1, Instrument::Rdas, 69}, OutcomeScore{0, Instrument::Csi16, 81}};
        QTest::newRow("maximum totals") << s << QString();
        s = base;
        s.outcomes = {OutcomeScore{2, Instrument::Rdas, 40}};
        QTest::newRow("third partner") << s << QStringLiteral("not part of this couple");
        s = base;
        s.events[0].partner = 5;
        QTest::newRow("event of a stranger") << s << QStringLiteral("not part of this couple");
        s = base;
        s.homework = {HomeworkItem{QString(), QStringLiteral("  "), false}};
        QTest::newRow("empty homework") << s << QStringLiteral("homework item is empty");
    }

    void session()
    {
        QFETCH(Session, session);
        QFETCH(QString, errorFragment);
        const Status s = validateSession(session, makeCouple(), today);
        if (errorFragment.isEmpty()) {
            QVERIFY2(s.isOk(), qPrintable(s.error()));
        } else {
            QVERIFY(!s.isOk());
            QVERIFY2(s.error().contains(errorFragment, Qt::CaseInsensitive), qPrintable(s.error()));
        }
    }

    void stageOfStepMatchesEft()
    {
        const int expected[] = {1, 1, 1, 1, 2, 2, 2, 3, 3};
        for (int step = 1; step <= 9; ++step)
            QCOMPARE(stageOfStep(step), expected[step - 1]);
    }

    void enumKeysRoundTrip()
    {
        for (EventLevel level : allValues<EventLevel>())
            QCOMPARE(fromKey<EventLevel>(toKey(level)), level);
        QCOMPARE(toKey(CyclePattern::PursueWithdraw), QStringLiteral("pursue_withdraw"));
        QCOMPARE(toKey(ChangeEventKind::BlamerSoftening), QStringLiteral("blamer_softening"));
        QVERIFY(!fromKey<CoupleStatus>(u"married").has_value());
        QVERIFY(isBelowAwareness(CycleStep::PrimaryEmotion));
        QVERIFY(isBelowAwareness(CycleStep::Need));
        QVERIFY(!isBelowAwareness(CycleStep::Behavior));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
