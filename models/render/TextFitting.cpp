// Text fitting with QTextLayout, so line breaks follow the Unicode rules (RTL, emoji, long words).
#include "TextFitting.h"

#include "CycleLayout.h"

#include <QFontMetricsF>
#include <QTextLayout>

#include <cmath>

namespace attune {
namespace {

struct Span
{
    int start;
    int length;
};

QString prepared(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
    return t;
}

QList<Span> wrapSpans(const QString &text, const QFont &font, qreal width)
{
    QList<Span> spans;
    if (text.isEmpty() || width <= 0)
        return spans;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    // A little slack: a line drawn on its own can measure a hair wider than inside the paragraph.
    const qreal usable = std::max<qreal>(1.0, width - std::max<qreal>(1.0, width * 0.01));
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(usable);
        spans.append(Span{line.textStart(), line.textLength()});
    }
    layout.endLayout();
    return spans;
}

QString lineText(const QString &text, Span span)
{
    QString line = text.mid(span.start, span.length);
    line.replace(QChar(QChar::LineSeparator), QLatin1Char(' '));
    return line.trimmed();
}

} // namespace

QStringList wrapText(const QString &text, const QFont &font, qreal width)
{
    const QString t = prepared(text);
    QStringList lines;
    for (const Span &s : wrapSpans(t, font, width))
        lines << lineText(t, s);
    return lines;
}

FittedText fitText(const QString &text, QSizeF box, int maxPixels, int minPixels, qreal reserveAtEnd)
{
    FittedText fit;
    fit.pixelSize = maxPixels;
    const QString t = prepared(text);
    if (t.isEmpty())
        return fit;
    // Steps of about 8% keep the search short on a 1200 dpi page, where sizes run to hundreds of pixels.
    for (int px = maxPixels; px >= minPixels;) {
        const QFont font = cycleFont(px);
        const QList<Span> spans = wrapSpans(t, font, box.width());
        if (!spans.isEmpty() && spans.size() * QFontMetricsF(font).lineSpacing() <= box.height()) {
            fit.pixelSize = px;
            for (const Span &s : spans)
                fit.lines << lineText(t, s);
            return fit;
        }
        if (px == minPixels)
            break;
        px = std::max(minPixels, px - std::max(1, int(std::lround(px * 0.08))));
    }
    fit.pixelSize = minPixels;
    fit.elided = true;
    const QFont font = cycleFont(minPixels);
    const QFontMetricsF metrics(font);
    const int maxLines = int(std::floor(box.height() / metrics.lineSpacing()));
    if (maxLines <= 0 || box.width() <= reserveAtEnd)
        return fit;
    const QList<Span> spans = wrapSpans(t, font, box.width());
    for (int i = 0; i < maxLines - 1 && i < spans.size(); ++i)
        fit.lines << lineText(t, spans.at(i));
    const Span last = spans.at(std::min<qsizetype>(maxLines - 1, spans.size() - 1));
    QString rest = t.mid(last.start);
    rest.replace(QChar(QChar::LineSeparator), QLatin1Char(' '));
    // Elide with a little slack: a line drawn alone may measure a hair wider than inside the layout.
    // Mixed-direction text can come back from elidedText a little wider than asked (and the ellipsis
    // appended here adds more), so narrow the target until the finished line fits.
    const qreal room = std::max<qreal>(0.0, box.width() - reserveAtEnd - 1.0);
    QString line;
    for (qreal target = room;; target *= 0.94) {
        const QString elided = metrics.elidedText(rest.trimmed() + QStringLiteral(" …"), Qt::ElideRight,
                                                  std::max<qreal>(0.0, target));
        line = elided.endsWith(QChar(0x2026)) ? elided : elided + QChar(0x2026);
        if (metrics.horizontalAdvance(line) <= room || target < 1.0)
            break;
    }
    fit.lines << line;
    return fit;
}

qreal measureParagraphs(const QStringList &paragraphs, qreal width, int pixelSize)
{
    const QFont font = cycleFont(pixelSize);
    qsizetype lines = 0;
    for (const QString &p : paragraphs)
        lines += wrapText(p, font, width).size();
    return lines * QFontMetricsF(font).lineSpacing();
}

QStringList wrapParagraphs(const QStringList &paragraphs, QSizeF size, int pixelSize)
{
    const QFont font = cycleFont(pixelSize);
    const QFontMetricsF metrics(font);
    const int maxLines = int(std::floor(size.height() / metrics.lineSpacing()));
    QStringList all;
    for (const QString &p : paragraphs)
        all << wrapText(p, font, size.width());
    if (all.size() <= maxLines)
        return all;
    QStringList kept = all.mid(0, std::max(0, maxLines));
    if (!kept.isEmpty())
        kept.last() =
            metrics.elidedText(kept.last() + QStringLiteral(" …"), Qt::ElideRight, size.width() - 1.0);
    return kept;
}

} // namespace attune
