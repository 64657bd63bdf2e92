// The pages a therapist hands to a couple: the cycle handout (title, names or initials, date, the
// diagram, a plain-language legend and the closing question) and two blank worksheets to fill in by
// hand. Each paints on any QPainter into a page rectangle, for the printer, PDF, PNG and SVG alike.
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

// "John and Mary" (or "J. and M."), as the handout's heading names the couple.
QString handoutCoupleLine(const CycleContent &content, bool initialsOnly, const CycleLabels &labels);

} // namespace attune
