// `attune appointments`: today's and the next seven days' appointments, as the start view lists them (every
// appointment of every couple, however many), or with --ics FILE the whole calendar as an iCalendar file
// that names couples by initials only.
#include "CommandSupport.h"

#include "domain/AuditSummary.h"
#include "practice/Agenda.h"
#include "practice/ICalendar.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QJsonObject entryToJson(const AgendaEntry &e, bool today)
{
    const CoupleStanding &c = e.couple;
    auto positiveOrNull = [](int v) { return v > 0 ? QJsonValue(v) : QJsonValue(); };
    return QJsonObject{
        {QStringLiteral("couple_id"), c.coupleId},
        {QStringLiteral("couple"), c.name},
        {QStringLiteral("starts_at"), c.appointment.toString(Qt::ISODate)},
        {QStringLiteral("local_start"), e.localStart.toString(Qt::ISODate)},
        {QStringLiteral("today"), today},
        {QStringLiteral("stage"), positiveOrNull(c.stage)},
        {QStringLiteral("step"), positiveOrNull(c.step)},
        {QStringLiteral("last_session"),
         c.lastSessionDate.isValid() ? QJsonValue(c.lastSessionDate.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("weeks_since_last_session"),
         e.weeksSinceLastSession >= 0 ? QJsonValue(e.weeksSinceLastSession) : QJsonValue()},
        {QStringLiteral("appointment_id"), e.appointment.id},
        {QStringLiteral("duration_min"), e.appointment.durationMinutes},
        {QStringLiteral("status"), toKey(e.appointment.status)},
        {QStringLiteral("series"),
         e.appointment.seriesUuid.isEmpty() ? QJsonValue() : QJsonValue(e.appointment.seriesUuid)},
        {QStringLiteral("safety_flag"), safetyConcernKey(c.safety)},
    };
}

} // namespace

int runAppointments(const QStringList &args, CommandContext &context)
{
    const auto options = CommandOptions::parse(args, {flag("json"), valueOption("ics")}, 0, context.err);
    if (!options)
        return ExitUsage;
    const bool json = options->isSet(QStringLiteral("json"));
    auto store = openPracticeFor(context, PracticeStore::OpenMode::OpenExisting);
    if (!store)
        return ExitFailure;
    if (const auto ics = options->value(QStringLiteral("ics"))) {
        const auto calendar = appointmentsCalendar(*store);
        if (!calendar) {
            context.err << calendar.error() << Qt::endl;
            return ExitFailure;
        }
        // The calendar leaves the practice: each couple in it gets an export row, as a case file would,
        // announced before the file is written so a kill in between still leaves the row to record.
        std::optional<AuditIntent> intent;
        if (!calendar->coupleIds.isEmpty())
            intent.emplace(announceExport(*store, calendar->coupleIds,
                                          storedAuditSummary(AuditSummaryKey::Calendar), *ics));
        if (const Status s = writeAppointmentsCalendar(*calendar, *ics); !s) {
            context.err << s.error() << Qt::endl;
            return ExitFailure;
        }
        if (intent && !recordExport(context, *store, *intent))
            return ExitFailure;
        return ExitOk;
    }
    const auto agenda = loadAgenda(*store);
    if (!agenda) {
        context.err << agenda.error() << Qt::endl;
        return ExitFailure;
    }
    if (json) {
        QJsonArray array;
        for (const AgendaEntry &e : agenda->todays)
            array.append(entryToJson(e, true));
        for (const AgendaEntry &e : agenda->thisWeek)
            array.append(entryToJson(e, false));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (agenda->todays.isEmpty() && agenda->thisWeek.isEmpty()) {
        context.out << Messages::tr("No appointments in the coming week.") << Qt::endl;
        return ExitOk;
    }
    for (const AgendaEntry &e : agenda->todays + agenda->thisWeek) {
        const CoupleStanding &c = e.couple;
        context.out
            << QStringLiteral("%1\t%2\t%3\t%4\n")
                   .arg(e.localStart.toString(QStringLiteral("yyyy-MM-dd HH:mm")), c.name,
                        c.stage > 0 ? Messages::tr("stage %1, step %2").arg(c.stage).arg(c.step)
                                    : Messages::tr("no sessions"),
                        c.lastSessionDate.isValid()
                            ? Messages::tr("last session %1").arg(c.lastSessionDate.toString(Qt::ISODate))
                            : Messages::tr("no sessions yet"));
    }
    return ExitOk;
}

} // namespace attune
