// Test support for layout at laptop sizes (issue 13): what a user would see cut off in a shown widget
// tree. Each function returns one line per problem, naming the widget, so a failure says what to fix.
// Header-only and widgets-only, for the window tests.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTextDocument>
#include <QTreeWidget>

namespace attune::test {

inline QString describe(const QWidget *w)
{
    QString name = w->accessibleName();
    if (name.isEmpty())
        name = w->objectName();
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

inline bool shownIn(const QWidget *w, const QWidget *root)
{
    return w->isVisible() && w->isVisibleTo(root) && w->width() > 0;
}

// Scroll areas that scroll sideways: the content is wider than the view.
inline QStringList horizontalScrolling(QWidget *root)
{
    QStringList problems;
    for (QAbstractScrollArea *area : root->findChildren<QAbstractScrollArea *>())
        if (shownIn(area, root) && area->horizontalScrollBar()->isVisible())
            problems << describe(area) + QStringLiteral(" scrolls sideways");
    return problems;
}

// Labels and buttons whose one-line text is wider than the room they have, and combo boxes whose
// current choice does not fit.
inline QStringList clippedTexts(QWidget *root)
{
    QStringList problems;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!shownIn(label, root) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        if (label->wordWrap()) { // wraps sideways, so it is cut when it is not given the height it needs
            if (label->heightForWidth(label->width()) > label->height() + 1)
                problems << QStringLiteral("%1 cut: needs %2 px high, has %3")
                                .arg(describe(label))
                                .arg(label->heightForWidth(label->width()))
                                .arg(label->height());
            continue;
        }
        QString text = label->text();
        if (Qt::mightBeRichText(text)) {
            QTextDocument doc;
            doc.setHtml(text);
            text = doc.toPlainText();
        }
        text.remove(QLatin1Char('&'));
        int widest = 0;
        for (const QString &line : text.split(QLatin1Char('\n')))
            widest = qMax(widest, label->fontMetrics().horizontalAdvance(line));
        if (widest > label->contentsRect().width() - 2 * label->margin())
            problems << QStringLiteral("%1 cut: \"%2\" needs %3 px, has %4")
                            .arg(describe(label), text)
                            .arg(widest)
                            .arg(label->contentsRect().width());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!shownIn(button, root) || button->text().isEmpty())
            continue;
        if (button->sizeHint().width() > button->width() + 1)
            problems << QStringLiteral("%1 cut: \"%2\" needs %3 px, has %4")
                            .arg(describe(button), button->text())
                            .arg(button->sizeHint().width())
                            .arg(button->width());
    }
    for (QComboBox *combo : root->findChildren<QComboBox *>()) {
        if (!shownIn(combo, root) || combo->currentText().isEmpty() || combo->isEditable())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        const QRect field =
            combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
        if (needed > field.width())
            problems << QStringLiteral("%1 cut: \"%2\" needs %3 px, has %4")
                            .arg(describe(combo), combo->currentText())
                            .arg(needed)
                            .arg(field.width());
    }
    return problems;
}

// Rows of tree widgets (the practice page's lists) whose text is cut: a cell narrower than its text, or
// a note spanning the row wider than the list.
inline QStringList clippedTreeItems(QWidget *root)
{
    QStringList problems;
    for (QTreeWidget *tree : root->findChildren<QTreeWidget *>()) {
        if (!shownIn(tree, root))
            continue;
        const int margin = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
        for (int row = 0; row < qMin(tree->topLevelItemCount(), 40); ++row) {
            const QTreeWidgetItem *item = tree->topLevelItem(row);
            const bool spanned = item->isFirstColumnSpanned();
            for (int column = 0; column < (spanned ? 1 : tree->columnCount()); ++column) {
                const int room = spanned ? tree->viewport()->width() : tree->columnWidth(column);
                const QFontMetrics metrics(item->font(column));
                const int needed = metrics.horizontalAdvance(item->text(column)) + margin;
                if (!item->text(column).isEmpty() && needed > room)
                    problems << QStringLiteral("%1 row %2 cut: \"%3\" needs %4 px, has %5")
                                    .arg(describe(tree))
                                    .arg(row)
                                    .arg(item->text(column))
                                    .arg(needed)
                                    .arg(room);
            }
        }
    }
    return problems;
}

// Header sections whose text does not fit and that give no full text as a tooltip.
inline QStringList clippedHeaders(QHeaderView *header)
{
    QStringList problems;
    const QAbstractItemModel *model = header->model();
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString text = model->headerData(section, header->orientation()).toString();
        const int needed = header->fontMetrics().horizontalAdvance(text) +
                           2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const bool explained =
            !model->headerData(section, header->orientation(), Qt::ToolTipRole).toString().isEmpty();
        if (needed > header->sectionSize(section) && !explained)
            problems << QStringLiteral("header \"%1\" needs %2 px, has %3")
                            .arg(text)
                            .arg(needed)
                            .arg(header->sectionSize(section));
    }
    return problems;
}

} // namespace attune::test
