// The label phrases each printed document carries in English and in Spanish, and a check that a PDF's
// text holds one language's and none of the other's. Shared by the command-line and the window tests.
#pragma once

#include <QString>
#include <QStringList>

namespace attune::test {

enum class Document { Handout, Diagram, CycleWorksheet, FiveStepWorksheet, FiveStepExercise, Report };

// Lower-case phrases, as printed labels (not client text) say them.
QStringList documentPhrases(Document document, const QString &language);

// The PDF text, lower-cased with runs of white space made one space (pdftotext breaks lines).
QString flattenedText(const QString &pdfText);

// Empty when text holds every phrase of language and none of the other language's; else what is wrong.
QString languageProblem(const QString &pdfText, Document document, const QString &language);

// The PDF's metadata as pdfinfo prints it ("Title: …", "Page size: …"); empty when pdfinfo fails.
QString pdfInfo(const QString &path);
// One field of pdfInfo's output ("Title", "Page size"), trimmed; null when absent.
QString pdfInfoField(const QString &info, const QString &field);

} // namespace attune::test
