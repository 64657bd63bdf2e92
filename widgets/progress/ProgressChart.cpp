// The shared chart base: click-through, tooltips, callouts and painting onto any painter.
#include "ProgressChart.h"

#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QPen>
#include <QScatterSeries>

#include <cmath>

namespace attune {

ProgressChart::ProgressChart(QGraphicsItem *parent)
    : QChart(parent)
{
    connect(this, &QChart::plotAreaChanged, this, &ProgressChart::updateCallouts);
}

void ProgressChart::addInteractive(QScatterSeries *series, const QList<ChartPoint> &points)
{
    m_interactive.append({series, points});
    connect(series, &QScatterSeries::clicked, this, [this, series](const QPointF &value) {
        if (const ChartPoint *p = find(series, value))
            emit sessionActivated(p->sessionId);
    });
    connect(series, &QScatterSeries::hovered, this, [this, series](const QPointF &value, bool state) {
        const ChartPoint *p = state ? find(series, value) : nullptr;
        emit tooltipRequested(p ? p->tooltip : QString());
    });
}

QList<QScatterSeries *> ProgressChart::interactiveSeries() const
{
    QList<QScatterSeries *> all;
    for (const Interactive &i : m_interactive)
        all.append(i.series);
    return all;
}

QList<ChartPoint> ProgressChart::pointsOf(QScatterSeries *series) const
{
    for (const Interactive &i : m_interactive)
        if (i.series == series)
            return i.points;
    return {};
}

const ChartPoint *ProgressChart::find(QScatterSeries *series, QPointF value) const
{
    // The series reports the value of the marker hit; match it to the nearest recorded point, since two
    // sessions on one day share an x and the series may hand back a slightly rounded value.
    for (const Interactive &i : m_interactive) {
        if (i.series != series)
            continue;
        const ChartPoint *best = nullptr;
        qreal bestDistance = 0;
        for (const ChartPoint &p : i.points) {
            const qreal d = std::abs(p.value.x() - value.x()) / 3.6e6 + std::abs(p.value.y() - value.y());
            if (!best || d < bestDistance) {
                best = &p;
                bestDistance = d;
            }
        }
        return best;
    }
    return nullptr;
}

void ProgressChart::addCallout(QAbstractSeries *series, QPointF value, const QString &text, QPointF offset,
                               const QColor &color)
{
    Callout c;
    c.series = series;
    c.value = value;
    c.offset = offset;
    c.leader = new QGraphicsLineItem(this);
    c.leader->setPen(QPen(color, 1));
    c.background = new QGraphicsRectItem(this);
    c.background->setPen(QPen(color, 1));
    // Opaque: a semi-transparent fill makes PDF printers (CUPS-PDF, Ghostscript) rasterise the whole page.
    c.background->setBrush(QColor(255, 255, 255));
    c.label = new QGraphicsSimpleTextItem(text, this);
    QFont font = c.label->font();
    font.setPixelSize(11);
    font.setBold(true);
    c.label->setFont(font);
    c.label->setBrush(color.darker(140));
    c.leader->setZValue(20);
    c.background->setZValue(21);
    c.label->setZValue(22);
    m_callouts.append(c);
    updateCallouts();
}

void ProgressChart::updateCallouts()
{
    const QRectF area = plotArea();
    for (const Callout &c : std::as_const(m_callouts)) {
        const bool visible = area.isValid() && !area.isEmpty();
        c.label->setVisible(visible);
        c.leader->setVisible(visible);
        c.background->setVisible(visible);
        if (!visible)
            continue;
        const QPointF anchor = mapToPosition(c.value, c.series);
        const QRectF box = c.label->boundingRect().adjusted(-3, -1, 3, 1);
        QPointF topLeft = anchor + c.offset - QPointF(box.width() / 2, box.height() / 2);
        // Keep the label inside the plot area so it is never clipped at an edge.
        topLeft.setX(std::clamp(topLeft.x(), area.left() + 2,
                                std::max(area.left() + 2, area.right() - box.width() - 2)));
        topLeft.setY(std::clamp(topLeft.y(), area.top() + 2,
                                std::max(area.top() + 2, area.bottom() - box.height() - 2)));
        const QRectF placed(topLeft, box.size());
        c.label->setPos(topLeft + QPointF(3, 1));
        const QPointF end(std::clamp(anchor.x(), placed.left(), placed.right()),
                          anchor.y() < placed.top() ? placed.top() : placed.bottom());
        c.leader->setLine(QLineF(anchor, end));
        c.background->setRect(placed);
    }
}

void paintChart(QChart &chart, QPainter &painter, const QRectF &target, QSizeF size)
{
    QGraphicsScene scene;
    QGraphicsScene *previous = chart.scene();
    if (previous)
        previous->removeItem(&chart);
    scene.addItem(&chart);
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.resize(size);
    if (chart.layout())
        chart.layout()->activate();
    if (auto *progress = qobject_cast<ProgressChart *>(&chart))
        progress->updateCallouts();
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    painter.restore();
    scene.removeItem(&chart);
    if (previous)
        previous->addItem(&chart);
}

} // namespace attune
