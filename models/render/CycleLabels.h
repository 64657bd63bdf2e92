// The words the cycle diagram, handout and worksheets print, gathered in one value for one language.
// They go through a translate function rather than tr() so a handout can be printed in another language
// than the interface's: the translations issue passes a function backed by that language's translator.
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

    // language: a BCP 47 code ("en", "es"); empty means the application's locale.
    static CycleLabels forLanguage(const QString &language, CycleKind kind = CycleKind::Negative,
                                   const TranslateFunction &translate = {});
};

} // namespace attune
