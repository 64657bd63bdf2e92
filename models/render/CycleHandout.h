// The pages a therapist hands to a couple: the cycle handout (title, names or initials, date, the
// diagram, a plain-language legend and the closing question) and two blank worksheets to fill in by
// hand, and a filled-in five-step exercise. Each paints on any QPainter into a page rectangle, for the
// printer, PDF, PNG and SVG alike.
#pragma once

#include "CycleLayout.h"

class QPainter;

namespace attune {

struct HandoutOptions
{
    bool initialsOnly = false;
    bool grayscale = false;
    QString language; // empty: the application's
    CycleStyle style = CycleStyle::Loop;
};

enum class WorksheetKind { Cycle, FiveStep };

// page: the printable area in the painter's coordinates; dpi: the device's dots per inch.
void paintCycleHandout(QPainter &painter, const QRectF &page, qreal dpi, const CycleContent &content,
                       const HandoutOptions &options);
void paintWorksheet(QPainter &painter, const QRectF &page, qreal dpi, WorksheetKind kind,
                    const HandoutOptions &options);

// A five-step exercise as one partner filled it in, printed from the Exercises tab.
struct FiveStepSheet
{
    std::array<QString, 2> partnerNames; // both, so initials-only hides either name in the texts
    int partner = 0;                     // whose exercise it is
    QDate date;
    QString incident;
    std::array<QString, 5> steps; // indexed by ExerciseStep
};

// One page: the exercise's title, the partner (first name or initials), date, the moment and each step
// with what was written; the text shrinks to fit rather than leave the page.
void paintFiveStepSheet(QPainter &painter, const QRectF &page, qreal dpi, const FiveStepSheet &sheet,
                        const HandoutOptions &options);

// "John and Mary" (or "J. and M."), as the handout's heading names the couple.
QString handoutCoupleLine(const CycleContent &content, bool initialsOnly, const CycleLabels &labels);

} // namespace attune
