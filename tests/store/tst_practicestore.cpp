// The store's reading and writing: round trips of every record, Unicode, archiving, transactions and
// the change announcements that keep open views current.
#include "TestPractice.h"

#include <QSignalSpy>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

Session fullSession(qint64 coupleId, QDate date)
{
    Session s = makeSession(coupleId, date);
    s.startTime = QTime(17, 30);
    s.durationMinutes = 75;
    s.attendance = Attendance::PartnerBOnly;
    s.format = SessionFormat::Video;
    s.stage = 2;
    s.step = 5;
    s.note.focus = QStringLiteral("Accessing Ben's fear of failing");
    s.note.cycleObservations = QStringLiteral("Pursue–withdraw flared after the \"weekend\" fight");
    s.note.interventions = {QStringLiteral("reflection"), QStringLiteral("heightening")};
    s.note.plan = QStringLiteral("Enactment: Ben tells Ana what he fears");
    s.note.text = QStringLiteral("Ben: «No sé cómo acercarme» 😶\nAna cried.");
    // Child UUIDs chosen by the caller (as an import does) must be kept.
    s.event(ChangeEventKind::WithdrawerReengagement) = {
        EventLevel::Partial, 1, QStringLiteral("I want to be in this"),
        QStringLiteral("00000000-0000-4000-8000-000000000001")};
    s.event(ChangeEventKind::BlamerSoftening) = {EventLevel::Emerging, 0,
                                                 QStringLiteral("I'm scared, not angry"),
                                                 QStringLiteral("00000000-0000-4000-8000-000000000002")};
    s.bondRatings = {BondRating{0, {3, 4, 5, 6, 7}, QStringLiteral("00000000-0000-4000-8000-000000000003")},
                     BondRating{1, {2, 2, 3, 3, 4}, QStringLiteral("00000000-0000-4000-8000-000000000004")}};
    s.outcomes = {
        OutcomeScore{0, Instrument::Csi16, 44.5, QStringLiteral("00000000-0000-4000-8000-000000000005")},
        OutcomeScore{1, Instrument::Rdas, 41, QStringLiteral("00000000-0000-4000-8000-000000000006")}};
    s.homework = {HomeworkItem{QString(), QStringLiteral("Notice the moment you turn away"), false},
                  HomeworkItem{QString(), QStringLiteral("Share one soft feeling a day"), true}};
    return s;
}

} // namespace

class TestPracticeStore : public QObject
{
    Q_OBJECT

private slots:
    void coupleRoundTripsEveryFieldAndAnyUnicode()
    {
        TestPractice practice;
        Couple c = makeCouple(QStringLiteral("Zoë \"Z\" O'Neil"), QStringLiteral("محمد 🌙"));
        c.name = QStringLiteral("Zoë & محمد — l'amour \"fou\" 💞");
        c.status = CoupleStatus::Paused;
        c.presentingConcerns = QStringLiteral("Distance after the baby; 'we're roommates'");
        c.tags = {QStringLiteral("new parents"), QStringLiteral("téléphone")};
        c.safety = {SafetyOutcome::Monitor, fixedNow().date().addMonths(-11),
                    QStringLiteral("Check at each session")};
        c.partners[0].pronouns = QStringLiteral("she/her");
        c.partners[0].language = QStringLiteral("fr");
        c.partners[0].closenessNeed = 9;
        c.partners[0].aloneNeed = 2;
        c.partners[1].language = QStringLiteral("ar");
        const auto id = practice.store().createCouple(c);
        QVERIFY2(id, qPrintable(id.error()));

        practice.reopen();
        const auto stored = practice.store().couple(*id);
        QVERIFY2(stored, qPrintable(stored.error()));
        QCOMPARE(stored->name, c.name);
        QCOMPARE(stored->partners[0].name, c.partners[0].name);
        QCOMPARE(stored->partners[1].name, c.partners[1].name);
        QCOMPARE(stored->presentingConcerns, c.presentingConcerns);
        QCOMPARE(stored->tags, c.tags);
        QCOMPARE(stored->safety, c.safety);
        QCOMPARE(stored->status, CoupleStatus::Paused);
        QCOMPARE(stored->partners[0].closenessNeed, 9);
        QCOMPARE(stored->partners[0].aloneNeed, 2);
        QCOMPARE(stored->partners[1].language, QStringLiteral("ar"));
        QCOMPARE(stored->uuid.size(), 36);
        QVERIFY(stored->partners[0].uuid != stored->partners[1].uuid);
        QCOMPARE(stored->created, fixedNow());
        QCOMPARE(stored->created.timeSpec(), Qt::UTC);
    }

    void sessionRoundTripsWithChildren()
    {
        TestPractice practice;
        const auto coupleId = practice.store().createCouple(makeCouple());
        QVERIFY(coupleId);
        const Session s = fullSession(*coupleId, fixedNow().date().addDays(-3));
        const auto id = practice.store().createSession(s);
        QVERIFY2(id, qPrintable(id.error()));

        practice.reopen();
        auto stored = practice.store().session(*id);
        QVERIFY2(stored, qPrintable(stored.error()));
        QCOMPARE(stored->note, s.note);
        QCOMPARE(stored->events, s.events);
        QCOMPARE(stored->bondRatings, s.bondRatings);
        QCOMPARE(stored->outcomes, s.outcomes);
        QCOMPARE(stored->homework.size(), 2);
        QCOMPARE(stored->homework[1].text, s.homework[1].text);
        QVERIFY(stored->homework[1].done);
        QCOMPARE(stored->startTime, QTime(17, 30));
        QCOMPARE(stored->attendance, Attendance::PartnerBOnly);
        QCOMPARE(stored->format, SessionFormat::Video);

        // An edit keeps the children's identities and removes what the session no longer has.
        const QString keptHomework = stored->homework[1].uuid;
        stored->homework.removeFirst();
        stored->bondRatings.removeLast();
        stored->outcomes[0].total = 52;
        stored->event(ChangeEventKind::BlamerSoftening).level = EventLevel::None;
        const Status updated = practice.store().updateSession(*stored);
        QVERIFY2(updated, qPrintable(updated.error()));
        const auto again = practice.store().session(*id);
        QVERIFY(again);
        QCOMPARE(again->homework.size(), 1);
        QCOMPARE(again->homework[0].uuid, keptHomework);
        QCOMPARE(again->bondRatings.size(), 1);
        QCOMPARE(again->outcomes[0].total, 52.0);
        QCOMPARE(again->event(ChangeEventKind::BlamerSoftening).level, EventLevel::None);

        const auto summaries = practice.store().sessionSummaries(*coupleId);
        QVERIFY(summaries);
        QCOMPARE(summaries->size(), 1);
        QCOMPARE(summaries->first().levels[0], EventLevel::Partial);
        QCOMPARE(summaries->first().focus, s.note.focus);
    }

    void invalidRecordsAreRefusedAndNothingIsWritten()
    {
        TestPractice practice;
        const auto coupleId = practice.store().createCouple(makeCouple());
        QVERIFY(coupleId);
        Session s = makeSession(*coupleId, makeCouple().intakeDate.addDays(-10));
        const auto refused = practice.store().createSession(s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("before the couple's intake")),
                 qPrintable(refused.error()));
        const auto none = practice.store().sessionSummaries(*coupleId);
        QVERIFY(none);
        QVERIFY(none->isEmpty());

        Couple unnamed = makeCouple();
        unnamed.partners[0].name = QStringLiteral(" ");
        QVERIFY(!practice.store().createCouple(unnamed));
        QCOMPARE(practice.store().coupleSummaries(ArchiveFilter::All)->size(), 1);
    }

    void signedSessionsCannotBeEdited()
    {
        TestPractice practice;
        const auto coupleId = practice.store().createCouple(makeCouple());
        Session s = makeSession(*coupleId, fixedNow().date().addDays(-1));
        s.signedAt = fixedNow();
        s.signedBy = QStringLiteral("Dr. Test");
        const auto id = practice.store().createSession(s);
        QVERIFY(id);
        auto stored = practice.store().session(*id);
        QVERIFY(stored->isSigned());
        stored->note.text = QStringLiteral("rewritten");
        const Status refused = practice.store().updateSession(*stored);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("signed")));
        QCOMPARE(practice.store().session(*id)->note.text, QString());
    }

    void archivingHidesAndRestores()
    {
        TestPractice practice;
        const auto a =
            practice.store().createCouple(makeCouple(QStringLiteral("Ana"), QStringLiteral("Ben")));
        const auto b =
            practice.store().createCouple(makeCouple(QStringLiteral("Cleo"), QStringLiteral("Dev")));
        QVERIFY(a && b);
        QVERIFY(practice.store().setCoupleArchived(*a, true));
        QCOMPARE(practice.store().coupleSummaries()->size(), 1);
        QCOMPARE(practice.store().coupleSummaries(ArchiveFilter::Archived)->first().id, *a);
        QVERIFY(practice.store().couple(*a)); // archived, not deleted
        QVERIFY(practice.store().setCoupleArchived(*a, false));
        QCOMPARE(practice.store().coupleSummaries()->size(), 2);

        const auto sessionId = practice.store().createSession(makeSession(*b, fixedNow().date()));
        QVERIFY(sessionId);
        QVERIFY(practice.store().setSessionArchived(*sessionId, true));
        QCOMPARE(practice.store().coupleSummary(*b)->sessionCount, 0);
        QCOMPARE(practice.store().sessionSummaries(*b, ArchiveFilter::Archived)->size(), 1);
        QVERIFY(!practice.store().setSessionArchived(9999, true));
    }

    void summariesReportLatestStageAndCount()
    {
        TestPractice practice;
        const auto id = practice.store().createCouple(makeCouple());
        QVERIFY(id);
        QCOMPARE(practice.store().coupleSummary(*id)->stage, 0);
        Session early = makeSession(*id, fixedNow().date().addDays(-14));
        Session late = makeSession(*id, fixedNow().date().addDays(-7));
        late.stage = 2;
        late.step = 6;
        QVERIFY(practice.store().createSession(late)); // stored out of date order on purpose
        QVERIFY(practice.store().createSession(early));
        const auto summary = practice.store().coupleSummary(*id);
        QCOMPARE(summary->sessionCount, 2);
        QCOMPARE(summary->stage, 2);
        QCOMPARE(summary->step, 6);
        QCOMPARE(summary->lastSessionDate, late.date);
        const auto sessions = practice.store().sessionSummaries(*id);
        QCOMPARE(sessions->first().date, early.date); // chronological
    }

    void cycleMapsVersionAndRoundTrip()
    {
        TestPractice practice;
        const auto coupleId = practice.store().createCouple(makeCouple());
        CycleMap map;
        map.coupleId = *coupleId;
        map.date = fixedNow().date().addDays(-20);
        map.chains[0][CycleStep::Trigger] = QStringLiteral("He goes quiet");
        map.chains[0][CycleStep::PrimaryEmotion] = QStringLiteral("Alone, afraid I don't matter");
        map.chains[1][CycleStep::Behavior] = QStringLiteral("Withdraws to the garage");
        map.chains[1][CycleStep::Need] = QStringLiteral("To know I'm enough");
        const auto first = practice.store().createCycleMap(map);
        QVERIFY2(first, qPrintable(first.error()));
        map.kind = CycleKind::Positive;
        const auto second = practice.store().createCycleMap(map);
        QVERIFY(second);
        const auto maps = practice.store().cycleMaps(*coupleId);
        QVERIFY(maps);
        QCOMPARE(maps->size(), 2);
        QCOMPARE(maps->at(0).version, 1);
        QCOMPARE(maps->at(1).version, 2);
        QCOMPARE(maps->at(1).kind, CycleKind::Positive);
        for (int partner = 0; partner < 2; ++partner) {
            QCOMPARE(maps->at(0).chains[partner].steps, map.chains[partner].steps);
            QCOMPARE(maps->at(0).chains[partner].uuid.size(), 36);
        }

        CycleMap edited = maps->at(0);
        edited.chains[1][CycleStep::Perception] = QStringLiteral("\"She's never satisfied\"");
        QVERIFY(practice.store().updateCycleMap(edited));
        QCOMPARE(practice.store().cycleMap(*first)->chains[1][CycleStep::Perception],
                 edited.chains[1][CycleStep::Perception]);
    }

    void exercisesRoundTripAndStayWithTheirCouple()
    {
        TestPractice practice;
        const auto a = practice.store().createCouple(makeCouple());
        const auto b =
            practice.store().createCouple(makeCouple(QStringLiteral("Eli"), QStringLiteral("Fay")));
        const auto sessionOfB = practice.store().createSession(makeSession(*b, fixedNow().date()));
        FiveStepExercise e;
        e.coupleId = *a;
        e.partner = 1;
        e.date = fixedNow().date();
        e.incident = QStringLiteral("The shoulder rub");
        e[ExerciseStep::Trigger] = QStringLiteral("She turned away");
        e[ExerciseStep::UnderlyingNeed] = QStringLiteral("To be wanted");
        const auto id = practice.store().createExercise(e);
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(practice.store().exercise(*id)->steps, e.steps);
        e.sessionId = *sessionOfB;
        QVERIFY(!practice.store().createExercise(e)); // another couple's session
    }

    void announcementsFollowCommits()
    {
        TestPractice practice;
        QSignalSpy couples(&practice.store(), &PracticeStore::coupleChanged);
        QSignalSpy sessions(&practice.store(), &PracticeStore::sessionsChanged);
        const auto id = practice.store().createCouple(makeCouple());
        QCOMPARE(couples.count(), 1);
        QCOMPARE(couples.first().first().toLongLong(), *id);
        QVERIFY(practice.store().createSession(makeSession(*id, fixedNow().date())));
        QCOMPARE(sessions.count(), 1);
        QCOMPARE(couples.count(), 2); // the summary changed too

        // Inside a transaction nothing is announced until the commit, and each change only once.
        couples.clear();
        sessions.clear();
        const Status s = practice.store().transaction([&]() -> Status {
            for (int i = 1; i <= 3; ++i)
                if (auto r = practice.store().createSession(makeSession(*id, fixedNow().date().addDays(-i)));
                    !r)
                    return r.status();
            [&] { QCOMPARE(sessions.count(), 0); }();
            return Status::ok();
        });
        QVERIFY(s);
        QCOMPARE(sessions.count(), 1);
    }

    void failedTransactionRollsBackEverythingAndAnnouncesNothing()
    {
        TestPractice practice;
        QSignalSpy couples(&practice.store(), &PracticeStore::coupleChanged);
        const Status s = practice.store().transaction([&]() -> Status {
            if (auto r = practice.store().createCouple(makeCouple()); !r)
                return r.status();
            Couple bad = makeCouple();
            bad.uuid = practice.store().coupleSummaries()->first().uuid; // duplicate UUID: the insert fails
            auto r = practice.store().createCouple(bad);
            [&] { QVERIFY(!r); }();
            return Status::ok(); // even if the caller ignores the failure, the transaction must not commit
        });
        QVERIFY(!s);
        QVERIFY(!s.error().isEmpty());
        QCOMPARE(couples.count(), 0);
        QVERIFY(practice.store().coupleSummaries(ArchiveFilter::All)->isEmpty());
    }

    void purgeAndRestoreUndoACreationUnderTheSameId()
    {
        TestPractice practice;
        const auto coupleId = practice.store().createCouple(makeCouple());
        const auto sessionId = practice.store().createSession(fullSession(*coupleId, fixedNow().date()));
        QVERIFY(coupleId && sessionId);
        const Session session = *practice.store().session(*sessionId);
        const Couple couple = *practice.store().couple(*coupleId);

        QSignalSpy sessions(&practice.store(), &PracticeStore::sessionsChanged);
        QVERIFY(practice.store().purgeSession(*sessionId));
        QCOMPARE(sessions.count(), 1);
        QVERIFY(!practice.store().session(*sessionId));
        QVERIFY(practice.store().purgeCouple(*coupleId));
        QVERIFY(practice.store().coupleSummaries(ArchiveFilter::All)->isEmpty());

        // A new record never takes a purged id, so a later redo cannot collide.
        const auto other =
            practice.store().createCouple(makeCouple(QStringLiteral("Ida"), QStringLiteral("Jo")));
        QVERIFY(*other > *coupleId);

        QVERIFY(practice.store().restoreCouple(couple));
        const Status restored = practice.store().restoreSession(session);
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(*practice.store().couple(*coupleId), couple);
        QCOMPARE(*practice.store().session(*sessionId), session);
        QVERIFY(!practice.store().restoreSession(session)); // already there
        QVERIFY(practice.store().checkIntegrity()->passed());
    }

    void updatesOfVanishedRecordsFailClearly()
    {
        TestPractice practice;
        Couple ghost = makeCouple();
        ghost.id = 4242;
        const Status s = practice.store().updateCouple(ghost);
        QVERIFY(!s);
        QVERIFY(s.error().contains(QStringLiteral("no longer exists")));
        QVERIFY(!practice.store().session(77));
        QVERIFY(!practice.store().cycleMap(77));
    }
};

QTEST_GUILESS_MAIN(TestPracticeStore)
#include "tst_practicestore.moc"
