// The common look of the progress charts.
#include "ChartStyle.h"

#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLegend>
#include <QRegularExpression>
#include <QTimeZone>
#include <QValueAxis>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(attune::ProgressCharts)
};

QFont pixelFont(int pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

} // namespace

qreal chartX(QDate date)
{
    return qreal(QDateTime(date, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

int dateMarginDays(QDate first, QDate last)
{
    const qint64 span = first.isValid() && last.isValid() ? first.daysTo(last) : 0;
    return int(std::max<qint64>(4, span / 40));
}

QDateTimeAxis *makeDateAxis(QDate first, QDate last, const ChartOptions &options, bool narrow, int ticks)
{
    auto *axis = new QDateTimeAxis;
    if (!first.isValid())
        first = last = options.today.isValid() ? options.today : QDate(2000, 1, 1);
    const int margin = dateMarginDays(first, last);
    axis->setRange(QDateTime(first.addDays(-margin), QTime(0, 0), QTimeZone::utc()),
                   QDateTime(last.addDays(margin), QTime(23, 59), QTimeZone::utc()));
    const qint64 span = first.daysTo(last) + 2 * margin;
    if (ticks < 2)
        ticks = narrow || options.compact ? 3 : span > 60 ? 6 : 5;
    axis->setFormat(dateAxisFormat(options.locale, span / std::max(1, ticks - 1), narrow));
    axis->setTickCount(ticks);
    axis->setLabelsFont(pixelFont(options.compact ? 9 : 11));
    axis->setGridLineVisible(!options.compact);
    axis->setGridLineColor(QColor(0xe4, 0xe6, 0xea));
    return axis;
}

QString dateAxisFormat(const QLocale &locale, qint64 daysBetweenTicks, bool narrow)
{
    // Ticks a month or more apart are named by month (and year); closer ones need the day, or two ticks
    // in one month read the same ("Nov 26  Nov 26  Dec 26"). The locale decides the order of the parts.
    const bool english = locale.language() == QLocale::English;
    if (daysBetweenTicks >= 28) {
        if (narrow) // small multiples: a few centimetres wide
            return english ? QStringLiteral("MMM yy") : QStringLiteral("MM/yy");
        return english ? QStringLiteral("MMM yyyy") : QStringLiteral("MM/yyyy");
    }
    if (english)
        return QStringLiteral("MMM d");
    // The locale's short date without its year (and the separator beside it): "d/M/yy" gives "d/M".
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression year(QStringLiteral("^y+[^dMy]*|[^dMy]*y+$|y+[^dMy]*"));
    format.remove(year);
    return format;
}

QValueAxis *makeValueAxis(qreal min, qreal max, int ticks, const ChartOptions &options)
{
    auto *axis = new QValueAxis;
    axis->setRange(min, max);
    // Round steps (0, 25, 50, 75 rather than 0, 20.25, 40.5, …) from zero, whatever the scale's maximum.
    const qreal raw = (max - min) / std::max(1, ticks - 1);
    qreal step = 1;
    for (const qreal candidate : {1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0}) {
        step = candidate;
        if (candidate >= raw)
            break;
    }
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setLabelsFont(pixelFont(options.compact ? 9 : 11));
    axis->setGridLineColor(QColor(0xe4, 0xe6, 0xea));
    return axis;
}

void styleChart(QChart &chart, const QString &title, const ChartOptions &options)
{
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setBackgroundRoundness(0);
    chart.setBackgroundBrush(Qt::white);
    chart.setDropShadowEnabled(false);
    chart.setLocalizeNumbers(true);
    chart.setLocale(options.locale);
    if (options.compact) {
        chart.setMargins(QMargins(2, 2, 2, 2));
        chart.legend()->hide();
        if (!title.isEmpty()) {
            chart.setTitle(title);
            chart.setTitleFont(pixelFont(11, true));
        }
        return;
    }
    chart.setMargins(QMargins(6, 6, 6, 6));
    chart.setTitle(title);
    chart.setTitleFont(pixelFont(14, true));
    chart.setTitleBrush(QColor(0x1f, 0x23, 0x29));
    chart.legend()->setFont(pixelFont(11));
    chart.legend()->setAlignment(Qt::AlignBottom);
}

QColor stageColor(int stage)
{
    switch (stage) {
    case 1:
        return QColor(0xE6, 0xEC, 0xF5); // de-escalation: cool blue-gray
    case 2:
        return QColor(0xF7, 0xEA, 0xD5); // restructuring: warm sand
    default:
        return QColor(0xDD, 0xF0, 0xE0); // consolidation: soft green
    }
}

QString partnerLabel(const ChartOptions &options, int partner)
{
    const QString name = options.partnerNames[std::size_t(partner)].trimmed();
    if (!name.isEmpty())
        return name.section(QLatin1Char(' '), 0, 0);
    return partner == 0 ? Messages::tr("Partner A") : Messages::tr("Partner B");
}

} // namespace attune
