// Laying out the figure eight, the cycle as therapists draw it: each partner's chain is one lobe of a
// lemniscate of Gerono (x = a sin u, y = h sin 2u), the two lobes joined at a crossing on the line of
// awareness. Along a lobe the reading order is the curve's own direction: from the crossing (the trigger,
// where the other's behavior arrives) down to the primary emotion and the need, up the outer side to the
// secondary emotion, across the top (perception) and back in (behavior), through the crossing into the
// other lobe. The three steps the couple see sit above the curve, the two felt ones below it, the
// trigger inside its lobe; each box is joined to its point on the curve by a vertical leader, so nothing
// crosses the curve. A lobe is convex, which keeps the trigger's leader inside it.
#include "CycleLayoutParts.h"
#include "TextFitting.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace attune {

namespace {

constexpr qreal kPi = 3.14159265358979323846;
constexpr int kPartners = 2;

// Above the curve from the outer end inwards, below it from the outer end inwards.
constexpr std::array<CycleStep, 3> kTopRow = {CycleStep::SecondaryEmotion, CycleStep::Perception,
                                              CycleStep::Behavior};
constexpr std::array<CycleStep, 2> kBottomRow = {CycleStep::Need, CycleStep::PrimaryEmotion};

qreal sideOf(int partner)
{
    return partner == 0 ? -1.0 : 1.0;
}

struct Frame
{
    cycle_layout::Metrics m;
    qreal chrome = 0; // a box's height without its text: padding and the step's name on one line
    int labelPx = 0;
    qreal lineH = 0; // a line of text at the largest size
    qreal markerReserve = 0;
    bool blank = false;
};

// A box's height without its text: padding and the step's name, on one line or wrapped.
qreal chromeFor(const Frame &f, const QString &name, qreal w)
{
    const qsizetype nameLines = cycle_layout::stepNameLines(name, f.labelPx, w - 2 * f.m.pad).size();
    return f.chrome + cycle_layout::stepNameHeight(nameLines, f.labelPx) -
           cycle_layout::stepNameHeight(1, f.labelPx);
}

// The height a box of width w needs to show text whole at the largest size (at least one line).
qreal neededHeight(const Frame &f, const QString &name, const QString &text, qreal w)
{
    const qsizetype lines =
        text.trimmed().isEmpty()
            ? 1
            : wrapText(text, cycleFont(f.m.textMax), std::max<qreal>(1.0, w - 2 * f.m.pad)).size();
    return chromeFor(f, name, w) + std::max<qsizetype>(1, lines) * f.lineH + 1.0;
}

// The box's inner rectangles and its text fitted in them, box by box: a long text in one box never
// shrinks the others.
void placeBox(CycleBox &b, const QRectF &rect, const Frame &f, const QString &name, const QString &text)
{
    const auto &m = f.m;
    b.rect = rect;
    const qreal labelW = std::max<qreal>(0.0, rect.width() - 2 * m.pad);
    b.labelLines = cycle_layout::stepNameLines(name, f.labelPx, labelW);
    b.labelRect = QRectF(rect.left() + m.pad, rect.top() + m.pad * 0.7, labelW,
                         cycle_layout::stepNameHeight(b.labelLines.size(), f.labelPx))
                      .intersected(rect);
    const qreal textTop = std::min(rect.bottom(), b.labelRect.bottom() + m.pad * 0.3);
    b.textRect = QRectF(rect.left() + m.pad, textTop, std::max<qreal>(0.0, rect.width() - 2 * m.pad),
                        std::max<qreal>(0.0, rect.bottom() - m.pad * 0.7 - textTop));
    const FittedText fit =
        fitText(f.blank ? QString() : text, b.textRect.size(), m.textMax, m.textMin, f.markerReserve);
    b.textPixelSize = fit.pixelSize;
    b.lines = fit.lines;
    b.elided = fit.elided;
}

// The points of a lobe's outline at depth d below (or above) the line: between these x offsets from
// the crossing (as fractions of the half-width) the lobe is at least d deep.
std::pair<qreal, qreal> spanAtDepth(qreal depthFraction)
{
    const qreal alpha = std::asin(std::clamp<qreal>(depthFraction, 0.0, 1.0)) / 2;
    return {std::sin(alpha), std::cos(alpha)};
}

QPainterPath curveBetween(const CycleLayout &l, int partner, qreal u0, qreal u1, QPainterPath path = {})
{
    // Never fewer than a dozen points, so a short move between close steps still reads as a curve.
    const int n = std::max(12, int(std::ceil(std::abs(u1 - u0) / kPi * 96)));
    if (path.elementCount() == 0)
        path.moveTo(loopPoint(l, partner, u0));
    for (int i = 1; i <= n; ++i)
        path.lineTo(loopPoint(l, partner, u0 + (u1 - u0) * i / n));
    return path;
}

QPointF unit(QPointF v)
{
    const qreal len = std::hypot(v.x(), v.y());
    return len > 0 ? v / len : QPointF(1, 0);
}

// headAt: where along the move its head sits (a parameter between u0 and u1).
void addMove(CycleLayout &l, int partner, CycleStep from, qreal u0, CycleStep to, qreal u1, qreal headAt)
{
    CycleArrow a;
    a.partner = partner;
    a.from = from;
    a.toPartner = partner;
    a.to = to;
    a.path = curveBetween(l, partner, u0, u1);
    a.head = loopPoint(l, partner, headAt);
    a.headDirection = unit(loopTangent(l, partner, headAt));
    l.arrows.append(a);
}

} // namespace

std::optional<CycleStyle> cycleStyleFromKey(const QString &key)
{
    if (key.compare(QLatin1String("loop"), Qt::CaseInsensitive) == 0)
        return CycleStyle::Loop;
    if (key.compare(QLatin1String("boxes"), Qt::CaseInsensitive) == 0)
        return CycleStyle::Boxes;
    return std::nullopt;
}

QString cycleStyleKey(CycleStyle style)
{
    return style == CycleStyle::Loop ? QStringLiteral("loop") : QStringLiteral("boxes");
}

QPointF loopPoint(const CycleLayout &l, int partner, qreal u)
{
    return {l.crossing.x() + sideOf(partner) * l.lobeWidth * std::sin(u),
            l.crossing.y() + l.lobeHeight * std::sin(2 * u)};
}

QPointF loopTangent(const CycleLayout &l, int partner, qreal u)
{
    return {sideOf(partner) * l.lobeWidth * std::cos(u), 2 * l.lobeHeight * std::cos(2 * u)};
}

namespace {

// lobeShare: the part of the height each lobe's half takes (before the rows take what they need).
// allowShared: when the step names do not fit boxes of equal width on one line, may the row above the
// curve give its boxes unequal widths (shared set when it did), or must the names wrap?
CycleLayout layoutLoopWith(const CycleContent &content, const QRectF &rect, const CycleRenderOptions &o,
                           const CycleLabels &labels, qreal notesHeight, bool allowShared, qreal lobeShare,
                           bool &sharedOut)
{
    using namespace cycle_layout;
    Frame f;
    f.m = metricsFor(rect, o);
    const Metrics &m = f.m;
    f.blank = o.blank;
    f.markerReserve = o.print || o.handout ? m.textMin * 1.4 : 0.0;
    f.lineH = QFontMetricsF(cycleFont(m.textMax)).lineSpacing();

    CycleLayout l;
    l.style = CycleStyle::Loop;
    l.bounds = rect;
    l.captionPixelSize = m.caption;
    l.partnerPixelSize = m.partner;
    l.lineWidth = m.line;
    l.writingLineGap = std::max<qreal>(m.textMax * 1.9, 0.25 * o.dpi);

    const CycleContent shown = content.withPrivacy(o.initialsOnly);
    l.partnerLabels = partnerHeadings(shown, labels);
    auto textOf = [&](int p, CycleStep s) { return shown.steps[std::size_t(p)][std::size_t(indexOf(s))]; };

    const QRectF inner = rect.adjusted(m.margin, m.margin, -m.margin, -m.margin);
    const qreal clear = std::max(m.pad * 0.6, m.line * 3); // between the curve and anything near it

    // Across: a gutter at each outer end (the line of awareness is named in the left one), the lobes in
    // between.
    const QFontMetricsF awarenessFm(cycleFont(std::max(4, int(m.caption * 0.8))));
    const qreal awarenessW = awarenessFm.horizontalAdvance(labels.awarenessLine) + clear;
    // A little slack: text drawn on a printer measures a hair wider than QFontMetricsF says.
    // When the name does not fit the widest gutter on one line it goes on two or three, as wide as its
    // longest word.
    qreal awarenessWordW = 0;
    for (const QString &word : labels.awarenessLine.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        awarenessWordW = std::max(awarenessWordW, awarenessFm.horizontalAdvance(word) + clear);
    const qreal widestGutter = inner.width() * 0.13;
    const qreal gutter =
        std::clamp((awarenessW * 1.1 + clear <= widestGutter ? awarenessW : awarenessWordW) * 1.1 + clear,
                   inner.width() * 0.03, widestGutter);
    const qreal half = inner.width() / 2;
    const qreal cx = inner.center().x();
    const qreal a = std::max<qreal>(1.0, half - gutter);
    const qreal centerGap = std::max(inner.width() * 0.05, m.gap * 1.2);
    const qreal hGap = std::max(m.gap * 0.5, clear * 2);
    const qreal topTotal = std::max<qreal>(3.0, half - centerGap / 2 - 2 * hGap);
    const qreal bottomW = std::max<qreal>(1.0, (half - centerGap / 2 - hGap) / 2);
    auto nameOf = [&](CycleStep s) { return labels.stepNames[std::size_t(indexOf(s))]; };
    // The step names, whole on one line: at the largest size where they fit boxes of equal width; else
    // at the smallest legible size with each box in the row above the curve as wide as its name needs
    // and the others sharing the rest (allowShared); else at that size, wrapped at spaces.
    const int minLabel = labelMinimum(m, o);
    auto nameNeed = [&](CycleStep s, int px) { return stepNameWidth(nameOf(s), px) + 2 * m.pad; };
    auto bottomFits = [&](int px) {
        return std::all_of(kBottomRow.begin(), kBottomRow.end(),
                           [&](CycleStep s) { return nameNeed(s, px) <= bottomW; });
    };
    auto topFits = [&](int px, bool equal) {
        qreal sum = 0, widest = 0;
        for (CycleStep s : kTopRow) {
            sum += nameNeed(s, px);
            widest = std::max(widest, nameNeed(s, px));
        }
        return equal ? widest <= topTotal / 3 : sum <= topTotal;
    };
    int labelPx = minLabel;
    bool shareByName = false;
    int px = m.label;
    while (px > minLabel && !(bottomFits(px) && topFits(px, true)))
        --px;
    // Unequal boxes at the smallest legible size, so the others give up as little width as they can.
    shareByName = allowShared && !(bottomFits(px) && topFits(px, true)) && bottomFits(minLabel) &&
                  topFits(minLabel, false);
    sharedOut = shareByName;
    labelPx = px;
    l.labelPixelSize = labelPx;
    f.labelPx = labelPx;
    f.chrome = 1.7 * m.pad + stepNameHeight(1, labelPx);
    // The row's widths, outer box first: a box whose name needs more than an equal share gets what it
    // needs, the others share what is left.
    std::array<qreal, 3> topW;
    topW.fill(topTotal / 3);
    if (shareByName) {
        std::array<bool, 3> fixed{};
        qreal left = topTotal;
        int shared = 3;
        for (bool changed = true; changed && shared > 0;) {
            changed = false;
            for (std::size_t i = 0; i < 3; ++i) {
                const qreal need = nameNeed(kTopRow[i], labelPx);
                if (!fixed[i] && need > left / shared) {
                    fixed[i] = true;
                    topW[i] = need;
                    left -= need;
                    --shared;
                    changed = true;
                }
            }
        }
        for (std::size_t i = 0; i < 3; ++i)
            if (!fixed[i])
                topW[i] = left / std::max(1, shared);
    }

    // Down: the row above the curve, the curve, the row below. Every box's size comes from its own text
    // within a share of the height that does not depend on the texts (rowRef, and the trigger's room in a
    // lobe of height hhRef), so a long text in one box never shrinks another. Rows then take what their
    // tallest box needs and the curve the rest, never taller than wide; a larger lobe still holds the trigger
    // placed for the smaller one.
    const qreal avail = std::max<qreal>(0.0, inner.height() - notesHeight);
    const qreal gapV = std::max(clear * 2, m.gap * 0.6);
    const qreal hhRef = std::max<qreal>(1.0, std::min(avail * lobeShare, a * 0.8));
    const qreal rowRef = std::max<qreal>(0.0, (avail - 2 * hhRef - 2 * gapV) / 2);
    qreal topNeed = 0, bottomNeed = 0;
    for (int p = 0; p < kPartners; ++p) {
        for (std::size_t i = 0; i < 3; ++i)
            topNeed = std::max(topNeed,
                               o.blank ? rowRef
                                       : neededHeight(f, nameOf(kTopRow[i]), textOf(p, kTopRow[i]), topW[i]));
        for (CycleStep s : kBottomRow)
            bottomNeed =
                std::max(bottomNeed, o.blank ? rowRef : neededHeight(f, nameOf(s), textOf(p, s), bottomW));
    }
    const qreal topH = std::min(rowRef, topNeed), bottomH = std::min(rowRef, bottomNeed);
    const qreal hh = std::max(hhRef, std::min((avail - topH - bottomH - 2 * gapV) / 2, a * 0.8));
    const qreal used = topH + bottomH + 2 * gapV + 2 * hh;
    const qreal y0 = inner.top() + std::max<qreal>(0.0, (avail - used) / 2);
    const qreal topRowBottom = y0 + topH;
    const qreal ya = topRowBottom + gapV + hh;
    const qreal bottomRowTop = ya + hh + gapV;

    l.crossing = QPointF(cx, ya);
    l.lobeWidth = a;
    l.lobeHeight = hh;
    l.awarenessY = ya;

    for (int p = 0; p < kPartners; ++p) {
        for (CycleStep s : allValues<CycleStep>()) {
            l.boxes[std::size_t(p)][std::size_t(indexOf(s))].partner = p;
            l.boxes[std::size_t(p)][std::size_t(indexOf(s))].step = s;
        }
    }
    const qreal minH = f.chrome + f.lineH * 0.5;
    for (int p = 0; p < kPartners; ++p) {
        const qreal side = sideOf(p);
        // From the outer end inwards: offset is how far the box's outer edge is from the page's.
        auto xAt = [&](qreal offset, qreal w) {
            return p == 0 ? inner.left() + offset : inner.right() - w - offset;
        };
        qreal offset = 0;
        for (std::size_t i = 0; i < 3; ++i) {
            const CycleStep s = kTopRow[i];
            const qreal h = std::clamp(o.blank ? rowRef : neededHeight(f, nameOf(s), textOf(p, s), topW[i]),
                                       std::min(minH, rowRef), rowRef);
            CycleBox &b = l.boxes[std::size_t(p)][std::size_t(indexOf(s))];
            placeBox(b, QRectF(xAt(offset, topW[i]), topRowBottom - h, topW[i], h), f, nameOf(s),
                     textOf(p, s));
            offset += topW[i] + hGap;
        }
        for (int i = 0; i < 2; ++i) {
            const CycleStep s = kBottomRow[std::size_t(i)];
            const qreal h = std::clamp(o.blank ? rowRef : neededHeight(f, nameOf(s), textOf(p, s), bottomW),
                                       std::min(minH, rowRef), rowRef);
            CycleBox &b = l.boxes[std::size_t(p)][std::size_t(indexOf(s))];
            placeBox(b, QRectF(xAt(i * (bottomW + hGap), bottomW), bottomRowTop, bottomW, h), f, nameOf(s),
                     textOf(p, s));
        }

        // The trigger inside its lobe, above the line: the deeper the box, the narrower the lobe there,
        // so try depths until the text fits at the largest size.
        CycleBox &trigger = l.boxes[std::size_t(p)][std::size_t(indexOf(CycleStep::Trigger))];
        const QString triggerText = textOf(p, CycleStep::Trigger);
        std::optional<CycleBox> best;
        for (qreal k : {0.45, 0.55, 0.65, 0.75, 0.82, 0.9}) {
            const auto [nearX, farX] = spanAtDepth(k);
            const qreal x0 = cx + side * (a * nearX + clear), x1 = cx + side * (a * farX - clear);
            const QRectF r(QPointF(std::min(x0, x1), ya - k * hhRef + clear),
                           QPointF(std::max(x0, x1), ya - clear));
            if (r.width() <= 0 || r.height() <= 0)
                continue;
            CycleBox candidate = trigger;
            placeBox(candidate, r, f, nameOf(CycleStep::Trigger), triggerText);

            // Whole text first, then larger text, then (when both elide) more room for it.
            // On a blank worksheet, simply the most room to write in.
            auto score = [&](const CycleBox &b) {
                if (o.blank)
                    return std::make_tuple(true, 0, b.textRect.width() * b.textRect.height());
                return std::make_tuple(!b.elided, b.textPixelSize, b.textRect.width() * b.textRect.height());
            };
            const bool better = !best || score(candidate) > score(*best);
            if (better)
                best = candidate;
            if (!o.blank && !candidate.elided && candidate.textPixelSize == m.textMax)
                break;
        }
        if (best)
            trigger = *best;
        else // a drawing too small for anything: a sliver just above the crossing's side
            placeBox(trigger, QRectF(cx + side * a * 0.5 - 0.5, ya - 1.5, 1, 1), f,
                     nameOf(CycleStep::Trigger), triggerText);
    }

    // Where each step sits on its lobe: straight below or above its box (within the lobe), so the
    // leaders are vertical and the steps follow the curve's direction in reading order.
    QPainterPath whole;
    for (int p = 0; p < kPartners; ++p)
        whole = curveBetween(l, p, 0, kPi, p == 0 ? QPainterPath() : whole);
    whole.closeSubpath();
    l.curve = whole;

    std::array<std::array<qreal, 6>, 2> u{};
    for (int p = 0; p < kPartners; ++p) {
        auto at = [&](CycleStep s) -> CycleBox & { return l.boxes[std::size_t(p)][std::size_t(indexOf(s))]; };
        auto ratio = [&](const CycleBox &b) {
            return std::clamp<qreal>(std::abs(b.rect.center().x() - cx) / a, std::sin(0.3), 0.96);
        };
        for (CycleStep s : kTopRow)
            u[std::size_t(p)][std::size_t(indexOf(s))] = kPi - std::asin(ratio(at(s)));
        for (CycleStep s : kBottomRow)
            u[std::size_t(p)][std::size_t(indexOf(s))] = std::asin(ratio(at(s)));
        const qreal primaryU = u[std::size_t(p)][std::size_t(indexOf(CycleStep::PrimaryEmotion))];
        u[std::size_t(p)][std::size_t(indexOf(CycleStep::Trigger))] = std::min(0.2, primaryU * 0.55);
        for (CycleStep s : allValues<CycleStep>()) {
            CycleBox &b = at(s);
            b.anchor = loopPoint(l, p, u[std::size_t(p)][std::size_t(indexOf(s))]);
            const bool above = b.anchor.y() > b.rect.bottom();
            const qreal x = std::clamp(b.anchor.x(), b.rect.left() + clear,
                                       std::max(b.rect.left() + clear, b.rect.right() - clear));
            b.leader = QLineF(b.anchor, QPointF(x, above ? b.rect.bottom() : b.rect.top()));
        }
    }

    // The line's name in the left gutter, where no curve passes, left out when the gutter is too narrow.
    // It may take up to three lines, rising from the line into the gutter, below the row of boxes.
    const qreal gutterW = std::max<qreal>(0.0, cx - a - clear - inner.left());
    const qreal captionH = m.caption * 1.3;
    const qreal awarenessTop = std::max(topRowBottom + clear, ya - clear * 0.5 - 3 * awarenessFm.height());
    placeAwarenessLabel(
        l, labels, m,
        QRectF(QPointF(inner.left(), awarenessTop), QPointF(inner.left() + gutterW, ya - clear * 0.5)));
    // The layers' captions in the open V between the lobes, above the crossing and below it: at depth
    // d the lobes' inner sides are a sin(asin(d / h) / 2) from the middle, and the V only widens
    // further out, so a caption whose edge nearest the line is at d clears both lobes.
    const qreal depth = std::min(0.72 * hh, hh + gapV * 0.8 - captionH);
    qreal captionHalf =
        depth > 0.3 * hh ? a * std::sin(std::asin(std::min<qreal>(1.0, depth / hh)) / 2) - clear : 0.0;
    for (const auto &chain : l.boxes) // and between the leaders that rise and fall beside it
        for (const CycleBox &b : chain)
            if (b.step != CycleStep::Trigger)
                captionHalf = std::min(
                    captionHalf,
                    std::min(std::abs(b.leader.p1().x() - cx), std::abs(b.leader.p2().x() - cx)) - clear);
    const QFont captionFont = cycleFont(m.caption, false, true);
    const QFontMetricsF captionFm(captionFont);
    // The V's half-width at a depth below (or above) the line, less the leaders beside it.
    const qreal leaderHalf = captionHalf + clear;
    auto halfAt = [&](qreal d) {
        return d > 0.3 * hh ? std::min(a * std::sin(std::asin(std::min<qreal>(1.0, d / hh)) / 2) - clear,
                                       leaderHalf - clear)
                            : 0.0;
    };
    // On one line where it fits; else on two, its edge nearest the line moved in as far as the row of
    // boxes beyond needs, where the V is narrower, so it is wrapped for that width. Never elided.
    auto captionRect = [&](const QString &text, bool above) {
        const qreal full = captionFm.horizontalAdvance(text);
        qreal d = depth, room = captionHalf;
        qreal widest = full;
        int lines = 1;
        if (full > 2 * room) {
            d = std::min(depth, hh + gapV * 0.8 - 2 * captionH);
            room = halfAt(d);
            const QStringList wrapped = wrapText(text, captionFont, std::max<qreal>(1.0, 2 * room));
            lines = 2;
            widest = 0;
            for (const QString &line : wrapped)
                widest = std::max(widest, captionFm.horizontalAdvance(line));
            if (wrapped.size() > 2 || widest > 2 * room) // too narrow to read: left out
                return QRectF(cx, above ? ya - d - captionH : ya + d, 0, captionH);
        }
        const qreal w2 = std::min(room, widest / 2 + clear);
        if (w2 < widest * 0.3) // too narrow to read: left out
            return QRectF(cx, above ? ya - d - captionH : ya + d, 0, captionH);
        const qreal h = lines * captionH;
        return QRectF(cx - w2, above ? ya - d - h : ya + d, 2 * w2, h);
    };
    l.seenCaptionRect = captionRect(labels.seenCaption, true);
    l.feltCaptionRect = captionRect(labels.feltCaption, false);

    // The layers reach just past the boxes, so a short cycle is not drawn on a tall empty sheet.
    qreal highest = l.seenCaptionRect.top(), lowest = l.feltCaptionRect.bottom();
    for (const auto &chain : l.boxes) {
        for (const CycleBox &b : chain) {
            highest = std::min(highest, b.rect.top());
            lowest = std::max(lowest, b.rect.bottom());
        }
    }
    const qreal bandTop = std::max(rect.top(), highest - m.pad);
    const qreal bandBottom = std::min(inner.bottom() - notesHeight, lowest + m.pad);
    l.seenBand = QRectF(inner.left(), bandTop, inner.width(), ya - bandTop);
    l.feltBand = QRectF(inner.left(), ya, inner.width(), std::max<qreal>(0.0, bandBottom - ya));

    // Each partner's name and position at the lobe's outer end, just below the line, reaching inwards as
    // far as the trigger's leader allows.
    for (int p = 0; p < kPartners; ++p) {
        const qreal side = sideOf(p);
        const qreal tagH = std::min(m.partner * 1.5, std::max<qreal>(0.0, 0.9 * hh - 2 * clear));
        const auto [tagNear, tagFar] = spanAtDepth((tagH + 2 * clear) / hh);
        const QLineF leader = l.box(p, CycleStep::Trigger).leader;
        qreal leaderReach = 0; // how far out from the crossing the leader runs across the tag's height
        for (qreal y : {ya + clear, ya + clear + tagH}) {
            const qreal dy = leader.p1().y() - leader.p2().y();
            const qreal t = dy != 0 ? std::clamp((y - leader.p2().y()) / dy, 0.0, 1.0) : 0.0;
            leaderReach = std::max(leaderReach,
                                   std::abs(leader.p2().x() + (leader.p1().x() - leader.p2().x()) * t - cx));
        }
        const qreal outer = a * tagFar - clear;
        const qreal innerEdge = std::max({a * tagNear + clear, leaderReach + 2 * clear, a * 0.3});
        const qreal tx0 = cx + side * outer, tx1 = cx + side * std::min(innerEdge, outer);
        l.partnerLabelRects[std::size_t(p)] =
            QRectF(QPointF(std::min(tx0, tx1), ya + clear), QPointF(std::max(tx0, tx1), ya + clear + tagH));
    }
    // Names shrink (to the step names' size at least) before they are cut short; the renderer leaves
    // room for the marker, 2.4 times the size, beside the text.
    for (int p = 0; p < kPartners; ++p) {
        const qreal room = l.partnerLabelRects[std::size_t(p)].width();
        while (l.partnerPixelSize > l.labelPixelSize &&
               QFontMetricsF(cycleFont(l.partnerPixelSize, true))
                           .horizontalAdvance(l.partnerLabels[std::size_t(p)]) +
                       l.partnerPixelSize * 2.4 >
                   room)
            l.partnerPixelSize = std::max(l.labelPixelSize, int(l.partnerPixelSize * 0.92));
    }
    // Still too wide (a small thumbnail): the name without the position, then the initial, else nothing,
    // rather than a name cut short.
    const QFontMetricsF partnerFm(cycleFont(l.partnerPixelSize, true));
    for (int p = 0; p < kPartners; ++p) {
        QString &heading = l.partnerLabels[std::size_t(p)];
        QRectF &r = l.partnerLabelRects[std::size_t(p)];
        const QString name = shown.partnerNames[std::size_t(p)].isEmpty()
                                 ? labels.partnerFallback[std::size_t(p)]
                                 : shown.partnerNames[std::size_t(p)];
        const QString initial = name.left(name.at(0).isHighSurrogate() ? 2 : 1);
        for (const QString &shorter : {name, initial}) {
            if (partnerFm.horizontalAdvance(heading) + l.partnerPixelSize * 2.4 <= r.width())
                break;
            heading = shorter;
        }
        if (partnerFm.horizontalAdvance(heading) + l.partnerPixelSize * 2.4 > r.width())
            r.setWidth(0);
    }

    for (int p = 0; p < kPartners; ++p) {
        const auto &up = u[std::size_t(p)];
        auto uOf = [&](CycleStep s) { return up[std::size_t(indexOf(s))]; };
        auto mid = [&](CycleStep x, CycleStep y) { return (uOf(x) + uOf(y)) / 2; };
        addMove(l, p, CycleStep::Trigger, uOf(CycleStep::Trigger), CycleStep::PrimaryEmotion,
                uOf(CycleStep::PrimaryEmotion), mid(CycleStep::Trigger, CycleStep::PrimaryEmotion));
        // This move passes the need's point; its head goes past it, clear of the need's leader.
        addMove(l, p, CycleStep::PrimaryEmotion, uOf(CycleStep::PrimaryEmotion), CycleStep::SecondaryEmotion,
                uOf(CycleStep::SecondaryEmotion), mid(CycleStep::Need, CycleStep::SecondaryEmotion));
        addMove(l, p, CycleStep::SecondaryEmotion, uOf(CycleStep::SecondaryEmotion), CycleStep::Perception,
                uOf(CycleStep::Perception), mid(CycleStep::SecondaryEmotion, CycleStep::Perception));
        addMove(l, p, CycleStep::Perception, uOf(CycleStep::Perception), CycleStep::Behavior,
                uOf(CycleStep::Behavior), mid(CycleStep::Perception, CycleStep::Behavior));

        // Through the crossing: this partner's behavior becomes the other's trigger.
        const int other = 1 - p;
        CycleArrow cross;
        cross.partner = p;
        cross.from = CycleStep::Behavior;
        cross.toPartner = other;
        cross.to = CycleStep::Trigger;
        cross.path = curveBetween(l, p, uOf(CycleStep::Behavior), kPi);
        cross.path = curveBetween(
            l, other, 0, u[std::size_t(other)][std::size_t(indexOf(CycleStep::Trigger))], cross.path);
        const qreal headU = (uOf(CycleStep::Behavior) + kPi) / 2;
        cross.head = loopPoint(l, p, headU);
        cross.headDirection = unit(loopTangent(l, p, headU));
        l.arrows.append(cross);

        // The need beside the primary emotion: a dotted link between the two boxes below the curve.
        const QRectF prim = l.box(p, CycleStep::PrimaryEmotion).rect, need = l.box(p, CycleStep::Need).rect;
        const qreal y = prim.top() + std::min(prim.height(), need.height()) / 2;
        CycleArrow link;
        link.partner = link.toPartner = p;
        link.from = CycleStep::PrimaryEmotion;
        link.to = CycleStep::Need;
        link.dashedLink = true;
        link.path = straightPath(QPointF(p == 0 ? prim.left() : prim.right(), y),
                                 QPointF(p == 0 ? need.right() : need.left(), y));
        l.arrows.append(link);
    }

    if (o.print || o.handout)
        placeNotes(l, shown, m, inner, notesHeight);
    return l;
}

// How much of the texts a layout fails to show cleanly: boxes cut short (their text in a note), then
// words broken across lines because a box is too narrow for them. Lower is better.
std::pair<int, int> textCost(const CycleLayout &l, const CycleContent &content, bool initialsOnly)
{
    const CycleContent shown = content.withPrivacy(initialsOnly);
    int elided = 0, broken = 0;
    for (const auto &chain : l.boxes) {
        for (const CycleBox &b : chain) {
            if (b.elided) {
                ++elided;
                continue;
            }
            const QString text = shown.steps[std::size_t(b.partner)][std::size_t(indexOf(b.step))];
            broken += int(b.lines.join(QLatin1Char(' ')).split(QLatin1Char(' '), Qt::SkipEmptyParts).size() -
                          text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        }
    }
    return {elided, broken};
}

} // namespace

namespace cycle_layout {

// When the step names do not fit equal boxes on one line, two ways remain: boxes sized for the names
// (the others narrower), or equal boxes with the long names on two lines, the rows then taller and the
// lobes giving up a little height for them. Whichever shows the texts more cleanly wins; on a tie the
// equal boxes, which read calmer, with the largest lobes.
CycleLayout layoutLoop(const CycleContent &content, const QRectF &rect, const CycleRenderOptions &o,
                       const CycleLabels &labels, qreal notesHeight)
{
    constexpr qreal kLobeShare = 0.26;
    bool shared = false;
    CycleLayout sized = layoutLoopWith(content, rect, o, labels, notesHeight, true, kLobeShare, shared);
    if (!shared)
        return sized;
    const auto sizedCost = textCost(sized, content, o.initialsOnly);
    std::optional<CycleLayout> best;
    std::pair<int, int> bestCost;
    for (qreal share : {kLobeShare, 0.25, 0.24, 0.23}) {
        CycleLayout wrapped = layoutLoopWith(content, rect, o, labels, notesHeight, false, share, shared);
        const auto cost = textCost(wrapped, content, o.initialsOnly);
        if (!best || cost < bestCost) {
            best = std::move(wrapped);
            bestCost = cost;
        }
        if (bestCost == std::pair(0, 0))
            break;
    }
    return sizedCost < bestCost ? sized : *best;
}

} // namespace cycle_layout
} // namespace attune
