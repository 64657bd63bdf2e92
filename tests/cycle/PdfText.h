// Reading back what the cycle tests wrote: a PDF's text (pdftotext) and images (pdfimages), and the words
// of a text, normalised so ligatures and typographic forms compare equal.
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace attune::test {

// The PDF's text as pdftotext extracts it, NFKC-normalised; a null string when pdftotext fails.
QString pdfText(const QString &path);
// The lines of `pdfimages -list` after its two header lines: one per embedded image.
QStringList pdfImages(const QString &path, QString *error);
// The words (letters and digits) of text, lower-cased.
QSet<QString> wordsOf(const QString &text);

} // namespace attune::test
