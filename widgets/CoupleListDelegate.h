// Draws a couple in the sidebar on two lines: the name, and where they stand (stage, last session).
#pragma once

#include <QStyledItemDelegate>

namespace attune {

class CoupleListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The second line, e.g. "Stage 2 · Restructuring · last seen Nov 20, 2026".
    static QString detailLine(const QModelIndex &index);
    // The detail line, then shorter forms of it for a narrow list (the stage's number without its name,
    // the date without "last seen"); paint() draws the first that fits.
    static QStringList detailLines(const QModelIndex &index);
    // What paint() draws in width: the first line that fits, else the shortest, elided.
    static QString shownDetailLine(const QModelIndex &index, const QFontMetrics &metrics, int width);
    // The red safety flag's badge at the end of the detail line (0 when the couple carries none): the
    // detail line gives way to it, in one of its shorter forms, and the name keeps the whole row.
    static QString safetyBadgeLabel(const QModelIndex &index);
    static int safetyBadgeWidth(const QModelIndex &index, const QFont &detailFont, int rowWidth);
};

} // namespace attune
