#include "StageBars.h"

#include "progress/ChartStyle.h"

#include "domain/Enums.h"

#include <QPainter>

#include <algorithm>

namespace attune {

StageBars::StageBars(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Couples per stage"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StageBars::setCounts(const std::array<int, 4> &perStage)
{
    m_counts = perStage;
    QStringList description;
    for (int stage = 0; stage < 4; ++stage)
        description << tr("%1: %n couple(s)", nullptr, m_counts[stage]).arg(rowLabel(stage));
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    setToolTip(description.join(QLatin1Char('\n')));
    update();
}

QString StageBars::rowLabel(int stage) const
{
    return stage == 0 ? tr("No sessions yet") : tr("Stage %1 · %2").arg(stage).arg(stageName(stage));
}

int StageBars::rowHeight() const
{
    return fontMetrics().height() + 10;
}

int StageBars::labelWidth() const
{
    int widest = 0;
    for (int stage = 0; stage < 4; ++stage)
        widest = std::max(widest, fontMetrics().horizontalAdvance(rowLabel(stage)));
    return widest + 12;
}

QSize StageBars::sizeHint() const
{
    return {labelWidth() + 240, rowHeight() * 4 + 4};
}

QSize StageBars::minimumSizeHint() const
{
    return {labelWidth() + 80, rowHeight() * 4 + 4};
}

void StageBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int most = std::max(1, *std::max_element(m_counts.begin(), m_counts.end()));
    const int labels = labelWidth();
    const int countWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 8;
    const int barSpace = std::max(10, width() - labels - countWidth);
    for (int stage = 0; stage < 4; ++stage) {
        const QRect row(0, stage * rowHeight() + 2, width(), rowHeight());
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(row.adjusted(0, 0, -(width() - labels), 0), Qt::AlignVCenter | Qt::AlignLeft,
                   rowLabel(stage));
        const int length = m_counts[stage] == 0 ? 0 : std::max(3, barSpace * m_counts[stage] / most);
        const QRect bar(labels, row.top() + 4, length, row.height() - 8);
        const QColor fill = stage == 0 ? palette().color(QPalette::Mid) : stageColor(stage).darker(135);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(bar, 3, 3);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(labels + length + 6, row.top(), countWidth, row.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, QLocale().toString(m_counts[stage]));
    }
}

} // namespace attune
