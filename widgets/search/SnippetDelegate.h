// Paints a search result's snippet with its matched words (HighlightsRole) marked, as a find bar marks
// them in a document: bold on a highlight colour that stays readable on a selected row.
#pragma once

#include <QStyledItemDelegate>

namespace attune {

class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The colour found words are marked with, here and in the field a hit opens.
    static QColor highlightColor();
};

} // namespace attune
