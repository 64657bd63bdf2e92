#include "RecordLayout.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace attune::record {
namespace {

const QColor kInk(0x20, 0x20, 0x20);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kWarning(0x9a, 0x12, 0x12);
constexpr qreal kHeaderHeight = 34;
constexpr qreal kFooterHeight = 22;

// Pixel-sized fonts in a point coordinate system read as points on any device. No shaping: pdftotext
// and screen readers get plain letters, never ligatures.
QFont font(qreal points, bool bold = false, bool italic = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(qMax(1, qRound(points)));
    f.setBold(bold);
    f.setItalic(italic);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QFont fontFor(Block::Style style)
{
    switch (style) {
    case Block::Style::Title:
        return font(17, true);
    case Block::Style::Heading:
        return font(13, true);
    case Block::Style::Subheading:
        return font(11, true);
    case Block::Style::Quote:
        return font(10, false, true);
    case Block::Style::Small:
        return font(8);
    case Block::Style::Warning:
        return font(10, true);
    case Block::Style::Body:
        break;
    }
    return font(10);
}

qreal spaceBefore(Block::Style style)
{
    switch (style) {
    case Block::Style::Title:
        return 0;
    case Block::Style::Heading:
        return 16;
    case Block::Style::Subheading:
        return 10;
    default:
        return 3;
    }
}

bool isHeading(Block::Style style)
{
    return style == Block::Style::Title || style == Block::Style::Heading ||
           style == Block::Style::Subheading;
}

} // namespace

struct FlowLayout::Laid
{
    Block block;
    QTextLayout layout;
    struct Line
    {
        int page = 0;
        qreal y = 0; // top of the line on its page
    };
    QList<Line> lines;
};

FlowLayout::FlowLayout(const Blocks &blocks, const QRectF &page)
    : m_page(page)
    , m_body(page.adjusted(0, kHeaderHeight, 0, -kFooterHeight))
{
    int pageIndex = 0;
    qreal y = m_body.top();
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        auto laid = std::make_unique<Laid>();
        laid->block = blocks.at(b);
        const Block &block = laid->block;
        const QString text =
            block.label.isEmpty() ? block.text : block.label + QStringLiteral(": ") + block.text;
        laid->layout.setText(text);
        laid->layout.setFont(fontFor(block.style));
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        laid->layout.setTextOption(option);
        if (!block.label.isEmpty()) {
            QTextLayout::FormatRange bold;
            bold.start = 0;
            bold.length = int(block.label.size()) + 1;
            bold.format.setFontWeight(QFont::Bold);
            laid->layout.setFormats({bold});
        }
        const qreal width = m_body.width() - block.indent;
        laid->layout.beginLayout();
        qreal height = 0;
        for (QTextLine line = laid->layout.createLine(); line.isValid(); line = laid->layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        laid->layout.endLayout();

        // A heading keeps at least a few lines of what it heads on its page.
        qreal needed = laid->layout.lineCount() > 0 ? laid->layout.lineAt(0).height() : 0;
        if (isHeading(block.style))
            needed = height + 3 * QFontMetricsF(fontFor(Block::Style::Body)).height();
        if (y > m_body.top())
            y += spaceBefore(block.style);
        if (y + needed > m_body.bottom() && y > m_body.top()) {
            ++pageIndex;
            y = m_body.top();
        }
        for (int i = 0; i < laid->layout.lineCount(); ++i) {
            const qreal h = laid->layout.lineAt(i).height();
            if (y + h > m_body.bottom() && y > m_body.top()) {
                ++pageIndex;
                y = m_body.top();
            }
            laid->lines.append({pageIndex, y});
            y += h;
        }
        m_laid.push_back(std::move(laid));
    }
    m_pageCount = pageIndex + 1;
}

FlowLayout::~FlowLayout() = default;

bool FlowLayout::pageHasDraft(int page) const
{
    for (const auto &laid : m_laid)
        if (laid->block.draft)
            for (const Laid::Line &line : laid->lines)
                if (line.page == page)
                    return true;
    return false;
}

void FlowLayout::paintPage(QPainter &p, int page, const RunningText &running) const
{
    // The running header: the record and the couple on the left, the clinician on the right.
    p.setPen(kMuted);
    p.setFont(font(8));
    const QRectF header(m_page.left(), m_page.top(), m_page.width(), 14);
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, running.title);
    p.drawText(header, Qt::AlignRight | Qt::AlignVCenter, running.clinician);
    if (pageHasDraft(page)) {
        p.setPen(kWarning);
        p.setFont(font(9, true));
        p.drawText(QRectF(m_page.left(), header.bottom(), m_page.width(), 14), Qt::AlignCenter,
                   running.draftMark);
    }
    p.setPen(QPen(kMuted, 0.5));
    p.drawLine(QPointF(m_page.left(), m_body.top() - 4), QPointF(m_page.right(), m_body.top() - 4));
    p.drawLine(QPointF(m_page.left(), m_body.bottom() + 4), QPointF(m_page.right(), m_body.bottom() + 4));
    p.setPen(kMuted);
    p.setFont(font(8));
    const QRectF footer(m_page.left(), m_page.bottom() - 14, m_page.width(), 14);
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, running.printed);
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, running.pageOfPages.arg(page + 1).arg(m_pageCount));

    for (const auto &laid : m_laid) {
        const Block &block = laid->block;
        p.setPen(block.style == Block::Style::Warning ? kWarning
                 : block.style == Block::Style::Small ? kMuted
                                                      : kInk);
        for (int i = 0; i < laid->lines.size(); ++i) {
            const Laid::Line &line = laid->lines.at(i);
            if (line.page != page)
                continue;
            const QTextLine textLine = laid->layout.lineAt(i);
            // Each line drawn where pagination put it, whatever its position inside the block.
            textLine.draw(&p, QPointF(m_body.left() + block.indent, line.y - textLine.y()));
        }
    }
}

} // namespace attune::record
