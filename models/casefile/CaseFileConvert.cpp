// Converting case-file entries to domain values and back, and checking everything a file claims.
#include "CaseFileConvert.h"

#include "i18n/DateText.h"

#include "domain/TreatmentPlanRules.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QStringDecoder>
#include <QUuid>

#include <algorithm>

namespace attune {
namespace {

using namespace casefile;

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)
};

// Thrown only inside fromEntry and caught there: the first problem found ends the check.
struct Invalid
{
    QString message;
};

// Text from the file quoted in a message: on one line (a name may hold line breaks) and short.
QString quote(const QString &text)
{
    return text.simplified().left(80);
}

std::string u8(const QString &s)
{
    return s.toStdString();
}

std::string dateText(QDate d)
{
    return d.isValid() ? u8(d.toString(Qt::ISODate)) : std::string();
}

std::string stampText(const QDateTime &t)
{
    return t.isValid() ? u8(t.toUTC().toString(Qt::ISODateWithMs)) : std::string();
}

std::vector<std::string> u8List(const QStringList &list)
{
    std::vector<std::string> out;
    out.reserve(size_t(list.size()));
    for (const QString &s : list)
        out.push_back(u8(s));
    return out;
}

RecordEntry recordEntry(const Record &r)
{
    return {u8(r.uuid), stampText(r.created), stampText(r.modified), r.archived ? 1 : 0};
}

// The record being checked, for messages ("the couple “Ana & Ben”").
class Reader
{
public:
    explicit Reader(QDate today)
        : m_today(today)
    {}

    [[noreturn]] void fail(const QString &problem) const
    {
        // The validation rules' sentences start with a capital; inside ours they continue a sentence.
        QString tail = problem;
        if (tail.size() > 1 && tail.at(0).isUpper() && tail.at(1).isLower())
            tail[0] = tail.at(0).toLower();
        if (m_context.isEmpty())
            throw Invalid{Messages::tr("The case file is damaged: %1").arg(tail)};
        throw Invalid{Messages::tr("In %1 of the case file, %2").arg(m_context, tail)};
    }
    void check(const Status &s) const
    {
        if (!s)
            fail(s.error());
    }
    void setContext(const QString &context) { m_context = context; }

    QString text(const std::string &bytes) const
    {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString s = decoder(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
        if (decoder.hasError())
            fail(Messages::tr("Some text is not valid UTF-8."));
        return s;
    }
    QStringList texts(const std::vector<std::string> &list) const
    {
        QStringList out;
        for (const std::string &s : list)
            out.append(text(s));
        return out;
    }
    QString uuid(const std::string &bytes)
    {
        const QUuid id = QUuid::fromString(QLatin1StringView(bytes.data(), qsizetype(bytes.size())));
        if (id.isNull() || bytes.size() != 36)
            fail(Messages::tr("A record's id is not a valid UUID."));
        const QString canonical = id.toString(QUuid::WithoutBraces);
        if (m_seen.contains(canonical))
            fail(Messages::tr("Two records have the same id %1.").arg(canonical));
        m_seen.insert(canonical);
        return canonical;
    }
    QDate date(const std::string &bytes, bool required) const
    {
        if (bytes.empty()) {
            if (required)
                fail(Messages::tr("A required date is missing."));
            return {};
        }
        const QDate d = QDate::fromString(text(bytes), Qt::ISODate);
        if (!d.isValid() || bytes.size() != 10)
            fail(Messages::tr("A date is not in the form YYYY-MM-DD."));
        return d;
    }
    QDateTime stamp(const std::string &bytes) const
    {
        if (bytes.empty())
            return {};
        const QDateTime t = QDateTime::fromString(text(bytes), Qt::ISODateWithMs);
        if (!t.isValid() || bytes.size() > 40)
            fail(Messages::tr("A time stamp is not an ISO 8601 date and time."));
        return t.toUTC();
    }
    template<typename E> E key(const std::string &bytes) const
    {
        const auto value = fromKey<E>(text(bytes));
        if (!value)
            fail(Messages::tr("The value “%1” is not one Attune knows.").arg(quote(text(bytes))));
        return *value;
    }
    bool flag(std::int32_t v) const
    {
        if (v != 0 && v != 1)
            fail(Messages::tr("A yes-or-no field holds %1.").arg(v));
        return v == 1;
    }
    void record(const RecordEntry &e, Record &r)
    {
        r.uuid = uuid(e.uuid);
        r.created = stamp(e.created);
        r.modified = stamp(e.modified);
        r.archived = flag(e.archived);
    }
    void count(size_t actual, size_t expected) const
    {
        if (actual != expected)
            fail(Messages::tr("A list holds %1 entries instead of %2.").arg(actual).arg(expected));
    }
    QDate today() const { return m_today; }

private:
    QDate m_today;
    QString m_context;
    QSet<QString> m_seen; // every UUID of the file: they must be unique
};

Couple readCouple(Reader &r, const CoupleEntry &e)
{
    Couple c;
    r.setContext(Messages::tr("a couple"));
    r.record(e.record, c);
    c.name = r.text(e.name);
    r.setContext(Messages::tr("the couple “%1”").arg(quote(c.name)));
    c.status = r.key<CoupleStatus>(e.status);
    c.pattern = r.key<CyclePattern>(e.pattern);
    c.intakeDate = r.date(e.intakeDate, true);
    c.closingDate = r.date(e.closingDate, false);
    c.presentingConcerns = r.text(e.presentingConcerns);
    c.tags = r.texts(e.tags);
    c.safety.outcome = r.key<SafetyOutcome>(e.safetyOutcome);
    c.safety.date = r.date(e.safetyDate, false);
    c.safety.notes = r.text(e.safetyNotes);
    c.referral = {r.text(e.referralSource), r.text(e.referringClinician)};
    for (const SafetyScreenEntry &se : e.safetyHistory) {
        SafetyScreen screen;
        screen.date = r.date(se.date, true);
        screen.outcome = r.key<SafetyOutcome>(se.outcome);
        screen.notes = r.text(se.notes);
        c.safetyHistory.append(screen);
    }
    if (e.partners.size() != 2)
        r.fail(Messages::tr("A couple has %1 partners instead of two.").arg(e.partners.size()));
    for (int i = 0; i < 2; ++i) {
        const PartnerEntry &pe = e.partners[size_t(i)];
        Partner &p = c.partners[size_t(i)];
        r.record(pe.record, p);
        p.name = r.text(pe.name);
        p.pronouns = r.text(pe.pronouns);
        p.language = r.text(pe.language);
        p.position = r.key<CyclePosition>(pe.position);
        p.closenessNeed = pe.closenessNeed;
        p.aloneNeed = pe.aloneNeed;
        p.contact = {r.text(pe.phone), r.text(pe.email), r.text(pe.address), r.text(pe.emergencyName),
                     r.text(pe.emergencyPhone)};
    }
    r.check(validateCouple(c, r.today()));
    return c;
}

Session readSession(Reader &r, const SessionEntry &e, const Couple &couple)
{
    Session s;
    r.record(e.record, s);
    s.date = r.date(e.date, true);
    r.setContext(Messages::tr("the session of %1 of “%2”").arg(shortDate(s.date), quote(couple.name)));
    if (!e.startTime.empty()) {
        s.startTime = QTime::fromString(r.text(e.startTime), QStringLiteral("HH:mm"));
        if (!s.startTime.isValid())
            r.fail(Messages::tr("The start time is not in the form HH:MM."));
    }
    s.durationMinutes = e.durationMinutes;
    s.attendance = r.key<Attendance>(e.attendance);
    s.format = r.key<SessionFormat>(e.format);
    s.stage = e.stage;
    s.step = e.step;
    s.note.focus = r.text(e.focus);
    s.note.cycleObservations = r.text(e.cycleObservations);
    s.note.interventions = r.texts(e.interventions);
    s.note.plan = r.text(e.plan);
    s.note.text = r.text(e.text);
    r.count(e.events.size(), 2);
    QSet<int> kinds;
    for (const ChangeEventEntry &ee : e.events) {
        const ChangeEventKind kind = r.key<ChangeEventKind>(ee.kind);
        if (kinds.contains(indexOf(kind)))
            r.fail(Messages::tr("A change event is recorded twice."));
        kinds.insert(indexOf(kind));
        ChangeEvent &ev = s.event(kind);
        ev.uuid = r.uuid(ee.uuid);
        ev.level = r.key<EventLevel>(ee.level);
        ev.partner = ee.partner;
        ev.anchor = r.text(ee.anchor);
    }
    for (const BondRatingEntry &be : e.bondRatings) {
        BondRating b;
        b.uuid = r.uuid(be.uuid);
        b.partner = be.partner;
        r.count(be.signs.size(), b.signs.size());
        std::copy(be.signs.begin(), be.signs.end(), b.signs.begin());
        s.bondRatings.append(b);
    }
    for (const OutcomeEntry &oe : e.outcomes)
        s.outcomes.append({oe.partner, r.key<Instrument>(oe.instrument), oe.total, r.uuid(oe.uuid)});
    for (const HomeworkEntry &he : e.homework)
        s.homework.append({r.uuid(he.uuid), r.text(he.text), r.flag(he.done)});
    s.signedAt = r.stamp(e.signedAt);
    s.signedBy = r.text(e.signedBy);
    r.check(validateSession(s, couple, r.today()));
    return s;
}

CycleMap readCycleMap(Reader &r, const CycleMapEntry &e, const Couple &couple)
{
    CycleMap m;
    r.setContext(Messages::tr("a cycle map of “%1”").arg(quote(couple.name)));
    r.record(e.record, m);
    if (e.version < 1 || e.version > 100000)
        r.fail(Messages::tr("Its version number %1 is out of range.").arg(e.version));
    m.version = e.version;
    m.date = r.date(e.date, true);
    m.kind = r.key<CycleKind>(e.kind);
    m.notes = r.text(e.notes);
    r.count(e.chains.size(), 2);
    for (int p = 0; p < 2; ++p) {
        const ChainEntry &ce = e.chains[size_t(p)];
        m.chains[size_t(p)].uuid = r.uuid(ce.uuid);
        r.count(ce.steps.size(), 6);
        for (int i = 0; i < 6; ++i)
            m.chains[size_t(p)].steps[size_t(i)] = r.text(ce.steps[size_t(i)]);
    }
    r.check(validateCycleMap(m, r.today()));
    return m;
}

FiveStepExercise readExercise(Reader &r, const ExerciseEntry &e, const Couple &couple)
{
    FiveStepExercise x;
    r.setContext(Messages::tr("a five-step exercise of “%1”").arg(quote(couple.name)));
    r.record(e.record, x);
    x.partner = e.partner;
    x.date = r.date(e.date, true);
    x.incident = r.text(e.incident);
    r.count(e.steps.size(), 5);
    for (int i = 0; i < 5; ++i)
        x.steps[size_t(i)] = r.text(e.steps[size_t(i)]);
    r.check(validateExercise(x, r.today()));
    return x;
}

TreatmentPlan readPlan(Reader &r, const TreatmentPlanEntry &e, const Couple &couple)
{
    TreatmentPlan p;
    r.setContext(Messages::tr("a treatment plan of “%1”").arg(quote(couple.name)));
    r.record(e.record, p);
    if (e.version < 1 || e.version > 100000)
        r.fail(Messages::tr("Its version number %1 is out of range.").arg(e.version));
    p.version = e.version;
    p.date = r.date(e.date, true);
    p.notes = r.text(e.notes);
    p.signedAt = r.stamp(e.signedAt);
    p.signedBy = r.text(e.signedBy);
    p.contentHash = r.text(e.contentHash).left(64);
    for (const GoalEntry &ge : e.goals) {
        TreatmentGoal g;
        r.record(ge.record, g);
        g.coupleWords = r.text(ge.coupleWords);
        g.therapistWords = r.text(ge.therapistWords);
        g.objectives = r.text(ge.objectives);
        g.stage = ge.stage;
        g.step = ge.step;
        g.interventions = r.text(ge.interventions);
        g.targetDate = r.date(ge.targetDate, false);
        g.status = r.key<GoalStatus>(ge.status);
        for (const GoalReviewEntry &re : ge.reviews) {
            GoalReview review;
            r.record(re.record, review);
            review.date = r.date(re.date, true);
            review.status = r.key<GoalStatus>(re.status);
            review.note = r.text(re.note);
            r.check(validateGoalReview(review, r.today()));
            g.reviews.append(review);
        }
        p.goals.append(g);
    }
    if (p.isSigned() && p.goals.isEmpty())
        r.fail(Messages::tr("A signed treatment plan has no goals."));
    r.check(validateTreatmentPlan(p, r.today()));
    return p;
}

} // namespace

casefile::CoupleEntry toEntry(const CaseFileCouple &record)
{
    const Couple &c = record.couple;
    CoupleEntry e;
    e.record = recordEntry(c);
    e.name = u8(c.name);
    e.status = u8(toKey(c.status));
    e.pattern = u8(toKey(c.pattern));
    e.intakeDate = dateText(c.intakeDate);
    e.closingDate = dateText(c.closingDate);
    e.presentingConcerns = u8(c.presentingConcerns);
    e.tags = u8List(c.tags);
    e.safetyOutcome = u8(toKey(c.safety.outcome));
    e.safetyDate = dateText(c.safety.date);
    e.safetyNotes = u8(c.safety.notes);
    e.referralSource = u8(c.referral.source);
    e.referringClinician = u8(c.referral.clinician);
    for (const SafetyScreen &screen : c.safetyHistory)
        e.safetyHistory.push_back({dateText(screen.date), u8(toKey(screen.outcome)), u8(screen.notes)});
    for (qsizetype i = 0; i < record.appointments.size(); ++i) {
        const Appointment &a = record.appointments.at(i);
        e.appointments.push_back({u8(a.uuid), stampText(a.startsAt), a.durationMinutes, u8(toKey(a.status)),
                                  u8(a.seriesUuid), u8(record.appointmentSessionUuids.value(i))});
    }
    for (const Partner &p : c.partners)
        e.partners.push_back({recordEntry(p), u8(p.name), u8(p.pronouns), u8(p.language),
                              u8(toKey(p.position)), p.closenessNeed, p.aloneNeed, u8(p.contact.phone),
                              u8(p.contact.email), u8(p.contact.address), u8(p.contact.emergencyName),
                              u8(p.contact.emergencyPhone)});
    for (const TreatmentPlan &plan : record.plans) {
        TreatmentPlanEntry pe;
        pe.record = recordEntry(plan);
        pe.version = plan.version;
        pe.date = dateText(plan.date);
        pe.notes = u8(plan.notes);
        pe.signedAt = stampText(plan.signedAt);
        pe.signedBy = u8(plan.signedBy);
        pe.contentHash = u8(plan.contentHash);
        for (const TreatmentGoal &g : plan.goals) {
            GoalEntry ge{
                recordEntry(g), u8(g.coupleWords),   u8(g.therapistWords),   u8(g.objectives),    g.stage,
                g.step,         u8(g.interventions), dateText(g.targetDate), u8(toKey(g.status)), {}};
            for (const GoalReview &review : g.reviews)
                ge.reviews.push_back(
                    {recordEntry(review), dateText(review.date), u8(toKey(review.status)), u8(review.note)});
            pe.goals.push_back(std::move(ge));
        }
        e.plans.push_back(std::move(pe));
    }
    for (qsizetype i = 0; i < record.sessions.size(); ++i) {
        const Session &s = record.sessions.at(i);
        SessionEntry se;
        se.goalUuids = u8List(record.sessionGoalUuids.value(i));
        se.record = recordEntry(s);
        se.date = dateText(s.date);
        se.startTime =
            s.startTime.isValid() ? u8(s.startTime.toString(QStringLiteral("HH:mm"))) : std::string();
        se.durationMinutes = s.durationMinutes;
        se.attendance = u8(toKey(s.attendance));
        se.format = u8(toKey(s.format));
        se.stage = s.stage;
        se.step = s.step;
        se.focus = u8(s.note.focus);
        se.cycleObservations = u8(s.note.cycleObservations);
        se.interventions = u8List(s.note.interventions);
        se.plan = u8(s.note.plan);
        se.text = u8(s.note.text);
        for (ChangeEventKind kind : allValues<ChangeEventKind>()) {
            const ChangeEvent &ev = s.event(kind);
            se.events.push_back(
                {u8(ev.uuid), u8(toKey(kind)), u8(toKey(ev.level)), ev.partner, u8(ev.anchor)});
        }
        for (const BondRating &b : s.bondRatings)
            se.bondRatings.push_back(
                {u8(b.uuid), b.partner, std::vector<std::int32_t>(b.signs.begin(), b.signs.end())});
        for (const OutcomeScore &o : s.outcomes)
            se.outcomes.push_back({u8(o.uuid), o.partner, u8(toKey(o.instrument)), o.total});
        for (const HomeworkItem &h : s.homework)
            se.homework.push_back({u8(h.uuid), u8(h.text), h.done ? 1 : 0});
        se.signedAt = stampText(s.signedAt);
        se.signedBy = u8(s.signedBy);
        e.sessions.push_back(std::move(se));
    }
    for (const CycleMap &m : record.cycleMaps) {
        CycleMapEntry me{recordEntry(m), m.version, dateText(m.date), u8(toKey(m.kind)), u8(m.notes), {}};
        for (const PartnerChain &chain : m.chains)
            me.chains.push_back(
                {u8(chain.uuid), u8List(QStringList(chain.steps.begin(), chain.steps.end()))});
        e.cycleMaps.push_back(std::move(me));
    }
    for (qsizetype i = 0; i < record.exercises.size(); ++i) {
        const FiveStepExercise &x = record.exercises.at(i);
        e.exercises.push_back({recordEntry(x), u8(record.exerciseSessionUuids.value(i)), x.partner,
                               dateText(x.date), u8(x.incident),
                               u8List(QStringList(x.steps.begin(), x.steps.end()))});
    }
    return e;
}

Result<CaseFileContents> fromEntry(const casefile::CaseFileEntry &file, QDate today)
{
    Reader r(today);
    try {
        CaseFileContents contents;
        contents.writtenBy = r.text(file.writtenBy).left(40);
        contents.exportedAt = r.stamp(file.exportedAt);
        for (const CoupleEntry &ce : file.couples) {
            CaseFileCouple record;
            record.couple = readCouple(r, ce);
            QSet<QString> goalUuids;
            QSet<int> planVersions;
            for (const TreatmentPlanEntry &pe : ce.plans) {
                record.plans.append(readPlan(r, pe, record.couple));
                if (planVersions.contains(record.plans.last().version))
                    r.fail(Messages::tr("Two treatment plans have version %1.")
                               .arg(record.plans.last().version));
                planVersions.insert(record.plans.last().version);
                for (const TreatmentGoal &g : record.plans.last().goals)
                    goalUuids.insert(g.uuid);
            }
            QHash<QString, int> sessionIndex;
            for (const SessionEntry &se : ce.sessions) {
                record.sessions.append(readSession(r, se, record.couple));
                sessionIndex.insert(record.sessions.last().uuid, int(record.sessions.size() - 1));
                QStringList linked;
                for (const std::string &goal : se.goalUuids) {
                    const QString uuid = r.text(goal).toLower();
                    if (!goalUuids.contains(uuid))
                        r.fail(Messages::tr("The session names a goal that is not in the case file."));
                    if (!linked.contains(uuid))
                        linked.append(uuid);
                }
                record.sessionGoalUuids.append(linked);
            }
            QSet<int> versions;
            for (const CycleMapEntry &me : ce.cycleMaps) {
                record.cycleMaps.append(readCycleMap(r, me, record.couple));
                if (versions.contains(record.cycleMaps.last().version))
                    r.fail(
                        Messages::tr("Two cycle maps have version %1.").arg(record.cycleMaps.last().version));
                versions.insert(record.cycleMaps.last().version);
            }
            for (const ExerciseEntry &xe : ce.exercises) {
                record.exercises.append(readExercise(r, xe, record.couple));
                QString sessionUuid;
                if (!xe.sessionUuid.empty()) {
                    sessionUuid = r.text(xe.sessionUuid).toLower();
                    if (!sessionIndex.contains(sessionUuid))
                        r.fail(Messages::tr("The exercise names a session that is not in the case file."));
                }
                record.exerciseSessionUuids.append(sessionUuid);
            }
            r.setContext(Messages::tr("the appointments of “%1”").arg(quote(record.couple.name)));
            for (const AppointmentEntry &ae : ce.appointments) {
                Appointment a;
                a.uuid = r.uuid(ae.uuid);
                a.startsAt = r.stamp(ae.startsAt);
                if (!a.startsAt.isValid())
                    r.fail(Messages::tr("An appointment has no time."));
                a.durationMinutes = ae.durationMinutes;
                if (a.durationMinutes < 5 || a.durationMinutes > 480)
                    r.fail(Messages::tr("An appointment lasts between 5 and 480 minutes."));
                a.status = r.key<AppointmentStatus>(ae.status);
                a.seriesUuid = r.text(ae.seriesUuid).left(64);
                QString sessionUuid;
                if (!ae.sessionUuid.empty()) {
                    sessionUuid = r.text(ae.sessionUuid).toLower();
                    if (!sessionIndex.contains(sessionUuid))
                        r.fail(Messages::tr("An appointment names a session that is not in the case file."));
                }
                record.appointments.append(a);
                record.appointmentSessionUuids.append(sessionUuid);
            }
            contents.couples.append(std::move(record));
        }
        return contents;
    } catch (const Invalid &invalid) {
        return Result<CaseFileContents>::failure(invalid.message);
    }
}

bool sameContent(Couple a, Couple b)
{
    for (Couple *c : {&a, &b}) {
        c->id = 0;
        c->modified = {};
        c->rowVersion = 0; // a change counter is this practice's, not content
        for (Partner &p : c->partners) {
            p.id = 0;
            p.modified = {};
            p.rowVersion = 0;
        }
    }
    return a == b;
}

bool sameContent(Session a, Session b)
{
    a.id = b.id = 0;
    a.coupleId = b.coupleId = 0;
    // Goal links are compared as the practice's goal ids, which the importer maps from the file's UUIDs.
    std::sort(a.goalIds.begin(), a.goalIds.end());
    std::sort(b.goalIds.begin(), b.goalIds.end());
    a.modified = b.modified = {};
    a.rowVersion = b.rowVersion = 0; // a change counter is this practice's, not content
    return a == b;
}

bool sameContent(CycleMap a, CycleMap b)
{
    a.id = b.id = 0;
    a.coupleId = b.coupleId = 0;
    a.modified = b.modified = {};
    a.rowVersion = b.rowVersion = 0; // a change counter is this practice's, not content
    return a == b;
}

bool sameContent(FiveStepExercise a, FiveStepExercise b)
{
    a.id = b.id = 0;
    a.coupleId = b.coupleId = 0;
    a.modified = b.modified = {};
    a.rowVersion = b.rowVersion = 0; // a change counter is this practice's, not content
    return a == b;
}

} // namespace attune
