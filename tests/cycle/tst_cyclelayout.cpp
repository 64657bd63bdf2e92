// The cycle diagram's geometry over many texts and sizes: no two boxes overlap, nothing leaves the
// rectangle, primary emotions and needs lie below the line of awareness and the rest above, text fits
// its box (or is elided with a note on paper), and the eight's arrows join the right boxes.
#include "CycleTestData.h"

#include "render/CycleRenderer.h"
#include "render/TextFitting.h"

#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>

using namespace attune;

namespace {

constexpr qreal kEps = 0.01;

bool inside(const QRectF &inner, const QRectF &outer)
{
    return inner.left() >= outer.left() - kEps && inner.top() >= outer.top() - kEps &&
           inner.right() <= outer.right() + kEps && inner.bottom() <= outer.bottom() + kEps;
}

bool overlaps(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    return i.width() > kEps && i.height() > kEps;
}

QString squeezed(const QString &s)
{
    QString out = s;
    out.remove(QRegularExpression(QStringLiteral("\\s")));
    return out;
}

QString where(const CycleBox &b)
{
    return QStringLiteral("partner %1 %2").arg(b.partner).arg(toKey(b.step));
}

constexpr qreal kPi = 3.14159265358979323846;

// The whole figure eight, densely, from the layout's own parametrisation.
QList<QPointF> loopSamples(const CycleLayout &l)
{
    QList<QPointF> pts;
    for (int p = 0; p < 2; ++p)
        for (int i = 0; i <= 2000; ++i)
            pts << loopPoint(l, p, kPi * i / 2000.0);
    return pts;
}

QPolygonF lobePolygon(const CycleLayout &l, int partner)
{
    QPolygonF poly;
    for (int i = 0; i <= 400; ++i)
        poly << loopPoint(l, partner, kPi * i / 400.0);
    return poly;
}

bool nearCurve(const QList<QPointF> &curve, const QRectF &r, qreal clearance)
{
    const QRectF grown = r.adjusted(-clearance, -clearance, clearance, clearance);
    return std::any_of(curve.begin(), curve.end(), [&](QPointF p) { return grown.contains(p); });
}

// Does the segment cross the curve anywhere but near its own anchor (where it starts on the curve)?
bool crossesCurve(const QList<QPointF> &curve, const QLineF &leader, qreal nearAnchor)
{
    for (int i = 1; i < curve.size(); ++i) {
        QPointF at;
        if (QLineF(curve.at(i - 1), curve.at(i)).intersects(leader, &at) == QLineF::BoundedIntersection &&
            QLineF(at, leader.p1()).length() > nearAnchor)
            return true;
    }
    return false;
}

// Reading order along the curve: trigger, primary emotion, secondary emotion, perception, behavior,
// then through the crossing to the other's trigger; each move runs from one step's point on the curve to
// the next one's, the moves join end to end, and each head points along the curve.
void checkReadingOrder(const CycleLayout &l)
{
    const QList<CycleStep> order = {CycleStep::Trigger, CycleStep::PrimaryEmotion,
                                    CycleStep::SecondaryEmotion, CycleStep::Perception, CycleStep::Behavior};
    QCOMPARE(l.arrows.size(), 12);
    for (int p = 0; p < 2; ++p) {
        QPointF previousEnd = l.box(p, CycleStep::Trigger).anchor;
        for (int i = 0; i < order.size(); ++i) {
            const CycleStep from = order.at(i);
            const bool last = i + 1 == order.size();
            const int toPartner = last ? 1 - p : p;
            const CycleStep to = last ? CycleStep::Trigger : order.at(i + 1);
            const auto it = std::find_if(l.arrows.begin(), l.arrows.end(), [&](const CycleArrow &a) {
                return a.partner == p && a.from == from && a.toPartner == toPartner && a.to == to &&
                       !a.dashedLink;
            });
            QVERIFY2(it != l.arrows.end(), qPrintable(toKey(from)));
            QVERIFY(QLineF(it->path.pointAtPercent(0), previousEnd).length() < 0.01);
            QVERIFY(QLineF(it->path.pointAtPercent(0), l.box(p, from).anchor).length() < 0.01);
            QVERIFY(QLineF(it->path.pointAtPercent(1), l.box(toPartner, to).anchor).length() < 0.01);
            previousEnd = it->path.pointAtPercent(1);

            // The head lies on the path and points the way the path goes there.
            qreal bestDistance = 1e9;
            int best = 0;
            for (int e = 0; e < it->path.elementCount(); ++e) {
                const qreal d = QLineF(it->path.elementAt(e), it->head).length();
                if (d < bestDistance) {
                    bestDistance = d;
                    best = e;
                }
            }
            QVERIFY2(bestDistance < it->path.length() / 20, qPrintable(toKey(from)));
            QVERIFY(best > 0 && best + 1 < it->path.elementCount());
            const QPointF along =
                QPointF(it->path.elementAt(best + 1)) - QPointF(it->path.elementAt(best - 1));
            const qreal cosine = (along.x() * it->headDirection.x() + along.y() * it->headDirection.y()) /
                                 std::hypot(along.x(), along.y());
            QVERIFY2(cosine > 0.98, qPrintable(QString::number(cosine)));
            QVERIFY(qAbs(std::hypot(it->headDirection.x(), it->headDirection.y()) - 1.0) < 1e-6);
        }
        // The move through the crossing passes the crossing point.
        const auto cross = std::find_if(l.arrows.begin(), l.arrows.end(), [&](const CycleArrow &a) {
            return a.partner == p && a.from == CycleStep::Behavior && a.toPartner == 1 - p;
        });
        bool passes = false;
        for (int e = 0; e < cross->path.elementCount(); ++e)
            passes = passes || QLineF(cross->path.elementAt(e), l.crossing).length() < 0.01;
        QVERIFY(passes);
    }
}

// The layers' captions, where the loop shows them (required: it must), are whole: wrapped into the
// lines their rectangle holds, none wider than it, never elided. Where the V between the lobes is too
// narrow they are left out, the shaded layers still telling what lies above and below the line.
void checkCaptionsWhole(const CycleLayout &l, const CycleLabels &labels, bool required)
{
    const QFont font = cycleFont(l.captionPixelSize, false, true);
    const QFontMetricsF fm(font);
    for (const auto &[r, text] : {std::pair{l.seenCaptionRect, labels.seenCaption},
                                  std::pair{l.feltCaptionRect, labels.feltCaption}}) {
        QVERIFY2(r.width() > 0 || !required, qPrintable(text + QStringLiteral(" left out")));
        if (r.width() <= 0)
            continue;
        const QStringList lines =
            fm.horizontalAdvance(text) <= r.width() ? QStringList{text} : wrapText(text, font, r.width());
        QVERIFY2(lines.size() * fm.height() <= r.height() + kEps, qPrintable(text));
        for (const QString &line : lines)
            QVERIFY2(fm.horizontalAdvance(line) <= r.width() + kEps, qPrintable(line));
    }
}

// The figure eight's own promises: the curve stays on the page and clear of every box and label, it
// crosses between the two partners' boxes with the seen steps above it and the felt ones below, each
// trigger sits inside its lobe, and every leader reaches its box without crossing the curve.
void checkLoop(const CycleLayout &l, const QRectF &rect)
{
    QCOMPARE(l.style, CycleStyle::Loop);
    const QList<QPointF> curve = loopSamples(l);
    const qreal lw = l.lineWidth;
    QVERIFY(inside(l.curve.boundingRect(), rect));
    QVERIFY(qAbs(l.crossing.y() - l.awarenessY) < kEps);
    QVERIFY(qAbs(l.crossing.x() - rect.center().x()) < 1.0);
    const qreal curveTop = l.crossing.y() - l.lobeHeight, curveBottom = l.crossing.y() + l.lobeHeight;
    for (int p = 0; p < 2; ++p) {
        const QPolygonF lobe = lobePolygon(l, p);
        for (CycleStep s : allValues<CycleStep>()) {
            const CycleBox &b = l.box(p, s);
            QVERIFY2(!nearCurve(curve, b.rect, lw),
                     qPrintable(where(b) + QStringLiteral(" touches the curve")));
            // Between the lobes: partner A's boxes left of the crossing, B's right of it.
            if (p == 0)
                QVERIFY2(b.rect.right() < l.crossing.x(), qPrintable(where(b)));
            else
                QVERIFY2(b.rect.left() > l.crossing.x(), qPrintable(where(b)));
            if (s == CycleStep::Trigger) {
                for (QPointF corner :
                     {b.rect.topLeft(), b.rect.topRight(), b.rect.bottomLeft(), b.rect.bottomRight()})
                    QVERIFY2(lobe.containsPoint(corner, Qt::OddEvenFill), qPrintable(where(b)));
            } else if (isBelowAwareness(s)) {
                QVERIFY2(b.rect.top() > curveBottom, qPrintable(where(b)));
            } else {
                QVERIFY2(b.rect.bottom() < curveTop, qPrintable(where(b)));
            }
            // The leader starts on the curve and ends on the box's edge, crossing nothing on the way.
            QVERIFY(!b.leader.isNull());
            QVERIFY2(std::any_of(curve.begin(), curve.end(),
                                 [&](QPointF c) { return QLineF(c, b.anchor).length() < 2.0 + lw; }),
                     qPrintable(where(b)));
            const QRectF edge = b.rect.adjusted(-0.5, -0.5, 0.5, 0.5);
            QVERIFY2(edge.contains(b.leader.p2()), qPrintable(where(b)));
            QVERIFY2(!crossesCurve(curve, b.leader, lw * 2 + 1.0),
                     qPrintable(where(b) + QStringLiteral(" leader")));
            for (const QRectF &r : {l.partnerLabelRects[0], l.partnerLabelRects[1], l.seenCaptionRect,
                                    l.feltCaptionRect, l.awarenessLabelRect})
                if (r.width() > 0 && r.height() > 0)
                    for (int i = 0; i <= 50; ++i)
                        QVERIFY2(!r.contains(b.leader.pointAt(i / 50.0)),
                                 qPrintable(where(b) + QStringLiteral(" leader crosses a label")));
        }
        for (const QRectF &r : {l.partnerLabelRects[std::size_t(p)], l.seenCaptionRect, l.feltCaptionRect,
                                l.awarenessLabelRect})
            if (r.width() > 0 && r.height() > 0)
                QVERIFY2(!nearCurve(curve, r, lw * 0.5), "a label touches the curve");
    }
    checkReadingOrder(l);
}

// Every label the layout places is whole and fits its rectangle at the size the renderer paints it:
// the step names (wrapped at spaces in a narrow box, never cut), the line of awareness's name, the
// layers' captions and the partners' headings. Returns what does not, one line each. Where there is no
// room (a small thumbnail, never paper) a label may be left out, an empty rectangle or no lines.
QStringList labelsCut(const CycleLayout &l, const CycleLabels &labels, bool print)
{
    QStringList cut;
    const QFontMetricsF nameFm(cycleFont(l.labelPixelSize, true));
    const qreal marker = l.labelPixelSize * 0.7 * 1.5; // as CycleRenderer leads a name with the marker
    for (const auto &chain : l.boxes) {
        for (const CycleBox &b : chain) {
            const QString name = labels.stepNames[std::size_t(indexOf(b.step))];
            if (b.labelLines.isEmpty() && !print)
                continue;
            if (b.labelLines.join(QLatin1Char(' ')) != name)
                cut << where(b) + QStringLiteral(": name laid out as ") + b.labelLines.join(QLatin1Char('|'));
            if (b.labelLines.size() * nameFm.lineSpacing() > b.labelRect.height() + kEps)
                cut << where(b) + QStringLiteral(": name's lines taller than its rectangle");
            if (!inside(b.labelRect, b.rect))
                cut << where(b) + QStringLiteral(": name outside its box");
            for (const QString &line : b.labelLines)
                if (nameFm.horizontalAdvance(line) > b.labelRect.width() - marker + kEps)
                    cut << where(b) + QStringLiteral(": \"%1\" %2 wider than %3")
                                          .arg(line)
                                          .arg(nameFm.horizontalAdvance(line))
                                          .arg(b.labelRect.width() - marker);
        }
    }
    if (l.awarenessLabelRect.width() > 0) {
        const QFontMetricsF fm(cycleFont(l.awarenessPixelSize));
        if (l.awarenessLines.join(QLatin1Char(' ')) != labels.awarenessLine)
            cut << QStringLiteral("line of awareness laid out as ") + l.awarenessLines.join(QLatin1Char('|'));
        if (l.awarenessLines.size() * fm.height() > l.awarenessLabelRect.height() + kEps)
            cut << QStringLiteral("line of awareness: lines taller than the rectangle");
        for (const QString &line : l.awarenessLines)
            if (fm.horizontalAdvance(line) > l.awarenessLabelRect.width() + kEps)
                cut << QStringLiteral("line of awareness: \"%1\" wider than its rectangle").arg(line);
    }
    const QFont captionFont = cycleFont(l.captionPixelSize, false, true);
    const QFontMetricsF captionFm(captionFont);
    for (const auto &[r, text] : {std::pair{l.seenCaptionRect, labels.seenCaption},
                                  std::pair{l.feltCaptionRect, labels.feltCaption}}) {
        if (r.width() <= 0)
            continue;
        const QStringList lines = captionFm.horizontalAdvance(text) <= r.width()
                                      ? QStringList{text}
                                      : wrapText(text, captionFont, r.width());
        if (lines.size() * captionFm.height() > r.height() + kEps)
            cut << text + QStringLiteral(": more lines than its rectangle holds");
        for (const QString &line : lines)
            if (captionFm.horizontalAdvance(line) > r.width() + kEps)
                cut << text + QStringLiteral(": \"%1\" wider than its rectangle").arg(line);
    }
    const QFontMetricsF partnerFm(cycleFont(l.partnerPixelSize, true));
    for (int p = 0; p < 2; ++p) {
        const QRectF r = l.partnerLabelRects[std::size_t(p)];
        if (r.width() <= 0 && !print)
            continue;
        // CycleRenderer elides the heading to the rectangle less twice the marker.
        if (partnerFm.horizontalAdvance(l.partnerLabels[std::size_t(p)]) >
            r.width() - l.partnerPixelSize * 1.6)
            cut << l.partnerLabels[std::size_t(p)] + QStringLiteral(": heading wider than its rectangle");
    }
    return cut;
}

} // namespace

class TestCycleLayout : public QObject
{
    Q_OBJECT

private slots:
    void geometry_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<qreal>("dpi");
        QTest::addColumn<bool>("print");
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("flavour");
        QTest::addColumn<CycleStyle>("style");
        // Screen sizes at 96 dpi; paper at 1200 dpi (a PDF's resolution): A4, Letter and A3 in both
        // orientations, full page inside 15 mm margins.
        const qreal mm = 1200 / 25.4;
        const QList<std::tuple<const char *, QSizeF, qreal, bool>> sizes = {
            {"thumbnail 320x200", QSizeF(320, 200), 96, false},
            {"thumbnail 200x320", QSizeF(200, 320), 96, false},
            {"screen 640x420", QSizeF(640, 420), 96, false},
            {"screen 1280x800", QSizeF(1280, 800), 96, false},
            {"A4 portrait", QSizeF(180 * mm, 267 * mm), 1200, true},
            {"A4 landscape", QSizeF(267 * mm, 180 * mm), 1200, true},
            {"Letter half page", QSizeF(186 * mm, 120 * mm), 1200, true},
            {"A3 portrait", QSizeF(267 * mm, 390 * mm), 1200, true},
            {"A3 landscape", QSizeF(390 * mm, 267 * mm), 1200, true},
            {"PNG 150 dpi", QSizeF(1500, 975), 150, true},
        };
        const QList<int> lengths = {0, 1, 24, 90, 180, 300};
        for (CycleStyle style : {CycleStyle::Loop, CycleStyle::Boxes}) {
            for (const auto &[name, size, dpi, print] : sizes) {
                for (int length : lengths) {
                    for (int flavour = 0; flavour < 4; ++flavour) {
                        if (length == 0 && flavour > 0)
                            continue;
                        QTest::addRow("%s %s, %d chars, flavour %d", qPrintable(cycleStyleKey(style)), name,
                                      length, flavour)
                            << size << dpi << print << length << flavour << style;
                    }
                }
            }
        }
    }

    void geometry()
    {
        QFETCH(QSizeF, size);
        QFETCH(qreal, dpi);
        QFETCH(bool, print);
        QFETCH(int, length);
        QFETCH(int, flavour);
        QFETCH(CycleStyle, style);
        const CycleContent content = test::cycleContent(length, flavour);
        CycleRenderOptions options;
        options.style = style;
        options.dpi = dpi;
        options.print = print;
        const QRectF rect(QPointF(17, 23), size); // not at the origin, to catch forgotten offsets
        const CycleLayout l =
            layoutCycle(content, rect, options, CycleLabels::forLanguage(QStringLiteral("en")));

        QList<const CycleBox *> all;
        for (const auto &chain : l.boxes)
            for (const CycleBox &b : chain)
                all << &b;
        QCOMPARE(all.size(), 12);
        for (const CycleBox *b : std::as_const(all)) {
            QVERIFY2(b->rect.width() > 0 && b->rect.height() > 0, qPrintable(where(*b)));
            QVERIFY2(inside(b->rect, rect), qPrintable(where(*b)));
            QVERIFY2(inside(b->textRect, b->rect), qPrintable(where(*b)));
            QVERIFY2(inside(b->labelRect, b->rect), qPrintable(where(*b)));
            if (isBelowAwareness(b->step))
                QVERIFY2(b->rect.top() > l.awarenessY, qPrintable(where(*b)));
            else
                QVERIFY2(b->rect.bottom() < l.awarenessY, qPrintable(where(*b)));
            for (const CycleBox *other : std::as_const(all))
                if (other != b)
                    QVERIFY2(!overlaps(b->rect, other->rect),
                             qPrintable(where(*b) + QStringLiteral(" / ") + where(*other)));
            for (const QRectF &r : {l.seenCaptionRect, l.feltCaptionRect, l.awarenessLabelRect,
                                    l.partnerLabelRects[0], l.partnerLabelRects[1], l.notesRect})
                QVERIFY2(!overlaps(b->rect, r), qPrintable(where(*b)));

            // The text's lines fit the box at the size chosen.
            const QFontMetricsF fm(cycleFont(b->textPixelSize));
            QVERIFY2(b->lines.size() * fm.lineSpacing() <= b->textRect.height() + kEps,
                     qPrintable(where(*b)));
            for (const QString &line : b->lines)
                QVERIFY2(fm.horizontalAdvance(line) <= b->textRect.width() + 1.0,
                         qPrintable(where(*b) +
                                    QStringLiteral(": %1 > %2 ")
                                        .arg(fm.horizontalAdvance(line))
                                        .arg(b->textRect.width()) +
                                    line));
            if (print)
                QVERIFY2(b->textPixelSize >= 7.0 * dpi / 72.0 - 1.0, qPrintable(where(*b)));

            const QString text =
                content.withPrivacy(false).steps[std::size_t(b->partner)][std::size_t(indexOf(b->step))];
            if (!b->elided) {
                // Everything the partner said is shown, word for word.
                QCOMPARE(squeezed(b->lines.join(QString())), squeezed(text));
            } else if (print) {
                QVERIFY2(b->note > 0, qPrintable(where(*b)));
                QVERIFY(std::any_of(l.notes.begin(), l.notes.end(), [&](const CycleNote &n) {
                    return n.number == b->note && n.text == text;
                }));
                QVERIFY(b->lines.isEmpty() || b->lines.last().endsWith(QChar(0x2026)));
            }
        }
        // Except two words of 40-odd letters (flavour 1) on paper: they break in every box, and with the
        // step names at 7 pt or more, whole (labelsAreWhole), the half-Letter page has no room left for them.
        if (length <= 90 && size.width() >= 640 && !(flavour == 1 && print)) {
            QStringList elided;
            for (const CycleNote &n : std::as_const(l.notes))
                elided << QStringLiteral("partner %1 %2").arg(n.partner).arg(toKey(n.step));
            QVERIFY2(l.notes.isEmpty(),
                     qPrintable(QStringLiteral("short texts fit without notes on screens and paper: ") +
                                elided.join(QStringLiteral(", "))));
        }
        for (const QRectF &r : {l.seenCaptionRect, l.feltCaptionRect, l.awarenessLabelRect,
                                l.partnerLabelRects[0], l.partnerLabelRects[1], l.seenBand, l.feltBand})
            QVERIFY(inside(r, rect));
        QVERIFY(l.seenCaptionRect.bottom() < l.awarenessY && l.feltCaptionRect.top() > l.awarenessY);
        if (!l.notes.isEmpty()) {
            QVERIFY(print);
            QVERIFY(inside(l.notesRect, rect));
            QVERIFY(l.noteLines.size() * QFontMetricsF(cycleFont(l.notesPixelSize)).lineSpacing() <=
                    l.notesRect.height() + kEps);
        }

        if (style == CycleStyle::Loop) {
            checkLoop(l, rect);
            if (QTest::currentTestFailed())
                return;
            // Both kinds' captions are whole wherever they show, and show on landscape screens.
            {
                const bool required = !print && size.width() >= 640 && size.width() > size.height();
                checkCaptionsWhole(l, CycleLabels::forLanguage(QStringLiteral("en")), required);
                CycleContent positive = content;
                positive.kind = CycleKind::Positive;
                const CycleLabels positiveLabels =
                    CycleLabels::forLanguage(QStringLiteral("en"), CycleKind::Positive);
                checkCaptionsWhole(layoutCycle(positive, rect, options, positiveLabels), positiveLabels,
                                   required);
                if (QTest::currentTestFailed())
                    return;
            }
        }

        if (qEnvironmentVariableIsSet("ATTUNE_CYCLE_SNAPSHOTS") && dpi < 300 && flavour != 1) {
            QImage image(rect.adjusted(0, 0, 17, 23).size().toSize() + QSize(20, 20), QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            CycleRenderer(content, options).paint(painter, l);
            painter.end();
            image.save(QDir(qEnvironmentVariable("ATTUNE_CYCLE_SNAPSHOTS"))
                           .filePath(QString::fromLatin1(QTest::currentDataTag())
                                         .replace(QLatin1Char(' '), QLatin1Char('_')) +
                                     QStringLiteral(".png")));
        }
    }

    // The grid: each step leads to the next, and each behavior becomes the other partner's trigger.
    void arrowsFollowTheEight()
    {
        const CycleContent content = test::cycleContent(40, 0);
        const QRectF rect(0, 0, 1200, 800);
        CycleRenderOptions boxes;
        boxes.style = CycleStyle::Boxes;
        const CycleLayout l =
            layoutCycle(content, rect, boxes, CycleLabels::forLanguage(QStringLiteral("en")));
        const QList<std::pair<CycleStep, CycleStep>> loop = {
            {CycleStep::Trigger, CycleStep::PrimaryEmotion},
            {CycleStep::PrimaryEmotion, CycleStep::SecondaryEmotion},
            {CycleStep::SecondaryEmotion, CycleStep::Perception},
            {CycleStep::Perception, CycleStep::Behavior},
        };
        auto onEdge = [](const QRectF &r, QPointF p) {
            const bool inX = p.x() >= r.left() - 0.5 && p.x() <= r.right() + 0.5;
            const bool inY = p.y() >= r.top() - 0.5 && p.y() <= r.bottom() + 0.5;
            return inX && inY &&
                   (qAbs(p.x() - r.left()) < 0.5 || qAbs(p.x() - r.right()) < 0.5 ||
                    qAbs(p.y() - r.top()) < 0.5 || qAbs(p.y() - r.bottom()) < 0.5);
        };
        for (int p = 0; p < 2; ++p) {
            for (const auto &[from, to] : loop) {
                const auto it = std::find_if(l.arrows.begin(), l.arrows.end(), [&](const CycleArrow &a) {
                    return a.partner == p && a.from == from && a.toPartner == p && a.to == to &&
                           !a.dashedLink;
                });
                QVERIFY(it != l.arrows.end());
                QVERIFY(onEdge(l.box(p, from).rect, it->path.pointAtPercent(0)));
                QVERIFY(onEdge(l.box(p, to).rect, it->path.pointAtPercent(1)));
            }
            const auto crossing = std::find_if(l.arrows.begin(), l.arrows.end(), [&](const CycleArrow &a) {
                return a.partner == p && a.from == CycleStep::Behavior && a.toPartner == 1 - p &&
                       a.to == CycleStep::Trigger;
            });
            QVERIFY(crossing != l.arrows.end());
            QVERIFY(onEdge(l.box(1 - p, CycleStep::Trigger).rect, crossing->path.pointAtPercent(1)));
            // It crosses the middle: from this partner's half into the other's.
            const qreal mid = rect.center().x();
            QVERIFY((crossing->path.pointAtPercent(0).x() - mid) *
                        (crossing->path.pointAtPercent(1).x() - mid) <
                    0);
        }
        QCOMPARE(l.arrows.size(), 12);
        // Partner A's loop is on the left, B's on the right.
        for (CycleStep s : allValues<CycleStep>()) {
            QVERIFY(l.box(0, s).rect.right() < rect.center().x());
            QVERIFY(l.box(1, s).rect.left() > rect.center().x());
        }
    }

    void loopIsTheDefault()
    {
        QCOMPARE(CycleRenderOptions().style, CycleStyle::Loop);
        const CycleLayout l = layoutCycle(test::cycleContent(24, 0), QRectF(0, 0, 900, 600), {},
                                          CycleLabels::forLanguage(QStringLiteral("en")));
        QCOMPARE(l.style, CycleStyle::Loop);
        QCOMPARE(cycleStyleFromKey(QStringLiteral("Boxes")), std::optional(CycleStyle::Boxes));
        QCOMPARE(cycleStyleFromKey(QStringLiteral("loop")), std::optional(CycleStyle::Loop));
        QVERIFY(!cycleStyleFromKey(QStringLiteral("grid")));
    }

    // The reading order (checkReadingOrder) on a portrait screen too; the geometry rows check it at every
    // size and text length.
    void loopArrowsInReadingOrder_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::newRow("thumbnail") << QSizeF(320, 200);
        QTest::newRow("screen") << QSizeF(1280, 800);
        QTest::newRow("portrait") << QSizeF(800, 1200);
    }
    void loopArrowsInReadingOrder()
    {
        QFETCH(QSizeF, size);
        const CycleLayout l = layoutCycle(test::cycleContent(60, 0), QRectF(QPointF(5, 7), size), {},
                                          CycleLabels::forLanguage(QStringLiteral("en")));
        checkReadingOrder(l);
    }

    // One long text makes its own box taller or its text smaller, never the other boxes'.
    void loopLongTextKeepsOtherBoxes_data()
    {
        QTest::addColumn<int>("step");
        for (CycleStep s : allValues<CycleStep>())
            QTest::newRow(qPrintable(toKey(s))) << int(indexOf(s));
    }
    void loopLongTextKeepsOtherBoxes()
    {
        QFETCH(int, step);
        const CycleContent calm = test::cycleContent(24, 0);
        CycleContent crowded = calm;
        crowded.steps[0][std::size_t(step)] = test::cycleText(300, 0, 0, step);
        const QRectF screen(0, 0, 1280, 800);
        const auto labels = CycleLabels::forLanguage(QStringLiteral("en"));
        const CycleLayout a = layoutCycle(calm, screen, {}, labels),
                          b = layoutCycle(crowded, screen, {}, labels);
        for (int p = 0; p < 2; ++p) {
            for (CycleStep s : allValues<CycleStep>()) {
                if (p == 0 && int(indexOf(s)) == step)
                    continue;
                QCOMPARE(b.box(p, s).textPixelSize, a.box(p, s).textPixelSize);
                QCOMPARE(b.box(p, s).rect.size(), a.box(p, s).rect.size());
                QVERIFY(!b.box(p, s).elided);
            }
        }
        const CycleBox &grown = b.box(0, allValues<CycleStep>()[std::size_t(step)]);
        QVERIFY(grown.rect.height() > a.box(0, grown.step).rect.height() ||
                grown.textPixelSize < a.box(0, grown.step).textPixelSize || grown.elided);
    }

    void hitTesting()
    {
        const CycleLayout l = layoutCycle(test::cycleContent(40, 0), QRectF(0, 0, 900, 600), {},
                                          CycleLabels::forLanguage(QStringLiteral("en")));
        const auto hit = l.stepAt(l.box(1, CycleStep::Perception).rect.center());
        QVERIFY(hit);
        QCOMPARE(hit->first, 1);
        QCOMPARE(hit->second, CycleStep::Perception);
        QVERIFY(!l.stepAt(QPointF(l.bounds.center().x(), l.awarenessY)));
    }

    void privacyReplacesNamesInText()
    {
        CycleContent c;
        c.partnerNames = {QStringLiteral("Mary Miller"), QStringLiteral("Élodie Brun")};
        c.steps[0][0] = QStringLiteral("When élodie sighs; MARY's tone, Maryland trip");
        const CycleContent hidden = c.withPrivacy(true);
        QCOMPARE(hidden.partnerNames[0], QStringLiteral("M."));
        QCOMPARE(hidden.partnerNames[1], QStringLiteral("É."));
        QCOMPARE(hidden.steps[0][0], QStringLiteral("When É. sighs; M.'s tone, Maryland trip"));
        QCOMPARE(c.withPrivacy(false).partnerNames[0], QStringLiteral("Mary"));
        QCOMPARE(c.withPrivacy(false).steps[0][0], c.steps[0][0]);
    }

    void positiveCycleKeepsGeometryAndChangesCaptions()
    {
        CycleContent negative = test::cycleContent(60, 0);
        CycleContent positive = negative;
        positive.kind = CycleKind::Positive;
        const QRectF rect(0, 0, 1000, 650);
        const CycleRenderer a(negative, {}), b(positive, {});
        const CycleLayout la = a.layout(rect), lb = b.layout(rect);
        for (int p = 0; p < 2; ++p)
            for (CycleStep s : allValues<CycleStep>())
                QCOMPARE(la.box(p, s).rect, lb.box(p, s).rect);
        QVERIFY(a.labels().seenCaption != b.labels().seenCaption);
        QVERIFY(a.labels().feltCaption != b.labels().feltCaption);
    }

    // No label is cut short on any handout, diagram export or thumbnail: for each document language,
    // paper (Letter and A4 inside 15 mm margins, portrait and landscape, the diagram at the heights the
    // handout and export give it) and kind, with short texts and 300-character ones. The step names
    // are at least 7 pt on paper.
    void labelsAreWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<qreal>("dpi");
        QTest::addColumn<bool>("print");
        QTest::addColumn<int>("length");
        QTest::addColumn<CycleKind>("kind");
        QTest::addColumn<CycleStyle>("style");
        const qreal mm = 1200 / 25.4;
        const QList<std::tuple<QString, QSizeF, qreal, bool>> sizes = {
            {QStringLiteral("thumbnail 320x200"), QSizeF(320, 200), 96, false},
            {QStringLiteral("thumbnail 200x320"), QSizeF(200, 320), 96, false},
            {QStringLiteral("diagram PNG 150 dpi"), QSizeF(1500, 975), 150, true},
            {QStringLiteral("Letter portrait handout"), QSizeF(186 * mm, 130 * mm), 1200, true},
            {QStringLiteral("Letter portrait full"), QSizeF(186 * mm, 249 * mm), 1200, true},
            {QStringLiteral("Letter landscape"), QSizeF(249 * mm, 186 * mm), 1200, true},
            {QStringLiteral("Letter landscape handout"), QSizeF(249 * mm, 110 * mm), 1200, true},
            {QStringLiteral("A4 portrait handout"), QSizeF(180 * mm, 150 * mm), 1200, true},
            {QStringLiteral("A4 portrait full"), QSizeF(180 * mm, 267 * mm), 1200, true},
            {QStringLiteral("A4 landscape"), QSizeF(267 * mm, 180 * mm), 1200, true},
            {QStringLiteral("A4 landscape handout"), QSizeF(267 * mm, 105 * mm), 1200, true},
        };
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")})
            for (CycleStyle style : {CycleStyle::Loop, CycleStyle::Boxes})
                for (CycleKind kind : {CycleKind::Negative, CycleKind::Positive})
                    for (const auto &[name, size, dpi, print] : sizes)
                        for (int length : {24, 300})
                            QTest::addRow("%s %s %s %s, %d chars", qPrintable(language),
                                          qPrintable(cycleStyleKey(style)),
                                          kind == CycleKind::Positive ? "positive" : "negative",
                                          qPrintable(name), length)
                                << language << size << dpi << print << length << kind << style;
    }
    void labelsAreWhole()
    {
        QFETCH(QString, language);
        QFETCH(QSizeF, size);
        QFETCH(qreal, dpi);
        QFETCH(bool, print);
        QFETCH(int, length);
        QFETCH(CycleKind, kind);
        QFETCH(CycleStyle, style);
        CycleContent content = test::cycleContent(length, 0);
        content.kind = kind;
        content.partnerNames = {QStringLiteral("John Miller"), QStringLiteral("Mary Miller")};
        content.positions = {CyclePosition::Withdrawer, CyclePosition::Pursuer};
        CycleRenderOptions options;
        options.style = style;
        options.dpi = dpi;
        options.print = options.handout = print;
        options.language = language;
        const CycleLabels labels = CycleLabels::forLanguage(language, kind);
        const CycleLayout l = layoutCycle(content, QRectF(QPointF(11, 13), size), options, labels);
        if (language == QStringLiteral("es")) // the Spanish translation is there, not English again
            QCOMPARE(labels.stepNames[std::size_t(indexOf(CycleStep::SecondaryEmotion))],
                     QStringLiteral("Emoción secundaria"));
        const QStringList cut = labelsCut(l, labels, print);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
        if (print)
            QVERIFY2(l.labelPixelSize >= 7.0 * dpi / 72.0 - 0.5,
                     qPrintable(QString::number(l.labelPixelSize)));
    }

    void partnersDifferInGrayscale()
    {
        for (bool grayscale : {false, true}) {
            const PartnerStyle a = partnerStyle(0, grayscale), b = partnerStyle(1, grayscale);
            QVERIFY(qAbs(qGray(a.stroke.rgb()) - qGray(b.stroke.rgb())) > 60); // lightness, not hue alone
            QVERIFY(a.line != b.line);
            QVERIFY(a.diamondMarker != b.diamondMarker);
        }
    }
};

QTEST_MAIN(TestCycleLayout)
#include "tst_cyclelayout.moc"
