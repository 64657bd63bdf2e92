// The progress series built from sessions: ordering, gaps in time, levels, stage bands, outcome cutoffs
// and reliable-change markers, and couples with no, one and 500 sessions.
#include "TestPractice.h"

#include "demo/DemoGenerator.h"
#include "progress/ProgressSeries.h"

#include <QTest>

using namespace attune;
using namespace attune::test;
using namespace Qt::StringLiterals;

namespace {

Session sessionOn(qint64 id, QDate date, int stage)
{
    Session s = makeSession(1, date);
    s.id = id;
    s.stage = stage;
    s.step = stage == 1 ? 2 : stage == 2 ? 5 : 8;
    return s;
}

void setEvent(Session &s, ChangeEventKind kind, EventLevel level, int partner, const QString &anchor)
{
    s.event(kind) = {level, partner, anchor, QString()};
}

const QDate kStart(2026, 1, 5);

} // namespace

class TestProgressSeries : public QObject
{
    Q_OBJECT

private slots:
    void noSessionsGiveEmptySeries()
    {
        const ProgressData data = buildProgress({});
        QVERIFY(data.isEmpty());
        QVERIFY(!data.first.isValid());
        QVERIFY(data.stages.isEmpty());
        QVERIFY(data.outcomes.isEmpty());
        for (const EventSeries &e : data.events) {
            QVERIFY(e.points.isEmpty());
            QVERIFY(!e.firstComplete);
            QCOMPARE(e.highest, EventLevel::None);
        }
        QVERIFY(data.bonds[0].points.isEmpty());
        QVERIFY(data.bonds[1].points.isEmpty());
    }

    void oneSessionGivesOnePointAndADayLongBand()
    {
        Session s = sessionOn(7, kStart, 1);
        setEvent(s, ChangeEventKind::WithdrawerReengagement, EventLevel::Emerging, 1, u"I go quiet"_s);
        const ProgressData data = buildProgress({s});
        QCOMPARE(data.sessionCount, 1);
        QCOMPARE(data.first, kStart);
        QCOMPARE(data.last, kStart);
        const EventSeries &re = data.eventsOf(ChangeEventKind::WithdrawerReengagement);
        QCOMPARE(re.points.size(), 1);
        QCOMPARE(re.points[0].sessionId, 7);
        QCOMPARE(re.points[0].level, EventLevel::Emerging);
        QCOMPARE(re.points[0].anchor, u"I go quiet"_s);
        QCOMPARE(re.points[0].partner, 1);
        QCOMPARE(re.highest, EventLevel::Emerging);
        QVERIFY(data.eventsOf(ChangeEventKind::BlamerSoftening).points.isEmpty()); // no marker, no point
        QCOMPARE(data.stages.size(), 1);
        QCOMPARE(data.stages[0].from, kStart);
        QCOMPARE(data.stages[0].to, kStart);
    }

    void pointsAreOrderedByDateAndKeepTheirGaps()
    {
        // Given out of order, with a twelve-week pause between the second and third sessions.
        QList<Session> sessions{sessionOn(3, kStart.addDays(7 + 84), 1), sessionOn(1, kStart, 1),
                                sessionOn(2, kStart.addDays(7), 1), sessionOn(4, kStart.addDays(7 + 84), 1)};
        for (Session &s : sessions)
            setEvent(s, ChangeEventKind::BlamerSoftening, EventLevel::Emerging, 0, {});
        const EventSeries e = changeEventSeries(sessions, ChangeEventKind::BlamerSoftening);
        QCOMPARE(e.points.size(), 4);
        QCOMPARE(e.points[0].sessionId, 1);
        QCOMPARE(e.points[1].sessionId, 2);
        QCOMPARE(e.points[2].sessionId, 3); // same day: by id
        QCOMPARE(e.points[3].sessionId, 4);
        QCOMPARE(e.points[1].date.daysTo(e.points[2].date), 84); // the pause stays a pause
    }

    void levelsAndFirstCompletePerKind()
    {
        QList<Session> sessions;
        const EventLevel levels[] = {EventLevel::None, EventLevel::Emerging, EventLevel::Complete,
                                     EventLevel::Partial, EventLevel::Complete};
        for (int i = 0; i < 5; ++i) {
            Session s = sessionOn(10 + i, kStart.addDays(7 * i), 2);
            setEvent(s, ChangeEventKind::WithdrawerReengagement, levels[i], 0,
                     QStringLiteral("quote %1").arg(i));
            sessions.append(s);
        }
        const ProgressData data = buildProgress(sessions);
        const EventSeries &re = data.eventsOf(ChangeEventKind::WithdrawerReengagement);
        QCOMPARE(re.points.size(), 4); // the first session has no marker: not a point
        for (int i = 1; i < 5; ++i)
            QCOMPARE(re.points[i - 1].level, levels[i]);
        QVERIFY(re.firstComplete);
        QCOMPARE(re.firstComplete->sessionId, 12);
        QCOMPARE(re.firstComplete->anchor, u"quote 2"_s);
        QCOMPARE(re.highest, EventLevel::Complete);
        QVERIFY(!data.eventsOf(ChangeEventKind::BlamerSoftening).firstComplete);
    }

    // Sessions without a marker between two marked ones leave the series where it was: no drop to "None"
    // that reads as regression while the report says "Emerging".
    void unmarkedSessionsAreNotPoints()
    {
        QList<Session> sessions;
        for (int i = 0; i < 4; ++i)
            sessions.append(sessionOn(20 + i, kStart.addDays(7 * i), 1));
        setEvent(sessions[1], ChangeEventKind::WithdrawerReengagement, EventLevel::Emerging, 1, {});
        setEvent(sessions[3], ChangeEventKind::WithdrawerReengagement, EventLevel::Partial, 1, {});
        const ProgressData data = buildProgress(sessions); // kept: re refers into it
        const EventSeries &re = data.eventsOf(ChangeEventKind::WithdrawerReengagement);
        QCOMPARE(re.points.size(), 2);
        QCOMPARE(re.points[0].sessionId, 21);
        QCOMPARE(re.points[1].sessionId, 23);
        for (const EventPoint &p : re.points)
            QVERIFY(p.level != EventLevel::None);
        QCOMPARE(re.highest, EventLevel::Partial);
    }

    void stageBandsAreContiguousAndFollowSetbacks()
    {
        const QList<Session> sessions{sessionOn(1, kStart, 1),
                                      sessionOn(2, kStart.addDays(7), 1),
                                      sessionOn(3, kStart.addDays(14), 2),
                                      sessionOn(4, kStart.addDays(21), 1),
                                      sessionOn(5, kStart.addDays(28), 2),
                                      sessionOn(6, kStart.addDays(35), 2)};
        const QList<StageBand> bands = stageBands(sessions);
        QCOMPARE(bands.size(), 4);
        QCOMPARE(bands[0].stage, 1);
        QCOMPARE(bands[0].sessions, 2);
        QCOMPARE(bands[0].from, kStart);
        QCOMPARE(bands[0].to, kStart.addDays(14)); // ends where stage 2 begins
        QCOMPARE(bands[1].stage, 2);
        QCOMPARE(bands[2].stage, 1); // the setback is its own band
        QCOMPARE(bands[3].stage, 2);
        QCOMPARE(bands[3].from, kStart.addDays(28));
        QCOMPARE(bands[3].to, kStart.addDays(35));
        QCOMPARE(bands[3].sessions, 2);
    }

    void outcomeCutoffAndReliableChangeFromBaseline()
    {
        // RDAS for partner 0: 40 (baseline, distressed), 50, 52 (+12: reliable), 53, 45 (+5: no longer),
        // 55 (+15: reliable again, but not marked again).
        const double totals[] = {40, 50, 52, 53, 45, 55};
        QList<Session> sessions;
        for (int i = 0; i < 6; ++i) {
            Session s = sessionOn(20 + i, kStart.addDays(14 * i), 1);
            s.outcomes.append({0, Instrument::Rdas, totals[i], QString()});
            s.outcomes.append({1, Instrument::Csi16, 30.0 + 9 * i, QString()});
            sessions.append(s);
        }
        const QList<OutcomeSeries> series = outcomeSeries(sessions);
        QCOMPARE(series.size(), 2);
        // Ordered by instrument (CSI-16 before RDAS), then partner.
        QCOMPARE(series[0].instrument, Instrument::Csi16);
        QCOMPARE(series[0].partner, 1);
        QCOMPARE(series[1].instrument, Instrument::Rdas);
        QCOMPARE(series[1].partner, 0);

        const OutcomeSeries &rdas = series[1];
        QCOMPARE(rdas.scale.distressCutoff, 47.5);
        QCOMPARE(rdas.points.size(), 6);
        QVERIFY(rdas.points[0].distressed);
        QVERIFY(!rdas.points[1].distressed);
        QVERIFY(rdas.points[4].distressed);
        QCOMPARE(rdas.points[0].reliable, ReliableChange::Within);
        QCOMPARE(rdas.points[1].reliable, ReliableChange::Within);
        QCOMPARE(rdas.points[2].changeFromBaseline, 12.0);
        QCOMPARE(rdas.points[2].reliable, ReliableChange::Improved);
        QCOMPARE(rdas.points[3].reliable, ReliableChange::Improved);
        QCOMPARE(rdas.points[4].reliable, ReliableChange::Within);
        QCOMPARE(rdas.points[5].reliable, ReliableChange::Improved);
        const bool starts[] = {false, false, true, false, false, false};
        for (int i = 0; i < 6; ++i)
            QCOMPARE(rdas.points[i].reliableChangeStarts, starts[i]);

        // CSI-16 has no published figure here: however large the change, no marker.
        const OutcomeSeries &csi = series[0];
        QCOMPARE(csi.scale.distressCutoff, 51.5);
        for (const OutcomePoint &p : csi.points) {
            QCOMPARE(p.reliable, ReliableChange::NotApplicable);
            QVERIFY(!p.reliableChangeStarts);
        }
        QCOMPARE(csi.points.last().total, 75.0);
    }

    void reliableWorseningIsMarked()
    {
        QList<Session> sessions;
        const double totals[] = {60, 47};
        for (int i = 0; i < 2; ++i) {
            Session s = sessionOn(30 + i, kStart.addDays(30 * i), 1);
            s.outcomes.append({1, Instrument::Rdas, totals[i], QString()});
            sessions.append(s);
        }
        const OutcomeSeries rdas = outcomeSeries(sessions).first();
        QCOMPARE(rdas.points[1].reliable, ReliableChange::Worsened);
        QVERIFY(rdas.points[1].reliableChangeStarts);
        QVERIFY(rdas.points[1].distressed);
    }

    void bondRatingsLeaveGapsWhereNoneWasRated()
    {
        QList<Session> sessions;
        for (int i = 0; i < 4; ++i) {
            Session s = sessionOn(40 + i, kStart.addDays(7 * i), 1);
            if (i != 1)
                s.bondRatings.append({0, {i, 1, 2, 3, 4}, QString()});
            if (i == 3)
                s.bondRatings.append({1, {9, 8, 7, 6, 5}, QString()});
            sessions.append(s);
        }
        const auto bonds = bondSeries(sessions);
        QCOMPARE(bonds[0].points.size(), 3);
        QCOMPARE(bonds[0].points[1].sessionId, 42); // session 41 had no rating: a gap, not a zero
        QCOMPARE(bonds[0].points[2].signs[0], 3);
        QCOMPARE(bonds[1].points.size(), 1);
        QCOMPARE(bonds[1].points[0].signs[indexOf(BondSign::AbleToBeAlone)], 5);
    }

    void periodFilterKeepsBounds()
    {
        const QList<Session> sessions{sessionOn(1, kStart, 1), sessionOn(2, kStart.addDays(10), 1),
                                      sessionOn(3, kStart.addDays(20), 1)};
        QCOMPARE(sessionsInPeriod(sessions, kStart.addDays(10), {}).size(), 2);
        QCOMPARE(sessionsInPeriod(sessions, {}, kStart.addDays(10)).size(), 2);
        QCOMPARE(sessionsInPeriod(sessions, kStart.addDays(1), kStart.addDays(19)).first().id, 2);
        QCOMPARE(sessionsInPeriod(sessions, {}, {}).size(), 3);
    }

    void seriesColoursFollowWhoShowedTheEvent()
    {
        Session s = sessionOn(1, kStart, 2);
        setEvent(s, ChangeEventKind::WithdrawerReengagement, EventLevel::Partial, 1, {});
        const ProgressData data = buildProgress({s});
        // Partner B re-engaged; softening falls back to the pursuer, partner A.
        const auto partners = eventSeriesPartners(data, {CyclePosition::Pursuer, CyclePosition::Withdrawer});
        QCOMPARE(partners[0], 1);
        QCOMPARE(partners[1], 0);
        // Two pursuers and no events: the defaults, still distinct.
        const auto fallback = eventSeriesPartners(buildProgress({sessionOn(2, kStart, 1)}),
                                                  {CyclePosition::Pursuer, CyclePosition::Pursuer});
        QCOMPARE(fallback[0], 0);
        QCOMPARE(fallback[1], 1);
    }

    void fiveHundredSessionsFromTheDemo()
    {
        TestPractice practice;
        const auto made = generateDemoPractice(practice.store(), {1, 500, 3});
        QVERIFY2(made, qPrintable(made.error()));
        const auto couples = practice.store().coupleSummaries();
        QVERIFY(couples && couples->size() == 1);
        const auto sessions = practice.store().sessions(couples->first().id);
        QVERIFY(sessions);
        QCOMPARE(sessions->size(), 500);
        const ProgressData data = buildProgress(*sessions);
        QCOMPARE(data.sessionCount, 500);
        for (const EventSeries &e : data.events) {
            int marked = 0;
            for (const Session &s : *sessions)
                marked += s.event(e.kind).level != EventLevel::None;
            QCOMPARE(e.points.size(), marked); // one point per session with the marker
            for (int i = 1; i < e.points.size(); ++i)
                QVERIFY(e.points[i - 1].date <= e.points[i].date);
        }
        QVERIFY(!data.events[0].points.isEmpty());
        QVERIFY(!data.stages.isEmpty());
        int banded = 0;
        for (const StageBand &b : data.stages)
            banded += b.sessions;
        QCOMPARE(banded, 500);
        QCOMPARE(data.stages.first().from, data.first);
        QCOMPARE(data.stages.last().to, data.last);
        QVERIFY(!data.outcomes.isEmpty());
        for (const OutcomeSeries &o : data.outcomes)
            for (const OutcomePoint &p : o.points)
                QVERIFY(p.total >= o.scale.minimum && p.total <= o.scale.maximum);
        QVERIFY(data.bonds[0].points.size() + data.bonds[1].points.size() > 100);
    }
};

QTEST_GUILESS_MAIN(TestProgressSeries)
#include "tst_progressseries.moc"
