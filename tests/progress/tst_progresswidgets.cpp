// The Progress tab and its charts: two clearly distinct change-event series, tooltips with the anchor
// quote, clicking a plotted point (or pressing Enter on it) asks for exactly that session, and the tab
// follows the store when sessions change.
#include "TestPractice.h"

#include "commands/PracticeEditor.h"
#include "progress/ChangeEventChart.h"
#include "progress/OutcomeCharts.h"
#include "progress/PreAppointmentBrief.h"
#include "progress/ProgressChartView.h"
#include "progress/ProgressTab.h"

#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace attune;
using namespace attune::test;
using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    TestPractice practice;
    PracticeEditor editor{practice.store()};
    qint64 coupleId = 0;
    QList<qint64> sessionIds;

    explicit Fixture(int sessions)
    {
        const auto id = practice.store().createCouple(makeCouple(u"Ana Ruiz"_s, u"Ben Ruiz"_s));
        if (!id)
            qFatal("createCouple failed");
        coupleId = *id;
        const QDate start = fixedNow().date().addDays(-7 * sessions - 60);
        for (int i = 0; i < sessions; ++i) {
            Session s = makeSession(coupleId, start.addDays(7 * i + (i >= 3 ? 40 : 0))); // a pause after 3
            s.event(ChangeEventKind::WithdrawerReengagement) = {
                EventLevel(std::min(i, 2) + 1), 1, QStringLiteral("Ben's words %1").arg(i), QString()};
            s.event(ChangeEventKind::BlamerSoftening) = {EventLevel(std::max(0, i - 2) % 4), 0, {}, {}};
            const auto sid = practice.store().createSession(s);
            if (!sid)
                qFatal("createSession failed: %s", qPrintable(sid.error()));
            sessionIds.append(*sid);
        }
    }
};

QPoint viewPosition(ProgressChartView *view, QScatterSeries *series, QPointF value)
{
    QChart *chart = view->chart();
    return view->mapFromScene(chart->mapToScene(chart->mapToPosition(value, series)));
}

} // namespace

class TestProgressWidgets : public QObject
{
    Q_OBJECT

private slots:
    void seriesAreDistinctInColourShapeAndLine()
    {
        Fixture f(6);
        const auto sessions = f.practice.store().sessions(f.coupleId);
        QVERIFY(sessions);
        const ProgressData data = buildProgress(*sessions);
        ChartOptions options;
        options.partnerNames = {u"Ana Ruiz"_s, u"Ben Ruiz"_s};
        std::unique_ptr<ProgressChart> chart(buildChangeEventChart(data, {1, 0}, options));
        const QList<QScatterSeries *> markers = chart->interactiveSeries();
        QCOMPARE(markers.size(), 2);
        QVERIFY(markers[0]->color() != markers[1]->color());
        QVERIFY(markers[0]->markerShape() != markers[1]->markerShape());
        QCOMPARE(markers[0]->color(), QColor(0x00, 0x72, 0xB2)); // Ben, partner B: blue
        QCOMPARE(markers[1]->color(), QColor(0xE6, 0x9F, 0x00)); // Ana, partner A: orange
        QList<Qt::PenStyle> lineStyles;
        for (QAbstractSeries *s : chart->series())
            if (s->type() == QAbstractSeries::SeriesTypeLine)
                lineStyles.append(static_cast<QLineSeries *>(s)->pen().style());
        QCOMPARE(lineStyles.size(), 2);
        QVERIFY(lineStyles[0] != lineStyles[1]);
        // One point per session, spaced by date: the pause after the third session is wider.
        const QList<ChartPoint> points = chart->pointsOf(markers[0]);
        QCOMPARE(points.size(), 6);
        const qreal weekly = points[1].value.x() - points[0].value.x();
        QVERIFY(points[3].value.x() - points[2].value.x() > 5 * weekly);
        QVERIFY(points[1].tooltip.contains(u"“Ben's words 1”"_s));
        QVERIFY(points[1].tooltip.contains(u"Partial"_s));
        // Softening is unmarked in the first three sessions: those are not points of its series.
        QCOMPARE(chart->pointsOf(markers[1]).size(), 3);
    }

    // Two pursuers: no withdrawer, so no re-engagement line, even where a session marked one.
    void pursuePursueHasNoReengagementSeries()
    {
        Fixture f(4);
        const auto sessions = f.practice.store().sessions(f.coupleId);
        QVERIFY(sessions);
        const ProgressData data = buildProgress(*sessions, {CyclePosition::Pursuer, CyclePosition::Pursuer});
        QVERIFY(!data.applies(ChangeEventKind::WithdrawerReengagement));
        QVERIFY(data.eventsOf(ChangeEventKind::WithdrawerReengagement).points.isEmpty());
        std::unique_ptr<ProgressChart> chart(buildChangeEventChart(data, {1, 0}, ChartOptions{}));
        const QList<QScatterSeries *> markers = chart->interactiveSeries();
        QCOMPARE(markers.size(), 1);
        QVERIFY(markers[0]->name().startsWith(u"Softening"_s));
        const ProgressData both =
            buildProgress(*sessions, {CyclePosition::Pursuer, CyclePosition::Withdrawer});
        std::unique_ptr<ProgressChart> full(buildChangeEventChart(both, {1, 0}, ChartOptions{}));
        QCOMPARE(full->interactiveSeries().size(), 2);
    }

    // Item 15 of the walkthrough: the date axis never repeats a label ("Nov 26  Nov 26  Dec 26" on the
    // bond charts), in either language, wide or narrow, for short and long spans.
    void dateAxisLabelsAreDistinct_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("narrow");
        QTest::addColumn<int>("ticks");
        for (const QString &locale : {u"en_US"_s, u"es_ES"_s})
            for (int days : {0, 10, 30, 45, 70, 120, 400, 900})
                for (bool narrow : {false, true})
                    for (int ticks : {0, 3, 4})
                        QTest::addRow("%s %d days%s %d ticks", qPrintable(locale), days,
                                      narrow ? " narrow" : "", ticks)
                            << locale << days << narrow << ticks;
    }

    void dateAxisLabelsAreDistinct()
    {
        QFETCH(QString, locale);
        QFETCH(int, days);
        QFETCH(bool, narrow);
        QFETCH(int, ticks);
        ChartOptions options;
        options.locale = QLocale(locale);
        const QDate first(2026, 10, 20);
        std::unique_ptr<QDateTimeAxis> axis(makeDateAxis(first, first.addDays(days), options, narrow, ticks));
        QStringList labels;
        const qint64 from = axis->min().toMSecsSinceEpoch(), to = axis->max().toMSecsSinceEpoch();
        for (int i = 0; i < axis->tickCount(); ++i) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(
                from + (to - from) * i / (axis->tickCount() - 1), QTimeZone::utc());
            labels << options.locale.toString(at, axis->format());
        }
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
        QVERIFY2(!labels.first().contains(u"yy"_s), qPrintable(labels.join(u" | "_s)));
    }

    // The cutoff is named under the plot, never on top of the totals next to its line.
    void cutoffLabelSitsOutsideThePlot()
    {
        Fixture f(3);
        auto sessions = f.practice.store().sessions(f.coupleId);
        QVERIFY(sessions);
        for (Session &s : *sessions)
            s.outcomes = {{0, Instrument::Rdas, 45, {}}};
        const ProgressData data = buildProgress(*sessions);
        ChartOptions options;
        options.locale = QLocale(QLocale::English);
        std::unique_ptr<ProgressChart> chart(buildOutcomeChart(data, Instrument::Rdas, options));
        auto *x = qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QVERIFY2(x->titleText().contains(u"Distress below 47.5"_s), qPrintable(x->titleText()));
        for (QGraphicsItem *item : chart->childItems())
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                QVERIFY2(!text->text().contains(u"Distress"_s), "a label inside the plot");
    }

    void clickingAPointOpensThatSession()
    {
        Fixture f(6);
        ProgressTab tab(f.editor);
        tab.resize(1200, 900);
        tab.setCouple(f.coupleId);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QVERIFY(!tab.chartViews().isEmpty());
        ProgressChartView *view = tab.chartViews().first();
        QCOMPARE(view->accessibleName(), u"Change events chart"_s);
        QSignalSpy opened(&tab, &WorkspaceTab::openSessionRequested);
        QScatterSeries *series = view->progressChart()->interactiveSeries().first();
        const QList<ChartPoint> points = view->progressChart()->pointsOf(series);
        for (const int i : {4, 1}) {
            opened.clear();
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                              viewPosition(view, series, points[i].value));
            QCOMPARE(opened.size(), 1);
            QCOMPARE(opened.first().first().toLongLong(), f.sessionIds[i]);
        }
        // Far from any point: nothing opens.
        opened.clear();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(3, 3));
        QCOMPARE(opened.size(), 0);
    }

    void keyboardReachesThePoints()
    {
        Fixture f(3);
        ProgressTab tab(f.editor);
        tab.setCouple(f.coupleId);
        tab.resize(1000, 800);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        ProgressChartView *view = tab.chartViews().first();
        QSignalSpy opened(&tab, &WorkspaceTab::openSessionRequested);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_End);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), f.sessionIds.last());
        QTest::keyClick(view, Qt::Key_Home);
        QTest::keyClick(view, Qt::Key_Enter);
        QCOMPARE(opened.last().first().toLongLong(), f.sessionIds.first());
    }

    void tabFollowsTheStore()
    {
        Fixture f(2);
        ProgressTab tab(f.editor);
        tab.setCouple(f.coupleId);
        auto count = [&tab] {
            ProgressChartView *v = tab.chartViews().first();
            return v->progressChart()->pointsOf(v->progressChart()->interactiveSeries().first()).size();
        };
        QCOMPARE(count(), 2);
        Session s = makeSession(f.coupleId, fixedNow().date().addDays(-1));
        s.event(ChangeEventKind::WithdrawerReengagement) = {EventLevel::Partial, 1, {}, {}};
        QVERIFY(f.editor.createSession(s));
        QCOMPARE(count(), 3);
        f.editor.undoStack().undo();
        QCOMPARE(count(), 2);
    }

    void noCoupleAndNoSessionsSaySo()
    {
        Fixture f(0);
        ProgressTab tab(f.editor);
        QVERIFY(tab.chartViews().isEmpty());
        QVERIFY(tab.messageLabel()->text().contains(u"Choose a couple"_s));
        tab.setCouple(f.coupleId);
        QVERIFY(tab.chartViews().isEmpty());
        QVERIFY(tab.messageLabel()->text().contains(u"No sessions yet"_s));
    }
    void briefShowsTheLastSessionAndTheSafetyScreen()
    {
        Fixture f(0);
        PreAppointmentBrief brief(f.practice.store());
        Session s = makeSession(f.coupleId, fixedNow().date().addDays(-15));
        s.note.focus = u"The shoulder-rub evening"_s;
        s.note.plan = u"Slow the cycle down"_s;
        s.homework.append({u"hw-1"_s, u"Notice the moment the spin starts"_s, false});
        s.event(ChangeEventKind::BlamerSoftening) = {EventLevel::Complete, 0, u"Hold me"_s, {}};
        s.outcomes.append({0, Instrument::Rdas, 40, {}});
        QVERIFY(f.practice.store().createSession(s));
        brief.setCouple(f.coupleId);

        QVERIFY(brief.sinceLabel()->text().contains(u"2 week"_s));
        const QString last = brief.lastSessionLabel()->text();
        for (const QString &word : {u"The shoulder-rub evening"_s, u"Slow the cycle down"_s,
                                    u"Notice the moment the spin starts"_s, u"step 2"_s})
            QVERIFY2(last.contains(word), qPrintable(word));
        QVERIFY(brief.eventsLabel()->text().contains(u"complete since"_s));
        QCOMPARE(brief.trendViews().size(), 2); // change events and the RDAS trend
        QVERIFY(!brief.cycleThumbnail()->hasCycle());
        QVERIFY(!brief.safetyLabel()->isHidden()); // makeCouple leaves the screen undone
        // Not screened is a red flag (issue 16), not the yellow of "monitor".
        QVERIFY(brief.safetyLabel()->text().contains(u"Safety: not screened"_s));
        QVERIFY(brief.safetyLabel()->property("redFlag").toBool());

        // Screened with no concerns: the banner goes, and follows the store without setCouple again.
        Couple c = *f.practice.store().couple(f.coupleId);
        c.safety = {SafetyOutcome::NoConcerns, fixedNow().date().addDays(-20), {}};
        QVERIFY(f.editor.updateCouple(c));
        QVERIFY(brief.safetyLabel()->isHidden());
        c.safety.outcome = SafetyOutcome::Contraindicated;
        QVERIFY(f.editor.updateCouple(c));
        QVERIFY(!brief.safetyLabel()->isHidden());
        QVERIFY(brief.safetyLabel()->text().contains(u"contraindicated"_s));
    }
};

QTEST_MAIN(TestProgressWidgets)
#include "tst_progresswidgets.moc"
