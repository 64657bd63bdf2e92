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
};

} // namespace attune
