// Chart summaries: each partner's first and latest value, how far a change event has come.
#include "ProgressSummary.h"

#include "i18n/DateText.h"

#include <QCoreApplication>
#include <QStringList>

namespace attune {

namespace {

QString number(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

QString partnerName(const std::array<QString, 2> &names, int partner)
{
    if (partner < 0 || partner > 1)
        return {};
    // First names, as the charts' legends and the cycle diagram say them.
    const QString name =
        names[std::size_t(partner)].section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    return name.isEmpty()
               ? (partner == 0 ? QCoreApplication::translate("attune::ProgressSummary", "Partner A")
                               : QCoreApplication::translate("attune::ProgressSummary", "Partner B"))
               : name;
}

// "Ana 41 → 65" (or "Ana 41" with one value).
QString fromTo(const QString &who, double first, double last, bool single, const QLocale &locale)
{
    if (single)
        return QCoreApplication::translate("attune::ProgressSummary", "%1 %2")
            .arg(who, number(first, locale));
    return QCoreApplication::translate("attune::ProgressSummary", "%1 %2 → %3")
        .arg(who, number(first, locale), number(last, locale));
}

} // namespace

QString outcomeSummary(const ProgressData &data, Instrument instrument, const std::array<QString, 2> &names,
                       const QLocale &locale)
{
    QStringList partners;
    for (const OutcomeSeries &series : data.outcomes) {
        if (series.instrument != instrument || series.points.isEmpty())
            continue;
        partners << fromTo(partnerName(names, series.partner), series.points.first().total,
                           series.points.last().total, series.points.size() == 1, locale);
    }
    if (partners.isEmpty())
        return {};
    return QCoreApplication::translate("attune::ProgressSummary",
                                       "%1: %2 over %n session(s); distress cutoff %3", nullptr,
                                       data.sessionCount)
        .arg(displayName(instrument),
             partners.join(QCoreApplication::translate("attune::ProgressSummary", ", ")),
             number(scaleOf(instrument).distressCutoff, locale));
}

QString changeEventSummary(const ProgressData &data, const std::array<QString, 2> &names,
                           const QLocale &locale)
{
    QStringList events;
    for (const ChangeEventKind kind : allValues<ChangeEventKind>()) {
        const EventSeries &series = data.eventsOf(kind);
        QString state;
        if (!data.applies(kind))
            state = QCoreApplication::translate("attune::ProgressSummary",
                                                "not expected with these cycle positions");
        else if (series.firstComplete)
            state = QCoreApplication::translate("attune::ProgressSummary", "complete on %1 (%2)")
                        .arg(shortDate(series.firstComplete->date, locale),
                             partnerName(names, series.firstComplete->partner));
        else if (series.highest == EventLevel::None)
            state = QCoreApplication::translate("attune::ProgressSummary", "not yet seen");
        else
            state = QCoreApplication::translate("attune::ProgressSummary", "%1 so far")
                        .arg(displayName(series.highest).toLower());
        events
            << QCoreApplication::translate("attune::ProgressSummary", "%1: %2").arg(displayName(kind), state);
    }
    return QCoreApplication::translate("attune::ProgressSummary", "Over %n session(s): %1", nullptr,
                                       data.sessionCount)
        .arg(events.join(QCoreApplication::translate("attune::ProgressSummary", "; ")));
}

QString bondSummary(const ProgressData &data, BondSign sign, const std::array<QString, 2> &names,
                    const QLocale &locale)
{
    QStringList partners;
    int ratings = 0;
    for (const BondSeries &series : data.bonds) {
        if (series.points.isEmpty())
            continue;
        const std::size_t i = std::size_t(indexOf(sign));
        ratings = std::max(ratings, int(series.points.size()));
        partners << fromTo(partnerName(names, series.partner), series.points.first().signs[i],
                           series.points.last().signs[i], series.points.size() == 1, locale);
    }
    if (partners.isEmpty())
        return {};
    return QCoreApplication::translate("attune::ProgressSummary", "%1: %2 over %n rating(s), 0–10", nullptr,
                                       ratings)
        .arg(displayName(sign), partners.join(QCoreApplication::translate("attune::ProgressSummary", ", ")));
}

} // namespace attune
