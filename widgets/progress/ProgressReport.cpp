// Loading the report's content, paginating it and writing it as a PDF.
#include "ProgressReport.h"

#include "i18n/DateText.h"

#include "ReportPages.h"

#include "i18n/DocumentLanguage.h"
#include "i18n/Translations.h"
#include "store/PracticeStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <optional>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(attune::ProgressReport)
};

struct PagePlan
{
    enum Kind { Cover, Charts, BondsAndCycle, Plan, Sessions } kind = Cover;
    int firstRow = 0;
    int lastRow = 0;
};

QList<PagePlan> planPages(const ReportContent &c, const QRectF &page, const QList<qreal> &heights)
{
    QList<PagePlan> plan{{PagePlan::Cover}};
    if (c.data.isEmpty())
        return plan;
    plan.append(PagePlan{PagePlan::Charts});
    plan.append(PagePlan{PagePlan::BondsAndCycle});
    if (!c.plans.isEmpty())
        plan.append(PagePlan{PagePlan::Plan});
    // As many rows per page as fit; a row taller than a page still gets a page of its own.
    int row = 0;
    bool first = true;
    while (row < heights.size()) {
        const report::PageFrame f = report::frameFor(page, 1, 1);
        qreal y = report::sessionTableTop(f, first);
        const int start = row;
        while (row < heights.size() && (row == start || y + heights[row] <= f.body.bottom())) {
            y += heights[row];
            ++row;
        }
        plan.append(PagePlan{PagePlan::Sessions, start, row});
        first = false;
    }
    return plan;
}

// While alive, the report's words are in its chosen language whatever the interface's (the charts and
// page texts go through tr()); ScopedLanguage keeps open windows from retranslating meanwhile.
class ReportLanguage
{
public:
    explicit ReportLanguage(const ReportOptions &options)
    {
        if (!options.language.isEmpty() && QCoreApplication::instance())
            m_scope.emplace(*QCoreApplication::instance(), options.language);
    }

private:
    std::optional<ScopedLanguage> m_scope;
};

} // namespace

QString reportDocumentTitle(const QString &language)
{
    // Print systems keep a job's title in their history and name output files after it: no client here.
    // Marked apart from the call: lupdate skips QT_TRANSLATE_NOOP inside a call named translate.
    static const char *const title = QT_TRANSLATE_NOOP("attune::ProgressReport", "Attune – progress report");
    return DocumentLanguage(language).translate("attune::ProgressReport", title);
}

QString reportDate(const QLocale &locale, QDate date)
{
    return shortDate(date, locale);
}

QString reportPeriodText(const ReportContent &content)
{
    const QLocale &l = content.options.locale;
    if (!content.periodFrom.isValid() && !content.periodTo.isValid())
        return Messages::tr("no sessions");
    return Messages::tr("%1 – %2").arg(reportDate(l, content.periodFrom), reportDate(l, content.periodTo));
}

Result<ReportContent> loadReportContent(PracticeStore &store, qint64 coupleId, const ReportOptions &options)
{
    if (options.from.isValid() && options.to.isValid() && options.from > options.to)
        return Result<ReportContent>::failure(
            Messages::tr("The period starts (%1) after it ends (%2).")
                .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate)));
    auto couple = store.couple(coupleId);
    if (!couple)
        return couple.status();
    auto sessions = store.sessions(coupleId);
    if (!sessions)
        return sessions.status();
    auto maps = store.cycleMaps(coupleId);
    if (!maps)
        return maps.status();
    auto plans = store.treatmentPlans(coupleId);
    if (!plans)
        return plans.status();

    ReportContent c;
    c.couple = *couple;
    c.options = options;
    c.plans = *plans;
    if (!c.options.today.isValid())
        c.options.today = store.today();
    const Result<int> months = store.rescreenMonths();
    if (!months)
        return months.status();
    c.rescreenMonths = *months;
    c.safety = safetyConcern(c.couple.safety, c.options.today, c.rescreenMonths);
    c.sessions = sortedByDate(sessionsInPeriod(*sessions, options.from, options.to));
    const auto booked = store.appointments(coupleId);
    if (!booked)
        return booked.status();
    QList<Appointment> inPeriod;
    for (const Appointment &a : *booked) {
        const QDate day = a.startsAt.toLocalTime().date();
        if ((!options.from.isValid() || day >= options.from) && (!options.to.isValid() || day <= options.to))
            inPeriod.append(a);
    }
    c.appointments = countAppointments(inPeriod);
    c.hasAppointments = !inPeriod.isEmpty();
    c.data = buildProgress(c.sessions, {c.couple.partners[0].position, c.couple.partners[1].position});
    c.periodFrom = options.from.isValid() ? options.from : c.data.first;
    c.periodTo = options.to.isValid() ? options.to : c.data.last;
    const QDate end = c.periodTo.isValid() ? c.periodTo : c.options.today;
    for (const CycleMap &m : *maps)
        if (m.date <= end &&
            (!c.cycle || m.date > c.cycle->date || (m.date == c.cycle->date && m.version > c.cycle->version)))
            c.cycle = m;
    return c;
}

ProgressReport::ProgressReport(ReportContent content)
    : m_content(std::move(content))
{}

int ProgressReport::paint(QPainter &painter, QPagedPaintDevice &device) const
{
    const ReportLanguage language(m_content.options);
    // Work in points whatever the device's resolution: fonts are pixel-sized in this coordinate system.
    const qreal scale = device.logicalDpiX() / 72.0;
    const QRectF pointRect = device.pageLayout().paintRect(QPageLayout::Point);
    const QRectF page(QPointF(0, 0), pointRect.size());
    const QList<qreal> heights = report::sessionRowHeights(m_content, page.width());
    const QList<PagePlan> plan = planPages(m_content, page, heights);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    bool firstTable = true;
    for (int i = 0; i < plan.size(); ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.scale(scale, scale);
        const report::PageFrame f = report::frameFor(page, i + 1, int(plan.size()));
        report::paintHeaderFooter(painter, m_content, f);
        switch (plan[i].kind) {
        case PagePlan::Cover:
            report::paintCover(painter, m_content, f);
            break;
        case PagePlan::Charts:
            report::paintChartsPage(painter, m_content, f);
            break;
        case PagePlan::BondsAndCycle:
            report::paintBondsAndCyclePage(painter, m_content, f);
            break;
        case PagePlan::Plan:
            report::paintPlanPage(painter, m_content, f);
            break;
        case PagePlan::Sessions:
            report::paintSessionRows(painter, m_content, f, heights, plan[i].firstRow, plan[i].lastRow,
                                     firstTable);
            firstTable = false;
            break;
        }
        painter.restore();
    }
    return int(plan.size());
}

Status writeReportPdf(const ReportContent &content, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            Messages::tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200);
        writer.setTitle(reportDocumentTitle(content.options.language));
        writer.setCreator(QStringLiteral("Attune"));
        writer.setPageLayout(QPageLayout(QPageSize(content.options.pageSize), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            return Status::failure(
                Messages::tr("Could not start writing the PDF %1.").arg(QDir::toNativeSeparators(path)));
        ProgressReport(content).paint(painter, writer);
        painter.end();
    }
    if (!file.commit())
        return Status::failure(
            Messages::tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::ok();
}

} // namespace attune
