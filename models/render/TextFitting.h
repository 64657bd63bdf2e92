// Fitting text into boxes for the printed and drawn pages: wrap, shrink within limits, then elide.
// Shared by the cycle layout and the handout pages so they measure text the same way.
#pragma once

#include <QFont>
#include <QSizeF>
#include <QStringList>

namespace attune {

struct FittedText
{
    int pixelSize = 0;
    QStringList lines; // each fits the width; the last ends in "…" when elided
    bool elided = false;
};

// Wraps text (at word boundaries, inside a word only when it is wider than a line) into lines of at
// most width at the given font.
QStringList wrapText(const QString &text, const QFont &font, qreal width);

// Tries sizes from maxPixels down to minPixels; at minPixels elides what does not fit, keeping
// reserveAtEnd free after the last line (for a note number).
FittedText fitText(const QString &text, QSizeF box, int maxPixels, int minPixels, qreal reserveAtEnd = 0);

// Height of paragraphs wrapped at width in the notes font.
qreal measureParagraphs(const QStringList &paragraphs, qreal width, int pixelSize);
// The lines of paragraphs that fit in size; the last kept line is elided when some do not.
QStringList wrapParagraphs(const QStringList &paragraphs, QSizeF size, int pixelSize);

} // namespace attune
