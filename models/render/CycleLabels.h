// The words the cycle diagram, handout and worksheets print, gathered in one value for one language.
// They go through the document's own translator (DocumentLanguage) rather than tr(), so a handout is
// printed in the language chosen for it whatever the interface's.
#pragma once

#include "domain/Enums.h"

#include <QLocale>
#include <QString>

#include <array>
#include <functional>

namespace attune {

// (context, source text) -> translated text; the default is QCoreApplication::translate.
using TranslateFunction = std::function<QString(const char *context, const char *source)>;

struct CycleLabels
{
    QLocale locale;
    std::array<QString, 6> stepNames; // indexed by CycleStep
    std::array<QString, 2> positionNames;
    std::array<QString, 2> partnerFallback; // "Partner A", "Partner B" when a name is missing
    QString seenCaption;                    // the layer above the line of awareness
    QString feltCaption;                    // the layer below it
    QString awarenessLine;                  // the label on the dotted line
    QString notesTitle;                     // heading of the numbered footnotes
    QString coupleLine;                     // "%1 and %2": the partners as the handout names them
    // Titles of the PDF/SVG files and print jobs, with no client's name: print systems keep them.
    QString diagramDocumentTitle;
    QString handoutDocumentTitle;
    QString cycleWorksheetDocumentTitle;
    QString fiveStepDocumentTitle;
    QString fiveStepSheetDocumentTitle; // a filled-in exercise

    // Handout and worksheets
    QString handoutTitle;
    QString handoutSubtitle;
    QString legendTitle;
    std::array<QString, 6> legend; // trigger, primary, secondary, perception, behavior, need
    QString awarenessLegend;
    QString closingQuestion;
    QString cycleWorksheetTitle;
    QString cycleWorksheetIntro;
    QString fiveStepTitle;
    QString fiveStepIntro;
    std::array<QString, 5> fiveStepNames;
    std::array<QString, 5> fiveStepPrompts;
    QString nameField;
    QString dateField;
    QString incidentField;

    // language: a BCP 47 code ("en", "es"); empty means the interface's language. translate replaces
    // the language's translator (tests).
    static CycleLabels forLanguage(const QString &language, CycleKind kind = CycleKind::Negative,
                                   const TranslateFunction &translate = {});
};

} // namespace attune
