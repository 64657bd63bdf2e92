#include "JsonOutput.h"

#include <QJsonArray>

namespace attune {
namespace {

QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue positiveOrNull(int v)
{
    return v > 0 ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject coupleToJson(const CoupleSummary &c)
{
    QJsonArray partners;
    for (int i = 0; i < 2; ++i)
        partners.append(QJsonObject{{QStringLiteral("name"), c.partnerNames[i]},
                                    {QStringLiteral("position"), toKey(c.positions[i])}});
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("uuid"), c.uuid},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("status"), toKey(c.status)},
        {QStringLiteral("stage"), positiveOrNull(c.stage)},
        {QStringLiteral("step"), positiveOrNull(c.step)},
        {QStringLiteral("pattern"), toKey(c.pattern)},
        {QStringLiteral("sessions"), c.sessionCount},
        {QStringLiteral("last_session"), dateOrNull(c.lastSessionDate)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("archived"), c.archived},
        {QStringLiteral("partners"), partners},
    };
}

void addContactDetails(QJsonObject &object, const Couple &couple)
{
    QJsonArray partners = object.value(QStringLiteral("partners")).toArray();
    for (int i = 0; i < 2 && i < partners.size(); ++i) {
        const ContactDetails &c = couple.partners[i].contact;
        QJsonObject partner = partners.at(i).toObject();
        partner.insert(QStringLiteral("contact"),
                       QJsonObject{{QStringLiteral("phone"), c.phone},
                                   {QStringLiteral("email"), c.email},
                                   {QStringLiteral("address"), c.address},
                                   {QStringLiteral("emergency_contact"),
                                    QJsonObject{{QStringLiteral("name"), c.emergencyName},
                                                {QStringLiteral("phone"), c.emergencyPhone}}}});
        partners.replace(i, partner);
    }
    object.insert(QStringLiteral("partners"), partners);
    object.insert(QStringLiteral("referral"),
                  QJsonObject{{QStringLiteral("source"), couple.referral.source},
                              {QStringLiteral("clinician"), couple.referral.clinician}});
}

QJsonObject sessionToJson(const SessionSummary &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("uuid"), s.uuid},
        {QStringLiteral("date"), dateOrNull(s.date)},
        {QStringLiteral("start_time"), s.startTime.isValid()
                                           ? QJsonValue(s.startTime.toString(QStringLiteral("HH:mm")))
                                           : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("duration_minutes"), s.durationMinutes},
        {QStringLiteral("attendance"), toKey(s.attendance)},
        {QStringLiteral("format"), toKey(s.format)},
        {QStringLiteral("stage"), s.stage},
        {QStringLiteral("step"), s.step},
        {QStringLiteral("focus"), s.focus},
        {QStringLiteral("signed"), s.isSigned},
        {QStringLiteral("archived"), s.archived},
        {QStringLiteral("withdrawer_reengagement"), toKey(s.levels[0])},
        {QStringLiteral("blamer_softening"), toKey(s.levels[1])},
    };
}

// {couple_id, couple, kind, record_id, date, field, snippet} as the search issue fixed them, and
// whether the record is archived (only --all finds those).
QJsonObject searchHitToJson(const SearchHit &hit)
{
    return QJsonObject{
        {QStringLiteral("couple_id"), hit.coupleId},    {QStringLiteral("couple"), hit.coupleName},
        {QStringLiteral("kind"), toKey(hit.kind)},      {QStringLiteral("record_id"), hit.recordId},
        {QStringLiteral("date"), dateOrNull(hit.date)}, {QStringLiteral("field"), searchFieldKey(hit)},
        {QStringLiteral("snippet"), hit.snippet},       {QStringLiteral("archived"), hit.archived},
    };
}

} // namespace attune
