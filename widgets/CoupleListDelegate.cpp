#include "CoupleListDelegate.h"

#include "i18n/DateText.h"

#include "domain/Enums.h"
#include "items/Roles.h"

#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>

namespace attune {
namespace {

constexpr int kPadding = 6;

QFont detailFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.88);
    return f;
}

} // namespace

QString CoupleListDelegate::detailLine(const QModelIndex &index)
{
    QStringList parts;
    const int stage = index.data(StageRole).toInt();
    if (stage > 0)
        parts << tr("Stage %1 · %2").arg(stage).arg(stageName(stage));
    const QDate last = index.data(LastSessionDateRole).toDate();
    parts << (last.isValid() ? tr("last seen %1").arg(shortDate(last)) : tr("no sessions yet"));
    const auto status = fromKey<CoupleStatus>(index.data(StatusKeyRole).toString());
    if (status && *status != CoupleStatus::Active)
        parts << displayName(*status);
    return parts.join(QStringLiteral(" · "));
}

void CoupleListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QRect area = opt.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    QFont nameFont = opt.font;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    const QFont small = detailFont(opt.font);
    const QFontMetrics smallMetrics(small);

    painter->save();
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(nameFont);
    painter->drawText(QRect(area.left(), area.top(), area.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, area.width()));
    painter->setFont(small);
    QColor detail =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(detail);
    painter->drawText(
        QRect(area.left(), area.top() + nameMetrics.height(), area.width(), smallMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(detailLine(index), Qt::ElideRight, area.width()));
    painter->restore();
}

QSize CoupleListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont nameFont = option.font;
    nameFont.setBold(true);
    const int height =
        QFontMetrics(nameFont).height() + QFontMetrics(detailFont(option.font)).height() + kPadding;
    return {QStyledItemDelegate::sizeHint(option, index).width(), height};
}

} // namespace attune
