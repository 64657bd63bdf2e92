// Case files keep everything: the demo practice exported and imported into an empty practice gives an
// identical id-independent dump; Unicode of every kind survives; a selection exports only those couples;
// re-importing changes nothing; and the committed v1 fixture keeps loading with its known values.
#include "CaseFileTestSupport.h"
#include "TestPractice.h"

#include "casefile/CaseFile.h"
#include "demo/DemoGenerator.h"
#include "domain/TreatmentPlan.h"

#include <QTemporaryDir>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {
// Known values of the committed fixture (written once with ATTUNE_WRITE_FIXTURE=1; never rewritten).
const auto kFixtureFirstCouple = QStringLiteral("John & Mary Miller");
const auto kFixtureFirstUuid = QStringLiteral("c5a0c2c4-2f22-402b-a0d8-ef8c140ffbfb");
} // namespace

class TestCaseFileRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void demoPracticeRoundTrip_data()
    {
        QTest::addColumn<int>("couples");
        QTest::addColumn<int>("sessions");
        QTest::newRow("curated demo") << 0 << 0;
        QTest::newRow("procedural 12x8") << 12 << 8;
    }

    void demoPracticeRoundTrip()
    {
        QFETCH(int, couples);
        QFETCH(int, sessions);
        TestPractice source;
        const auto demo = generateDemoPractice(source.store(), {couples, sessions, 3});
        QVERIFY2(demo, qPrintable(demo.error()));
        const QString file = source.dir() + QStringLiteral("/all.attune");
        QVERIFY2(exportCaseFile(source.store(), {}, file), "export failed");

        TestPractice target;
        const auto summary = importCaseFile(target.store(), file, ConflictPolicy::Skip);
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->added.couples, demo->couples);
        QCOMPARE(summary->added.sessions, demo->sessions);
        QCOMPARE(summary->added.cycleMaps, demo->cycleMaps);
        QCOMPARE(summary->added.exercises, demo->exercises);
        QCOMPARE(summary->identical.total() + summary->skipped.total() + summary->replaced.total(), 0);

        const QString before = dumpPractice(source.store());
        QVERIFY(before.count(QLatin1Char('\n')) > demo->couples + demo->sessions);
        QCOMPARE(dumpPractice(target.store()), before);

        // Importing the same file again finds every record identical and changes nothing.
        const auto again = importCaseFile(target.store(), file, ConflictPolicy::Replace);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->added.total(), 0);
        QCOMPARE(again->replaced.total(), 0);
        QCOMPARE(again->identical.sessions, demo->sessions);
        QCOMPARE(dumpPractice(target.store()), before);
    }

    // Issue 16: a couple with every new kind of data (contact details and referral, earlier safety
    // screens, a series with an exception, appointments ended each way, one attended and linked to its
    // session, a treatment plan of two versions, the first signed, with goals, reviews and sessions that
    // worked on them, a signed one among them) comes back identical.
    void everyNewFieldRoundTrip()
    {
        TestPractice source;
        PracticeStore &store = source.store();
        QVERIFY(store.setClinician({QStringLiteral("Dr. Lena Ortiz"), QStringLiteral("LMFT")}));
        Couple c = makeCouple(QStringLiteral("Rosa Peña"), QStringLiteral("Tom Baker"));
        c.partners[0].contact = {QStringLiteral("(555) 010-0142"), QStringLiteral("rosa@example.org"),
                                 QStringLiteral("12 Elm Street\nHouston, TX 77002"),
                                 QStringLiteral("Marta Peña"), QStringLiteral("+1 555 010 0177")};
        c.partners[1].contact.email = QStringLiteral("tom.baker@example.org");
        c.referral = {QStringLiteral("Family physician"), QStringLiteral("Dr. Sam Lee")};
        c.safetyHistory = {
            {SafetyOutcome::NoConcerns, store.today().addMonths(-9), QStringLiteral("At intake.")},
            {SafetyOutcome::Monitor, store.today().addMonths(-3), QStringLiteral("Shouting.")}};
        c.safety = {SafetyOutcome::Contraindicated, store.today().addDays(-2),
                    QStringLiteral("Shoving disclosed.")};
        const qint64 id = *store.createCouple(c);
        AppointmentSeries series;
        series.coupleId = id;
        series.firstDate = store.today().addDays(-21);
        series.localTime = QTime(18, 15);
        series.intervalWeeks = 2;
        series.count = 4;
        series.durationMinutes = 75;
        series.exceptions = {{store.today().addDays(-7), QDateTime(store.today().addDays(-6), QTime(9, 0))}};
        const auto ids =
            store.bookAppointments(layOutSeries(series, QStringLiteral("fortnightly")).appointments);
        QVERIFY2(ids, qPrintable(ids.error()));
        Session base = makeSession(id, store.today());
        QVERIFY(store.attendAppointment(ids->at(0), base));
        Appointment noShow = *store.appointmentById(ids->at(1));
        noShow.status = AppointmentStatus::NoShow;
        QVERIFY(store.updateAppointment(noShow));
        Appointment cancelled = *store.appointmentById(ids->at(2));
        cancelled.status = AppointmentStatus::Cancelled;
        QVERIFY(store.updateAppointment(cancelled));

        // The plan: version 1 signed with two goals, one reviewed after signing; version 2 a draft.
        TreatmentPlan plan;
        plan.coupleId = id;
        plan.date = store.today().addDays(-30);
        plan.notes = QStringLiteral("Agreed at the fourth session.");
        TreatmentGoal closer;
        closer.coupleWords = QStringLiteral("Stop the Sunday fights");
        closer.therapistWords = QStringLiteral("De-escalate the pursue–withdraw cycle");
        closer.objectives = QStringLiteral("Name the cycle\nCall a time-out");
        closer.stage = 1;
        closer.step = 2;
        closer.interventions = QStringLiteral("Tracking, reflecting");
        closer.targetDate = store.today().addDays(30);
        TreatmentGoal reach = closer;
        reach.coupleWords = QStringLiteral("Feel close again");
        reach.stage = 2;
        reach.step = 5;
        reach.targetDate = {};
        reach.status = GoalStatus::Progressing;
        plan.goals = {closer, reach};
        const auto planId = store.createTreatmentPlan(plan);
        QVERIFY2(planId, qPrintable(planId.error()));
        QVERIFY(store.signTreatmentPlan(*planId));
        const TreatmentPlan signedPlan = *store.treatmentPlan(*planId);
        GoalReview review;
        review.goalId = signedPlan.goals.at(0).id;
        review.date = store.today().addDays(-1);
        review.status = GoalStatus::Progressing;
        review.note = QStringLiteral("Time-outs work twice in three.");
        QVERIFY(store.addGoalReview(review));
        TreatmentPlan second = plan;
        second.version = 0;
        second.date = store.today();
        second.goals = {reach};
        QVERIFY(store.createTreatmentPlan(second));
        // Sessions that worked on the goals, the attended appointment's one signed.
        Session linked = *store.session(store.appointmentById(ids->at(0))->sessionId);
        linked.goalIds = {signedPlan.goals.at(0).id, signedPlan.goals.at(1).id};
        QVERIFY(store.updateSession(linked));
        QVERIFY(store.signSession(linked.id));
        Session draft = makeSession(id, store.today().addDays(-3));
        draft.goalIds = {signedPlan.goals.at(1).id};
        QVERIFY(store.createSession(draft));

        const QString before = dumpPractice(store);
        QVERIFY(before.contains(QStringLiteral(" screen date=")));
        QVERIFY(before.contains(QStringLiteral("status=attended")));
        QVERIFY(before.contains(QStringLiteral("status=no_show")));
        QVERIFY(before.contains(QStringLiteral("status=cancelled")));
        QVERIFY(before.contains(QStringLiteral("rosa@example.org")));
        QVERIFY(before.contains(QStringLiteral("Dr. Sam Lee")));
        QVERIFY(before.contains(QStringLiteral("Time-outs work")));
        QVERIFY(before.contains(QStringLiteral(" goals=") + signedPlan.goals.at(1).uuid));

        const QString file = source.dir() + QStringLiteral("/rosa.attune");
        QVERIFY(exportCaseFile(store, {id}, file));
        TestPractice target;
        const auto summary = importCaseFile(target.store(), file, ConflictPolicy::Skip);
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(dumpPractice(target.store()), before);
        // Importing it again changes nothing: no second copy of any appointment.
        QVERIFY(importCaseFile(target.store(), file, ConflictPolicy::Replace));
        QCOMPARE(dumpPractice(target.store()), before);
        const auto checked = target.store().checkIntegrity();
        QVERIFY2(checked && checked->passed(),
                 qPrintable(checked ? checked->problems.join(u'\n') : checked.error()));
    }

    void unicodeSurvives()
    {
        TestPractice source;
        Couple c = makeCouple(QStringLiteral("Zoë “Zo” O’Brien 👩‍❤️‍👨"),
                              QStringLiteral("مريم"));
        c.name = QStringLiteral("Zoë & مريم — \"quotes\" 'single' \\ back\nslash 🌈");
        c.presentingConcerns = QStringLiteral("Línea 1\r\nשורה 2\t✓\u200F");
        c.tags = {QStringLiteral("naïve"), QStringLiteral("日本語"), QStringLiteral("")};
        c.partners[1].pronouns = QStringLiteral("ella/she");
        c.partners[1].language = QStringLiteral("ar");
        const auto id = source.store().createCouple(c);
        QVERIFY2(id, qPrintable(id.error()));
        Session s = makeSession(*id, fixedNow().date().addDays(-3));
        s.note.text = QStringLiteral("“I feel alone” — dijo él. 😢 %1 %n &amp; <b>");
        s.homework.append({QString(), QStringLiteral("Écrire une lettre ✉️"), false});
        QVERIFY(source.store().createSession(s));

        const QString file = source.dir() + QStringLiteral("/u.attune");
        QVERIFY(exportCaseFile(source.store(), {*id}, file));
        TestPractice target;
        QVERIFY(importCaseFile(target.store(), file, ConflictPolicy::Skip));
        const QString dump = dumpPractice(target.store());
        QVERIFY(dump.contains(QStringLiteral("مريم")));
        QVERIFY(dump.contains(QStringLiteral("😢")));
        QCOMPARE(dump, dumpPractice(source.store()));
    }

    void exportsOnlyTheChosenCouples()
    {
        TestPractice source;
        QVERIFY(generateDemoPractice(source.store(), {}));
        const auto couples = source.store().coupleSummaries(ArchiveFilter::All);
        QVERIFY(couples && couples->size() >= 3);
        const QString file = source.dir() + QStringLiteral("/two.attune");
        QVERIFY(exportCaseFile(source.store(), {couples->at(0).id, couples->at(2).id}, file));
        const auto contents = readCaseFile(file, fixedNow().date());
        QVERIFY2(contents, qPrintable(contents.error()));
        QCOMPARE(contents->couples.size(), 2);
        QCOMPARE(contents->couples.at(0).couple.uuid, couples->at(0).uuid);
        QCOMPARE(contents->couples.at(1).couple.uuid, couples->at(2).uuid);
        QCOMPARE(contents->writtenBy, QStringLiteral(ATTUNE_VERSION));
        QCOMPARE(contents->exportedAt, fixedNow());
    }

    void exportIsAtomic()
    {
        TestPractice source;
        QVERIFY(generateDemoPractice(source.store(), {}));
        // A folder where the file should go: the export fails and leaves nothing half-written behind.
        const QString target = source.dir() + QStringLiteral("/missing-folder/x.attune");
        const Status s = exportCaseFile(source.store(), {}, target);
        QVERIFY(!s);
        QVERIFY(!s.error().contains(QLatin1Char('\n')));
        QVERIFY(!QFile::exists(target));
        // Overwriting an existing file replaces it whole.
        const QString file = source.dir() + QStringLiteral("/x.attune");
        QVERIFY(writeBytes(file, QByteArrayLiteral("old contents")));
        QVERIFY(exportCaseFile(source.store(), {}, file));
        QVERIFY(readCaseFile(file, fixedNow().date()));
    }

    // The first format version: every later Attune must keep reading this file.
    void v1FixtureKeepsLoading()
    {
        const QString fixture = QStringLiteral(ATTUNE_CASEFILE_FIXTURES "/v1-demo.attune");
        if (qEnvironmentVariableIsSet("ATTUNE_WRITE_FIXTURE")) {
            TestPractice source; // 2 procedural couples x 4 sessions, seed 1, today = fixedNow()
            QVERIFY(generateDemoPractice(source.store(), {2, 4, 1}));
            QVERIFY(exportCaseFile(source.store(), {}, fixture));
        }
        const QByteArray bytes = readBytes(fixture);
        QVERIFY2(bytes.startsWith("ATTUNECF"), "the v1 fixture is missing");
        QVERIFY(bytes.size() < 64 * 1024);
        const auto contents = readCaseFile(fixture, fixedNow().date());
        QVERIFY2(contents, qPrintable(contents.error()));
        QCOMPARE(contents->writtenBy, QStringLiteral("0.1.0"));
        QCOMPARE(contents->couples.size(), 2);
        for (const CaseFileCouple &c : contents->couples)
            QCOMPARE(c.sessions.size(), 4);

        TestPractice target;
        const auto summary = importCaseFile(target.store(), fixture, ConflictPolicy::Skip);
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->added.couples, 2);
        QCOMPARE(summary->added.sessions, 8);
        const auto couples = target.store().coupleSummaries(ArchiveFilter::All);
        QVERIFY(couples);
        QCOMPARE(couples->size(), 2);
        QCOMPARE(couples->at(0).name, kFixtureFirstCouple);
        QCOMPARE(couples->at(0).uuid, kFixtureFirstUuid);
        QCOMPARE(couples->at(0).sessionCount, 4);
        // What the first format did not know arrives empty: contact details, referral, treatment plan.
        for (const CaseFileCouple &c : contents->couples) {
            QVERIFY(c.couple.partners[0].contact.isEmpty() && c.couple.partners[1].contact.isEmpty());
            QVERIFY(c.couple.referral.isEmpty());
            QVERIFY(c.plans.isEmpty());
            for (const QStringList &goals : c.sessionGoalUuids)
                QVERIFY(goals.isEmpty());
        }
        QVERIFY(target.store().treatmentPlans(couples->at(0).id, ArchiveFilter::All)->isEmpty());
    }

    // The second format (safety history and calendar, before contact details and the treatment plan),
    // written by the Attune of that time with `demo --couples 2 --sessions 4 --seed 1` then `export --all
    // --plain` on 2026-12-08 (its own clock, so it is read here with a later "today"). Never rewritten.
    void v2FixtureKeepsLoading()
    {
        const QString fixture = QStringLiteral(ATTUNE_CASEFILE_FIXTURES "/v2-demo.attune");
        const QDateTime later(QDate(2027, 1, 4), QTime(12, 0), Qt::UTC);
        const auto contents = readCaseFile(fixture, later.date());
        QVERIFY2(contents, qPrintable(contents.error()));
        QCOMPARE(contents->couples.size(), 2);
        const CaseFileCouple &first = contents->couples.at(0);
        QCOMPARE(first.couple.name, kFixtureFirstCouple);
        QCOMPARE(first.sessions.size(), 4);
        QCOMPARE(first.appointments.size(), 7);
        QCOMPARE(contents->couples.at(1).appointments.size(), 1);
        for (const CaseFileCouple &c : contents->couples) {
            QVERIFY(c.couple.partners[0].contact.isEmpty() && c.couple.partners[1].contact.isEmpty());
            QVERIFY(c.couple.referral.isEmpty());
            QVERIFY(c.plans.isEmpty());
        }

        QTemporaryDir dir;
        auto target = PracticeStore::open(dir.filePath(QStringLiteral("p.db")),
                                          PracticeStore::OpenMode::CreateIfMissing, fixedClock(later));
        QVERIFY2(target, qPrintable(target.error()));
        const auto summary = importCaseFile(**target, *contents, ConflictPolicy::Skip);
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->added.couples, 2);
        QCOMPARE(summary->added.sessions, 8);
        const qint64 id = *(*target)->coupleIdByUuid(kFixtureFirstUuid);
        QCOMPARE((*target)->appointments(id)->size(), 7);
        QVERIFY((*target)->couple(id)->partners[0].contact.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaseFileRoundTrip)
#include "tst_casefile_roundtrip.moc"
