// `attune couples` and `attune sessions COUPLE`.
#include "CommandSupport.h"
#include "JsonOutput.h"

#include "practice/Agenda.h"
#include "store/CoupleLookup.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

void printJson(QTextStream &out, const QJsonArray &array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

} // namespace

int runCouples(const QStringList &args, CommandContext &context)
{
    const auto options = CommandOptions::parse(args, {flag("json"), flag("all")}, 0, context.err);
    if (!options)
        return ExitUsage;
    const bool json = options->isSet(QStringLiteral("json"));
    const bool all = options->isSet(QStringLiteral("all"));
    auto store = openPracticeFor(context, PracticeStore::OpenMode::OpenExisting, Writes::No);
    if (!store)
        return ExitFailure;
    const auto couples = store->coupleSummaries(all ? ArchiveFilter::All : ArchiveFilter::Current);
    if (!couples) {
        context.err << couples.error() << Qt::endl;
        return ExitFailure;
    }
    if (json) {
        // Appointments of every current couple in one query; archived couples have none to keep.
        const auto standings = store->coupleStandings();
        if (!standings) {
            context.err << standings.error() << Qt::endl;
            return ExitFailure;
        }
        QHash<qint64, QDateTime> upcoming;
        for (const CoupleStanding &s : *standings)
            if (isUpcoming(s.appointment, store->now()))
                upcoming.insert(s.coupleId, s.appointment);
        QJsonArray array;
        for (const CoupleSummary &c : *couples) {
            QJsonObject object = coupleToJson(c);
            const auto record = store->couple(c.id);
            if (!record) {
                context.err << record.error() << Qt::endl;
                return ExitFailure;
            }
            addContactDetails(object, *record);
            const QDateTime next = upcoming.value(c.id);
            object.insert(QStringLiteral("next_appointment"),
                          next.isValid() ? QJsonValue(next.toString(Qt::ISODate)) : QJsonValue());
            array.append(object);
        }
        printJson(context.out, array);
        return ExitOk;
    }
    for (const CoupleSummary &c : *couples) {
        context.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                           .arg(c.id)
                           .arg(c.name, displayName(c.status), displayName(c.pattern),
                                c.stage > 0 ? Messages::tr("stage %1, step %2").arg(c.stage).arg(c.step)
                                            : Messages::tr("no sessions"),
                                Messages::tr("%n session(s), last %1", nullptr, c.sessionCount)
                                    .arg(dateText(c.lastSessionDate)));
    }
    return ExitOk;
}

int runSessions(const QStringList &args, CommandContext &context)
{
    const auto options = CommandOptions::parse(args, {flag("json"), flag("all")}, 1, context.err);
    if (!options)
        return ExitUsage;
    const bool json = options->isSet(QStringLiteral("json"));
    const bool all = options->isSet(QStringLiteral("all"));
    const QStringList &positionals = options->positionals();
    if (positionals.isEmpty()) {
        context.err << Messages::tr("Name the couple: attune sessions COUPLE.") << Qt::endl;
        return ExitUsage;
    }
    auto store = openPracticeFor(context, PracticeStore::OpenMode::OpenExisting, Writes::No);
    if (!store)
        return ExitFailure;
    const auto couple = findCouple(*store, positionals.first());
    if (!couple) {
        context.err << couple.error() << Qt::endl;
        return ExitFailure;
    }
    const auto sessions =
        store->sessionSummaries(couple->id, all ? ArchiveFilter::All : ArchiveFilter::Current);
    if (!sessions) {
        context.err << sessions.error() << Qt::endl;
        return ExitFailure;
    }
    if (json) {
        QJsonArray array;
        for (const SessionSummary &s : *sessions)
            array.append(sessionToJson(s));
        printJson(context.out, array);
        return ExitOk;
    }
    for (const SessionSummary &s : *sessions) {
        context.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                           .arg(s.id)
                           .arg(dateText(s.date), Messages::tr("stage %1, step %2").arg(s.stage).arg(s.step),
                                displayName(s.levels[0]), displayName(s.levels[1]),
                                s.isSigned ? Messages::tr("signed") : Messages::tr("draft"), s.focus);
    }
    return ExitOk;
}

} // namespace attune
