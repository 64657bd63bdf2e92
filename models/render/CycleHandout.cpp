// Handout and worksheet pages. Sizes are in points converted for the device, so a 1200 dpi PDF and a
// 96 dpi preview show the same page.
#include "CycleHandout.h"

#include "CycleRenderer.h"
#include "TextFitting.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace attune {
namespace {

const QColor kInk(0x1f, 0x23, 0x29);
const QColor kMuted(0x55, 0x5c, 0x66);
const QColor kRule(0xb0, 0xb4, 0xba);

class Page
{
public:
    Page(QPainter &p, const QRectF &area, qreal dpi)
        : m_p(p)
        , m_area(area)
        , m_pt(dpi / 72.0)
        , m_y(area.top())
    {}

    int px(qreal points) const { return std::max(1, int(std::lround(points * m_pt))); }
    qreal pt(qreal points) const { return points * m_pt; }
    qreal y() const { return m_y; }
    void skip(qreal points) { m_y += pt(points); }
    void moveTo(qreal y) { m_y = y; }
    const QRectF &area() const { return m_area; }
    qreal remaining() const { return m_area.bottom() - m_y; }

    // Height of text wrapped at width in this font, without painting.
    qreal measure(const QString &text, const QFont &font, qreal width) const
    {
        return wrapText(text, font, width).size() * QFontMetricsF(font).lineSpacing();
    }

    // Paints text wrapped into [x, x + width) from the current y, or from top when given; returns the height.
    qreal paragraph(const QString &text, const QFont &font, const QColor &color, qreal x, qreal width,
                    std::optional<qreal> top = std::nullopt, Qt::Alignment align = Qt::AlignLeft)
    {
        const QStringList lines = wrapText(text, font, width);
        const qreal lineH = QFontMetricsF(font).lineSpacing();
        qreal y = top.value_or(m_y);
        m_p.setFont(font);
        m_p.setPen(color);
        for (const QString &line : lines) {
            m_p.drawText(QRectF(x, y, width, lineH), int(align) | Qt::AlignTop | Qt::TextSingleLine, line);
            y += lineH;
        }
        const qreal height = lines.size() * lineH;
        if (!top)
            m_y += height;
        return height;
    }

    void writingLine(qreal x, qreal width, qreal y)
    {
        m_p.setPen(QPen(kRule, pt(0.6)));
        m_p.drawLine(QPointF(x, y), QPointF(x + width, y));
    }

    QPainter &painter() { return m_p; }

private:
    QPainter &m_p;
    QRectF m_area;
    qreal m_pt;
    qreal m_y;
};

void paintTitle(Page &page, const QString &title, const QString &byline)
{
    page.paragraph(title, cycleFont(page.px(22), true), kInk, page.area().left(), page.area().width());
    if (!byline.isEmpty()) {
        page.skip(2);
        page.paragraph(byline, cycleFont(page.px(12)), kMuted, page.area().left(), page.area().width());
    }
    page.skip(8);
}

// The legend: each term in bold with its plain-language meaning, in two columns.
qreal paintLegend(Page &page, const CycleLabels &labels, bool measureOnly)
{
    const QFont title = cycleFont(page.px(13), true);
    const QFont term = cycleFont(page.px(10), true);
    const QFont body = cycleFont(page.px(9.5));
    const qreal gutter = page.pt(18);
    const qreal colW = (page.area().width() - gutter) / 2;
    QStringList terms(labels.stepNames.begin(), labels.stepNames.end());
    terms << labels.awarenessLine.left(1).toUpper() + labels.awarenessLine.mid(1);
    QStringList meanings(labels.legend.begin(), labels.legend.end());
    meanings << labels.awarenessLegend;

    const qreal start = page.y();
    qreal height = page.measure(labels.legendTitle, title, page.area().width()) + page.pt(6);
    if (!measureOnly) {
        page.paragraph(labels.legendTitle, title, kInk, page.area().left(), page.area().width());
        page.skip(6);
    }
    const int rows = int((terms.size() + 1) / 2);
    qreal rowTop = start + height;
    for (int row = 0; row < rows; ++row) {
        qreal rowH = 0;
        for (int col = 0; col < 2; ++col) {
            const int i = row * 2 + col;
            if (i >= terms.size())
                break;
            const qreal x = page.area().left() + col * (colW + gutter);
            qreal h = page.measure(terms.at(i), term, colW) + page.pt(1.5) +
                      page.measure(meanings.at(i), body, colW);
            if (!measureOnly) {
                const qreal th = page.paragraph(terms.at(i), term, kInk, x, colW, rowTop);
                page.paragraph(meanings.at(i), body, kMuted, x, colW, rowTop + th + page.pt(1.5));
            }
            rowH = std::max(rowH, h);
        }
        rowTop += rowH + page.pt(7);
        height += rowH + page.pt(7);
    }
    if (!measureOnly)
        page.moveTo(start + height);
    return height;
}

qreal paintQuestion(Page &page, const QString &question, bool measureOnly)
{
    const QFont font = cycleFont(page.px(13), false, true);
    const qreal pad = page.pt(10);
    const qreal width = page.area().width() - 2 * pad;
    const qreal height = page.measure(question, font, width) + 2 * pad;
    if (!measureOnly) {
        QPainter &p = page.painter();
        const QRectF box(page.area().left(), page.y(), page.area().width(), height);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xF3, 0xEE, 0xE6));
        p.drawRoundedRect(box, pad * 0.8, pad * 0.8);
        page.paragraph(question, font, kInk, box.left() + pad, width, box.top() + pad, Qt::AlignHCenter);
        page.moveTo(box.bottom());
    }
    return height;
}

// The five-step sheets' numbered disc in front of each step (an opaque fill: nothing is rasterised).
void paintStepBadge(QPainter &painter, const Page &page, const QRectF &disc, const QString &number)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xE8, 0xED, 0xF4));
    painter.drawEllipse(disc);
    painter.setPen(kInk);
    painter.setFont(cycleFont(page.px(11), true));
    painter.drawText(disc, Qt::AlignCenter, number);
}

// The diagram as every printed sheet draws it: at the page's resolution, in print colours, with the
// sheet's language, style and choices.
CycleRenderOptions printedRenderOptions(qreal dpi, const HandoutOptions &options)
{
    CycleRenderOptions ro;
    ro.dpi = dpi;
    ro.print = true;
    ro.handout = true;
    ro.grayscale = options.grayscale;
    ro.initialsOnly = options.initialsOnly;
    ro.language = options.language;
    ro.style = options.style;
    return ro;
}

} // namespace

QString handoutCoupleLine(const CycleContent &content, bool initialsOnly, const CycleLabels &labels)
{
    const CycleContent shown = content.withPrivacy(initialsOnly);
    const QString a = shown.partnerNames[0].isEmpty() ? labels.partnerFallback[0] : shown.partnerNames[0];
    const QString b = shown.partnerNames[1].isEmpty() ? labels.partnerFallback[1] : shown.partnerNames[1];
    return labels.coupleLine.arg(a, b);
}

void paintCycleHandout(QPainter &painter, const QRectF &area, qreal dpi, const CycleContent &content,
                       const HandoutOptions &options)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const CycleLabels labels = CycleLabels::forLanguage(options.language, content.kind);
    Page page(painter, area, dpi);
    QString byline = handoutCoupleLine(content, options.initialsOnly, labels);
    if (content.date.isValid())
        byline += QStringLiteral(" · ") + labels.locale.toString(content.date, QLocale::LongFormat);
    paintTitle(page, labels.handoutTitle, byline);
    page.paragraph(labels.handoutSubtitle, cycleFont(page.px(10.5)), kMuted, area.left(), area.width());
    page.skip(10);

    // The diagram takes what the legend and the question leave, within sensible proportions.
    const qreal legendH = paintLegend(page, labels, true);
    const qreal questionH = paintQuestion(page, labels.closingQuestion, true);
    const qreal spacing = page.pt(14) * 2;
    const qreal diagramH = std::max(area.height() * 0.3, page.remaining() - legendH - questionH - spacing);
    const CycleRenderer renderer(content, printedRenderOptions(dpi, options));
    const QRectF diagram(area.left(), page.y(), area.width(), std::min(diagramH, area.width() * 0.95));
    renderer.paint(painter, diagram);
    page.moveTo(diagram.bottom());
    page.skip(14);
    paintLegend(page, labels, false);
    page.moveTo(std::max(page.y() + page.pt(4), area.bottom() - questionH));
    paintQuestion(page, labels.closingQuestion, false);
    painter.restore();
}

void paintWorksheet(QPainter &painter, const QRectF &area, qreal dpi, WorksheetKind kind,
                    const HandoutOptions &options)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const CycleLabels labels = CycleLabels::forLanguage(options.language);
    Page page(painter, area, dpi);
    const bool cycle = kind == WorksheetKind::Cycle;
    paintTitle(page, cycle ? labels.cycleWorksheetTitle : labels.fiveStepTitle, {});
    page.paragraph(cycle ? labels.cycleWorksheetIntro : labels.fiveStepIntro, cycleFont(page.px(10.5)),
                   kMuted, area.left(), area.width());
    page.skip(12);

    // Fields to fill in: name (or names), date, and for the exercise the moment it is about.
    const QFont fieldFont = cycleFont(page.px(10), true);
    QStringList fields{labels.nameField, labels.dateField};
    if (!cycle)
        fields << labels.incidentField;
    const qreal fieldW = (area.width() - page.pt(18) * (fields.size() - 1)) / fields.size();
    const qreal lineY = page.y() + page.pt(16);
    for (int i = 0; i < fields.size(); ++i) {
        const qreal x = area.left() + i * (fieldW + page.pt(18));
        page.paragraph(fields.at(i), fieldFont, kInk, x, fieldW, page.y());
        page.writingLine(x, fieldW, lineY + page.pt(12));
    }
    page.moveTo(lineY + page.pt(28));

    if (cycle) {
        CycleRenderOptions ro = printedRenderOptions(dpi, options);
        ro.blank = true;
        ro.initialsOnly = false; // a blank worksheet names no one
        const qreal legendH = paintLegend(page, labels, true);
        const QRectF diagram(area.left(), page.y(), area.width(),
                             std::max(area.height() * 0.35, page.remaining() - legendH - page.pt(16)));
        CycleRenderer(CycleContent{}, ro).paint(painter, diagram);
        page.moveTo(diagram.bottom() + page.pt(16));
        paintLegend(page, labels, false);
        painter.restore();
        return;
    }

    // The five steps, each with its prompt and lines to write on, sharing the page evenly.
    const qreal sectionH = page.remaining() / 5;
    const QFont stepFont = cycleFont(page.px(12), true);
    const QFont promptFont = cycleFont(page.px(9.5), false, true);
    const qreal badge = page.pt(20);
    for (int i = 0; i < 5; ++i) {
        const qreal top = page.y() + i * sectionH;
        const qreal x = area.left() + badge + page.pt(8);
        const qreal w = area.right() - x;
        paintStepBadge(painter, page, QRectF(area.left(), top, badge, badge), labels.locale.toString(i + 1));
        const qreal h1 = page.paragraph(labels.fiveStepNames[std::size_t(i)], stepFont, kInk, x, w, top);
        const qreal h2 = page.paragraph(labels.fiveStepPrompts[std::size_t(i)], promptFont, kMuted, x, w,
                                        top + h1 + page.pt(1));
        for (qreal y = top + h1 + h2 + page.pt(22); y < top + sectionH - page.pt(6); y += page.pt(22))
            page.writingLine(x, w, y);
    }
    painter.restore();
}

void paintFiveStepSheet(QPainter &painter, const QRectF &area, qreal dpi, const FiveStepSheet &sheet,
                        const HandoutOptions &options)
{
    // The cycle's privacy rule, reused: first names, or initials everywhere (texts included).
    CycleContent content;
    content.partnerNames = sheet.partnerNames;
    const int who = std::clamp(sheet.partner, 0, 1);
    auto &texts = content.steps[std::size_t(who)];
    std::copy(sheet.steps.begin(), sheet.steps.end(), texts.begin());
    texts[5] = sheet.incident;
    const CycleContent shown = content.withPrivacy(options.initialsOnly);
    const auto &shownTexts = shown.steps[std::size_t(who)];

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const CycleLabels labels = CycleLabels::forLanguage(options.language);
    QString byline = shown.partnerNames[std::size_t(who)];
    if (byline.isEmpty())
        byline = labels.partnerFallback[std::size_t(who)];
    if (sheet.date.isValid())
        byline += QStringLiteral(" · ") + labels.locale.toString(sheet.date, QLocale::LongFormat);

    // Long answers shrink the body text step by step until the page holds them all.
    for (qreal scale = 1.0;; scale -= 0.1) {
        const bool last = scale < 0.55;
        Page measure(painter, area, dpi);
        const QFont body = cycleFont(measure.px(11 * scale));
        const QFont stepFont = cycleFont(measure.px(12 * scale), true);
        const qreal badge = measure.pt(20);
        const qreal textX = area.left() + badge + measure.pt(8);
        const qreal textW = area.right() - textX;
        qreal needed = measure.pt(60) + measure.measure(labels.incidentField, stepFont, area.width()) +
                       measure.measure(shownTexts[5], body, area.width());
        for (std::size_t i = 0; i < 5; ++i)
            needed +=
                measure.measure(labels.fiveStepNames[i], stepFont, textW) +
                measure.measure(shownTexts[i].isEmpty() ? QStringLiteral("–") : shownTexts[i], body, textW) +
                measure.pt(14);
        if (!last && needed > area.height() - measure.pt(60))
            continue;

        Page page(painter, area, dpi);
        paintTitle(page, labels.fiveStepTitle, byline);
        page.paragraph(labels.incidentField, stepFont, kInk, area.left(), area.width());
        page.paragraph(shownTexts[5].isEmpty() ? QStringLiteral("–") : shownTexts[5], body, kInk, area.left(),
                       area.width());
        page.skip(14);
        for (std::size_t i = 0; i < 5; ++i) {
            const qreal top = page.y();
            paintStepBadge(painter, page, QRectF(area.left(), top, badge, badge),
                           labels.locale.toString(int(i) + 1));
            const qreal h1 = page.paragraph(labels.fiveStepNames[i], stepFont, kInk, textX, textW, top);
            const QString text = shownTexts[i].isEmpty() ? QStringLiteral("–") : shownTexts[i];
            const qreal h2 = page.paragraph(text, body, kInk, textX, textW, top + h1 + page.pt(1));
            page.moveTo(top + std::max(badge, h1 + h2 + page.pt(1)) + page.pt(12));
        }
        break;
    }
    painter.restore();
}

} // namespace attune
