#include "SnippetDelegate.h"

#include "items/Roles.h"

#include <QApplication>
#include <QPainter>
#include <QPoint>
#include <QTextLayout>

namespace attune {

QColor SnippetDelegate::highlightColor()
{
    return QColor(0xff, 0xe0, 0x7a); // a marker yellow; dark text on it keeps WCAG AA contrast
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QList<QTextLayout::FormatRange> formats;
    for (const QVariant &span : index.data(HighlightsRole).toList()) {
        const QPoint p = span.toPoint();
        QTextLayout::FormatRange range;
        range.start = p.x();
        range.length = p.y();
        range.format.setFontWeight(QFont::Bold);
        range.format.setBackground(highlightColor());
        range.format.setForeground(QColor(Qt::black));
        formats << range;
    }
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    QTextLayout layout(text, opt.font);
    QTextOption textOption(Qt::AlignLeft | Qt::AlignVCenter);
    textOption.setWrapMode(QTextOption::NoWrap);
    textOption.setTextDirection(opt.direction);
    layout.setTextOption(textOption);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setClipRect(area);
    painter->setPen(
        opt.palette.color(QPalette::Normal, selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = area.top() + (area.height() - line.height()) / 2;
    layout.draw(painter, QPointF(area.left(), y));
    painter->restore();
}

} // namespace attune
