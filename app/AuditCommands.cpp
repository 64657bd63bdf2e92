// `attune audit [--json] [--from DATE] [--to DATE]` and `attune audit verify`.
#include "CommandSupport.h"

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

// Reads an optional ISO date option; prints a clear error for an impossible date.
bool takeDate(CommandArgs &args, CommandContext &context, const QString &name, QDate *date)
{
    QString error;
    const auto text = args.takeValue(name, &error);
    if (!error.isEmpty()) {
        context.err << error << Qt::endl;
        return false;
    }
    if (!text)
        return true;
    *date = QDate::fromString(*text, Qt::ISODate);
    if (!date->isValid()) {
        context.err << Messages::tr("%1 needs a real date as YYYY-MM-DD, not \"%2\".").arg(name, *text)
                    << Qt::endl;
        return false;
    }
    return true;
}

QJsonObject entryToJson(const AuditEntry &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("clinician"), e.clinician},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("record_type"), e.recordType},
                       {QStringLiteral("record_uuid"), e.recordUuid},
                       {QStringLiteral("couple_uuid"), e.coupleUuid},
                       {QStringLiteral("summary"), e.summary},
                       {QStringLiteral("prev_hash"), e.prevHash},
                       {QStringLiteral("hash"), e.hash}};
}

int verify(CommandArgs &args, CommandContext &context)
{
    if (rejectExtraArguments(args, context, 0))
        return ExitUsage;
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

int runAudit(CommandArgs &args, CommandContext &context)
{
    // "verify" is a subcommand word, taken out like a flag.
    if (args.takeFlag(QStringLiteral("verify")))
        return verify(args, context);
    const bool json = args.takeFlag(QStringLiteral("--json"));
    QDate from, to;
    if (!takeDate(args, context, QStringLiteral("--from"), &from) ||
        !takeDate(args, context, QStringLiteral("--to"), &to))
        return ExitUsage;
    if (from.isValid() && to.isValid() && to < from) {
        context.err << Messages::tr("--to is before --from.") << Qt::endl;
        return ExitUsage;
    }
    if (rejectExtraArguments(args, context, 0))
        return ExitUsage;
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
    for (const AuditEntry &e : *entries)
        context.out << QStringLiteral("%1\t%2\t%3\t%4 %5\t%6\n")
                           .arg(e.id)
                           .arg(e.at.toString(Qt::ISODate), e.clinician, e.action, e.recordType, e.summary);
    return ExitOk;
}

} // namespace attune
