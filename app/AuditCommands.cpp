// `attune audit [--json] [--from DATE] [--to DATE]` and `attune audit verify`.
#include "CommandSupport.h"

#include "domain/AuditSummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// "summary" is the stored text; "summary_key" and "summary_args" the same read back (an empty key for
// text outside the catalogue), for scripts that want it in another language or by kind.
QJsonObject entryToJson(const AuditEntry &e)
{
    const auto summary = parseAuditSummary(e.summary);
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("clinician"), e.clinician},
                  {QStringLiteral("action"), e.action},
                  {QStringLiteral("record_type"), e.recordType},
                  {QStringLiteral("record_uuid"), e.recordUuid},
                  {QStringLiteral("couple_uuid"), e.coupleUuid},
                  {QStringLiteral("summary"), e.summary},
                  {QStringLiteral("prev_hash"), e.prevHash},
                  {QStringLiteral("hash"), e.hash}};
    o.insert(QStringLiteral("summary_key"), summary ? auditSummaryKeyName(summary->key) : QString());
    o.insert(QStringLiteral("summary_args"),
             QJsonArray::fromStringList(summary ? summary->args : QStringList()));
    return o;
}

int verify(CommandContext &context)
{
    auto store = openPracticeFor(context, PracticeStore::OpenMode::ReadOnly);
    if (!store)
        return ExitFailure;
    const auto verdict = store->verifyAuditTrail();
    if (!verdict) {
        context.err << verdict.error() << Qt::endl;
        return ExitFailure;
    }
    if (!verdict->intact()) {
        context.err << Messages::tr("The audit trail is broken at row %1: %2")
                           .arg(verdict->firstBadRow)
                           .arg(verdict->problem)
                    << Qt::endl;
        return ExitFailure;
    }
    context.out << Messages::tr("The audit trail is whole: %n row(s), each chained to the one before.",
                                nullptr, verdict->rows)
                << Qt::endl;
    return ExitOk;
}

} // namespace

int runAudit(const QStringList &args, CommandContext &context)
{
    // "audit verify" takes nothing more; "audit" lists, within an optional period.
    if (args.value(0) == QStringLiteral("verify"))
        return CommandOptions::parse(args.mid(1), {}, 0, context.err) ? verify(context) : int(ExitUsage);
    const auto options =
        CommandOptions::parse(args, {flag("json"), valueOption("from"), valueOption("to")}, 0, context.err);
    QDate from, to;
    if (!options || !options->readPeriod(&from, &to, context.err))
        return ExitUsage;
    const bool json = options->isSet(QStringLiteral("json"));
    auto store = openPracticeFor(context, PracticeStore::OpenMode::ReadOnly);
    if (!store)
        return ExitFailure;
    const auto entries = store->auditTrail(from, to);
    if (!entries) {
        context.err << entries.error() << Qt::endl;
        return ExitFailure;
    }
    if (json) {
        QJsonArray array;
        for (const AuditEntry &e : *entries)
            array.append(entryToJson(e));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    // The summary in the language of the command's messages (--language, else the system's).
    for (const AuditEntry &e : *entries)
        context.out << QStringLiteral("%1\t%2\t%3\t%4 %5\t%6\n")
                           .arg(e.id)
                           .arg(e.at.toString(Qt::ISODate), e.clinician, e.action, e.recordType,
                                shownAuditSummary(e.summary));
    return ExitOk;
}

} // namespace attune
