// The Sessions tab driven like a user: a new session is typed into (note, markers, ratings, totals,
// homework, interventions) and every value is found after reopening the practice; undo and redo through
// the one undo stack bring text and markers back into the editor; "Start from last session" carries over
// what it promises and nothing else; archiving is undoable and the archived view restores.
#include "SessionTestSupport.h"
#include "TestPractice.h"

#include "commands/PracticeEditor.h"
#include "items/Roles.h"
#include "items/SessionsModel.h"
#include "session/SessionEditor.h"
#include "session/SessionsTab.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace attune;
using namespace attune::test;

class TestSessionsTab : public QObject
{
    Q_OBJECT
private:
    // A practice with one couple, an editor and a shown tab for it.
    struct Fixture
    {
        TestPractice practice;
        qint64 coupleId = 0;
        std::unique_ptr<PracticeEditor> editor;
        std::unique_ptr<SessionsTab> tab;

        Fixture()
        {
            // Screened recently: a couple without a screen carries the red flag, and New Session asks first
            // (tst_safetyflag covers that).
            Couple couple = makeCouple(QStringLiteral("Ana"), QStringLiteral("Ben"));
            couple.safety = {SafetyOutcome::NoConcerns, fixedNow().date().addDays(-30), {}};
            coupleId = *practice.store().createCouple(couple);
            open();
        }
        void open()
        {
            editor = std::make_unique<PracticeEditor>(practice.store());
            tab = std::make_unique<SessionsTab>(*editor);
            tab->resize(1400, 860);
            tab->show();
            tab->setCouple(coupleId);
        }
        void close()
        {
            QVERIFY(tab->flushPendingEdits().isOk());
            tab.reset();
            editor.reset();
        }
        template<typename T> T *field(const QString &name)
        {
            T *w = widgetNamed<T>(tab.get(), name);
            if (!w)
                qFatal("no widget named %s", qPrintable(name));
            return w;
        }
        Session stored(qint64 id) { return *practice.store().session(id); }
    };

    static void waitForSave(Fixture &f)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!f.tab->editor()->hasPendingEdits(), 1500);
    }

private slots:
    void everyValueSurvivesReopening()
    {
        Fixture f;
        QVERIFY(f.tab->newSessionAction()->isEnabled());
        f.tab->newSessionAction()->trigger();
        const qint64 id = f.tab->currentSessionId();
        QVERIFY(id > 0);
        QCOMPARE(f.tab->sessionTable()->model()->rowCount(), 1);

        const QString note = QStringLiteral("Ana: «me sentí dolida» — he said \"I'm not enough\" 😢 עברית");
        typeText(f.field<QPlainTextEdit>(QStringLiteral("Session note")), note);
        typeText(f.field<QPlainTextEdit>(QStringLiteral("Focus")), QStringLiteral("Slowing the cycle"));
        QTest::mouseClick(f.field<QCheckBox>(QStringLiteral("Intervention: Heightening")), Qt::LeftButton);

        auto *level = f.field<QComboBox>(QStringLiteral("Withdrawer re-engagement level"));
        QTest::keyClick(level, Qt::Key_Down);
        QTest::keyClick(level, Qt::Key_Down); // Partial
        typeText(f.field<QLineEdit>(QStringLiteral("Withdrawer re-engagement anchor quote")),
                 QStringLiteral("I want to be here with you"));

        auto *rated = f.field<QCheckBox>(QStringLiteral("Ben rated this session"));
        QTest::mouseClick(rated, Qt::LeftButton);
        QVERIFY(rated->isChecked());
        retype(f.field<QSpinBox>(QStringLiteral("Ben: Openness and a meta-perspective")),
               QStringLiteral("7"));
        retype(f.field<QDoubleSpinBox>(QStringLiteral("Ana: RDAS total")), QStringLiteral("44"));

        typeText(f.field<QLineEdit>(QStringLiteral("New homework")), QStringLiteral("Notice the cycle"));
        QTest::keyClick(f.field<QLineEdit>(QStringLiteral("New homework")), Qt::Key_Return);
        waitForSave(f);

        f.close();
        f.practice.reopen();
        const Session s = f.stored(id);
        QCOMPARE(s.note.text, note);
        QCOMPARE(s.note.focus, QStringLiteral("Slowing the cycle"));
        QCOMPARE(s.note.interventions, QStringList{QStringLiteral("heightening")});
        const ChangeEvent &e = s.event(ChangeEventKind::WithdrawerReengagement);
        QCOMPARE(e.level, EventLevel::Partial);
        QCOMPARE(e.partner, 1); // Ben is the withdrawer, so he is proposed
        QCOMPARE(e.anchor, QStringLiteral("I want to be here with you"));
        QCOMPARE(s.bondRatings.size(), 1);
        QCOMPARE(s.bondRatings[0].partner, 1);
        QCOMPARE(s.bondRatings[0].signs[indexOf(BondSign::Openness)], 7);
        QCOMPARE(s.outcomes.size(), 1);
        QCOMPARE(s.outcomes[0].partner, 0);
        QCOMPARE(s.outcomes[0].instrument, Instrument::Rdas);
        QCOMPARE(s.outcomes[0].total, 44.0);
        QCOMPARE(s.homework.size(), 1);
        QCOMPARE(s.homework[0].text, QStringLiteral("Notice the cycle"));
        QCOMPARE(s.date, f.practice.store().today());
        QCOMPARE(s.durationMinutes, 50);

        // And the editor shows them again.
        f.open();
        f.tab->openSession(id);
        QCOMPARE(f.field<QPlainTextEdit>(QStringLiteral("Session note"))->toPlainText(), note);
        QCOMPARE(f.field<QComboBox>(QStringLiteral("Withdrawer re-engagement level"))->currentIndex(), 2);
        QVERIFY(f.field<QCheckBox>(QStringLiteral("Ben rated this session"))->isChecked());
        QVERIFY(!f.field<QCheckBox>(QStringLiteral("Ana rated this session"))->isChecked());
    }

    void undoAndRedoReachTheEditor()
    {
        Fixture f;
        f.tab->newSessionAction()->trigger();
        const qint64 id = f.tab->currentSessionId();
        auto *note = f.field<QPlainTextEdit>(QStringLiteral("Session note"));
        auto *level = f.field<QComboBox>(QStringLiteral("Blamer softening level"));
        typeText(note, QStringLiteral("He softened"));
        waitForSave(f);
        QTest::keyClick(level, Qt::Key_Down); // Emerging
        waitForSave(f);
        QCOMPARE(f.stored(id).event(ChangeEventKind::BlamerSoftening).level, EventLevel::Emerging);

        QUndoStack &undo = f.editor->undoStack();
        undo.undo(); // the marker
        QCOMPARE(level->currentIndex(), 0);
        QCOMPARE(note->toPlainText(), QStringLiteral("He softened"));
        undo.undo(); // the typing, in one step
        QCOMPARE(note->toPlainText(), QString());
        QCOMPARE(f.stored(id).note.text, QString());
        undo.redo();
        QCOMPARE(note->toPlainText(), QStringLiteral("He softened"));
        undo.redo();
        QCOMPARE(level->currentIndex(), 1);
        QCOMPARE(f.stored(id).event(ChangeEventKind::BlamerSoftening).level, EventLevel::Emerging);
        QVERIFY(!f.tab->editor()->hasPendingEdits()); // showing the undo was not taken for an edit
    }

    void startFromLastCarriesOver()
    {
        Fixture f;
        Session last = makeSession(f.coupleId, fixedNow().date().addDays(-7));
        last.stage = 2;
        last.step = 5;
        last.format = SessionFormat::Video;
        last.attendance = Attendance::PartnerAOnly;
        last.startTime = QTime(17, 30);
        last.note.plan = QStringLiteral("Ana's fear of being left");
        last.note.text = QStringLiteral("not carried");
        last.events[0].level = EventLevel::Emerging;
        last.homework = {{QString(), QStringLiteral("Done already"), true},
                         {QString(), QStringLiteral("Open one"), false}};
        const qint64 lastId = *f.editor->createSession(last);
        const QString openUuid = f.stored(lastId).homework[1].uuid;

        f.tab->setDefaultLengthMinutes(45);
        f.tab->startFromLastAction()->trigger();
        const qint64 id = f.tab->currentSessionId();
        QVERIFY(id != lastId);
        const Session s = f.stored(id);
        QCOMPARE(s.date, f.practice.store().today());
        QCOMPARE(s.durationMinutes, 45);
        QCOMPARE(s.stage, 2);
        QCOMPARE(s.step, 5);
        QCOMPARE(s.format, SessionFormat::Video);
        QCOMPARE(s.attendance, Attendance::PartnerAOnly);
        QCOMPARE(s.startTime, QTime(17, 30));
        QCOMPARE(s.note.focus, QStringLiteral("Ana's fear of being left"));
        QCOMPARE(s.note.text, QString());
        QCOMPARE(s.event(ChangeEventKind::WithdrawerReengagement).level, EventLevel::None);
        QCOMPARE(s.homework.size(), 1);
        QCOMPARE(s.homework[0].text, QStringLiteral("Open one"));
        QVERIFY(!s.homework[0].done);
        QVERIFY(s.homework[0].uuid != openUuid); // a new item; the old one stays with its session
        QCOMPARE(f.field<QPlainTextEdit>(QStringLiteral("Focus"))->toPlainText(),
                 QStringLiteral("Ana's fear of being left"));

        // A plain new session takes only the stage and step.
        f.tab->newSessionAction()->trigger();
        const Session plain = f.stored(f.tab->currentSessionId());
        QCOMPARE(plain.step, 5);
        QCOMPARE(plain.format, SessionFormat::InPerson);
        QVERIFY(plain.homework.isEmpty());
        QVERIFY(plain.note.focus.isEmpty());
        // Newest first: both of today's sessions sit above last week's.
        QCOMPARE(f.tab->sessionTable()->model()->rowCount(), 3);
        QCOMPARE(f.tab->sessionTable()->model()->index(2, 0).data(IdRole).toLongLong(), lastId);
    }

    void archiveAndRestore()
    {
        Fixture f;
        const qint64 id = *f.editor->createSession(makeSession(f.coupleId, fixedNow().date().addDays(-3)));
        f.tab->openSession(id);
        QCOMPARE(f.tab->currentSessionId(), id);
        QVERIFY(f.tab->archiveSessionAction()->isEnabled());
        f.tab->archiveSessionAction()->trigger();
        QVERIFY(f.stored(id).archived);
        QCOMPARE(f.tab->sessionTable()->model()->rowCount(), 0);
        QCOMPARE(f.tab->currentSessionId(), 0);

        f.editor->undoStack().undo();
        QVERIFY(!f.stored(id).archived);
        QCOMPARE(f.tab->sessionTable()->model()->rowCount(), 1);
        f.editor->undoStack().redo();
        QVERIFY(f.stored(id).archived);

        auto *toggle = f.field<QCheckBox>(QStringLiteral("Show archived sessions"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(f.tab->sessionTable()->model()->rowCount(), 1);
        QCOMPARE(f.tab->currentSessionId(), id);
        QVERIFY(f.tab->editor()->isReadOnly()); // an archived session is restored before it is edited
        QCOMPARE(f.tab->archiveSessionAction()->text().remove(u'&'), QStringLiteral("Restore Session"));
        f.tab->archiveSessionAction()->trigger();
        QVERIFY(!f.stored(id).archived);

        // openSession of an archived one switches the view to the archive.
        QVERIFY(f.editor->setSessionArchived(id, true).isOk());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!toggle->isChecked());
        f.tab->openSession(id);
        QVERIFY(toggle->isChecked());
        QCOMPARE(f.tab->currentSessionId(), id);
    }
};

QTEST_MAIN(TestSessionsTab)
#include "tst_sessionstab.moc"
