#include "Integrity.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attune {
namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString sessionContentHash(const Session &s)
{
    // Compact JSON with a fixed key order (QJsonObject sorts keys) is the canonical form.
    QJsonArray events;
    for (const ChangeEvent &e : s.events)
        events.append(QJsonObject{{QStringLiteral("level"), static_cast<int>(e.level)},
                                  {QStringLiteral("partner"), e.partner},
                                  {QStringLiteral("anchor"), e.anchor}});
    QJsonArray ratings;
    for (const BondRating &r : s.bondRatings) {
        QJsonArray signs;
        for (int v : r.signs)
            signs.append(v);
        ratings.append(QJsonObject{{QStringLiteral("partner"), r.partner}, {QStringLiteral("signs"), signs}});
    }
    QJsonArray outcomes;
    for (const OutcomeScore &o : s.outcomes)
        outcomes.append(QJsonObject{{QStringLiteral("partner"), o.partner},
                                    {QStringLiteral("instrument"), toKey(o.instrument)},
                                    {QStringLiteral("total"), o.total}});
    QJsonArray homework;
    for (const HomeworkItem &h : s.homework)
        homework.append(h.text);
    const QJsonObject content{
        {QStringLiteral("uuid"), s.uuid},
        {QStringLiteral("date"), s.date.toString(Qt::ISODate)},
        {QStringLiteral("start"),
         s.startTime.isValid() ? s.startTime.toString(QStringLiteral("HH:mm")) : QString()},
        {QStringLiteral("duration"), s.durationMinutes},
        {QStringLiteral("attendance"), toKey(s.attendance)},
        {QStringLiteral("format"), toKey(s.format)},
        {QStringLiteral("stage"), s.stage},
        {QStringLiteral("step"), s.step},
        {QStringLiteral("focus"), s.note.focus},
        {QStringLiteral("cycle"), s.note.cycleObservations},
        {QStringLiteral("interventions"), QJsonArray::fromStringList(s.note.interventions)},
        {QStringLiteral("plan"), s.note.plan},
        {QStringLiteral("text"), s.note.text},
        {QStringLiteral("events"), events},
        {QStringLiteral("ratings"), ratings},
        {QStringLiteral("outcomes"), outcomes},
        {QStringLiteral("homework"), homework},
        {QStringLiteral("signed_at"), stamp(s.signedAt)},
        {QStringLiteral("signed_by"), s.signedBy},
    };
    return sha256Hex(QJsonDocument(content).toJson(QJsonDocument::Compact));
}

QString addendumContentHash(const QString &sessionUuid, const QString &text, const QDateTime &signedAt,
                            const QString &signedBy)
{
    const QJsonObject content{{QStringLiteral("session"), sessionUuid},
                              {QStringLiteral("text"), text},
                              {QStringLiteral("signed_at"), stamp(signedAt)},
                              {QStringLiteral("signed_by"), signedBy}};
    return sha256Hex(QJsonDocument(content).toJson(QJsonDocument::Compact));
}

QString auditRowHash(const AuditEntry &e)
{
    const QStringList fields = {e.prevHash,   QString::number(e.id), stamp(e.at),  e.clinician, e.action,
                                e.recordType, e.recordUuid,          e.coupleUuid, e.summary};
    return sha256Hex(fields.join(QChar(0x1f)).toUtf8());
}

} // namespace attune
