// Issue 14: an appointment marked on the Today page after another program moved or marked it is not
// stored over that change: the page shows both versions (WriteConflictDialog, as the session editor
// does) and stores the therapist's choice.
#include "ConflictAnswer.h"
#include "TestPractice.h"

#include "WriteConflictDialog.h"
#include "commands/PracticeEditor.h"
#include "practice/AgendaView.h"
#include "practice/PracticePage.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace attune;
using namespace attune::test;

class TestAgendaConflict : public QObject
{
    Q_OBJECT

private slots:
    void anEndingMarkedOverAnotherProgramsChangeAsks_data()
    {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("keep mine") << true;
        QTest::newRow("take the stored version") << false;
    }

    void anEndingMarkedOverAnotherProgramsChangeAsks()
    {
        QFETCH(bool, keepMine);
        TestPractice practice;
        QTemporaryDir settingsDir;
        QSettings settings(settingsDir.filePath(QStringLiteral("attune.ini")), QSettings::IniFormat);
        PracticeStore &store = practice.store();
        const auto couple = store.createCouple(makeCouple());
        QVERIFY2(couple, qPrintable(couple.error()));
        Appointment booked;
        booked.coupleId = *couple;
        booked.startsAt = fixedNow().addDays(1);
        const auto ids = store.bookAppointments({booked});
        QVERIFY2(ids, qPrintable(ids.error()));

        PracticeEditor editor(store);
        PracticePage page(editor, settings);
        page.resize(1000, 700);
        page.show();
        page.refresh();
        const Appointment shown = *store.appointmentById(ids->first()); // what the agenda holds

        // Another program (a second Attune that held no lock) moves it an hour later meanwhile.
        auto other = PracticeStore::open(practice.path(), PracticeStore::OpenMode::OpenExisting, fixedNow);
        QVERIFY2(other, qPrintable(other.error()));
        Appointment moved = *(*other)->appointmentById(shown.id);
        moved.startsAt = moved.startsAt.addSecs(3600);
        QVERIFY((*other)->updateAppointment(moved));

        ConflictAnswer answer(keepMine ? WriteConflictDialog::KeepMine : WriteConflictDialog::TakeTheirs);
        emit page.agenda()->endingChosen(shown, AppointmentStatus::NoShow);
        QTRY_VERIFY_WITH_TIMEOUT(answer.asked(), 10000);
        const Appointment stored = *store.appointmentById(shown.id);
        if (keepMine) {
            QCOMPARE(stored.status, AppointmentStatus::NoShow);
            QCOMPARE(stored.startsAt, shown.startsAt); // mine, whole: written over theirs, knowingly
        } else {
            QCOMPARE(stored.status, AppointmentStatus::Booked);
            QCOMPARE(stored.startsAt, moved.startsAt);
        }
    }
};

QTEST_MAIN(TestAgendaConflict)
#include "tst_agendaconflict.moc"
