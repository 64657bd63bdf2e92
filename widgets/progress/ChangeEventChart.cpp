// Building the change-event chart.
#include "ChangeEventChart.h"

#include "i18n/DateText.h"

#include "domain/Validation.h"
#include "render/CycleRenderer.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

#include <set>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(attune::ProgressCharts)
};

constexpr qreal kYMin = -0.5;
constexpr qreal kYMax = 3.5;

// The two kinds sit a hair apart so equal levels on one date never hide each other.
qreal levelY(EventLevel level, int kind)
{
    return indexOf(level) + (kind == 0 ? 0.07 : -0.07);
}

QCategoryAxis *makeLevelAxis(const ChartOptions &options)
{
    auto *axis = new QCategoryAxis;
    axis->setRange(kYMin, kYMax);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (const EventLevel level : allValues<EventLevel>())
        axis->append(displayName(level), indexOf(level));
    QFont font;
    font.setPixelSize(options.compact ? 9 : 11);
    axis->setLabelsFont(font);
    axis->setGridLineColor(QColor(0xd8, 0xdb, 0xe0));
    return axis;
}

void addStageBands(ProgressChart &chart, const ProgressData &data, QAbstractAxis *x, QAbstractAxis *y,
                   const ChartOptions &options)
{
    std::set<int> named;
    const int pad = data.stages.size() == 1 && data.stages.first().from == data.stages.first().to ? 1 : 0;
    for (const StageBand &band : data.stages) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        // A band of one day still gets a visible width.
        const qreal from = chartX(band.from.addDays(-pad)) - 12 * 3.6e6;
        const qreal to = chartX(band.to.addDays(pad)) + (band.to == data.last ? 12 * 3.6e6 : -12 * 3.6e6);
        upper->append(from, kYMax);
        upper->append(to, kYMax);
        lower->append(from, kYMin);
        lower->append(to, kYMin);
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area); // an area series does not own its boundary lines (LeakSanitizer found them)
        lower->setParent(area);
        area->setName(Messages::tr("Stage %1: %2").arg(band.stage).arg(stageName(band.stage)));
        area->setBrush(stageColor(band.stage));
        area->setPen(Qt::NoPen);
        chart.addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
        // One legend entry per stage, however often the couple returns to it.
        const bool first = named.insert(band.stage).second;
        const auto markers = chart.legend()->markers(area);
        for (QLegendMarker *m : markers) {
            m->setVisible(first && !options.compact);
            m->setBrush(stageColor(band.stage).darker(115)); // the band's own tint is too pale for a swatch
        }
    }
}

} // namespace

QString changeEventTooltip(const EventPoint &point, ChangeEventKind kind, const ChartOptions &options)
{
    QString text = options.locale.toString(point.date, QLocale::LongFormat) + QLatin1Char('\n') +
                   Messages::tr("%1: %2").arg(displayName(kind), displayName(point.level));
    if (point.level != EventLevel::None && (point.partner == 0 || point.partner == 1))
        text += QStringLiteral(" (%1)").arg(partnerLabel(options, point.partner));
    if (!point.anchor.trimmed().isEmpty())
        text += QLatin1Char('\n') + Messages::tr("“%1”").arg(point.anchor.trimmed());
    return text;
}

ProgressChart *buildChangeEventChart(const ProgressData &data, std::array<int, 2> seriesPartners,
                                     const ChartOptions &options)
{
    auto *chart = new ProgressChart;
    // On paper the page's heading names the chart.
    styleChart(*chart, options.print ? QString() : Messages::tr("Change events"), options);
    QDateTimeAxis *x = makeDateAxis(data.first, data.last, options);
    QCategoryAxis *y = makeLevelAxis(options);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    addStageBands(*chart, data, x, y, options);

    for (const ChangeEventKind kind : allValues<ChangeEventKind>()) {
        if (!data.applies(kind))
            continue; // no line, no legend entry for an event the couple's cycle does not have
        const int k = indexOf(kind);
        const EventSeries &series = data.eventsOf(kind);
        const int partner = seriesPartners[std::size_t(k)];
        const PartnerStyle style = partnerStyle(partner, false);
        // Short legend names: the full ones do not fit beside the stages on paper; tooltips say it all.
        const QString name = Messages::tr("%1 (%2)").arg(kind == ChangeEventKind::WithdrawerReengagement
                                                             ? Messages::tr("Re-engagement")
                                                             : Messages::tr("Softening"),
                                                         partnerLabel(options, partner));

        auto *line = new QLineSeries;
        line->setName(name);
        QPen pen(style.stroke, options.compact ? 1.5 : 2.0, style.line);
        pen.setCapStyle(Qt::RoundCap);
        line->setPen(pen);
        auto *markers = new QScatterSeries;
        markers->setName(name);
        markers->setMarkerShape(style.diamondMarker ? QScatterSeries::MarkerShapeRotatedRectangle
                                                    : QScatterSeries::MarkerShapeCircle);
        const int count = int(series.points.size());
        markers->setMarkerSize(options.compact ? (count > 60 ? 3 : 5)
                               : count > 150   ? 5
                               : count > 60    ? 7
                                               : 11);
        markers->setColor(style.stroke);
        markers->setBorderColor(Qt::white);

        QList<ChartPoint> points;
        points.reserve(count);
        QList<QPointF> values;
        values.reserve(count);
        for (const EventPoint &p : series.points) {
            const QPointF v(chartX(p.date), levelY(p.level, k));
            values.append(v);
            points.append({v, p.sessionId, changeEventTooltip(p, kind, options)});
        }
        line->replace(values);
        markers->replace(values);
        chart->addSeries(line);
        chart->addSeries(markers);
        for (QAbstractSeries *s :
             {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(markers)}) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        for (QLegendMarker *m : chart->legend()->markers(line))
            m->setVisible(false); // the marker series' entry shows the shape as well as the colour
        chart->addInteractive(markers, points);

        if (series.firstComplete && !options.compact) {
            const QPointF v(chartX(series.firstComplete->date), levelY(EventLevel::Complete, k));
            const QString text =
                Messages::tr("%1 complete, %2")
                    .arg(displayName(kind), shortDate(series.firstComplete->date, options.locale));
            chart->addCallout(markers, v, text, QPointF(k == 0 ? -90 : 90, k == 0 ? 34 : 62), style.stroke);
        }
    }
    return chart;
}

} // namespace attune
