// How the progress charts look, in one place: options for screen, paper and the brief's small trend
// charts; the date axis (dates spaced by time); pixel-sized fonts (so a chart painted onto a 1200 dpi
// PDF keeps the proportions it was laid out with); and the colours of the EFT stages.
#pragma once

#include "domain/Session.h"

#include <QColor>
#include <QDate>
#include <QLocale>
#include <QString>

#include <array>

class QChart;
class QDateTimeAxis;
class QValueAxis;

namespace attune {

struct ChartOptions
{
    bool print = false;   // paper: no animation, no hover highlights, white background
    bool compact = false; // the brief's trend charts: no title, no legend, no callouts, few labels
    QLocale locale;
    QDate today;                         // where an empty chart's axis sits; the store's today()
    std::array<QString, 2> partnerNames; // first names shown in legends; fall back to "Partner A/B"
};

// Dates are plotted at noon UTC so no time zone moves a session to another day.
qreal chartX(QDate date);
// A date axis covering [first, last] with a margin, so one session or many all sit inside the frame.
// ticks: how many labels (0: as many as fit the span).
QDateTimeAxis *makeDateAxis(QDate first, QDate last, const ChartOptions &options, bool narrow = false,
                            int ticks = 0);
// The date axis's label format for ticks that far apart: distinct labels, in the locale's order.
QString dateAxisFormat(const QLocale &locale, qint64 daysBetweenTicks, bool narrow);
QValueAxis *makeValueAxis(qreal min, qreal max, int ticks, const ChartOptions &options);
// Applies the common look: margins, fonts, background, legend placement.
void styleChart(QChart &chart, const QString &title, const ChartOptions &options);

QColor stageColor(int stage); // a light tint for the stage bands
QString partnerLabel(const ChartOptions &options, int partner);
// The margin added around a date range, in days.
int dateMarginDays(QDate first, QDate last);

} // namespace attune
