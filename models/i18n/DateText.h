// One way to write a date in a list, a field or a message: the locale's short format with a four-digit
// year. Qt's short format has two ("12/3/26"), which made 1950 and 2050 look alike and sat beside
// "12/3/2026" from the date fields, so the window mixed two formats for one date.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace attune {

// The locale's short date format with yyyy for the year, for QDateEdit::setDisplayFormat and toString.
QString shortDateFormat(const QLocale &locale = QLocale());
QString shortDate(QDate date, const QLocale &locale = QLocale());
// The short date and the locale's short time, for a moment such as a signature's ("12/3/2026 3:04 PM").
QString shortDateTime(const QDateTime &moment, const QLocale &locale = QLocale());

} // namespace attune
