// CycleRenderer: the one drawing of a couple's infinity cycle. It paints on any QPainter (a widget, the
// printer, a PDF, an image, an SVG) into a rectangle, from a layout it computes with layoutCycle, so the
// screen, paper and files always show the same picture.
#pragma once

#include "CycleLayout.h"

#include <QColor>

class QPainter;

namespace attune {

// Colours that colour-blind readers and grayscale tell apart (Okabe–Ito orange and blue); each
// partner also has its own line style and marker shape, so colour is never the only cue.
struct PartnerStyle
{
    QColor stroke;
    QColor text;
    QColor tint;
    Qt::PenStyle line = Qt::SolidLine;
    bool diamondMarker = false;
};
PartnerStyle partnerStyle(int partner, bool grayscale);

class CycleRenderer
{
public:
    CycleRenderer(CycleContent content, CycleRenderOptions options);

    const CycleContent &content() const { return m_content; }
    const CycleRenderOptions &options() const { return m_options; }
    const CycleLabels &labels() const { return m_labels; }

    CycleLayout layout(const QRectF &rect) const;
    void paint(QPainter &painter, const QRectF &rect) const;
    void paint(QPainter &painter, const CycleLayout &layout) const;

private:
    void paintBands(QPainter &p, const CycleLayout &l) const;
    void paintArrows(QPainter &p, const CycleLayout &l) const;
    void paintLeaders(QPainter &p, const CycleLayout &l) const;
    void paintBox(QPainter &p, const CycleLayout &l, const CycleBox &b) const;
    void paintNotes(QPainter &p, const CycleLayout &l) const;
    QColor adjusted(const QColor &c) const;

    CycleContent m_content;
    CycleRenderOptions m_options;
    CycleLabels m_labels;
};

// Draws a partner's marker (circle for the first, diamond for the second) centred at c.
void paintPartnerMarker(QPainter &p, QPointF c, qreal size, const PartnerStyle &style);

} // namespace attune
