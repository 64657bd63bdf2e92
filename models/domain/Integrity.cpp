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

QString canonicalHash(const QJsonObject &content)
{
    // Compact JSON with a fixed key order (QJsonObject sorts keys) is the canonical form.
    return sha256Hex(QJsonDocument(content).toJson(QJsonDocument::Compact));
}

QString date(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString sessionContentHash(const Session &s)
{
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
    return canonicalHash(content);
}

namespace {

// Fields added after the content hashes were introduced enter a hash only when they hold something, so a
// record that never had them keeps the hash an earlier build stored, and an upgraded practice passes
// `check` without rehashing (a rehash would also hide a change made before the upgrade).
void addIfSet(QJsonObject &content, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        content.insert(key, value);
}

QJsonObject partnerContent(const Partner &p)
{
    QJsonObject content{{QStringLiteral("uuid"), p.uuid},
                        {QStringLiteral("name"), p.name},
                        {QStringLiteral("pronouns"), p.pronouns},
                        {QStringLiteral("language"), p.language},
                        {QStringLiteral("position"), toKey(p.position)},
                        {QStringLiteral("closeness"), p.closenessNeed},
                        {QStringLiteral("alone"), p.aloneNeed}};
    addIfSet(content, QStringLiteral("phone"), p.contact.phone);
    addIfSet(content, QStringLiteral("email"), p.contact.email);
    addIfSet(content, QStringLiteral("address"), p.contact.address);
    addIfSet(content, QStringLiteral("emergency_name"), p.contact.emergencyName);
    addIfSet(content, QStringLiteral("emergency_phone"), p.contact.emergencyPhone);
    return content;
}

} // namespace

QString coupleContentHash(const Couple &c)
{
    QJsonArray partners;
    for (const Partner &p : c.partners)
        partners.append(partnerContent(p));
    QJsonObject content{
        {QStringLiteral("uuid"), c.uuid},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("status"), toKey(c.status)},
        {QStringLiteral("pattern"), toKey(c.pattern)},
        {QStringLiteral("intake"), date(c.intakeDate)},
        {QStringLiteral("closing"), date(c.closingDate)},
        {QStringLiteral("concerns"), c.presentingConcerns},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("safety"), toKey(c.safety.outcome)},
        {QStringLiteral("safety_date"), date(c.safety.date)},
        {QStringLiteral("safety_notes"), c.safety.notes},
        {QStringLiteral("partners"), partners},
    };
    addIfSet(content, QStringLiteral("referral_source"), c.referral.source);
    addIfSet(content, QStringLiteral("referring_clinician"), c.referral.clinician);
    return canonicalHash(content);
}

QString cycleMapContentHash(const CycleMap &m)
{
    QJsonArray chains;
    for (const PartnerChain &chain : m.chains) {
        QJsonArray steps;
        for (const QString &step : chain.steps)
            steps.append(step);
        chains.append(steps);
    }
    return canonicalHash(QJsonObject{{QStringLiteral("uuid"), m.uuid},
                                     {QStringLiteral("version"), m.version},
                                     {QStringLiteral("date"), date(m.date)},
                                     {QStringLiteral("kind"), toKey(m.kind)},
                                     {QStringLiteral("notes"), m.notes},
                                     {QStringLiteral("chains"), chains}});
}

QString exerciseContentHash(const FiveStepExercise &e)
{
    QJsonArray steps;
    for (const QString &step : e.steps)
        steps.append(step);
    return canonicalHash(QJsonObject{{QStringLiteral("uuid"), e.uuid},
                                     {QStringLiteral("partner"), e.partner},
                                     {QStringLiteral("date"), date(e.date)},
                                     {QStringLiteral("incident"), e.incident},
                                     {QStringLiteral("steps"), steps}});
}

QString addendumContentHash(const QString &sessionUuid, const QString &text, const QDateTime &signedAt,
                            const QString &signedBy)
{
    const QJsonObject content{{QStringLiteral("session"), sessionUuid},
                              {QStringLiteral("text"), text},
                              {QStringLiteral("signed_at"), stamp(signedAt)},
                              {QStringLiteral("signed_by"), signedBy}};
    return canonicalHash(content);
}

QString auditRowHash(const AuditEntry &e)
{
    const QStringList fields = {e.prevHash,   QString::number(e.id), stamp(e.at),  e.clinician, e.action,
                                e.recordType, e.recordUuid,          e.coupleUuid, e.summary};
    return sha256Hex(fields.join(QChar(0x1f)).toUtf8());
}

} // namespace attune
