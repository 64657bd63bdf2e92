// Writes the demo practice: plans each couple, lays out its course and writes couple, sessions, cycle maps
// and exercises through the store, all inside one transaction so that large practices are quick and a
// failure leaves the practice untouched.
#include "DemoGenerator.h"

#include "DemoAppointments.h"
#include "DemoContacts.h"
#include "DemoCourse.h"
#include "DemoPlan.h"
#include "DemoTextPools.h"
#include "DemoTreatmentPlan.h"

#include "store/PracticeStore.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

namespace attune {

namespace demo {

int DemoRandom::between(int lowest, int highest)
{
    return lowest + int(m_rng.bounded(quint32(highest - lowest + 1)));
}

double DemoRandom::unit()
{
    return m_rng.generateDouble();
}

bool DemoRandom::chance(double probability)
{
    return probability > 0 && unit() < probability;
}

int DemoRandom::index(int size, int avoid)
{
    if (size <= 1)
        return 0;
    if (avoid < 0 || avoid >= size)
        return between(0, size - 1);
    const int i = between(0, size - 2);
    return i >= avoid ? i + 1 : i;
}

QString DemoRandom::uuid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 word = m_rng.generate();
        for (int b = 0; b < 4; ++b)
            bytes[i + b] = char((word >> (8 * b)) & 0xff);
    }
    bytes[6] = char((quint8(bytes[6]) & 0x0f) | 0x40); // version 4
    bytes[8] = char((quint8(bytes[8]) & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace demo

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

using namespace demo;

constexpr int kMaxCouples = 100000;
constexpr int kMaxSessions = 1000;

Status writeCouple(PracticeStore &store, CouplePlan plan, int sessionOverride, const TextPools &pools,
                   DemoRandom &rng, DemoSummary &summary)
{
    const int count = sessionOverride > 0 ? sessionOverride : plan.sessionCount;
    const QDate today = store.today();
    const Course course = planCourse(plan, count, today, rng);

    Couple couple = plan.couple;
    couple.uuid = rng.uuid();
    for (Partner &p : couple.partners)
        p.uuid = rng.uuid();
    couple.intakeDate = course.intake;
    couple.closingDate = course.closing;
    if (couple.safety.outcome != SafetyOutcome::NotScreened) {
        couple.safety.date = course.safetyScreen;
        const QDate latestSeen = course.dates.isEmpty() ? course.safetyScreen : course.dates.last();
        const bool stale = course.safetyScreen.addMonths(kDefaultRescreenMonths) < today;
        if (latestSeen > course.safetyScreen && (plan.latestScreen || stale)) {
            couple.safetyHistory.append(couple.safety);
            couple.safety = plan.latestScreen.value_or(SafetyScreen{
                couple.safety.outcome, {}, QStringLiteral("Re-screened separately: nothing new reported.")});
            couple.safety.date = latestSeen;
        }
    }
    addDemoContactDetails(couple);
    const Result<qint64> coupleId = store.createCouple(couple);
    if (!coupleId)
        return coupleId.status();

    const Result<DemoGoalLinks> goals =
        writeDemoTreatmentPlan(store, *coupleId, couple.uuid, plan.goals, course, plan.planAtProgress);
    if (!goals)
        return goals.status();

    SessionState state = startState(plan, rng);
    QList<qint64> sessionIds;
    sessionIds.reserve(count);
    for (int i = 0; i < count; ++i) {
        Session session = buildSession(plan, course, i, state, pools, rng);
        session.coupleId = *coupleId;
        if (course.dates[i] >= course.dates[std::max(0, sessionReaching(course, plan.planAtProgress))])
            session.goalIds = goals->forStep(session.step);
        const Result<qint64> id = store.createSession(session);
        if (!id)
            return id.status();
        sessionIds.append(*id);
    }
    summary.sessions += count;

    int version = 0;
    for (const CycleVersionPlan &v : std::as_const(plan.cycles)) {
        int at = sessionReaching(course, v.atProgress);
        if (at < 0 && version == 0)
            at = count - 1; // every couple has its negative cycle mapped
        if (at < 0)
            continue;
        CycleMap map;
        map.uuid = rng.uuid();
        for (PartnerChain &chain : map.chains)
            chain.uuid = rng.uuid();
        map.coupleId = *coupleId;
        map.version = ++version;
        map.date = course.dates[at];
        map.kind = v.kind;
        map.notes = v.notes;
        map.chains = v.chains;
        if (const Result<qint64> id = store.createCycleMap(map); !id)
            return id.status();
        ++summary.cycleMaps;
    }

    for (const ExercisePlan &e : std::as_const(plan.exercises)) {
        const int at = sessionReaching(course, e.atProgress);
        if (at < 0)
            continue;
        FiveStepExercise exercise;
        exercise.uuid = rng.uuid();
        exercise.coupleId = *coupleId;
        exercise.sessionId = sessionIds[at];
        exercise.partner = e.partner;
        exercise.date = course.dates[at];
        exercise.incident = e.incident;
        exercise.steps = e.steps;
        if (const Result<qint64> id = store.createExercise(exercise); !id)
            return id.status();
        ++summary.exercises;
    }
    ++summary.couples;
    return Status::ok();
}

} // namespace

Result<DemoSummary> generateDemoPractice(PracticeStore &store, const DemoOptions &options)
{
    if (options.couples < 0 || options.couples > kMaxCouples)
        return Result<DemoSummary>::failure(
            Messages::tr("The number of demo couples must be between 0 (the six curated couples) and %1.")
                .arg(kMaxCouples));
    if (options.sessionsPerCouple < 0 || options.sessionsPerCouple > kMaxSessions)
        return Result<DemoSummary>::failure(
            Messages::tr("The number of sessions per couple must be between 0 (each couple's own) and %1.")
                .arg(kMaxSessions));

    DemoSummary summary;
    const Status written = store.transaction([&]() -> Status {
        const Result<QList<CoupleSummary>> existing = store.coupleSummaries(ArchiveFilter::All);
        if (!existing)
            return existing.status();
        if (!existing->isEmpty())
            return Status::failure(Messages::tr("This practice already has couples; the demo practice can "
                                                "only be created in an empty practice."));
        // The clinician who signs the demo's notes, unless the practice already names one.
        const auto clinician = store.clinician();
        if (!clinician)
            return clinician.status();
        if (!clinician->isComplete())
            if (Status s = store.setClinician({QStringLiteral("Dr. Alex Rivera"), QStringLiteral("LMFT")});
                !s)
                return s;
        DemoRandom rng(options.seed);
        const TextPools pools = makeTextPools();
        const QList<CouplePlan> curated = curatedCouples();
        const int total = options.couples > 0 ? options.couples : int(curated.size());
        ProceduralMemory memory;
        for (int i = 0; i < total; ++i) {
            CouplePlan plan = i < curated.size() ? curated[i] : proceduralCouple(rng, memory);
            if (Status s =
                    writeCouple(store, std::move(plan), options.sessionsPerCouple, pools, rng, summary);
                !s)
                return s;
        }
        return bookDemoAppointments(store);
    });
    if (!written)
        return Result<DemoSummary>(written);
    return summary;
}

} // namespace attune
