// Helpers shared by the session editor's sections; see SessionSection.h.
#include "SessionSection.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace attune {

void setTextKeepingCursor(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return;
    const int position = edit->textCursor().position();
    edit->setPlainText(text);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(qMin(position, int(text.size())));
    edit->setTextCursor(cursor);
}

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const int position = edit->cursorPosition();
    edit->setText(text);
    edit->setCursorPosition(qMin(position, int(text.size())));
}

QPlainTextEdit *makeNoteEdit(const QString &accessibleName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    const int frame = 2 * (edit->frameWidth() + int(edit->document()->documentMargin())) + 2;
    // A fixed height per field keeps the scrolling page calm; long text scrolls inside its field.
    edit->setFixedHeight(lines * lineHeight + frame);
    return edit;
}

} // namespace attune
