// Accessible text helpers: described labels, linked labels for combo boxes, viewports out of the focus chain.
#include "AccessibleText.h"

#include <QAbstractScrollArea>
#include <QLabel>
#include <QTextDocumentFragment>

namespace attune {

void setDescribedText(QLabel *label, const QString &text)
{
    label->setText(text);
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    label->setAccessibleDescription(rich ? QTextDocumentFragment::fromHtml(text).toPlainText().trimmed()
                                         : text);
}

void linkScreenReaderLabel(QWidget *control)
{
    auto *label = new QLabel(control->accessibleName(), control->parentWidget());
    label->setObjectName(QStringLiteral("screenReaderLabel"));
    label->setBuddy(control);
    label->hide();
}

void keepFocusOffViewport(QAbstractScrollArea *area)
{
    area->viewport()->setFocusPolicy(Qt::NoFocus);
}

} // namespace attune
