// The progress report: a multi-page document for the couple's file — a cover with the stage timeline,
// the charts, the latest cycle map, the treatment plan with its goals' progress and a table of sessions with
// their markers — painted directly on a paged device (QPdfWriter for a file, QPrinter for the print preview),
// so text stays vector and selectable. Every page carries a header (couple, period) and "Page n of N". The
// charts are the same ProgressChart builders the Progress tab shows, painted at paper size.
#pragma once

#include "domain/Appointment.h"
#include "domain/Couple.h"
#include "domain/CycleMap.h"
#include "domain/Result.h"
#include "domain/TreatmentPlan.h"
#include "progress/ProgressSeries.h"
#include "render/CycleLayout.h"

#include <QLocale>
#include <QPageSize>

#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace attune {

class PracticeStore;

struct ReportOptions
{
    QDate from; // null: from the first session
    QDate to;   // null: to the last session
    QString therapist;
    QPageSize::PageSizeId pageSize = QPageSize::Letter;
    QLocale locale;   // dates and numbers; DocumentLanguage(language).locale() for a chosen language
    QString language; // the report's words: a code ("en", "es"), or empty for the interface's
    QDate today;      // printed as the report's date; the store's today()
    CycleStyle cycleStyle =
        CycleStyle::Loop; // the cycle page's layout: the couple's own, as on its Cycle tab
};

struct ReportContent
{
    Couple couple;
    QList<Session> sessions; // in the period, oldest first
    ProgressData data;
    std::optional<CycleMap> cycle; // the latest version dated on or before the period's end
    QList<TreatmentPlan> plans;    // the couple's plan versions, oldest first; the latest is printed
    ReportOptions options;
    QDate periodFrom; // the period as printed: the options' bounds, else the sessions' dates
    QDate periodTo;
    int rescreenMonths = kDefaultRescreenMonths; // the practice's re-screening period
    SafetyConcern safety = SafetyConcern::None;  // of the latest screen, on the report's date
    AppointmentCounts appointments;              // how the period's appointments ended
    bool hasAppointments = false;
};

// Reads what the report needs. A couple that does not exist or a period that ends before it starts is a
// failure with one clear sentence.
Result<ReportContent> loadReportContent(PracticeStore &store, qint64 coupleId, const ReportOptions &options);

class ProgressReport
{
public:
    explicit ProgressReport(ReportContent content);

    const ReportContent &content() const { return m_content; }
    // Paints every page; the device must be set to the page size and the painter begun on it.
    // Returns the number of pages painted.
    int paint(QPainter &painter, QPagedPaintDevice &device) const;

private:
    ReportContent m_content;
};

// "Attune – progress report" in the report's language (empty: the interface's): the title of the PDF and
// of the print job, which never names a client.
QString reportDocumentTitle(const QString &language);

// Writes the report as a PDF through a QSaveFile: a failure leaves no half-written file behind.
Status writeReportPdf(const ReportContent &content, const QString &path);

// A date as the report prints it: the locale's short format with a four-digit year ("6/10/2026"), so a
// record read years later is never ambiguous.
QString reportDate(const QLocale &locale, QDate date);
// The period, e.g. "1/5/2026 – 6/10/2026", in the report's locale.
QString reportPeriodText(const ReportContent &content);

} // namespace attune
