// A view of one ProgressChart: shows the hovered point's tooltip, forwards clicks on points as
// sessionActivated, and lets the keyboard step through the points (Left/Right, Enter opens the session).
#pragma once

#include "ProgressChart.h"

#include <QChartView>

namespace attune {

class ProgressChartView : public QChartView
{
    Q_OBJECT
public:
    // Takes ownership of chart.
    ProgressChartView(ProgressChart *chart, const QString &accessibleName, const QString &summary,
                      QWidget *parent = nullptr);

    ProgressChart *progressChart() const { return m_chart; }
    // The point the keyboard has reached; -1 before any key was pressed.
    int keyboardIndex() const { return m_keyIndex; }

signals:
    void sessionActivated(qint64 sessionId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QList<ChartPoint> keyboardPoints() const;

    ProgressChart *m_chart;
    int m_keyIndex = -1;
};

} // namespace attune
