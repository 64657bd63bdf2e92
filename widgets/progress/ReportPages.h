// The pages of the progress report, each painted in points (72 per inch) into a frame: the running
// header and footer, the cover with the stage timeline, the chart pages, the cycle page and the session
// table, which spans as many pages as its rows need. Internal to ProgressReport.
#pragma once

#include "ProgressReport.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace attune::report {

struct PageFrame
{
    QRectF page; // the printable area
    QRectF body; // below the header, above the footer
    int number = 1;
    int count = 1;
};

// Pixel-sized fonts in a point coordinate system: the size reads as points on any device.
QFont font(qreal points, bool bold = false, bool italic = false);
PageFrame frameFor(const QRectF &page, int number, int count);

void paintHeaderFooter(QPainter &p, const ReportContent &c, const PageFrame &f);
void paintCover(QPainter &p, const ReportContent &c, const PageFrame &f);
void paintChartsPage(QPainter &p, const ReportContent &c, const PageFrame &f);
void paintBondsAndCyclePage(QPainter &p, const ReportContent &c, const PageFrame &f);
// The latest treatment plan version: each goal, where it stands and how the period's sessions worked on
// it (ReportPlanPage.cpp).
void paintPlanPage(QPainter &p, const ReportContent &c, const PageFrame &f);

// The session table: each row's height at this width, and the rows [first, last) painted on one page.
QList<qreal> sessionRowHeights(const ReportContent &c, qreal width);
qreal sessionTableTop(const PageFrame &f, bool firstPage); // where rows start below the column heads
void paintSessionRows(QPainter &p, const ReportContent &c, const PageFrame &f, const QList<qreal> &heights,
                      int first, int last, bool firstPage);

} // namespace attune::report
