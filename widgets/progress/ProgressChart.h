// ProgressChart: the QChart every progress chart is built on. It remembers which session each plotted
// point came from, so a click opens that session and hovering shows its tooltip, and it keeps text
// callouts (a first complete event, a cutoff's label) pinned to their data as the chart resizes. The
// same chart object is shown on screen in a QChartView and painted onto paper by paintChart().
#pragma once

#include <QChart>
#include <QList>
#include <QPointF>

class QGraphicsSimpleTextItem;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QAbstractSeries;
class QScatterSeries;
class QPainter;

namespace attune {

struct ChartPoint
{
    QPointF value; // in the series' coordinates (x: msecs since the epoch)
    qint64 sessionId = 0;
    QString tooltip;
};

class ProgressChart : public QChart
{
    Q_OBJECT
public:
    explicit ProgressChart(QGraphicsItem *parent = nullptr);

    // Makes a scatter series' points clickable and hoverable; points[i] describes the series' point i.
    void addInteractive(QScatterSeries *series, const QList<ChartPoint> &points);
    QList<QScatterSeries *> interactiveSeries() const;
    QList<ChartPoint> pointsOf(QScatterSeries *series) const;

    // A label pinned to a data value of series, drawn offset by (dx, dy) with a leader line to the value.
    void addCallout(QAbstractSeries *series, QPointF value, const QString &text, QPointF offset,
                    const QColor &color);
    // Places the callouts for the current plot area (done automatically when the plot area changes).
    void updateCallouts();

signals:
    void sessionActivated(qint64 sessionId);
    // Text to show for the hovered point; empty when the pointer leaves it.
    void tooltipRequested(const QString &text);

private:
    struct Interactive
    {
        QScatterSeries *series = nullptr;
        QList<ChartPoint> points;
    };
    struct Callout
    {
        QAbstractSeries *series = nullptr;
        QPointF value;
        QPointF offset;
        QGraphicsSimpleTextItem *label = nullptr;
        QGraphicsLineItem *leader = nullptr;
        QGraphicsRectItem *background = nullptr;
    };
    const ChartPoint *find(QScatterSeries *series, QPointF value) const;

    QList<Interactive> m_interactive;
    QList<Callout> m_callouts;
};

// Lays the chart out at size (in the chart's own pixels) and paints it into target on any painter, as
// vectors. The chart must not be shown in a view at the same time.
void paintChart(QChart &chart, QPainter &painter, const QRectF &target, QSizeF size);

} // namespace attune
