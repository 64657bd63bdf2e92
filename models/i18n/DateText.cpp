#include "DateText.h"

namespace attune {

QString shortDateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

QString shortDate(QDate date, const QLocale &locale)
{
    return locale.toString(date, shortDateFormat(locale));
}

QString shortDateTime(const QDateTime &moment, const QLocale &locale)
{
    return shortDate(moment.date(), locale) + QLatin1Char(' ') +
           locale.toString(moment.time(), QLocale::ShortFormat);
}

} // namespace attune
