// Laying out the cycle as a grid ("Boxes"): four columns (A outer, A inner, B inner, B outer) and three
// rows (two above the line of awareness, one below), text fitted box by box, and notes for what does not
// fit. The figure eight, the default, is in CycleLoopLayout.cpp; both share CycleLayoutParts.h.
#include "CycleLayout.h"

#include "CycleLayoutParts.h"
#include "TextFitting.h"

#include <QFontMetricsF>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace attune {

using namespace cycle_layout;

namespace {
constexpr int kPartners = 2;
}

namespace cycle_layout {

Metrics metricsFor(const QRectF &r, const CycleRenderOptions &o)
{
    const qreal pt = o.dpi / 72.0;
    const qreal shortSide = std::min(r.width(), r.height());
    // Readable on paper up to 11 pt; smaller drawings (thumbnails) scale the text with them.
    const qreal byRect = std::min(r.width(), r.height() * 1.4) / 46.0;
    Metrics m;
    m.textMax = std::max(4, int(std::floor(std::min(11.0 * pt, byRect))));
    m.textMin = std::max(4, int(std::ceil(std::min(7.0 * pt, qreal(m.textMax)))));
    m.textMin = std::min(m.textMin, m.textMax);
    m.label = std::max(4, int(std::lround(m.textMax * 0.8)));
    m.caption = std::max(4, int(std::lround(m.textMax * 0.85)));
    m.partner = std::max(5, int(std::lround(m.textMax * 1.15)));
    m.margin = shortSide * 0.015;
    // Gaps wide enough for the arrows to read as moves from one step to the next.
    m.gap = std::max(shortSide * 0.045, m.textMax * 2.0);
    m.centerGap = std::max(r.width() * 0.1, m.gap * 2.5);
    m.pad = m.textMax * 0.45;
    m.line = std::max(std::max(0.8 * pt, 1.0 / std::max<qreal>(o.devicePixelRatio, 1.0)), m.textMax / 14.0);
    return m;
}

int labelSizeFor(const CycleLabels &labels, qreal width, int preferred, int minimum)
{
    for (int px = preferred; px > minimum; --px) {
        qreal widest = 0;
        for (const QString &name : labels.stepNames)
            widest = std::max(widest, stepNameWidth(name, px));
        if (widest <= width)
            return px;
    }
    return std::min(preferred, minimum);
}

int labelMinimum(const Metrics &m, const CycleRenderOptions &o)
{
    const int legible = o.print || o.handout ? int(std::ceil(7.0 * o.dpi / 72.0)) : int(m.label * 0.7);
    return std::clamp(legible, 4, std::max(4, m.label));
}

qreal stepNameWidth(const QString &name, int pixelSize)
{
    // The marker and its gap take 1.05 times the size (see CycleRenderer); the rest is slack, as text
    // drawn on a printer measures a hair wider than QFontMetricsF says.
    const qreal advance = QFontMetricsF(cycleFont(pixelSize, true)).horizontalAdvance(name);
    return advance * 1.02 + pixelSize * 1.05 + 1.0;
}

QStringList stepNameLines(const QString &name, int pixelSize, qreal width)
{
    if (stepNameWidth(name, pixelSize) <= width)
        return {name};
    const QFont font = cycleFont(pixelSize, true);
    const qreal textWidth = width - stepNameWidth(QString(), pixelSize);
    // Wrapped a little narrower than the check below, which allows for printed text measuring wider.
    const QStringList lines = wrapText(name, font, std::max<qreal>(1.0, (textWidth - 1.0) / 1.03));
    // wrapText breaks inside a word only when the word alone is wider than the box: too narrow to
    // name the step at all (a small thumbnail), so it is left out rather than cut.
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (lines.join(QLatin1Char(' ')).split(QLatin1Char(' '), Qt::SkipEmptyParts) != words)
        return {};
    for (const QString &line : lines)
        if (QFontMetricsF(font).horizontalAdvance(line) * 1.02 + 1.0 > textWidth)
            return {};
    return lines;
}

qreal stepNameHeight(qsizetype lines, int pixelSize)
{
    // The font's own spacing, with a little air above the first line.
    return pixelSize * 0.12 +
           std::max<qsizetype>(1, lines) * QFontMetricsF(cycleFont(pixelSize, true)).lineSpacing();
}

void placeAwarenessLabel(CycleLayout &l, const CycleLabels &labels, const Metrics &m, const QRectF &room)
{
    l.awarenessPixelSize = std::max(4, int(m.caption * 0.8));
    const QFont font = cycleFont(l.awarenessPixelSize);
    const QFontMetricsF fm(font);
    // Slack as for the step names: printed text measures a hair wider.
    const qreal width = room.width() * 0.97;
    QStringList lines = fm.horizontalAdvance(labels.awarenessLine) <= width
                            ? QStringList{labels.awarenessLine}
                            : wrapText(labels.awarenessLine, font, width);
    const qreal lineH = fm.height();
    bool fits = !lines.isEmpty() && lines.size() * lineH <= room.height();
    for (const QString &line : std::as_const(lines))
        fits = fits && fm.horizontalAdvance(line) <= width;
    // wrapText breaks inside a word only when the word alone is wider than the line: too narrow to read.
    const QStringList words = labels.awarenessLine.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    fits = fits && lines.join(QLatin1Char(' ')).split(QLatin1Char(' '), Qt::SkipEmptyParts) == words;
    if (!fits) {
        l.awarenessLines.clear();
        l.awarenessLabelRect = QRectF(room.left(), room.bottom(), 0, 0);
        return;
    }
    l.awarenessLines = lines;
    const qreal h = lines.size() * lineH;
    l.awarenessLabelRect = QRectF(room.left(), room.bottom() - h, room.width(), h);
}

std::array<QString, 2> partnerHeadings(const CycleContent &shown, const CycleLabels &labels)
{
    std::array<QString, 2> out;
    for (int p = 0; p < kPartners; ++p) {
        QString name = shown.partnerNames[std::size_t(p)];
        if (name.isEmpty())
            name = labels.partnerFallback[std::size_t(p)];
        if (const auto position = shown.positions[std::size_t(p)])
            name += QStringLiteral(" · ") + labels.positionNames[std::size_t(indexOf(*position))];
        out[std::size_t(p)] = name;
    }
    return out;
}

// On paper, a numbered note for every elided box, in partner and step order.
static void numberNotes(CycleLayout &l, const CycleContent &shown)
{
    int number = 0;
    for (int p = 0; p < kPartners; ++p) {
        for (CycleStep step : allValues<CycleStep>()) {
            CycleBox &b = l.boxes[std::size_t(p)][std::size_t(indexOf(step))];
            if (!b.elided)
                continue;
            b.note = ++number;
            l.notes.append(
                CycleNote{number, p, step, shown.steps[std::size_t(p)][std::size_t(indexOf(step))]});
        }
    }
}

void placeNotes(CycleLayout &l, const CycleContent &shown, const Metrics &m, const QRectF &inner,
                qreal notesHeight)
{
    numberNotes(l, shown);
    l.notesPixelSize = m.textMin;
    if (notesHeight > 0)
        l.notesRect = QRectF(inner.left(), inner.bottom() - notesHeight, inner.width(), notesHeight);
}

QPainterPath straightPath(QPointF start, QPointF end)
{
    QPainterPath p(start);
    p.cubicTo(start + (end - start) / 3.0, start + (end - start) * 2.0 / 3.0, end);
    return p;
}

} // namespace cycle_layout

namespace {

// Column and row of each step in partner A's half; partner B's half mirrors it.
// Columns: 0 outer, 1 inner. Rows: 0 top, 1 just above the line, 2 below the line.
struct Cell
{
    int column;
    int row;
};
constexpr std::array<Cell, 6> kCells = {{
    {1, 1}, // trigger: next to the crossing, where the other's behavior arrives
    {1, 2}, // primary emotion: below the line
    {0, 1}, // secondary emotion
    {0, 0}, // perception
    {1, 0}, // behavior: next to the crossing, from where it leaves
    {0, 2}, // need: below the line
}};

QString initialOf(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    const int length = trimmed.at(0).isHighSurrogate() && trimmed.size() > 1 ? 2 : 1;
    return trimmed.left(length).toUpper() + QLatin1Char('.');
}

QString firstNameOf(const QString &name)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : words.first();
}

void addArrow(CycleLayout &layout, int partner, CycleStep from, int toPartner, CycleStep to,
              QPainterPath path, bool link = false)
{
    layout.arrows.append(CycleArrow{partner, from, toPartner, to, std::move(path), link});
}

QPainterPath curve(QPointF start, QPointF c1, QPointF c2, QPointF end)
{
    QPainterPath p(start);
    p.cubicTo(c1, c2, end);
    return p;
}

// A straight move, as a cubic with control points on the line so its direction is defined at both ends.
QPainterPath straight(QPointF start, QPointF end)
{
    return curve(start, start + (end - start) / 3.0, start + (end - start) * 2.0 / 3.0, end);
}

void layoutArrows(CycleLayout &l, const Metrics &m)
{
    l.arrows.clear();
    for (int p = 0; p < kPartners; ++p) {
        const qreal inward = p == 0 ? 1.0 : -1.0; // towards the crossing
        auto r = [&](CycleStep s) { return l.box(p, s).rect; };
        auto innerX = [&](const QRectF &b) { return p == 0 ? b.right() : b.left(); };
        auto outerX = [&](const QRectF &b) { return p == 0 ? b.left() : b.right(); };

        const QRectF trig = r(CycleStep::Trigger), prim = r(CycleStep::PrimaryEmotion);
        const QRectF sec = r(CycleStep::SecondaryEmotion), perc = r(CycleStep::Perception);
        const QRectF beh = r(CycleStep::Behavior), need = r(CycleStep::Need);

        addArrow(l, p, CycleStep::Trigger, p, CycleStep::PrimaryEmotion,
                 straight(QPointF(trig.center().x(), trig.bottom()), QPointF(prim.center().x(), prim.top())));

        const QPointF up(outerX(prim) + inward * prim.width() * 0.2, prim.top());
        const QPointF into(innerX(sec) - inward * sec.width() * 0.2, sec.bottom());
        const qreal rise = (up.y() - into.y()) * 0.55;
        addArrow(l, p, CycleStep::PrimaryEmotion, p, CycleStep::SecondaryEmotion,
                 curve(up, up - QPointF(0, rise), into + QPointF(0, rise), into));

        const QPointF secTop(sec.center().x(), sec.top()), percBottom(perc.center().x(), perc.bottom());
        addArrow(l, p, CycleStep::SecondaryEmotion, p, CycleStep::Perception, straight(secTop, percBottom));

        const QPointF percSide(innerX(perc), perc.center().y()), behSide(outerX(beh), beh.center().y());
        addArrow(l, p, CycleStep::Perception, p, CycleStep::Behavior, straight(percSide, behSide));

        // The crossing: this partner's behavior becomes the other's trigger.
        const int other = 1 - p;
        const QRectF otherTrig = l.box(other, CycleStep::Trigger).rect;
        const QPointF leave(innerX(beh), beh.center().y());
        const QPointF arrive(p == 0 ? otherTrig.left() : otherTrig.right(), otherTrig.center().y());
        const qreal reach = std::abs(arrive.x() - leave.x()) * 0.55;
        addArrow(
            l, p, CycleStep::Behavior, other, CycleStep::Trigger,
            curve(leave, leave + QPointF(inward * reach, 0), arrive - QPointF(inward * reach, 0), arrive));

        const QPointF primSide(outerX(prim), prim.center().y()), needSide(innerX(need), need.center().y());
        addArrow(l, p, CycleStep::PrimaryEmotion, p, CycleStep::Need, straight(primSide, needSide), true);
    }
    Q_UNUSED(m);
}

qreal colWidthFor(const QRectF &rect, const Metrics &m)
{
    return std::max<qreal>(0.0, (rect.width() - 2 * m.margin - 2 * m.gap - m.centerGap) / 4.0);
}

// One pass with notesHeight reserved at the bottom for the numbered notes.
CycleLayout layoutPass(const CycleContent &content, const QRectF &rect, const CycleRenderOptions &o,
                       const CycleLabels &labels, qreal notesHeight)
{
    if (o.style == CycleStyle::Loop)
        return layoutLoop(content, rect, o, labels, notesHeight);
    const Metrics m = metricsFor(rect, o);
    CycleLayout l;
    l.bounds = rect;
    l.labelPixelSize = labelSizeFor(labels, colWidthFor(rect, m) - 2 * m.pad, m.label, labelMinimum(m, o));
    l.captionPixelSize = m.caption;
    l.partnerPixelSize = m.partner;
    l.lineWidth = m.line;

    const QRectF inner = rect.adjusted(m.margin, m.margin, -m.margin, -m.margin);
    const qreal partnerBand = m.partner * 1.6;
    const qreal captionBand = m.caption * 1.7;
    const qreal awarenessBand = std::max(m.gap * 1.5, m.caption * 2.6);
    const qreal fixed = partnerBand + 2 * captionBand + 0.8 * m.gap + m.gap + awarenessBand + notesHeight;
    const qreal rowH = std::max<qreal>(0.0, (inner.height() - fixed) / 3.0);
    const qreal colW = colWidthFor(rect, m);

    const std::array<qreal, 4> colX = {inner.left(), inner.left() + colW + m.gap,
                                       inner.left() + 2 * colW + m.gap + m.centerGap,
                                       inner.left() + 3 * colW + 2 * m.gap + m.centerGap};
    const qreal top = inner.top() + partnerBand;
    const qreal row0 = top + captionBand + 0.4 * m.gap;
    const qreal row1 = row0 + rowH + m.gap;
    const qreal lineTop = row1 + rowH;
    l.awarenessY = lineTop + awarenessBand / 2;
    const qreal row2 = lineTop + awarenessBand;
    const std::array<qreal, 3> rowY = {row0, row1, row2};
    const qreal feltBottom = row2 + rowH + 0.4 * m.gap + captionBand;

    l.seenBand = QRectF(inner.left(), top, inner.width(), l.awarenessY - top);
    l.feltBand = QRectF(inner.left(), l.awarenessY, inner.width(), feltBottom - l.awarenessY);
    l.seenCaptionRect =
        QRectF(inner.left() + m.pad, top + m.caption * 0.25, inner.width() - 2 * m.pad, m.caption * 1.3);
    l.feltCaptionRect = QRectF(inner.left() + m.pad, feltBottom - m.caption * 1.55, inner.width() - 2 * m.pad,
                               m.caption * 1.3);
    // In the outer half of A's column, where no arrow crosses the band.
    placeAwarenessLabel(l, labels, m,
                        QRectF(inner.left() + m.pad, lineTop + awarenessBand * 0.05, colW * 0.74,
                               awarenessBand * 0.45 - m.line));

    const CycleContent shown = content.withPrivacy(o.initialsOnly);
    l.partnerLabels = partnerHeadings(shown, labels);
    for (int p = 0; p < kPartners; ++p) {
        const qreal left = p == 0 ? colX[0] : colX[2];
        l.partnerLabelRects[std::size_t(p)] = QRectF(left, inner.top(), 2 * colW + m.gap, partnerBand);
    }

    const qreal markerReserve = o.print || o.handout ? m.textMin * 1.4 : 0.0;
    for (int p = 0; p < kPartners; ++p) {
        for (CycleStep step : allValues<CycleStep>()) {
            const Cell cell = kCells[std::size_t(indexOf(step))];
            const int column = p == 0 ? cell.column : 3 - cell.column;
            CycleBox &b = l.boxes[std::size_t(p)][std::size_t(indexOf(step))];
            b.partner = p;
            b.step = step;
            b.rect = QRectF(colX[std::size_t(column)], rowY[std::size_t(cell.row)], colW, rowH);
            b.labelLines = stepNameLines(labels.stepNames[std::size_t(indexOf(step))], l.labelPixelSize,
                                         colW - 2 * m.pad);
            b.labelRect =
                QRectF(b.rect.left() + m.pad, b.rect.top() + m.pad * 0.7, colW - 2 * m.pad,
                       std::max<qreal>(m.label * 1.35, stepNameHeight(b.labelLines.size(), l.labelPixelSize)))
                    .intersected(b.rect);
            const qreal textTop = b.labelRect.bottom() + m.pad * 0.3;
            b.textRect = QRectF(b.rect.left() + m.pad, textTop, colW - 2 * m.pad,
                                std::max<qreal>(0.0, b.rect.bottom() - m.pad * 0.7 - textTop));
            const QString text =
                o.blank ? QString() : shown.steps[std::size_t(p)][std::size_t(indexOf(step))];
            const FittedText fit = fitText(text, b.textRect.size(), m.textMax, m.textMin, markerReserve);
            b.textPixelSize = fit.pixelSize;
            b.lines = fit.lines;
            b.elided = fit.elided;
        }
    }
    // One text size for the whole figure reads calmer than boxes shrinking one by one: every box
    // takes the size the most crowded box needed (never below the readable minimum).
    int uniform = m.textMax;
    for (const auto &chain : l.boxes)
        for (const CycleBox &b : chain)
            if (!b.lines.isEmpty())
                uniform = std::min(uniform, b.textPixelSize);
    for (auto &chain : l.boxes) {
        for (CycleBox &b : chain) {
            if (b.lines.isEmpty() || b.textPixelSize == uniform)
                continue;
            const FittedText fit = fitText(shown.steps[std::size_t(b.partner)][std::size_t(indexOf(b.step))],
                                           b.textRect.size(), uniform, m.textMin, markerReserve);
            b.textPixelSize = fit.pixelSize;
            b.lines = fit.lines;
            b.elided = fit.elided;
        }
    }
    l.writingLineGap = std::max<qreal>(m.textMax * 1.9, 0.25 * o.dpi);
    layoutArrows(l, m);

    if (o.print || o.handout)
        placeNotes(l, shown, m, inner, notesHeight);
    return l;
}

QString noteText(const CycleNote &n, const CycleLayout &l, const CycleLabels &labels)
{
    QString who = l.partnerLabels[std::size_t(n.partner)].section(QStringLiteral(" · "), 0, 0);
    return QStringLiteral("%1  %2, %3: %4")
        .arg(labels.locale.toString(n.number), who, labels.stepNames[std::size_t(indexOf(n.step))],
             QString(n.text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
}

} // namespace

QFont cycleFont(int pixelSize, bool bold, bool italic)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, pixelSize));
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

CycleContent CycleContent::from(const CycleMap &map, const Couple &couple)
{
    CycleContent c;
    c.kind = map.kind;
    c.version = map.version;
    c.date = map.date;
    for (int p = 0; p < kPartners; ++p) {
        c.partnerNames[std::size_t(p)] = couple.partners[std::size_t(p)].name;
        c.positions[std::size_t(p)] = couple.partners[std::size_t(p)].position;
        c.steps[std::size_t(p)] = map.chains[std::size_t(p)].steps;
    }
    return c;
}

CycleContent CycleContent::withPrivacy(bool initialsOnly) const
{
    CycleContent c = *this;
    for (int p = 0; p < kPartners; ++p) {
        const QString full = partnerNames[std::size_t(p)].trimmed();
        c.partnerNames[std::size_t(p)] = initialsOnly ? initialOf(full) : firstNameOf(full);
        if (!initialsOnly || full.isEmpty())
            continue;
        // Every word of the name, so "Mary" and "Miller" in a step's text become initials too.
        QStringList words = full.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        words.prepend(full);
        for (const QString &word : std::as_const(words)) {
            const QRegularExpression re(
                QStringLiteral("(?<!\\w)") + QRegularExpression::escape(word) + QStringLiteral("(?!\\w)"),
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
            for (auto &chain : c.steps)
                for (QString &text : chain)
                    text.replace(re, initialOf(word));
        }
    }
    return c;
}

std::optional<std::pair<int, CycleStep>> CycleLayout::stepAt(QPointF point) const
{
    for (const auto &chain : boxes)
        for (const CycleBox &b : chain)
            if (b.rect.contains(point))
                return std::make_pair(b.partner, b.step);
    return std::nullopt;
}

CycleLayout layoutCycle(const CycleContent &content, const QRectF &rect, const CycleRenderOptions &options,
                        const CycleLabels &labels)
{
    CycleLayout l = layoutPass(content, rect, options, labels, 0.0);
    if (l.notes.isEmpty())
        return l;
    // Reserve room for the notes, lay out again (smaller boxes may elide more), then fit the notes.
    const Metrics m = metricsFor(rect, options);
    const qreal width = rect.width() - 2 * m.margin;
    const qreal cap = rect.height() * 0.42;
    qreal needed = 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
        QStringList texts{labels.notesTitle};
        for (const CycleNote &n : std::as_const(l.notes))
            texts << noteText(n, l, labels);
        needed = std::min(cap, measureParagraphs(texts, width, l.notesPixelSize) + m.gap * 0.5);
        const CycleLayout next = layoutPass(content, rect, options, labels, needed);
        const bool stable = next.notes.size() == l.notes.size();
        l = next;
        if (stable)
            break;
    }
    QStringList texts{labels.notesTitle};
    for (const CycleNote &n : std::as_const(l.notes))
        texts << noteText(n, l, labels);
    const QRectF area = l.notesRect.adjusted(0, m.gap * 0.5, 0, 0);
    l.noteLines = wrapParagraphs(texts, area.size(), l.notesPixelSize);
    l.notesRect = area;
    return l;
}

} // namespace attune
