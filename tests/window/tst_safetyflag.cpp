// Issue 16, the safety screen that acts, through the real window: the demo couple whose latest screen says
// "abuse ongoing" (Hannah and Riley) carries the red flag in the couple list, the brief and the report's
// data; Session → New Session makes an individual session unless a joint one is confirmed by name, and that
// confirmation is in the audit trail. Re-screening in the Overview keeps the earlier screen in a dated
// history.
#include "OpenWindow.h"

#include "CouplesPane.h"
#include "PreferencesDialog.h"
#include "couple/CoupleForm.h"
#include "couple/OverviewTab.h"
#include "items/Roles.h"
#include "practice/AgendaView.h"
#include "practice/PracticePage.h"
#include "progress/PreAppointmentBrief.h"
#include "progress/ProgressReport.h"
#include "session/SafetyGateDialog.h"
#include "session/SessionsTab.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include <functional>

using namespace attune;
using namespace attune::test;

namespace {

qint64 coupleNamed(PracticeStore &store, const QString &fragment)
{
    const QList<CoupleSummary> all = *store.coupleSummaries();
    for (const CoupleSummary &c : all)
        if (c.name.contains(fragment))
            return c.id;
    return 0;
}

// Answers the next modal dialog, which must be the safety gate, once it is shown.
void whenGateOpens(const std::function<void(SafetyGateDialog *)> &answer, bool *asked)
{
    QTimer::singleShot(0, qApp, [answer, asked] {
        auto *gate = qobject_cast<SafetyGateDialog *>(QApplication::activeModalWidget());
        QVERIFY(gate);
        *asked = true;
        answer(gate);
    });
}

// With ATTUNE_TEST_SHOTS set to a folder, saves what the test looks at, to look at it by eye.
void shoot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ATTUNE_TEST_SHOTS");
    if (folder.isEmpty())
        return;
    for (int spin = 0; spin < 20; ++spin) // let the layouts settle, as a user would see them
        QCoreApplication::processEvents();
    widget->grab().save(folder + u'/' + name + QStringLiteral(".png"));
}

QList<Session> sessionsOf(PracticeStore &store, qint64 coupleId)
{
    return *store.sessions(coupleId);
}

// How many audit rows say the appointment was edited: every change of how it ended, undo and redo too.
int appointmentEdits(PracticeStore &store, const QString &uuid)
{
    const auto trail = store.auditTrail(); // named: a range-for over *temporary would dangle
    int edits = 0;
    for (const AuditEntry &e : *trail)
        edits += e.recordType == QStringLiteral("appointment") && e.recordUuid == uuid &&
                 e.action == QStringLiteral("edit");
    return edits;
}

} // namespace

class SafetyFlagTest : public QObject
{
    Q_OBJECT

private slots:
    void abuseOngoingFlagsAndGatesJointSessions()
    {
        DemoPractice demo;
        MainWindow *window = demo.openWindow();
        PracticeStore &store = window->store();
        const qint64 id = coupleNamed(store, QStringLiteral("Hannah Sato"));
        QVERIFY(id > 0);
        const Couple couple = *store.couple(id);
        QCOMPARE(couple.safety.outcome, SafetyOutcome::Contraindicated);
        QCOMPARE(couple.safetyHistory.size(), 1); // the intake screen, kept
        QCOMPARE(couple.safetyHistory.first().outcome, SafetyOutcome::NoConcerns);

        // The couple list's row carries the red flag, in words for a screen reader too.
        QAbstractItemModel *list = window->couplesPane()->listView()->model();
        QModelIndex row;
        for (int r = 0; r < list->rowCount(); ++r)
            if (list->index(r, 0).data(IdRole).toLongLong() == id)
                row = list->index(r, 0);
        QVERIFY(row.isValid());
        QCOMPARE(row.data(SafetyConcernRole).toString(), QStringLiteral("abuse_ongoing"));
        QVERIFY(row.data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("abuse ongoing")));
        // John and Mary were re-screened within the period: no flag.
        const qint64 john = coupleNamed(store, QStringLiteral("John & Mary"));
        QCOMPARE(store.coupleSummary(john)->safety, SafetyConcern::None);
        // The Today page's standings say the same.
        bool standingFlagged = false;
        const QList<CoupleStanding> standings = *store.coupleStandings();
        for (const CoupleStanding &s : standings)
            if (s.coupleId == id)
                standingFlagged = s.safety == SafetyConcern::AbuseOngoing;
        QVERIFY(standingFlagged);

        // The brief in the Overview shows it red, not in the yellow of "monitor".
        window->openCoupleOverview(id);
        QLabel *safety = window->brief()->safetyLabel();
        QVERIFY(!safety->isHidden());
        QVERIFY(safety->property("redFlag").toBool());
        QVERIFY2(safety->text().contains(QStringLiteral("contraindicated")), qPrintable(safety->text()));
        shoot(window, QStringLiteral("safety-overview"));

        // Session → New Session: the gate asks, and an individual session with the first partner is the
        // default.
        window->showWorkspacePage();
        window->workspace()->setCurrentWidget(window->sessionsTab());
        const int before = int(sessionsOf(store, id).size());
        bool asked = false;
        whenGateOpens(
            [](SafetyGateDialog *gate) {
                QVERIFY(gate->individualButton(0)->isChecked());
                QVERIFY(gate->findChild<QLabel *>(QStringLiteral("safetyGateReason"))
                            ->text()
                            .contains(QStringLiteral("contraindicated")));
                QTest::mouseClick(gate->createButton(), Qt::LeftButton);
            },
            &asked);
        window->sessionsTab()->newSessionAction()->trigger();
        QVERIFY(asked);
        QList<Session> now = sessionsOf(store, id);
        QCOMPARE(int(now.size()), before + 1);
        const auto newest = [&store, id] {
            QList<Session> all = sessionsOf(store, id);
            return *std::max_element(all.cbegin(), all.cend(),
                                     [](const Session &a, const Session &b) { return a.id < b.id; });
        };
        QCOMPARE(newest().attendance, Attendance::PartnerAOnly);

        // Cancelling the gate creates nothing.
        asked = false;
        whenGateOpens([](SafetyGateDialog *gate) { gate->reject(); }, &asked);
        window->sessionsTab()->newSessionAction()->trigger();
        QVERIFY(asked);
        QCOMPARE(int(sessionsOf(store, id).size()), before + 1);

        // A joint session needs the confirmation that names the contraindication, and leaves it on record.
        asked = false;
        whenGateOpens(
            [](SafetyGateDialog *gate) {
                gate->jointButton()->click();
                shoot(gate, QStringLiteral("safety-gate"));
                QVERIFY(!gate->createButton()->isEnabled()); // not without the confirmation
                QVERIFY(gate->confirmation()->isEnabled());
                QVERIFY2(gate->confirmation()->text().contains(QStringLiteral("abuse ongoing")),
                         qPrintable(gate->confirmation()->text()));
                gate->confirmation()->click();
                QVERIFY(gate->createButton()->isEnabled());
                QTest::mouseClick(gate->createButton(), Qt::LeftButton);
            },
            &asked);
        window->sessionsTab()->newSessionAction()->trigger();
        QVERIFY(asked);
        const Session joint = newest();
        QCOMPARE(joint.attendance, Attendance::Both);
        QStringList overrides;
        const QList<AuditEntry> trail = *store.auditTrail();
        for (const AuditEntry &e : trail)
            if (e.action == QStringLiteral("safety_override"))
                overrides << QStringLiteral("%1 %2 %3").arg(e.recordUuid, e.coupleUuid, e.summary);
        QCOMPARE(
            overrides,
            QStringList{
                QStringLiteral("%1 %2 joint session despite ongoing abuse").arg(joint.uuid, couple.uuid)});
    }

    void screenedCoupleGetsNoGate()
    {
        DemoPractice demo;
        MainWindow *window = demo.openWindow();
        PracticeStore &store = window->store();
        const qint64 john = coupleNamed(store, QStringLiteral("John & Mary"));
        window->openCoupleOverview(john);
        QVERIFY(window->brief()->safetyLabel()->isHidden());
        shoot(window, QStringLiteral("safety-none"));
        window->showWorkspacePage();
        window->workspace()->setCurrentWidget(window->sessionsTab());
        const int before = int(sessionsOf(store, john).size());
        window->sessionsTab()->newSessionAction()->trigger(); // no dialog: it would block here
        QCOMPARE(int(sessionsOf(store, john).size()), before + 1);
    }

    void oldScreenTurnsRedAfterThePeriod()
    {
        TestPractice practice;
        PracticeStore &store = practice.store();
        Couple c = makeCouple();
        c.safety = {SafetyOutcome::NoConcerns, store.today().addMonths(-7), {}};
        const qint64 id = *store.createCouple(c);
        QCOMPARE(store.coupleSummary(id)->safety, SafetyConcern::Overdue); // default: 6 months
        QSignalSpy changed(&store, &PracticeStore::safetyPolicyChanged);
        QVERIFY(store.setRescreenMonths(12));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.coupleSummary(id)->safety, SafetyConcern::None);
        QVERIFY(!store.setRescreenMonths(0)); // a clear refusal, nothing stored
        QCOMPARE(*store.rescreenMonths(), 12);
        c = *store.couple(id);
        c.safety.outcome = SafetyOutcome::Monitor;
        QVERIFY(store.updateCouple(c));
        QCOMPARE(store.coupleSummary(id)->safety, SafetyConcern::Monitor); // yellow, not red
        c.safety = {};
        QVERIFY(store.updateCouple(c));
        QCOMPARE(store.coupleSummary(id)->safety, SafetyConcern::NotScreened);
    }

    void rescreeningKeepsTheHistory()
    {
        DemoPractice demo;
        MainWindow *window = demo.openWindow();
        PracticeStore &store = window->store();
        // Give a couple a screen past the period, then open it in the Overview.
        const qint64 id = coupleNamed(store, QStringLiteral("José"));
        Couple c = *store.couple(id);
        c.safetyHistory.clear();
        c.safety = {SafetyOutcome::NoConcerns, store.today().addMonths(-8), QStringLiteral("At intake.")};
        QVERIFY(store.updateCouple(c));
        window->openCoupleOverview(id);
        CoupleForm *form = window->overviewTab()->form();
        QVERIFY(form->safetyWarning()->isVisible()); // past the period: re-screen
        QVERIFY(window->brief()->safetyLabel()->property("redFlag").toBool());
        QVERIFY(form->rescreenButton()->isEnabled());
        QTest::mouseClick(form->rescreenButton(), Qt::LeftButton);
        QVERIFY(window->flushAllEdits());
        Couple stored = *store.couple(id);
        QCOMPARE(stored.safety.date, store.today());
        QCOMPARE(stored.safetyHistory.size(), 1);
        QCOMPARE(stored.safetyHistory.first().notes, QStringLiteral("At intake."));
        QCOMPARE(store.coupleSummary(id)->safety, SafetyConcern::None);
        QTRY_VERIFY(!form->safetyHistoryLabel()->isHidden());
        QVERIFY(form->safetyHistoryLabel()->text().contains(QStringLiteral("At intake.")));
        // Undo takes the new screen back and the old one out of the history, through the one path.
        window->undo();
        stored = *store.couple(id);
        QCOMPARE(stored.safety.date, store.today().addMonths(-8));
        QVERIFY(stored.safetyHistory.isEmpty());
    }

    // The calendar on the Today page: John and Mary's weekly series (one week skipped, one moved) is there,
    // and Attended turns today's meeting into today's session in one click.
    void weeklySeriesTurnsIntoSessionInOneClick()
    {
        DemoPractice demo;
        MainWindow *window = demo.openWindow();
        PracticeStore &store = window->store();
        const qint64 john = coupleNamed(store, QStringLiteral("John & Mary"));
        const QList<Appointment> series = *store.appointments(john);
        QCOMPARE(series.size(), 7); // eight weeks, one skipped
        const Appointment today = series.first();
        QCOMPARE(today.startsAt.toLocalTime().date(), store.today());
        QCOMPARE(series.at(2).startsAt.toLocalTime().date(), store.today().addDays(21)); // week 3 skipped
        QCOMPARE(series.at(3).startsAt.toLocalTime().date(), store.today().addDays(29)); // week 5 moved

        window->showPracticePage();
        AgendaView *agenda = window->practicePage()->agenda();
        QVERIFY(agenda->selectAppointment(today.id));
        QVERIFY(agenda->attendButton()->isEnabled());
        shoot(window, QStringLiteral("safety-today"));
        const int before = int(sessionsOf(store, john).size());
        QTest::mouseClick(agenda->attendButton(), Qt::LeftButton);
        QTRY_COMPARE(int(sessionsOf(store, john).size()), before + 1);
        const Appointment attended = *store.appointmentById(today.id);
        QCOMPARE(attended.status, AppointmentStatus::Attended);
        const Session session = *store.session(attended.sessionId);
        QCOMPARE(session.date, store.today());
        QCOMPARE(session.startTime, today.startsAt.toLocalTime().time());
        QCOMPARE(session.durationMinutes, today.durationMinutes);
        QCOMPARE(window->workspace()->currentWidget(), window->sessionsTab());
        QCOMPARE(window->sessionsTab()->currentSessionId(), session.id);
        // One edit like any other: Edit → Undo takes the session and the "attended" back together, and
        // redo brings both again; the audit trail has every step.
        const int editsBefore = appointmentEdits(store, today.uuid);
        QCOMPARE(window->editor().undoStack().undoText(), QStringLiteral("Attended: start the session"));
        window->undo();
        QCOMPARE(int(sessionsOf(store, john).size()), before);
        QCOMPARE(store.appointmentById(today.id)->status, AppointmentStatus::Booked);
        QCOMPARE(store.appointmentById(today.id)->sessionId, 0);
        window->redo();
        QCOMPARE(int(sessionsOf(store, john).size()), before + 1);
        QCOMPARE(store.appointmentById(today.id)->status, AppointmentStatus::Attended);
        QCOMPARE(store.appointmentById(today.id)->sessionId, session.id);
        QCOMPARE(appointmentEdits(store, today.uuid), editsBefore + 2);

        // Next week's meeting cannot be attended yet, but it can be cancelled late, and the brief counts it.
        window->showPracticePage();
        QVERIFY(agenda->selectAppointment(series.at(1).id));
        QVERIFY(!agenda->attendButton()->isEnabled());
        QVERIFY(agenda->endingButton()->isEnabled());
        QAction *late = nullptr;
        for (QAction *a : agenda->endingButton()->menu()->actions())
            if (a->data().toString() == QStringLiteral("late_cancelled"))
                late = a;
        QVERIFY(late);
        const int lateEdits = appointmentEdits(store, series.at(1).uuid);
        late->trigger();
        QCOMPARE(store.appointmentById(series.at(1).id)->status, AppointmentStatus::LateCancelled);
        QCOMPARE(appointmentEdits(store, series.at(1).uuid), lateEdits + 1);
        // Marked on the Today page, undone from the Edit menu like every other edit.
        QCOMPARE(window->editor().undoStack().undoText(), QStringLiteral("Mark appointment late-cancelled"));
        window->undo();
        QCOMPARE(store.appointmentById(series.at(1).id)->status, AppointmentStatus::Booked);
        QTRY_VERIFY(agenda->selectAppointment(series.at(1).id) && agenda->endingButton()->isEnabled());
        window->redo();
        QCOMPARE(store.appointmentById(series.at(1).id)->status, AppointmentStatus::LateCancelled);
        QCOMPARE(appointmentEdits(store, series.at(1).uuid), lateEdits + 3);
        window->openCoupleOverview(john);
        QTRY_VERIFY(window->brief()
                        ->findChild<QLabel *>(QStringLiteral("briefLastSession"))
                        ->text()
                        .contains(QStringLiteral("1 attended, 0 cancelled, 1 late-cancelled, 0 no-show")));
    }

    // The progress report carries the flag line in red words, and how the appointments ended.
    void reportCarriesTheFlagAndTheCounts()
    {
        DemoPractice demo;
        auto store =
            PracticeStore::open(demo.path(), PracticeStore::OpenMode::OpenExisting, fixedClock(fixedNow()));
        QVERIFY(store);
        const qint64 id = coupleNamed(**store, QStringLiteral("Hannah Sato"));
        ReportOptions options;
        const auto content = loadReportContent(**store, id, options);
        QVERIFY2(content, qPrintable(content.error()));
        QCOMPARE(content->safety, SafetyConcern::AbuseOngoing);
        QVERIFY(content->hasAppointments);
        const QString pdf = demo.dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(writeReportPdf(*content, pdf));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(words.contains(QStringLiteral(
                     "Safety: abuse ongoing. Abuse ongoing: EFT couples therapy is contraindicated")),
                 qPrintable(words.left(2000)));
        QVERIFY(words.contains(QStringLiteral("0 attended, 0 cancelled, 0 late-cancelled, 0 no-show")));
    }

    void preferencesSetThePeriod()
    {
        TestPractice practice;
        PreferencesDialog dialog(Preferences{}, practice.path(), nullptr, &practice.store());
        QVERIFY(dialog.rescreenMonthsBox());
        QCOMPARE(dialog.rescreenMonthsBox()->value(), kDefaultRescreenMonths);
        dialog.rescreenMonthsBox()->setValue(3);
        dialog.accept();
        QCOMPARE(*practice.store().rescreenMonths(), 3);
    }
};

QTEST_MAIN(SafetyFlagTest)
#include "tst_safetyflag.moc"
