// What the two layouts of the cycle (the grid of boxes and the figure eight) share: the sizes derived
// from the drawing's rectangle, the step names' size, the partners' headings and the numbered notes.
// Internal to models/render.
#pragma once

#include "CycleLayout.h"

namespace attune::cycle_layout {

struct Metrics
{
    int textMax = 0;
    int textMin = 0;
    int label = 0;
    int caption = 0;
    int partner = 0;
    qreal margin = 0;
    qreal gap = 0;
    qreal centerGap = 0;
    qreal pad = 0;
    qreal line = 1;
};

Metrics metricsFor(const QRectF &r, const CycleRenderOptions &o);
// One size for every step's name, small enough for the longest to fit width (within limits).
int labelSizeFor(const CycleLabels &labels, qreal width, int preferred, int minimum);
// The smallest a step's name may get: 7 pt on paper (still legible), on screens 70% of the preferred.
int labelMinimum(const Metrics &m, const CycleRenderOptions &o);
// The width a step's name takes on one line at pixelSize, with the partner's marker before it.
qreal stepNameWidth(const QString &name, int pixelSize);
// The name as it goes into a label of width (marker included): one line when it fits, else wrapped at
// spaces, never cut short.
QStringList stepNameLines(const QString &name, int pixelSize, qreal width);
// The height of a step name's lines.
qreal stepNameHeight(qsizetype lines, int pixelSize);
// The line of awareness's name in room, at the bottom of it: on as many lines as room holds, wrapped at
// spaces, never cut; left out (an empty rectangle) when a word is wider than room or the lines too many.
void placeAwarenessLabel(CycleLayout &l, const CycleLabels &labels, const Metrics &m, const QRectF &room);
// "Ana · pursuer" for each partner, from content already passed through withPrivacy.
std::array<QString, 2> partnerHeadings(const CycleContent &shown, const CycleLabels &labels);
// On paper: a numbered note for every elided box, in partner and step order, in the strip of notesHeight kept
// free at the bottom of inner.
void placeNotes(CycleLayout &l, const CycleContent &shown, const Metrics &m, const QRectF &inner,
                qreal notesHeight);
// A straight move as a cubic, so its direction is defined at both ends.
QPainterPath straightPath(QPointF start, QPointF end);

// The figure eight: one pass with notesHeight kept free at the bottom (CycleLoopLayout.cpp).
CycleLayout layoutLoop(const CycleContent &content, const QRectF &rect, const CycleRenderOptions &o,
                       const CycleLabels &labels, qreal notesHeight);

} // namespace attune::cycle_layout
