// `attune record` through the built binary: the clinical record of a period as a vector PDF. Its words
// hold every note field, anchor quote, homework, measure and addendum of the sessions in the period and
// none of the sessions outside it; signed notes show signer and content hash, every page shows "Page X of
// Y" and the clinician, a page with any part of a draft says so, and printing leaves an audit row. With
// --language es no English label is left. The partners' contact details and the referral are in the
// record's identifying data and in nothing that leaves the therapist's hands: not the cycle handout,
// not the calendar export.
#include "AttuneProcess.h"
#include "PdfText.h"
#include "PlanTestData.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

const QString kPhone = QStringLiteral("(555) 010-0142");
const QString kEmail = QStringLiteral("ana.contact@example.org");
const QString kEmergencyPhone = QStringLiteral("555-0177");

// The identifying words the record holds and a handout must not.
QStringList identifyingWords()
{
    return {QStringLiteral("010-0142"),        QStringLiteral("ana.contact@example.org"),
            QStringLiteral("ben@example.org"), QStringLiteral("Examplestreet"),
            QStringLiteral("Samemergency"),    QStringLiteral("555-0177"),
            QStringLiteral("Referralsource"),  QStringLiteral("Referringclinician")};
}

// The text of one page (1-based), as pdftotext reads it.
QString pageText(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                          QString::number(page), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

int pageCount(const QString &text)
{
    const QRegularExpression of(QStringLiteral("Page 1 of (\\d+)"));
    const auto m = of.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString compact(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

} // namespace

class TestRecordCommand : public QObject
{
    Q_OBJECT

private:
    TestPractice m_practice;
    QString m_signedHash;
    QString m_addendumHash;
    QDate m_from;
    QDate m_to;

    Session noteWith(qint64 couple, QDate date, const QString &word)
    {
        Session s = makeSession(couple, date);
        s.note.focus = word + QStringLiteral("focus");
        s.note.cycleObservations = word + QStringLiteral("cycle");
        s.note.plan = word + QStringLiteral("plan");
        s.note.text = word + QStringLiteral("note");
        s.note.interventions = {QStringLiteral("evocative_responding")};
        s.event(ChangeEventKind::WithdrawerReengagement) = {
            EventLevel::Emerging, 1, word + QStringLiteral("anchor"), {}};
        s.homework = {{{}, word + QStringLiteral("homework"), false}};
        s.outcomes = {{0, Instrument::Csi16, 47, {}}};
        return s;
    }

    Run record(const QStringList &extra)
    {
        return runAttune(QStringList{QStringLiteral("--practice"), m_practice.path(),
                                     QStringLiteral("record"), QStringLiteral("Ana")} +
                         extra);
    }

private slots:
    void initTestCase()
    {
        PracticeStore &store = m_practice.store();
        QVERIFY(store.setClinician({QStringLiteral("Dr. Lena Ortiz"), QStringLiteral("PhD, LMFT")}));
        // Three screens (two earlier ones and the current one, each with words of its own), and the
        // contact and referral details the record shows and a handout never does.
        Couple identified = makeCouple();
        const QDate screened = fixedNow().date();
        identified.safetyHistory = {
            {SafetyOutcome::NoConcerns, screened.addDays(-300), QStringLiteral("firstscreennote")},
            {SafetyOutcome::Monitor, screened.addDays(-150), QStringLiteral("secondscreennote")}};
        identified.safety = {SafetyOutcome::NoConcerns, screened.addDays(-20), QStringLiteral("currentscreennote")};
        identified.partners[0].contact = {kPhone, kEmail, QStringLiteral("12 Examplestreet"),
                                          QStringLiteral("Samemergency Example"), kEmergencyPhone};
        identified.partners[1].contact.email = QStringLiteral("ben@example.org");
        identified.referral = {QStringLiteral("Referralsource"), QStringLiteral("Dr. Referringclinician")};
        const qint64 couple = *store.createCouple(identified);
        CycleMap map;
        map.coupleId = couple;
        map.date = fixedNow().date().addDays(-20);
        map.chains[0].steps = {QStringLiteral("trigger"),    QStringLiteral("hurt"),
                               QStringLiteral("anger"),      QStringLiteral("not wanted"),
                               QStringLiteral("criticizes"), QStringLiteral("closeness")};
        map.chains[1].steps = map.chains[0].steps;
        QVERIFY(store.createCycleMap(map));
        Appointment next;
        next.coupleId = couple;
        next.startsAt = fixedNow().addDays(2).toUTC();
        QVERIFY(store.bookAppointments({next}));
        const TreatmentPlan plan = *store.treatmentPlan(*store.createTreatmentPlan(makePlan(couple)));
        QVERIFY(store.signTreatmentPlan(plan.id));
        const QDate today = fixedNow().date();
        m_from = today.addDays(-40);
        m_to = today.addDays(-5);

        QVERIFY(store.createSession(noteWith(couple, today.addDays(-60), QStringLiteral("before"))));
        Session inside = noteWith(couple, today.addDays(-30), QStringLiteral("signed"));
        inside.goalIds = {plan.goals[0].id};
        const qint64 signedId = *store.createSession(inside);
        QVERIFY(store.signSession(signedId));
        QVERIFY(store.addAddendum(signedId, QStringLiteral("signedaddendum correction")));
        m_signedHash = *store.signedContentHash(signedId);
        m_addendumHash = store.addenda(signedId)->first().contentHash;
        // A long draft, so the draft mark is checked on more than one page.
        Session draft = noteWith(couple, today.addDays(-10), QStringLiteral("draft"));
        draft.note.text =
            QStringLiteral("draftnote ") + QStringLiteral("The couple talked at length. ").repeated(400);
        QVERIFY(store.createSession(draft));
        QVERIFY(store.createSession(noteWith(couple, today.addDays(-1), QStringLiteral("after"))));
        QVERIFY(m_signedHash.size() == 64);
        m_practice.reopen(); // everything on disk before the binary reads it
    }

    void holdsThePeriodInFullAndNothingElse()
    {
        const QString pdf = m_practice.dir() + QStringLiteral("/record.pdf");
        const Run r =
            record({QStringLiteral("--output"), pdf, QStringLiteral("--from"), m_from.toString(Qt::ISODate),
                    QStringLiteral("--to"), m_to.toString(Qt::ISODate)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(pdf);
        QVERIFY(!text.isNull());
        const QSet<QString> words = wordsOf(text);
        for (const char *prefix : {"signed", "draft"})
            for (const char *field : {"focus", "cycle", "plan", "note", "anchor", "homework"})
                QVERIFY2(words.contains(QString::fromLatin1(prefix) + QString::fromLatin1(field)),
                         qPrintable(QString::fromLatin1(prefix) + QString::fromLatin1(field)));
        QVERIFY(words.contains(QStringLiteral("signedaddendum")));
        for (const char *prefix : {"before", "after"})
            for (const char *field : {"focus", "cycle", "plan", "note", "anchor", "homework"})
                QVERIFY2(!words.contains(QString::fromLatin1(prefix) + QString::fromLatin1(field)),
                         qPrintable(QString::fromLatin1(prefix) + QString::fromLatin1(field)));
        // Interventions, measures, the plan and the goal the session worked on.
        QVERIFY(text.contains(QStringLiteral("Evocative responding")));
        QVERIFY(text.contains(QStringLiteral("CSI-16")));
        QVERIFY(text.contains(QStringLiteral("Treatment plan")));
        QVERIFY(text.contains(QStringLiteral("Goals worked on")));
        QVERIFY(compact(text).contains(compact(makePlan(0).goals[0].coupleWords)));
        // Signatures with their content hashes; the draft marked.
        QVERIFY(text.contains(QStringLiteral("Dr. Lena Ortiz, PhD, LMFT on")));
        QVERIFY(compact(text).contains(m_signedHash));
        QVERIFY(compact(text).contains(m_addendumHash));
        QVERIFY(text.contains(QStringLiteral("Unsigned draft")));

        // The safety screen's whole history, newest first, the current one marked, each with its notes.
        const qsizetype current = text.indexOf(QStringLiteral("currentscreennote"));
        const qsizetype second = text.indexOf(QStringLiteral("secondscreennote"));
        const qsizetype first = text.indexOf(QStringLiteral("firstscreennote"));
        QVERIFY2(current >= 0 && second > current && first > second, qPrintable(text.left(3000)));
        QVERIFY(text.contains(QStringLiteral("(current)")));
        QCOMPARE(text.count(QStringLiteral("(current)")), 1);
        QCOMPARE(text.count(QStringLiteral("Screen of ")), 3);
        QVERIFY(text.contains(QStringLiteral("Concerns: monitor")));

        const int pages = pageCount(text);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        int draftPages = 0;
        for (int page = 1; page <= pages; ++page) {
            const QString onPage = pageText(pdf, page);
            QVERIFY2(onPage.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                     qPrintable(onPage));
            QVERIFY(onPage.contains(QStringLiteral("Dr. Lena Ortiz, PhD, LMFT")));
            // Any part of the draft: its fields, its long note, or the line that closes it.
            bool showsDraft = onPage.contains(QStringLiteral("The couple talked at length")) ||
                              onPage.contains(QStringLiteral("Unsigned draft"));
            for (const char *field : {"focus", "cycle", "plan", "note", "anchor", "homework"})
                showsDraft =
                    showsDraft || onPage.contains(QStringLiteral("draft") + QString::fromLatin1(field));
            QCOMPARE(onPage.contains(QStringLiteral("UNSIGNED DRAFT on this page")), showsDraft);
            draftPages += showsDraft;
        }
        QVERIFY(draftPages >= 2);

        QString error;
        QVERIFY2(pdfImages(pdf, &error).isEmpty() && error.isEmpty(), qPrintable(error)); // vector only

        // Printing is in the audit trail.
        auto store = PracticeStore::open(m_practice.path(), PracticeStore::OpenMode::OpenExisting);
        QVERIFY(store);
        bool printed = false;
        const auto trail = (*store)->auditTrail(); // named: a range-for over *temporary would dangle
        QVERIFY(trail);
        for (const AuditEntry &e : *trail)
            printed = printed ||
                      (e.action == QStringLiteral("print") && e.summary == QStringLiteral("clinical record"));
        QVERIFY(printed);
    }

    void contactInTheRecordOnly()
    {
        const QString pdf = m_practice.dir() + QStringLiteral("/identified.pdf");
        const Run r = record({QStringLiteral("--output"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = compact(pdfText(pdf));
        for (const QString &word : identifyingWords())
            QVERIFY2(text.contains(compact(word)), qPrintable(word));
        QVERIFY(text.contains(QStringLiteral("Emergencycontact")));
        QVERIFY(text.contains(QStringLiteral("Referralsource")));

        const QString handout = m_practice.dir() + QStringLiteral("/handout.pdf");
        const Run h = runAttune({QStringLiteral("--practice"), m_practice.path(), QStringLiteral("cycle"),
                                 QStringLiteral("export"), QStringLiteral("Ana"), QStringLiteral("--handout"),
                                 QStringLiteral("--output"), handout});
        QVERIFY2(h.exitCode == 0, qPrintable(h.err));
        const QString handoutText = compact(pdfText(handout));
        QVERIFY(!handoutText.isEmpty());
        for (const QString &word : identifyingWords())
            QVERIFY2(!handoutText.contains(compact(word)), qPrintable(word));

        const QString ics = m_practice.dir() + QStringLiteral("/calendar.ics");
        const Run c = runAttune({QStringLiteral("--practice"), m_practice.path(),
                                 QStringLiteral("appointments"), QStringLiteral("--ics"), ics});
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString calendar = compact(QString::fromUtf8(file.readAll()));
        QVERIFY(calendar.contains(QStringLiteral("BEGIN:VEVENT")));
        for (const QString &word : identifyingWords())
            QVERIFY2(!calendar.contains(compact(word)), qPrintable(word));
    }

    void spanishHasNoEnglishLabels()
    {
        const QString pdf = m_practice.dir() + QStringLiteral("/registro.pdf");
        const Run r =
            record({QStringLiteral("--output"), pdf, QStringLiteral("--language"), QStringLiteral("es")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(pdf);
        for (const char *label : {"Page ",
                                  "Clinical record",
                                  "Identifying data",
                                  "Safety screen",
                                  "Treatment plan",
                                  "Session of",
                                  "Signed",
                                  "Unsigned draft",
                                  "UNSIGNED DRAFT",
                                  "Homework",
                                  "Interventions",
                                  "Focus",
                                  "Goals worked on",
                                  "Addendum",
                                  "Printed",
                                  "content hash",
                                  "In the couple's words",
                                  "Target date",
                                  "Measure",
                                  "minutes",
                                  "Both partners",
                                  "In person",
                                  "Withdrawer re-engagement",
                                  "Evocative responding",
                                  "Open"})
            QVERIFY2(!text.contains(QString::fromLatin1(label)), label);
        QVERIFY(text.contains(QStringLiteral("Página 1 de")));
        QVERIFY(text.contains(QStringLiteral("signednote"))); // her words stay as she wrote them
    }

    void clearErrors()
    {
        const Run missing = record({});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(isOneSentence(missing.err));
        const Run backwards = record({QStringLiteral("--output"), m_practice.dir() + QStringLiteral("/x.pdf"),
                                      QStringLiteral("--from"), QStringLiteral("2026-05-01"),
                                      QStringLiteral("--to"), QStringLiteral("2026-04-01")});
        QCOMPARE(backwards.exitCode, 2);
        QVERIFY(isOneSentence(backwards.err));
    }
};

QTEST_GUILESS_MAIN(TestRecordCommand)
#include "tst_recordcommand.moc"
