// Building the outcome-measure and secure-bond charts.
#include "OutcomeCharts.h"

#include "render/CycleRenderer.h"

#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(attune::ProgressCharts)
};

void attach(QChart &chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart.addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

void hideFromLegend(QChart &chart, QAbstractSeries *series)
{
    for (QLegendMarker *m : chart.legend()->markers(series))
        m->setVisible(false);
}

// A partner's line with its markers, clickable through to each session.
QScatterSeries *addPartnerSeries(ProgressChart &chart, int partner, const QList<QPointF> &values,
                                 const QList<ChartPoint> &points, QAbstractAxis *x, QAbstractAxis *y,
                                 const ChartOptions &options)
{
    const PartnerStyle style = partnerStyle(partner, false);
    auto *line = new QLineSeries;
    line->setPen(QPen(style.stroke, options.compact ? 1.5 : 2.0, style.line));
    line->replace(values);
    auto *markers = new QScatterSeries;
    markers->setName(partnerLabel(options, partner));
    markers->setMarkerShape(style.diamondMarker ? QScatterSeries::MarkerShapeRotatedRectangle
                                                : QScatterSeries::MarkerShapeCircle);
    markers->setMarkerSize(options.compact ? 4 : values.size() > 150 ? 4 : values.size() > 60 ? 6 : 8);
    markers->setColor(style.stroke);
    markers->setBorderColor(Qt::white);
    markers->replace(values);
    attach(chart, line, x, y);
    attach(chart, markers, x, y);
    hideFromLegend(chart, line);
    chart.addInteractive(markers, points);
    return markers;
}

QString number(const ChartOptions &options, double value)
{
    return options.locale.toString(value, 'g', 4);
}

} // namespace

QList<Instrument> instrumentsUsed(const ProgressData &data)
{
    QList<Instrument> used;
    for (const OutcomeSeries &s : data.outcomes)
        if (!used.contains(s.instrument))
            used.append(s.instrument);
    return used;
}

ProgressChart *buildOutcomeChart(const ProgressData &data, Instrument instrument, const ChartOptions &options)
{
    auto *chart = new ProgressChart;
    const InstrumentScale scale = scaleOf(instrument);
    styleChart(*chart, displayName(instrument), options);
    QDateTimeAxis *x = makeDateAxis(data.first, data.last, options, false, options.compact ? 3 : 4);
    QValueAxis *y = makeValueAxis(scale.minimum, scale.maximum, options.compact ? 3 : 5, options);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // The cutoff spans the whole axis so it reads as a threshold, not as data.
    auto *cutoff = new QLineSeries;
    cutoff->setName(Messages::tr("Distress below %1").arg(number(options, scale.distressCutoff)));
    cutoff->setPen(QPen(QColor(0xb0, 0x3a, 0x2e), 1.2, Qt::DashLine));
    cutoff->append(x->min().toMSecsSinceEpoch(), scale.distressCutoff);
    cutoff->append(x->max().toMSecsSinceEpoch(), scale.distressCutoff);
    attach(*chart, cutoff, x, y);

    QList<QPointF> reliable;
    QList<ChartPoint> reliablePoints;
    for (const OutcomeSeries &series : data.outcomes) {
        if (series.instrument != instrument)
            continue;
        QList<QPointF> values;
        QList<ChartPoint> points;
        for (const OutcomePoint &p : series.points) {
            const QPointF v(chartX(p.date), p.total);
            values.append(v);
            QString tip = options.locale.toString(p.date, QLocale::LongFormat) + QLatin1Char('\n') +
                          Messages::tr("%1, %2: %3")
                              .arg(partnerLabel(options, series.partner), displayName(instrument),
                                   number(options, p.total));
            if (p.distressed)
                tip += QLatin1Char('\n') + Messages::tr("Below the distress cutoff");
            if (p.reliable == ReliableChange::Improved || p.reliable == ReliableChange::Worsened)
                tip += QLatin1Char('\n') + Messages::tr("Reliable change from the first total (%1)")
                                               .arg(number(options, p.changeFromBaseline));
            points.append({v, p.sessionId, tip});
            if (p.reliableChangeStarts) {
                reliable.append(v);
                reliablePoints.append({v, p.sessionId, tip});
            }
        }
        addPartnerSeries(*chart, series.partner, values, points, x, y, options);
    }
    if (scale.reliableChange && !reliable.isEmpty()) {
        auto *marks = new QScatterSeries;
        marks->setName(Messages::tr("Reliable change ±%1").arg(number(options, *scale.reliableChange)));
        marks->setMarkerShape(QScatterSeries::MarkerShapeStar);
        marks->setMarkerSize(options.compact ? 9 : 14);
        marks->setColor(QColor(0x00, 0x9E, 0x73)); // Okabe–Ito bluish green: neither partner's colour
        marks->setBorderColor(QColor(0x00, 0x5e, 0x45));
        marks->replace(reliable);
        attach(*chart, marks, x, y);
        chart->addInteractive(marks, reliablePoints);
    }
    // The dashed line is named under the plot, as the date axis's title, not in the legend (Qt's legend
    // gives each entry an equal share of its width, and four entries cut the longer names short in the
    // report's half-page charts) and not inside the plot, where a label on the line covered the totals.
    if (!options.compact) {
        x->setTitleText(Messages::tr("Dashed line: %1").arg(cutoff->name()));
        x->setTitleBrush(QColor(0xb0, 0x3a, 0x2e));
        x->setTitleFont(x->labelsFont());
        for (QLegendMarker *marker : chart->legend()->markers(cutoff))
            marker->setVisible(false);
    }
    return chart;
}

namespace {

// A small multiple is narrow: a long sign's name ("Sintonizar con las emociones y expresar necesidades")
// would be cut short, so it breaks into two lines at the space nearest its middle instead. A short one gets
// an empty second line, so the five panels' plots stay aligned with each other.
QString twoLineTitle(const QString &title)
{
    constexpr int kOneLine = 24; // characters that fit one line of the narrowest panel
    if (title.size() <= kOneLine)
        return title.toHtmlEscaped() + QStringLiteral("<br>&nbsp;");
    const int middle = int(title.size()) / 2;
    int best = -1;
    for (int i = 0; i < title.size(); ++i)
        if (title.at(i) == QLatin1Char(' ') && (best < 0 || qAbs(i - middle) < qAbs(best - middle)))
            best = i;
    if (best < 0)
        return title.toHtmlEscaped();
    return title.left(best).toHtmlEscaped() + QStringLiteral("<br>") + title.mid(best + 1).toHtmlEscaped();
}

} // namespace

ProgressChart *buildBondChart(const ProgressData &data, BondSign sign, const ChartOptions &options)
{
    auto *chart = new ProgressChart;
    styleChart(*chart, twoLineTitle(displayName(sign)), options);
    QFont titleFont = chart->titleFont();
    titleFont.setPixelSize(options.compact ? 10 : 11);
    chart->setTitleFont(titleFont);
    QDateTimeAxis *x = makeDateAxis(data.first, data.last, options, true, 3);
    QValueAxis *y = makeValueAxis(0, kBondScaleMax, 3, options);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const int s = indexOf(sign);
    for (const BondSeries &series : data.bonds) {
        if (series.points.isEmpty())
            continue;
        QList<QPointF> values;
        QList<ChartPoint> points;
        for (const BondPoint &p : series.points) {
            const QPointF v(chartX(p.date), p.signs[std::size_t(s)]);
            values.append(v);
            points.append({v, p.sessionId,
                           options.locale.toString(p.date, QLocale::LongFormat) + QLatin1Char('\n') +
                               Messages::tr("%1, %2: %3 of %4")
                                   .arg(partnerLabel(options, series.partner), displayName(sign))
                                   .arg(p.signs[std::size_t(s)])
                                   .arg(kBondScaleMax)});
        }
        addPartnerSeries(*chart, series.partner, values, points, x, y, options);
    }
    return chart;
}

} // namespace attune
