// The chart view: tooltips, click-through and keyboard stepping.
#include "ProgressChartView.h"

#include "AccessibleText.h"

#include <QKeyEvent>
#include <QScatterSeries>
#include <QToolTip>

#include <algorithm>

namespace attune {

ProgressChartView::ProgressChartView(ProgressChart *chart, const QString &accessibleName,
                                     const QString &summary, QWidget *parent)
    : QChartView(chart, parent)
    , m_chart(chart)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(accessibleName);
    // The chart's data in words (ProgressSummary.h): what a screen reader reads instead of the picture.
    setAccessibleDescription(summary);
    keepFocusOffViewport(this); // the view takes focus (and arrow keys); its viewport is no extra stop
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    connect(chart, &ProgressChart::tooltipRequested, this, [this](const QString &text) {
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), text, this);
    });
    connect(chart, &ProgressChart::sessionActivated, this, &ProgressChartView::sessionActivated);
}

QList<ChartPoint> ProgressChartView::keyboardPoints() const
{
    // The first interactive series whose points carry sessions: each chart's main series comes first.
    QList<ChartPoint> all;
    for (QScatterSeries *s : m_chart->interactiveSeries())
        all += m_chart->pointsOf(s);
    std::stable_sort(all.begin(), all.end(),
                     [](const ChartPoint &a, const ChartPoint &b) { return a.value.x() < b.value.x(); });
    return all;
}

void ProgressChartView::keyPressEvent(QKeyEvent *event)
{
    const QList<ChartPoint> points = keyboardPoints();
    if (points.isEmpty()) {
        QChartView::keyPressEvent(event);
        return;
    }
    const int last = int(points.size()) - 1;
    switch (event->key()) {
    case Qt::Key_Left:
        m_keyIndex = m_keyIndex < 0 ? last : std::max(0, m_keyIndex - 1);
        break;
    case Qt::Key_Right:
        m_keyIndex = m_keyIndex < 0 ? 0 : std::min(last, m_keyIndex + 1);
        break;
    case Qt::Key_Home:
        m_keyIndex = 0;
        break;
    case Qt::Key_End:
        m_keyIndex = last;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_keyIndex >= 0 && m_keyIndex <= last)
            emit sessionActivated(points[m_keyIndex].sessionId);
        return;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    const ChartPoint &p = points[m_keyIndex];
    const QPointF scenePos = m_chart->mapToPosition(p.value, m_chart->interactiveSeries().first());
    QToolTip::showText(mapToGlobal(mapFromScene(m_chart->mapToScene(scenePos))), p.tooltip, this);
}

} // namespace attune
