#include "CoupleListDelegate.h"

#include "i18n/DateText.h"

#include "domain/Enums.h"
#include "domain/Safety.h"
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

// The concern a row's key names (SafetyConcernRole); None for a key this build does not know.
SafetyConcern redConcernOf(const QString &key)
{
    for (SafetyConcern c : {SafetyConcern::AbuseOngoing, SafetyConcern::NotScreened, SafetyConcern::Overdue,
                            SafetyConcern::Monitor})
        if (safetyConcernKey(c) == key)
            return c;
    return SafetyConcern::None;
}

} // namespace

QString CoupleListDelegate::detailLine(const QModelIndex &index)
{
    return detailLines(index).first();
}

QStringList CoupleListDelegate::detailLines(const QModelIndex &index)
{
    // From the whole line to shorter ones that say the same at a glance: the narrow list at a laptop's
    // width (and Spanish, which runs longer) cut the whole one short, losing the date.
    const int stage = index.data(StageRole).toInt();
    const QDate last = index.data(LastSessionDateRole).toDate();
    const auto status = fromKey<CoupleStatus>(index.data(StatusKeyRole).toString());
    const QString seen = last.isValid() ? tr("last seen %1").arg(shortDate(last)) : tr("no sessions yet");
    const QString date = last.isValid() ? shortDate(last) : tr("no sessions yet");
    const QString statusPart = status && *status != CoupleStatus::Active ? displayName(*status) : QString();
    const auto join = [&statusPart](QStringList parts) {
        if (!statusPart.isEmpty())
            parts << statusPart;
        parts.removeAll(QString());
        return parts.join(QStringLiteral(" · "));
    };
    const QString named = stage > 0 ? tr("Stage %1 · %2").arg(stage).arg(stageName(stage)) : QString();
    const QString numbered = stage > 0 ? tr("Stage %1").arg(stage) : QString();
    return {join({named, seen}), join({numbered, seen}), join({numbered, date})};
}

QString CoupleListDelegate::shownDetailLine(const QModelIndex &index, const QFontMetrics &metrics, int width)
{
    const QStringList lines = detailLines(index);
    for (const QString &line : lines)
        if (metrics.horizontalAdvance(line) <= width)
            return line;
    return metrics.elidedText(lines.last(), Qt::ElideRight, width);
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
    // A red safety flag is a badge at the end of the detail line, in words as well as colour; the detail
    // gives way to it (it has shorter forms), so neither the flag nor the couple's name is cut off.
    int detailWidth = area.width();
    const QRect detailRow(area.left(), area.top() + nameMetrics.height(), area.width(),
                          smallMetrics.height());
    if (const int badgeWidth = safetyBadgeWidth(index, small, area.width()); badgeWidth > 0) {
        QFont badgeFont = small;
        badgeFont.setBold(true);
        const QFontMetrics badgeMetrics(badgeFont);
        const QRect badge(detailRow.right() - badgeWidth + 1, detailRow.top(), badgeWidth,
                          detailRow.height());
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xb3, 0x26, 0x1e));
        painter->drawRoundedRect(badge, 3, 3);
        painter->setPen(Qt::white);
        painter->setFont(badgeFont);
        painter->drawText(
            badge, Qt::AlignCenter,
            badgeMetrics.elidedText(safetyBadgeLabel(index), Qt::ElideRight, badgeWidth - kPadding));
        detailWidth -= badgeWidth + kPadding;
    }
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(nameFont);
    painter->drawText(QRect(area.left(), area.top(), area.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, area.width()));
    painter->setFont(small);
    QColor detail =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(detail);
    painter->drawText(QRect(detailRow.left(), detailRow.top(), detailWidth, detailRow.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, shownDetailLine(index, smallMetrics, detailWidth));
    painter->restore();
}

QString CoupleListDelegate::safetyBadgeLabel(const QModelIndex &index)
{
    // The badge's red says "safety"; its words say why, short enough for a narrow list.
    const SafetyConcern red = redConcernOf(index.data(SafetyConcernRole).toString());
    if (!isRedFlag(red))
        return {};
    return red == SafetyConcern::AbuseOngoing  ? tr("Abuse ongoing")
           : red == SafetyConcern::NotScreened ? tr("Not screened")
                                               : tr("Re-screen due");
}

int CoupleListDelegate::safetyBadgeWidth(const QModelIndex &index, const QFont &detailFont, int rowWidth)
{
    const QString label = safetyBadgeLabel(index);
    if (label.isEmpty())
        return 0;
    QFont badgeFont = detailFont;
    badgeFont.setBold(true);
    return qMin(QFontMetrics(badgeFont).horizontalAdvance(label) + 2 * kPadding, rowWidth * 55 / 100);
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
