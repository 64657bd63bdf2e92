// The demo practice generator: curated content, plausible courses of therapy, reproducibility and
// large-practice counts.
#include "TestPractice.h"
#include "domain/ChangeEventRules.h"

#include "demo/DemoGenerator.h"
#include "domain/Validation.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace attune;
using namespace attune::test;

namespace {

struct LoadedCouple
{
    Couple couple;
    QList<Session> sessions; // oldest first
    QList<CycleMap> maps;
    QList<FiveStepExercise> exercises;
};

QList<LoadedCouple> loadAll(PracticeStore &store)
{
    QList<LoadedCouple> out;
    const auto summaries = store.coupleSummaries(ArchiveFilter::All);
    if (!summaries)
        qFatal("coupleSummaries failed: %s", qPrintable(summaries.error()));
    for (const CoupleSummary &summary : *summaries) {
        LoadedCouple c;
        auto couple = store.couple(summary.id);
        auto sessions = store.sessions(summary.id, ArchiveFilter::All);
        auto maps = store.cycleMaps(summary.id, ArchiveFilter::All);
        auto exercises = store.exercises(summary.id, ArchiveFilter::All);
        if (!couple || !sessions || !maps || !exercises)
            qFatal("loading a couple failed");
        c.couple = *couple;
        c.sessions = *sessions;
        std::stable_sort(c.sessions.begin(), c.sessions.end(),
                         [](const Session &a, const Session &b) { return a.date < b.date; });
        c.maps = *maps;
        c.exercises = *exercises;
        out.append(c);
    }
    std::sort(out.begin(), out.end(),
              [](const LoadedCouple &a, const LoadedCouple &b) { return a.couple.uuid < b.couple.uuid; });
    return out;
}

const LoadedCouple *findCouple(const QList<LoadedCouple> &couples, const QString &fragment)
{
    for (const LoadedCouple &c : couples)
        if (c.couple.name.contains(fragment))
            return &c;
    return nullptr;
}

// Index of the first session where the event reaches at least level, or -1.
int firstAtLeast(const QList<Session> &sessions, ChangeEventKind kind, EventLevel level)
{
    for (int i = 0; i < sessions.size(); ++i)
        if (int(sessions[i].event(kind).level) >= int(level))
            return i;
    return -1;
}

DemoSummary generate(PracticeStore &store, const DemoOptions &options)
{
    const auto result = generateDemoPractice(store, options);
    if (!result)
        qFatal("demo generation failed: %s", qPrintable(result.error()));
    return *result;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void curatedCouples();
    void johnAndMary();
    void sessionsFitTheCourse();
    void changeEventsDevelopInOrder();
    void cycleMaps();
    void recordsAreComplete();
    void sameSeedSameOutput();
    void refusesPracticeWithCouples_data();
    void refusesPracticeWithCouples();
    void refusesBadOptions();
    void largeMode();

private:
    TestPractice m_practice;
    DemoSummary m_summary;
    QList<LoadedCouple> m_couples;
};

void TestDemoGenerator::initTestCase()
{
    m_summary = generate(m_practice.store(), DemoOptions{});
    m_couples = loadAll(m_practice.store());
}

void TestDemoGenerator::curatedCouples()
{
    QCOMPARE(m_summary.couples, 6);
    QCOMPARE(m_couples.size(), 6);
    int sessions = 0, maps = 0, exercises = 0;
    QSet<CyclePattern> patterns;
    QSet<CoupleStatus> statuses;
    bool spanish = false, monitor = false;
    for (const LoadedCouple &c : std::as_const(m_couples)) {
        patterns.insert(c.couple.pattern);
        statuses.insert(c.couple.status);
        sessions += c.sessions.size();
        maps += c.maps.size();
        exercises += c.exercises.size();
        monitor = monitor || c.couple.safety.outcome == SafetyOutcome::Monitor;
        for (const Partner &p : c.couple.partners) {
            QVERIFY(!p.name.isEmpty());
            QVERIFY(!p.pronouns.isEmpty());
            spanish = spanish || (p.language == u"es" && p.name.contains(u'é'));
        }
        QVERIFY2(!c.couple.presentingConcerns.isEmpty(), qPrintable(c.couple.name));
        QVERIFY2(!c.couple.tags.isEmpty(), qPrintable(c.couple.name));
        QVERIFY(validateCouple(c.couple, m_practice.store().today()).isOk());
        QCOMPARE(c.couple.status == CoupleStatus::Closed, c.couple.closingDate.isValid());
    }
    QCOMPARE(patterns.size(), 3);
    QCOMPARE(statuses.size(), 3);
    QVERIFY(spanish);
    QVERIFY(monitor);
    QCOMPARE(m_summary.sessions, sessions);
    QCOMPARE(m_summary.cycleMaps, maps);
    QCOMPARE(m_summary.exercises, exercises);
}

void TestDemoGenerator::johnAndMary()
{
    const LoadedCouple *jm = findCouple(m_couples, QStringLiteral("John & Mary"));
    QVERIFY(jm);
    const auto &partners = jm->couple.partners;
    const int john = partners[0].name.startsWith(u"John") ? 0 : 1;
    QVERIFY(partners[john].name.startsWith(u"John"));
    QVERIFY(partners[1 - john].name.startsWith(u"Mary"));
    QCOMPARE(partners[john].position, CyclePosition::Withdrawer);
    QCOMPARE(partners[1 - john].position, CyclePosition::Pursuer);
    QCOMPARE(jm->couple.pattern, CyclePattern::PursueWithdraw);

    const auto first =
        std::find_if(jm->maps.begin(), jm->maps.end(), [](const CycleMap &m) { return m.version == 1; });
    QVERIFY(first != jm->maps.end());
    QCOMPARE(first->kind, CycleKind::Negative);
    for (const PartnerChain &chain : first->chains)
        for (const QString &step : chain.steps)
            QVERIFY(!step.trimmed().isEmpty());
    QVERIFY(first->chains[john][CycleStep::Trigger].contains(u"shoulder rub"));
    QVERIFY(first->chains[1 - john][CycleStep::Trigger].contains(u"silent"));

    QCOMPARE(jm->exercises.size(), 2);
    QSet<int> partnersDone;
    QSet<qint64> sessionIds;
    for (const Session &s : jm->sessions)
        sessionIds.insert(s.id);
    for (const FiveStepExercise &e : jm->exercises) {
        partnersDone.insert(e.partner);
        QVERIFY(sessionIds.contains(e.sessionId));
        for (const QString &step : e.steps)
            QVERIFY(!step.trimmed().isEmpty());
    }
    QCOMPARE(partnersDone, (QSet<int>{0, 1}));
    const auto johns = std::find_if(jm->exercises.begin(), jm->exercises.end(),
                                    [john](const FiveStepExercise &e) { return e.partner == john; });
    QVERIFY((*johns)[ExerciseStep::Trigger].contains(u"shoulders"));
    // The session the search issue's check finds: John and Mary repairing a rupture, in the note itself.
    QVERIFY(std::any_of(jm->sessions.begin(), jm->sessions.end(),
                        [](const Session &s) { return s.note.text.contains(u"repaired the rupture"); }));
}

void TestDemoGenerator::sessionsFitTheCourse()
{
    const QDate today = m_practice.store().today();
    for (const LoadedCouple &c : std::as_const(m_couples)) {
        const QByteArray name = c.couple.name.toUtf8();
        QVERIFY2(c.sessions.size() >= 8 && c.sessions.size() <= 40, name);
        bool video = false;
        for (int i = 0; i < c.sessions.size(); ++i) {
            const Session &s = c.sessions[i];
            QVERIFY2(s.date <= today, name);
            QVERIFY2(s.date >= c.couple.intakeDate, name);
            if (c.couple.closingDate.isValid())
                QVERIFY2(s.date <= c.couple.closingDate, name);
            QCOMPARE(s.stage, stageOfStep(s.step));
            QVERIFY(validateSession(s, c.couple, today).isOk());
            QVERIFY(!s.note.focus.isEmpty());
            QVERIFY(!s.note.interventions.isEmpty());
            const bool latest = i == c.sessions.size() - 1;
            QCOMPARE(s.isSigned(), !latest);
            if (!latest) {
                QCOMPARE(s.signedAt.date(), s.date);
                QVERIFY(!s.signedBy.isEmpty());
            }
            video = video || s.format == SessionFormat::Video;
            if (i > 0) // steps go back at most one at a time
                QVERIFY2(s.step >= c.sessions[i - 1].step - 1, name);
        }
        if (c.couple.status == CoupleStatus::Active)
            QVERIFY2(c.sessions.last().date >= today.addDays(-21), name);
        Q_UNUSED(video)
    }
}

void TestDemoGenerator::changeEventsDevelopInOrder()
{
    using K = ChangeEventKind;
    bool setback = false;
    int softeningsCompleted = 0;
    for (const LoadedCouple &c : std::as_const(m_couples)) {
        const QByteArray name = c.couple.name.toUtf8();
        const int reengaged = firstAtLeast(c.sessions, K::WithdrawerReengagement, EventLevel::Complete);
        const int softened = firstAtLeast(c.sessions, K::BlamerSoftening, EventLevel::Complete);
        const int softeningBegins = firstAtLeast(c.sessions, K::BlamerSoftening, EventLevel::Emerging);
        // Only the events the couple's cycle has: no re-engagement without a withdrawer, no softening
        // without a blamer; where both apply, re-engagement completes before softening begins.
        const std::array<CyclePosition, 2> positions{c.couple.partners[0].position,
                                                     c.couple.partners[1].position};
        const bool reengagementApplies = changeEventApplies(K::WithdrawerReengagement, positions);
        if (!reengagementApplies)
            QVERIFY2(firstAtLeast(c.sessions, K::WithdrawerReengagement, EventLevel::Emerging) < 0, name);
        if (!changeEventApplies(K::BlamerSoftening, positions))
            QVERIFY2(softeningBegins < 0, name);
        if (softened >= 0)
            ++softeningsCompleted;
        if (softened >= 0 && reengagementApplies)
            QVERIFY2(reengaged >= 0 && reengaged < softened, name);
        if (softeningBegins >= 0 && reengagementApplies)
            QVERIFY2(reengaged >= 0 && reengaged < softeningBegins, name);
        // Stage 1 sessions are mostly without markers.
        int stageOne = 0, stageOneMarked = 0;
        for (const Session &s : c.sessions) {
            if (s.stage != 1)
                continue;
            ++stageOne;
            stageOneMarked += s.event(K::WithdrawerReengagement).level != EventLevel::None;
            QCOMPARE(s.event(K::BlamerSoftening).level, EventLevel::None);
        }
        QVERIFY2(stageOneMarked * 2 <= stageOne, name);
        for (const Session &s : c.sessions)
            for (const ChangeEvent &e : s.events)
                if (e.level != EventLevel::None) {
                    QVERIFY2(e.partner == 0 || e.partner == 1, name);
                    QVERIFY2(!e.anchor.isEmpty(), name);
                }
        for (int kind = 0; kind < 2; ++kind) {
            int best = 0;
            for (const Session &s : c.sessions) {
                const int level = int(s.events[kind].level);
                if (s.attendance == Attendance::Both && level < best)
                    setback = true;
                best = std::max(best, level);
            }
        }
    }
    QVERIFY(softeningsCompleted >= 2);
    QVERIFY(setback);
}

void TestDemoGenerator::cycleMaps()
{
    for (const LoadedCouple &c : std::as_const(m_couples)) {
        const QByteArray name = c.couple.name.toUtf8();
        QVERIFY2(
            std::any_of(c.maps.begin(), c.maps.end(),
                        [](const CycleMap &m) { return m.version == 1 && m.kind == CycleKind::Negative; }),
            name);
        const bool stageThree =
            std::any_of(c.sessions.begin(), c.sessions.end(), [](const Session &s) { return s.stage == 3; });
        const bool positive = std::any_of(c.maps.begin(), c.maps.end(),
                                          [](const CycleMap &m) { return m.kind == CycleKind::Positive; });
        QCOMPARE(positive, stageThree);
        for (const CycleMap &m : c.maps) {
            QVERIFY(m.date >= c.couple.intakeDate && m.date <= m_practice.store().today());
            for (const PartnerChain &chain : m.chains)
                for (const QString &step : chain.steps)
                    QVERIFY2(!step.isEmpty(), name);
        }
    }
    QVERIFY(std::any_of(m_couples.begin(), m_couples.end(), [](const LoadedCouple &c) {
        return std::any_of(c.maps.begin(), c.maps.end(), [](const CycleMap &m) { return m.version == 2; });
    }));
}

void TestDemoGenerator::recordsAreComplete()
{
    static const QRegularExpression uuidV4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    bool ratings = false, csi = false, rdas = false, homework = false;
    for (const LoadedCouple &c : std::as_const(m_couples)) {
        QVERIFY(uuidV4.match(c.couple.uuid).hasMatch());
        for (const Session &s : c.sessions) {
            QVERIFY2(uuidV4.match(s.uuid).hasMatch(), qPrintable(s.uuid));
            ratings = ratings || !s.bondRatings.isEmpty();
            homework = homework || !s.homework.isEmpty();
            for (const OutcomeScore &o : s.outcomes) {
                csi = csi || o.instrument == Instrument::Csi16;
                rdas = rdas || o.instrument == Instrument::Rdas;
            }
        }
    }
    QVERIFY(ratings);
    QVERIFY(csi);
    QVERIFY(rdas);
    QVERIFY(homework);
    const auto report = m_practice.store().checkIntegrity();
    QVERIFY2(report.isOk(), qPrintable(report.error()));
    QVERIFY2(report->passed(), qPrintable(report->problems.join(u'\n')));
}

void TestDemoGenerator::sameSeedSameOutput()
{
    TestPractice again, other;
    generate(again.store(), DemoOptions{});
    generate(other.store(), DemoOptions{0, 0, 7});
    const QList<LoadedCouple> same = loadAll(again.store());
    const QList<LoadedCouple> different = loadAll(other.store());
    QCOMPARE(same.size(), m_couples.size());
    for (int i = 0; i < same.size(); ++i) {
        const LoadedCouple &a = m_couples[i];
        const LoadedCouple &b = same[i];
        QCOMPARE(b.couple.uuid, a.couple.uuid);
        QCOMPARE(b.couple.name, a.couple.name);
        QCOMPARE(b.couple.intakeDate, a.couple.intakeDate);
        QCOMPARE(b.sessions.size(), a.sessions.size());
        for (int k = 0; k < a.sessions.size(); ++k) {
            QCOMPARE(b.sessions[k].uuid, a.sessions[k].uuid);
            QCOMPARE(b.sessions[k].date, a.sessions[k].date);
            QCOMPARE(b.sessions[k].note.focus, a.sessions[k].note.focus);
            QCOMPARE(b.sessions[k].events, a.sessions[k].events);
        }
        QCOMPARE(b.maps.size(), a.maps.size());
        QCOMPARE(b.exercises.size(), a.exercises.size());
    }
    QSet<QString> firstUuids, otherUuids;
    for (const LoadedCouple &c : std::as_const(m_couples))
        for (const Session &s : c.sessions)
            firstUuids.insert(s.uuid);
    for (const LoadedCouple &c : different)
        for (const Session &s : c.sessions)
            otherUuids.insert(s.uuid);
    QVERIFY(!otherUuids.isEmpty());
    QVERIFY(!firstUuids.intersects(otherUuids));
}

void TestDemoGenerator::refusesPracticeWithCouples_data()
{
    QTest::addColumn<bool>("archived");
    QTest::newRow("current couple") << false;
    QTest::newRow("archived couple") << true;
}

void TestDemoGenerator::refusesPracticeWithCouples()
{
    QFETCH(bool, archived);
    TestPractice practice;
    const auto id = practice.store().createCouple(makeCouple());
    QVERIFY2(id.isOk(), qPrintable(id.error()));
    if (archived)
        QVERIFY(practice.store().setCoupleArchived(*id, true).isOk());
    const auto result = generateDemoPractice(practice.store(), DemoOptions{});
    QVERIFY(!result.isOk());
    QVERIFY(result.error().contains(u"already has couples"));
    const auto all = practice.store().coupleSummaries(ArchiveFilter::All);
    QVERIFY(all.isOk());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().sessionCount, 0);
}

void TestDemoGenerator::refusesBadOptions()
{
    TestPractice practice;
    QVERIFY(!generateDemoPractice(practice.store(), DemoOptions{-1, 0, 1}).isOk());
    QVERIFY(!generateDemoPractice(practice.store(), DemoOptions{3, -5, 1}).isOk());
    const auto all = practice.store().coupleSummaries(ArchiveFilter::All);
    QVERIFY(all.isOk());
    QVERIFY(all->isEmpty());
}

void TestDemoGenerator::largeMode()
{
    TestPractice practice;
    const DemoSummary summary = generate(practice.store(), DemoOptions{20, 10, 3});
    QCOMPARE(summary.couples, 20);
    QCOMPARE(summary.sessions, 200);
    const QList<LoadedCouple> couples = loadAll(practice.store());
    QCOMPARE(couples.size(), 20);
    QVERIFY(findCouple(couples, QStringLiteral("John & Mary")));
    QVERIFY(findCouple(couples, QStringLiteral("Lucía")));
    QSet<QString> names;
    const QDate today = practice.store().today();
    for (const LoadedCouple &c : couples) {
        names.insert(c.couple.name);
        QCOMPARE(c.sessions.size(), 10);
        QVERIFY(!c.maps.isEmpty());
        for (const Session &s : c.sessions) {
            QVERIFY(s.date <= today && s.date >= c.couple.intakeDate);
            QVERIFY(validateSession(s, c.couple, today).isOk());
        }
    }
    QVERIFY(names.size() >= 18); // procedural names vary
    const auto report = practice.store().checkIntegrity();
    QVERIFY(report.isOk());
    QVERIFY2(report->passed(), qPrintable(report->problems.join(u'\n')));

    TestPractice few;
    QCOMPARE(generate(few.store(), DemoOptions{2, 0, 1}).couples, 2);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
