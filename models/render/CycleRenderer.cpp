// Painting the figure eight from its layout: the two layers, the arrows, the boxes and their text.
#include "CycleRenderer.h"

#include "TextFitting.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <utility>

namespace attune {
namespace {

QColor gray(const QColor &c)
{
    const int g = qGray(c.rgb());
    return QColor(g, g, g, c.alpha());
}

bool touches(const CycleArrow &a, const std::pair<int, CycleStep> &step)
{
    return (a.partner == step.first && a.from == step.second) ||
           (a.toPartner == step.first && a.to == step.second);
}

void drawElided(QPainter &p, const QRectF &r, const QString &text, int flags)
{
    const QFontMetricsF fm(p.font());
    p.drawText(r, flags | Qt::TextSingleLine, fm.elidedText(text, Qt::ElideRight, r.width()));
}

// Wrapped into as many lines as r holds (the layout made it tall enough), the last elided if need be.
void drawWrapped(QPainter &p, const QRectF &r, const QString &text, Qt::Alignment align)
{
    const QFontMetricsF fm(p.font());
    const int room = std::max(1, int(std::floor(r.height() / fm.height())));
    const qreal lineH = r.height() / room;
    QStringList lines =
        fm.horizontalAdvance(text) <= r.width() ? QStringList{text} : wrapText(text, p.font(), r.width());
    if (lines.size() > room) {
        lines = lines.mid(0, room);
        lines.last() += QChar(0x2026);
    }
    const qreal top = r.top() + (r.height() - lines.size() * lineH) / 2;
    for (int i = 0; i < lines.size(); ++i)
        drawElided(p, QRectF(r.left(), top + i * lineH, r.width(), lineH), lines.at(i),
                   align | Qt::AlignVCenter);
}

} // namespace

PartnerStyle partnerStyle(int partner, bool grayscale)
{
    PartnerStyle s;
    if (partner == 0) {
        s = grayscale
                ? PartnerStyle{QColor(0x8c, 0x8c, 0x8c), QColor(0x4d, 0x4d, 0x4d), QColor(0xee, 0xee, 0xee)}
                : PartnerStyle{QColor(0xE6, 0x9F, 0x00), QColor(0x8F, 0x5A, 0x00), QColor(0xFC, 0xEF, 0xD6)};
        s.line = Qt::SolidLine;
        s.diamondMarker = false;
    } else {
        s = grayscale
                ? PartnerStyle{QColor(0x26, 0x26, 0x26), QColor(0x1a, 0x1a, 0x1a), QColor(0xdc, 0xdc, 0xdc)}
                : PartnerStyle{QColor(0x00, 0x72, 0xB2), QColor(0x00, 0x5A, 0x8C), QColor(0xDC, 0xEB, 0xF5)};
        s.line = Qt::DashLine;
        s.diamondMarker = true;
    }
    return s;
}

void paintPartnerMarker(QPainter &p, QPointF c, qreal size, const PartnerStyle &style)
{
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(style.stroke);
    const qreal h = size / 2;
    if (style.diamondMarker) {
        const QPointF pts[4] = {c + QPointF(0, -h), c + QPointF(h, 0), c + QPointF(0, h), c + QPointF(-h, 0)};
        p.drawPolygon(pts, 4);
    } else {
        p.drawEllipse(c, h * 0.85, h * 0.85);
    }
    p.restore();
}

CycleRenderer::CycleRenderer(CycleContent content, CycleRenderOptions options)
    : m_content(std::move(content))
    , m_options(std::move(options))
    , m_labels(CycleLabels::forLanguage(m_options.language, m_content.kind))
{}

CycleLayout CycleRenderer::layout(const QRectF &rect) const
{
    return layoutCycle(m_content, rect, m_options, m_labels);
}

void CycleRenderer::paint(QPainter &painter, const QRectF &rect) const
{
    paint(painter, layout(rect));
}

QColor CycleRenderer::adjusted(const QColor &c) const
{
    return m_options.grayscale ? gray(c) : c;
}

void CycleRenderer::paint(QPainter &p, const CycleLayout &l) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintBands(p, l);
    paintArrows(p, l);
    paintLeaders(p, l);
    for (const auto &chain : l.boxes)
        for (const CycleBox &b : chain)
            paintBox(p, l, b);
    paintNotes(p, l);
    p.restore();
}

void CycleRenderer::paintBands(QPainter &p, const CycleLayout &l) const
{
    const bool positive = m_content.kind == CycleKind::Positive;
    const qreal radius = l.captionPixelSize * 0.8;
    p.setPen(Qt::NoPen);
    p.setBrush(adjusted(positive ? QColor(0xF0, 0xF7, 0xF1) : QColor(0xF6, 0xF4, 0xF0)));
    p.drawRoundedRect(l.seenBand, radius, radius);
    p.setBrush(adjusted(positive ? QColor(0xE1, 0xF0, 0xE5) : QColor(0xE8, 0xED, 0xF4)));
    p.drawRoundedRect(l.feltBand, radius, radius);

    const QColor captionColor = adjusted(QColor(0x44, 0x4b, 0x55));
    p.setPen(captionColor);
    p.setFont(cycleFont(l.captionPixelSize, false, true));
    // The loop leaves the captions out (an empty rectangle) where its gutter is too narrow for them.
    const Qt::Alignment across = l.style == CycleStyle::Loop ? Qt::AlignHCenter : Qt::AlignLeft;
    if (l.seenCaptionRect.width() >= 1)
        drawWrapped(p, l.seenCaptionRect, m_labels.seenCaption, across);
    if (l.feltCaptionRect.width() >= 1)
        drawWrapped(p, l.feltCaptionRect, m_labels.feltCaption, across);
    // The layout wrapped the line's name to fit, or left it out.
    p.setFont(cycleFont(l.awarenessPixelSize));
    if (l.awarenessLabelRect.width() >= 1 && !l.awarenessLines.isEmpty()) {
        const qreal lineH = l.awarenessLabelRect.height() / l.awarenessLines.size();
        for (qsizetype i = 0; i < l.awarenessLines.size(); ++i)
            p.drawText(QRectF(l.awarenessLabelRect.left(), l.awarenessLabelRect.top() + i * lineH,
                              l.awarenessLabelRect.width(), lineH),
                       Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, l.awarenessLines.at(i));
    }

    QPen dotted(captionColor, l.lineWidth * 1.3, Qt::DotLine, Qt::RoundCap);
    p.setPen(dotted);
    p.drawLine(QPointF(l.seenBand.left(), l.awarenessY), QPointF(l.seenBand.right(), l.awarenessY));

    for (int partner = 0; partner < 2; ++partner) {
        const PartnerStyle style = partnerStyle(partner, m_options.grayscale);
        const QRectF r = l.partnerLabelRects[std::size_t(partner)];
        if (r.width() < 1 || r.height() < 1)
            continue;
        const QFont font = cycleFont(l.partnerPixelSize, true);
        const QFontMetricsF fm(font);
        const qreal marker = l.partnerPixelSize * 0.8;
        const QString text =
            fm.elidedText(l.partnerLabels[std::size_t(partner)], Qt::ElideRight, r.width() - marker * 2);
        const qreal width = fm.horizontalAdvance(text) + marker * 1.6;
        const qreal left = r.center().x() - width / 2;
        paintPartnerMarker(p, QPointF(left + marker / 2, r.center().y()), marker, style);
        p.setFont(font);
        p.setPen(style.text);
        p.drawText(QRectF(left + marker * 1.6, r.top(), width, r.height()),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
    }
}

void CycleRenderer::paintArrows(QPainter &p, const CycleLayout &l) const
{
    // A pointer, not a copied optional: GCC 12 at -O3 misreads the copy as possibly uninitialised.
    const std::pair<int, CycleStep> *focus =
        !m_options.handout && m_options.hovered ? &*m_options.hovered : nullptr;
    for (const CycleArrow &a : l.arrows) {
        const PartnerStyle style = partnerStyle(a.partner, m_options.grayscale);
        QColor color = style.stroke;
        qreal width = l.lineWidth * (a.dashedLink ? 1.0 : 1.8);
        if (focus) {
            if (touches(a, *focus))
                width *= 1.8;
            else
                color.setAlphaF(0.35);
        }
        QPen pen(color, width, a.dashedLink ? Qt::DotLine : style.line, Qt::FlatCap, Qt::RoundJoin);
        // The loop's heads sit on a long curve and are drawn a little larger, to read from across a room.
        const qreal head = std::max<qreal>(l.lineWidth * 5.0, l.labelPixelSize * 0.7) *
                           (l.style == CycleStyle::Loop ? 1.5 : 1.0);
        QPainterPath path = a.path;
        const bool midHead = !a.headDirection.isNull();
        if (!a.dashedLink && !midHead && path.length() > head) {
            // Stop the line where the arrowhead begins, so the head's point is sharp.
            const qreal t = path.percentAtLength(path.length() - head * 0.8);
            QPainterPath shortened(path.pointAtPercent(0));
            for (int i = 1; i <= 24; ++i)
                shortened.lineTo(path.pointAtPercent(t * i / 24.0));
            path = shortened;
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(pen);
        p.drawPath(path);
        if (a.dashedLink)
            continue;
        // On the loop the head sits on the curve, along its tangent; on the grid at the path's end.
        QPointF dir = a.headDirection;
        QPointF tip = a.head + dir * head * 0.5;
        if (!midHead) {
            const qreal angle = qDegreesToRadians(a.path.angleAtPercent(1.0));
            dir = QPointF(std::cos(angle), -std::sin(angle));
            tip = a.path.pointAtPercent(1.0);
        }
        const QPointF normal(-dir.y(), dir.x());
        const QPointF base = tip - dir * head;
        const QPointF pts[3] = {tip, base + normal * head * 0.45, base - normal * head * 0.45};
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPolygon(pts, 3);
    }
}

void CycleRenderer::paintLeaders(QPainter &p, const CycleLayout &l) const
{
    if (l.style != CycleStyle::Loop)
        return;
    for (const auto &chain : l.boxes) {
        for (const CycleBox &b : chain) {
            if (b.leader.isNull())
                continue;
            const PartnerStyle style = partnerStyle(b.partner, m_options.grayscale);
            p.setPen(QPen(style.stroke, l.lineWidth * 0.9, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(b.leader);
            p.setPen(Qt::NoPen);
            p.setBrush(style.stroke);
            p.drawEllipse(b.anchor, l.lineWidth * 2.2, l.lineWidth * 2.2);
        }
    }
}

void CycleRenderer::paintBox(QPainter &p, const CycleLayout &l, const CycleBox &b) const
{
    const PartnerStyle style = partnerStyle(b.partner, m_options.grayscale);
    const bool below = isBelowAwareness(b.step);
    const auto key = std::make_pair(b.partner, b.step);
    const bool selected = !m_options.handout && m_options.selected == key;
    const bool hovered = !m_options.handout && m_options.hovered == key;
    const qreal radius = std::min(b.rect.width(), b.rect.height()) * 0.08;

    qreal border = l.lineWidth * (below ? 1.6 : 1.1);
    if (hovered)
        border *= 1.8;
    if (selected)
        border *= 2.4;
    p.setPen(QPen(style.stroke, border, Qt::SolidLine));
    p.setBrush(below ? style.tint : QColor(Qt::white));
    p.drawRoundedRect(b.rect.adjusted(border / 2, border / 2, -border / 2, -border / 2), radius, radius);

    // Changed since the version compared with: a solid corner tag, which reads without colour too.
    if (!m_options.handout && m_options.changed[std::size_t(b.partner)][std::size_t(indexOf(b.step))]) {
        const qreal tag = std::clamp(std::min(b.rect.width(), b.rect.height()) * 0.22, l.labelPixelSize * 0.8,
                                     l.labelPixelSize * 1.6);
        const QPointF corner = b.rect.topRight();
        const QPointF pts[3] = {corner, corner - QPointF(tag, 0), corner + QPointF(0, tag)};
        p.setPen(Qt::NoPen);
        p.setBrush(adjusted(QColor(0xB3, 0x3C, 0x2B)));
        p.drawPolygon(pts, 3);
    }

    // The step's name with the partner's marker, so a box is readable without colour.
    // The layout fitted the name whole, wrapped when the box is narrow; the marker leads its first line.
    const qreal marker = l.labelPixelSize * 0.7;
    const QStringList nameLines =
        b.labelLines.isEmpty() ? QStringList{m_labels.stepNames[std::size_t(indexOf(b.step))]} : b.labelLines;
    // Lines at the font's spacing below a little air (stepNameHeight).
    const qreal nameLineH = QFontMetricsF(cycleFont(l.labelPixelSize, true)).lineSpacing();
    const qreal nameStep = nameLineH;
    const qreal nameTop = b.labelRect.bottom() - nameLines.size() * nameLineH;
    paintPartnerMarker(p, QPointF(b.labelRect.left() + marker / 2, nameTop + nameLineH / 2), marker, style);
    p.setPen(style.text);
    p.setFont(cycleFont(l.labelPixelSize, true));
    for (qsizetype i = 0; i < nameLines.size(); ++i)
        p.drawText(QRectF(b.labelRect.left() + marker * 1.5, nameTop + i * nameStep,
                          b.labelRect.width() - marker * 1.5, nameLineH),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, nameLines.at(i));

    if (m_options.blank) {
        p.setPen(QPen(adjusted(QColor(0xb0, 0xb4, 0xba)), l.lineWidth * 0.7));
        for (qreal y = b.textRect.top() + l.writingLineGap; y <= b.textRect.bottom(); y += l.writingLineGap)
            p.drawLine(QPointF(b.textRect.left(), y), QPointF(b.textRect.right(), y));
        return;
    }
    if (b.lines.isEmpty())
        return;
    const QFont font = cycleFont(b.textPixelSize);
    const QFontMetricsF fm(font);
    const qreal lineH = fm.lineSpacing();
    const qreal blockH = b.lines.size() * lineH;
    qreal y = b.textRect.top() + std::max<qreal>(0.0, (b.textRect.height() - blockH) / 2);
    p.setFont(font);
    p.setPen(adjusted(QColor(0x1f, 0x23, 0x29)));
    for (const QString &line : b.lines) {
        p.drawText(QRectF(b.textRect.left(), y, b.textRect.width(), lineH),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine, line);
        y += lineH;
    }
    if (b.note > 0) {
        const QString number = m_labels.locale.toString(b.note);
        const qreal lastWidth = fm.horizontalAdvance(b.lines.last());
        const QFont small = cycleFont(std::max(4, int(b.textPixelSize * 0.75)), true);
        p.setFont(small);
        p.setPen(style.text);
        const QRectF r(b.textRect.center().x() + lastWidth / 2 + 1, y - lineH,
                       QFontMetricsF(small).horizontalAdvance(number) + 2, lineH * 0.7);
        p.drawText(r.intersected(b.rect), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, number);
    }
}

void CycleRenderer::paintNotes(QPainter &p, const CycleLayout &l) const
{
    if (l.noteLines.isEmpty())
        return;
    const QFont font = cycleFont(l.notesPixelSize);
    const qreal lineH = QFontMetricsF(font).lineSpacing();
    qreal y = l.notesRect.top();
    p.setPen(adjusted(QColor(0x30, 0x34, 0x3a)));
    for (int i = 0; i < l.noteLines.size(); ++i) {
        p.setFont(i == 0 ? cycleFont(l.notesPixelSize, true) : font);
        p.drawText(QRectF(l.notesRect.left(), y, l.notesRect.width(), lineH),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, l.noteLines.at(i));
        y += lineH;
    }
}

} // namespace attune
