#include "SearchHighlight.h"

#include "SnippetDelegate.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTextBlock>

namespace attune {
namespace {

void bringIntoView(QWidget *field)
{
    for (QWidget *w = field->parentWidget(); w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(w))
            scroll->ensureWidgetVisible(field, 20, 40);
}

bool markPlainText(QPlainTextEdit *edit, const QList<TextSpan> &spans)
{
    QList<QTextEdit::ExtraSelection> marks;
    for (const TextSpan &span : spans) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(edit->document());
        mark.cursor.setPosition(span.start);
        mark.cursor.setPosition(span.start + span.length, QTextCursor::KeepAnchor);
        mark.format.setBackground(SnippetDelegate::highlightColor());
        mark.format.setForeground(QColor(Qt::black));
        marks << mark;
    }
    edit->setExtraSelections(marks);
    if (spans.isEmpty())
        return false;
    QTextCursor cursor(edit->document());
    cursor.setPosition(spans.first().start);
    edit->setTextCursor(cursor);
    edit->ensureCursorVisible();
    // The marks belong to this text: the first edit (or another record shown in the field) clears them.
    QObject::connect(
        edit, &QPlainTextEdit::textChanged, edit, [edit] { edit->setExtraSelections({}); },
        Qt::SingleShotConnection);
    return true;
}

} // namespace

bool highlightSearchMatches(QWidget *field, const SearchTerms &terms)
{
    if (!field)
        return false;
    bringIntoView(field);
    field->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QPlainTextEdit *>(field))
        return markPlainText(edit, findSearchMatches(edit->toPlainText(), terms));
    if (auto *line = qobject_cast<QLineEdit *>(field)) {
        const auto spans = findSearchMatches(line->text(), terms);
        if (spans.isEmpty())
            return false;
        line->setSelection(spans.first().start, spans.first().length);
        return true;
    }
    if (auto *label = qobject_cast<QLabel *>(field)) {
        const auto spans = findSearchMatches(label->text(), terms);
        if (spans.isEmpty())
            return false;
        label->setTextInteractionFlags(label->textInteractionFlags() | Qt::TextSelectableByMouse);
        label->setSelection(spans.first().start, spans.first().length);
        return true;
    }
    if (auto *list = qobject_cast<QListWidget *>(field)) {
        for (int row = 0; row < list->count(); ++row) {
            if (!findSearchMatches(list->item(row)->text(), terms).isEmpty()) {
                list->setCurrentRow(row);
                list->scrollToItem(list->item(row));
                return true;
            }
        }
        return false;
    }
    if (auto *button = qobject_cast<QAbstractButton *>(field))
        return !findSearchMatches(button->text().remove(QLatin1Char('&')), terms).isEmpty();
    return false;
}

} // namespace attune
