// Writing the iCalendar file; see ICalendar.h.
#include "ICalendar.h"

#include "store/PracticeStore.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace attune {
namespace {

// Messages::tr, not a free function calling translate(): lupdate files a string under the class it
// sees at the call, and the program must look it up under the same context.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Calendar)
};

QString utcStamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// RFC 5545 3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values.
QString escaped(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u';', QStringLiteral("\\;"));
    text.replace(u',', QStringLiteral("\\,"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"));
    text.replace(u'\n', QStringLiteral("\\n"));
    return text;
}

// RFC 5545 3.1: lines longer than 75 octets are folded, the continuation starting with a space; a fold
// never splits a UTF-8 sequence.
void appendLine(QByteArray &out, const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    qsizetype start = 0;
    int limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80)
            --cut;
        out += utf8.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += utf8.mid(start);
    out += "\r\n";
}

} // namespace

QString coupleInitials(const std::array<QString, 2> &partnerNames)
{
    QStringList both;
    for (const QString &name : partnerNames) {
        QStringList letters;
        for (const QString &word : name.split(u' ', Qt::SkipEmptyParts))
            letters << QString(word.at(0).toUpper()) + u'.';
        both << (letters.isEmpty() ? QStringLiteral("?") : letters.join(u' '));
    }
    return both.join(QStringLiteral(" & "));
}

QByteArray iCalendarText(const QList<Appointment> &appointments, const QHash<qint64, QString> &initials,
                         const QDateTime &stampUtc)
{
    QByteArray out;
    appendLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    appendLine(out, QStringLiteral("VERSION:2.0"));
    appendLine(out, QStringLiteral("PRODID:-//Attune//Attune appointments//EN"));
    appendLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    appendLine(out, QStringLiteral("METHOD:PUBLISH"));
    for (const Appointment &a : appointments) {
        const bool cancelled = a.status == AppointmentStatus::Cancelled ||
                               a.status == AppointmentStatus::LateCancelled ||
                               a.status == AppointmentStatus::NoShow;
        appendLine(out, QStringLiteral("BEGIN:VEVENT"));
        appendLine(out, QStringLiteral("UID:%1@attune").arg(a.uuid));
        appendLine(out, QStringLiteral("DTSTAMP:%1").arg(utcStamp(stampUtc)));
        appendLine(out, QStringLiteral("DTSTART:%1").arg(utcStamp(a.startsAt)));
        appendLine(out, QStringLiteral("DURATION:PT%1M").arg(a.durationMinutes));
        appendLine(out, QStringLiteral("SUMMARY:%1")
                            .arg(escaped(Messages::tr("Couple session: %1")
                                             .arg(initials.value(a.coupleId, QStringLiteral("?"))))));
        appendLine(out, QStringLiteral("STATUS:%1")
                            .arg(cancelled ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED")));
        appendLine(out, QStringLiteral("TRANSP:%1")
                            .arg(cancelled ? QStringLiteral("TRANSPARENT") : QStringLiteral("OPAQUE")));
        appendLine(out, QStringLiteral("CLASS:PRIVATE"));
        appendLine(out, QStringLiteral("END:VEVENT"));
    }
    appendLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

Result<AppointmentsCalendar> appointmentsCalendar(const PracticeStore &store)
{
    const auto couples = store.coupleSummaries();
    if (!couples)
        return couples.status();
    QHash<qint64, QString> initials;
    for (const CoupleSummary &c : *couples)
        initials.insert(c.id, coupleInitials(c.partnerNames));
    const auto all = store.appointmentsBetween(QDateTime(QDate(1950, 1, 1), QTime(0, 0), QTimeZone::utc()),
                                               QDateTime(QDate(2200, 1, 1), QTime(0, 0), QTimeZone::utc()));
    if (!all)
        return all.status();
    AppointmentsCalendar calendar;
    calendar.text = iCalendarText(*all, initials, store.now());
    for (const Appointment &a : *all)
        if (!calendar.coupleIds.contains(a.coupleId))
            calendar.coupleIds.append(a.coupleId);
    return calendar;
}

Status writeAppointmentsCalendar(const AppointmentsCalendar &calendar, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar.text) != calendar.text.size() ||
        !file.commit())
        return Status::failure(
            Messages::tr("The calendar could not be written to %1: %2").arg(path, file.errorString()));
    return Status::ok();
}

} // namespace attune
