// Painting the pages of the progress report.
#include "ReportPages.h"

#include "ChangeEventChart.h"
#include "OutcomeCharts.h"

#include "domain/Validation.h"
#include "render/CycleRenderer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <memory>

namespace attune::report {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(attune::ProgressReport)
};

const QColor kInk(0x1f, 0x23, 0x29);
const QColor kMuted(0x5a, 0x61, 0x6b);
const QColor kRule(0xc8, 0xcc, 0xd2);
const QColor kAlarm(0xb3, 0x26, 0x1e); // the red safety flag

constexpr qreal kHeaderHeight = 34;
constexpr qreal kFooterHeight = 24;
// Charts are laid out larger than they print, so their pixel-sized text prints at about 7.5 pt.
constexpr qreal kChartScale = 1.5;

ChartOptions chartOptions(const ReportContent &c)
{
    ChartOptions o;
    o.print = true;
    o.locale = c.options.locale;
    o.today = c.options.today;
    o.partnerNames = {c.couple.partners[0].name, c.couple.partners[1].name};
    return o;
}

void paintChartIn(QPainter &p, ProgressChart *chart, const QRectF &target)
{
    std::unique_ptr<ProgressChart> owned(chart);
    paintChart(*owned, p, target, target.size() * kChartScale);
}

qreal paintHeading(QPainter &p, const QString &text, const QRectF &area)
{
    p.setFont(font(14, true));
    p.setPen(kInk);
    const QRectF r(area.left(), area.top(), area.width(), 22);
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
    return r.bottom() + 6;
}

QString dateText(const ReportContent &c, QDate d)
{
    return reportDate(c.options.locale, d);
}

QString levelText(EventLevel level)
{
    return level == EventLevel::None ? QStringLiteral("–") : displayName(level);
}

// The session table's columns as fractions of the width.
struct Column
{
    qreal fraction;
    const char *title;
};
constexpr Column kColumns[] = {
    {0.12, QT_TRANSLATE_NOOP("attune::ProgressReport", "Date")},
    {0.08, QT_TRANSLATE_NOOP("attune::ProgressReport", "Stage, step")},
    {0.35, QT_TRANSLATE_NOOP("attune::ProgressReport", "Focus")},
    {0.14, QT_TRANSLATE_NOOP("attune::ProgressReport", "Re-engagement")},
    {0.11, QT_TRANSLATE_NOOP("attune::ProgressReport", "Softening")},
    {0.13, QT_TRANSLATE_NOOP("attune::ProgressReport", "Outcomes")},
    {0.07, QT_TRANSLATE_NOOP("attune::ProgressReport", "Signed")},
};
constexpr int kColumnCount = int(std::size(kColumns));
constexpr qreal kRowPadding = 3;
constexpr qreal kTableFont = 8;
constexpr qreal kHeadHeight = 22; // two lines, for headings that wrap

QStringList rowCells(const ReportContent &c, const Session &s)
{
    // Each total under the partner's own name, as the charts' legends name them: "A" and "B" meant
    // looking up who was who.
    const ChartOptions names = chartOptions(c);
    QStringList outcomes;
    for (const OutcomeScore &o : s.outcomes)
        outcomes << QStringLiteral("%1 %2: %3")
                        .arg(displayName(o.instrument), partnerLabel(names, o.partner),
                             c.options.locale.toString(o.total, 'g', 4));
    return {dateText(c, s.date),
            QStringLiteral("%1 · %2").arg(s.stage).arg(s.step),
            s.note.focus.trimmed().isEmpty() ? QStringLiteral("–") : s.note.focus.trimmed(),
            levelText(s.event(ChangeEventKind::WithdrawerReengagement).level),
            levelText(s.event(ChangeEventKind::BlamerSoftening).level),
            outcomes.isEmpty() ? QStringLiteral("–") : outcomes.join(QLatin1Char('\n')),
            s.isSigned() ? Messages::tr("yes") : Messages::tr("draft")};
}

QList<QRectF> columnRects(qreal left, qreal top, qreal width, qreal height)
{
    QList<QRectF> rects;
    qreal x = left;
    for (const Column &col : kColumns) {
        const qreal w = col.fraction * width;
        rects.append(QRectF(x, top, w, height));
        x += w;
    }
    return rects;
}

void paintTimeline(QPainter &p, const ReportContent &c, const QRectF &area)
{
    const ProgressData &d = c.data;
    if (d.stages.isEmpty())
        return;
    const qreal span = std::max<qint64>(1, d.first.daysTo(d.last));
    const QRectF bar(area.left(), area.top(), area.width(), 22);
    auto xOf = [&](QDate date) { return bar.left() + bar.width() * d.first.daysTo(date) / span; };
    p.setPen(Qt::NoPen);
    for (const StageBand &b : d.stages) {
        QRectF r(xOf(b.from), bar.top(), std::max<qreal>(2, xOf(b.to) - xOf(b.from)), bar.height());
        if (d.stages.size() == 1)
            r = bar;
        p.fillRect(r, stageColor(b.stage).darker(112));
        if (r.width() > 14) {
            p.setPen(kInk);
            p.setFont(font(8, true));
            p.drawText(r, Qt::AlignCenter, QString::number(b.stage));
            p.setPen(Qt::NoPen);
        }
    }
    p.setPen(QPen(kRule, 0.6));
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar);
    p.setPen(kMuted);
    p.setFont(font(8));
    p.drawText(QRectF(bar.left(), bar.bottom() + 2, 200, 12), Qt::AlignLeft, dateText(c, d.first));
    p.drawText(QRectF(bar.right() - 200, bar.bottom() + 2, 200, 12), Qt::AlignRight, dateText(c, d.last));

    // The legend, then each stretch in words (as many as fit).
    qreal y = bar.bottom() + 20;
    qreal x = area.left();
    for (int stage = 1; stage <= 3; ++stage) {
        p.fillRect(QRectF(x, y + 2, 10, 8), stageColor(stage).darker(112));
        p.setPen(kInk);
        const QString label = Messages::tr("Stage %1: %2").arg(stage).arg(stageName(stage));
        p.drawText(QRectF(x + 14, y, 150, 12), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += 24 + QFontMetricsF(p.font()).horizontalAdvance(label);
    }
    y += 20;
    p.setFont(font(9));
    const qreal line = 13;
    for (int i = 0; i < d.stages.size(); ++i) {
        if (y + 2 * line > area.bottom()) {
            p.setPen(kMuted);
            p.drawText(QRectF(area.left(), y, area.width(), line), Qt::AlignLeft,
                       Messages::tr("… and %n more stretch(es), listed in the session table.", nullptr,
                                    int(d.stages.size()) - i));
            break;
        }
        const StageBand &b = d.stages[i];
        p.setPen(kInk);
        p.drawText(QRectF(area.left(), y, area.width(), line), Qt::AlignLeft,
                   Messages::tr("Stage %1 (%2): %3 – %4, %n session(s)", nullptr, b.sessions)
                       .arg(b.stage)
                       .arg(stageName(b.stage), dateText(c, b.from), dateText(c, b.to)));
        y += line;
    }
}

} // namespace

QFont font(qreal points, bool bold, bool italic)
{
    QFont f;
    f.setPixelSize(int(points + 0.5));
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

PageFrame frameFor(const QRectF &page, int number, int count)
{
    PageFrame f;
    f.page = page;
    f.body = page.adjusted(0, kHeaderHeight, 0, -kFooterHeight);
    f.number = number;
    f.count = count;
    return f;
}

void paintHeaderFooter(QPainter &p, const ReportContent &c, const PageFrame &f)
{
    const QRectF head(f.page.left(), f.page.top(), f.page.width(), 18);
    p.setPen(kInk);
    p.setFont(font(10, true));
    p.drawText(head, Qt::AlignLeft | Qt::AlignVCenter, c.couple.name);
    p.setFont(font(9));
    p.setPen(kMuted);
    p.drawText(head, Qt::AlignRight | Qt::AlignVCenter,
               Messages::tr("Progress report, %1").arg(reportPeriodText(c)));
    p.setPen(QPen(kRule, 0.8));
    p.drawLine(QPointF(f.page.left(), head.bottom() + 4), QPointF(f.page.right(), head.bottom() + 4));

    const QRectF foot(f.page.left(), f.page.bottom() - 14, f.page.width(), 14);
    p.drawLine(QPointF(f.page.left(), foot.top() - 4), QPointF(f.page.right(), foot.top() - 4));
    p.setPen(kMuted);
    p.setFont(font(8));
    p.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, Messages::tr("Confidential clinical record"));
    p.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
               Messages::tr("Page %1 of %2").arg(f.number).arg(f.count));
}

void paintCover(QPainter &p, const ReportContent &c, const PageFrame &f)
{
    const QRectF body = f.body;
    qreal y = body.top() + 24;
    p.setPen(kInk);
    p.setFont(font(26, true));
    p.drawText(QRectF(body.left(), y, body.width(), 36), Qt::AlignLeft | Qt::AlignVCenter,
               Messages::tr("Progress report"));
    y += 42;
    p.setFont(font(18));
    p.drawText(QRectF(body.left(), y, body.width(), 26), Qt::AlignLeft | Qt::AlignVCenter, c.couple.name);
    y += 40;

    QList<std::pair<QString, QString>> facts;
    QStringList partners;
    for (const Partner &partner : c.couple.partners)
        partners << Messages::tr("%1 (%2)").arg(partner.name, displayName(partner.position).toLower());
    facts.append({Messages::tr("Partners"), partners.join(QStringLiteral(", "))});
    facts.append({Messages::tr("Cycle pattern"), displayName(c.couple.pattern)});
    facts.append({Messages::tr("Period"), reportPeriodText(c)});
    if (!c.options.therapist.trimmed().isEmpty())
        facts.append({Messages::tr("Therapist"), c.options.therapist.trimmed()});
    facts.append({Messages::tr("Sessions"),
                  Messages::tr("%n session(s) in this period", nullptr, c.data.sessionCount)});
    if (!c.sessions.isEmpty()) {
        const Session &last = c.sessions.last();
        facts.append({Messages::tr("Latest session"), Messages::tr("%1, stage %2 (%3), step %4")
                                                          .arg(dateText(c, last.date))
                                                          .arg(last.stage)
                                                          .arg(stageName(last.stage))
                                                          .arg(last.step)});
    }
    for (const ChangeEventKind kind : allValues<ChangeEventKind>()) {
        if (!c.data.applies(kind))
            continue; // not an event of this couple's cycle
        const EventSeries &e = c.data.eventsOf(kind);
        QString text = displayName(e.highest);
        if (e.firstComplete)
            text = Messages::tr("Complete since %1").arg(dateText(c, e.firstComplete->date));
        facts.append({displayName(kind), text});
    }
    // The safety flag line: red, in words, while joint sessions are not safe.
    const QString safetyLabel = Messages::tr("Safety screen");
    QString safety = c.couple.safety.done()
                         ? Messages::tr("%1 (%2)").arg(displayName(c.couple.safety.outcome),
                                                       dateText(c, c.couple.safety.date))
                         : displayName(c.couple.safety.outcome);
    if (isRedFlag(c.safety))
        safety = Messages::tr("%1. %2").arg(safetyFlagLabel(c.safety),
                                            safetyConcernSentence(c.safety, c.rescreenMonths));
    facts.append({safetyLabel, safety});
    if (c.hasAppointments)
        facts.append({Messages::tr("Appointments"),
                      Messages::tr("%1 attended, %2 cancelled, %3 late-cancelled, %4 no-show")
                          .arg(c.appointments.attended)
                          .arg(c.appointments.cancelled)
                          .arg(c.appointments.lateCancelled)
                          .arg(c.appointments.noShow)});
    facts.append({Messages::tr("Prepared"), c.options.locale.toString(c.options.today, QLocale::LongFormat)});

    // The label column fits the longest label (Spanish ones run long), wrapping only past half the page.
    p.setFont(font(10, true));
    qreal widest = 0;
    for (const auto &fact : std::as_const(facts))
        widest =
            std::max(widest, p.boundingRect(QRectF(0, 0, 10000, 100), Qt::AlignLeft, fact.first).width());
    const qreal labelWidth = std::min(std::max<qreal>(170, widest + 14), body.width() * 0.45);
    for (const auto &[label, value] : std::as_const(facts)) {
        p.setFont(font(10, true));
        p.setPen(kMuted);
        const QRectF labelRect(body.left(), y, labelWidth - 10, 40);
        const QRectF labelUsed =
            p.boundingRect(labelRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, label);
        p.drawText(labelRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, label);
        const bool flagged = label == safetyLabel && isRedFlag(c.safety);
        p.setFont(font(10, flagged));
        p.setPen(flagged ? kAlarm : kInk);
        const QRectF valueRect(body.left() + labelWidth, y, body.width() - labelWidth, 40);
        const QRectF used = p.boundingRect(valueRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, value);
        p.drawText(valueRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, value);
        y += std::max<qreal>(18, std::max(used.height(), labelUsed.height()) + 4);
    }

    y += 18;
    y = paintHeading(p, Messages::tr("Stage timeline"), QRectF(body.left(), y, body.width(), 30));
    if (c.data.isEmpty()) {
        p.setFont(font(10));
        p.setPen(kMuted);
        p.drawText(QRectF(body.left(), y, body.width(), 16), Qt::AlignLeft,
                   Messages::tr("No sessions were recorded in this period."));
        return;
    }
    paintTimeline(p, c, QRectF(body.left(), y + 4, body.width(), body.bottom() - y - 4));
}

void paintChartsPage(QPainter &p, const ReportContent &c, const PageFrame &f)
{
    const ChartOptions options = chartOptions(c);
    const QRectF body = f.body;
    qreal y =
        paintHeading(p, Messages::tr("Change events"), QRectF(body.left(), body.top() + 6, body.width(), 24));
    const auto partners =
        eventSeriesPartners(c.data, {c.couple.partners[0].position, c.couple.partners[1].position});
    const qreal eventsHeight = body.height() * 0.46;
    paintChartIn(p, buildChangeEventChart(c.data, partners, options),
                 QRectF(body.left(), y, body.width(), eventsHeight));
    y += eventsHeight + 14;

    y = paintHeading(p, Messages::tr("Outcome measures"), QRectF(body.left(), y, body.width(), 24));
    const QList<Instrument> instruments = instrumentsUsed(c.data);
    if (instruments.isEmpty()) {
        p.setFont(font(10));
        p.setPen(kMuted);
        p.drawText(QRectF(body.left(), y, body.width(), 16), Qt::AlignLeft,
                   Messages::tr("No outcome measures were entered in this period."));
        return;
    }
    // Side by side when two fit, stacked otherwise.
    const qreal height = body.bottom() - y;
    const int n = int(instruments.size());
    const int columns = n == 1 ? 1 : 2;
    const int rows = (n + columns - 1) / columns;
    const qreal w = body.width() / columns;
    const qreal h = height / rows;
    for (int i = 0; i < n; ++i) {
        const QRectF cell(body.left() + (i % columns) * w, y + (i / columns) * h, w, h);
        paintChartIn(p, buildOutcomeChart(c.data, instruments[i], options), cell.adjusted(2, 2, -2, -2));
    }
}

void paintBondsAndCyclePage(QPainter &p, const ReportContent &c, const PageFrame &f)
{
    const ChartOptions options = chartOptions(c);
    const QRectF body = f.body;
    qreal y = paintHeading(p, Messages::tr("Secure-bond signs (0–10)"),
                           QRectF(body.left(), body.top() + 6, body.width(), 24));
    const qreal gridHeight = body.height() * 0.42;
    if (c.data.bonds[0].points.isEmpty() && c.data.bonds[1].points.isEmpty()) {
        p.setFont(font(10));
        p.setPen(kMuted);
        p.drawText(QRectF(body.left(), y, body.width(), 16), Qt::AlignLeft,
                   Messages::tr("No secure-bond ratings were entered in this period."));
    } else {
        const qreal w = body.width() / 3;
        const qreal h = gridHeight / 2;
        int i = 0;
        for (const BondSign sign : allValues<BondSign>()) {
            const QRectF cell(body.left() + (i % 3) * w, y + (i / 3) * h, w, h);
            paintChartIn(p, buildBondChart(c.data, sign, options), cell.adjusted(2, 2, -2, -2));
            ++i;
        }
    }
    y += gridHeight + 16;

    const QString cycleTitle = c.cycle ? Messages::tr("Latest cycle map (version %1, %2)")
                                             .arg(c.cycle->version)
                                             .arg(dateText(c, c.cycle->date))
                                       : Messages::tr("Latest cycle map");
    y = paintHeading(p, cycleTitle, QRectF(body.left(), y, body.width(), 24));
    if (!c.cycle) {
        p.setFont(font(10));
        p.setPen(kMuted);
        p.drawText(QRectF(body.left(), y, body.width(), 16), Qt::AlignLeft,
                   Messages::tr("No cycle map was recorded by the end of this period."));
        return;
    }
    CycleRenderOptions o;
    o.dpi = 72; // the page is painted in points
    o.print = true;
    o.language = c.options.language;
    o.style = c.options.cycleStyle;
    const CycleRenderer renderer(CycleContent::from(*c.cycle, c.couple), o);
    p.save();
    renderer.paint(p, QRectF(body.left(), y, body.width(), body.bottom() - y));
    p.restore();
}

QList<qreal> sessionRowHeights(const ReportContent &c, qreal width)
{
    const QFontMetricsF metrics(font(kTableFont));
    QList<qreal> heights;
    heights.reserve(c.sessions.size());
    const QList<QRectF> columns = columnRects(0, 0, width, 1000);
    for (const Session &s : c.sessions) {
        const QStringList cells = rowCells(c, s);
        qreal h = metrics.height();
        for (int i = 0; i < kColumnCount; ++i) {
            const QRectF r = metrics.boundingRect(columns[i].adjusted(kRowPadding, 0, -kRowPadding, 0),
                                                  Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, cells[i]);
            h = std::max(h, r.height());
        }
        heights.append(h + 2 * kRowPadding + 1);
    }
    return heights;
}

qreal sessionTableTop(const PageFrame &f, bool firstPage)
{
    return f.body.top() + (firstPage ? 36 : 6) + kHeadHeight + 2;
}

void paintSessionRows(QPainter &p, const ReportContent &c, const PageFrame &f, const QList<qreal> &heights,
                      int first, int last, bool firstPage)
{
    const QRectF body = f.body;
    if (firstPage)
        paintHeading(p, Messages::tr("Sessions"), QRectF(body.left(), body.top() + 6, body.width(), 24));
    const qreal headTop = sessionTableTop(f, firstPage) - kHeadHeight - 2;
    p.fillRect(QRectF(body.left(), headTop, body.width(), kHeadHeight), QColor(0xee, 0xf0, 0xf3));
    p.setFont(font(kTableFont, true));
    p.setPen(kInk);
    const QList<QRectF> heads = columnRects(body.left(), headTop, body.width(), kHeadHeight);
    for (int i = 0; i < kColumnCount; ++i)
        p.drawText(heads[i].adjusted(kRowPadding, 0, -kRowPadding, 0),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                   QCoreApplication::translate("attune::ProgressReport", kColumns[i].title));
    qreal y = sessionTableTop(f, firstPage);
    p.setFont(font(kTableFont));
    for (int row = first; row < last; ++row) {
        const Session &s = c.sessions[row];
        const QStringList cells = rowCells(c, s);
        const qreal h = heights[row];
        if ((row - first) % 2 == 1)
            p.fillRect(QRectF(body.left(), y, body.width(), h), QColor(0xf7, 0xf8, 0xfa));
        if (s.stage != (row > 0 ? c.sessions[row - 1].stage : s.stage))
            p.fillRect(QRectF(body.left(), y, 3, h), stageColor(s.stage).darker(130));
        const QList<QRectF> rects = columnRects(body.left(), y, body.width(), h);
        for (int i = 0; i < kColumnCount; ++i) {
            const bool complete = (i == 3 || i == 4) && cells[i] == displayName(EventLevel::Complete);
            p.setFont(font(kTableFont, complete));
            p.setPen(kInk);
            p.drawText(rects[i].adjusted(kRowPadding, kRowPadding, -kRowPadding, 0),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, cells[i]);
        }
        y += h;
        p.setPen(QPen(kRule, 0.4));
        p.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
    }
}

} // namespace attune::report
