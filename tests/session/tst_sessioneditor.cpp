// SessionEditor on its own: a write that fails (another connection holds the practice's write lock)
// keeps the text on screen and shows the banner, and the text is stored once writing works again; a date
// before intake or in the future is refused with a message and not stored; a signed session is read-only;
// a change from elsewhere does not overwrite an edit still waiting to be stored; highlighting switches off.
#include "ConflictAnswer.h"
#include "SessionTestSupport.h"
#include "TestPractice.h"

#include "../couple/WriteFailure.h"
#include "WriteConflictDialog.h"
#include "commands/PracticeEditor.h"
#include "commands/RecoveryFile.h"
#include "i18n/DateText.h"
#include "session/EmotionHighlighter.h"
#include "session/SessionEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

using namespace attune;
using namespace attune::test;

class TestSessionEditor : public QObject
{
    Q_OBJECT
private:
    struct Fixture
    {
        TestPractice practice;
        qint64 coupleId = 0;
        qint64 sessionId = 0;
        PracticeEditor editor{practice.store()};
        SessionEditor view{editor};

        explicit Fixture(const Session *prepared = nullptr)
        {
            coupleId = *practice.store().createCouple(makeCouple());
            Session s = prepared ? *prepared : makeSession(coupleId, fixedNow().date().addDays(-14));
            s.coupleId = coupleId;
            sessionId = *practice.store().createSession(s);
            view.resize(1000, 860);
            view.show();
            if (!view.showSession(sessionId))
                qFatal("cannot show the session");
        }
        template<typename T> T *field(const QString &name)
        {
            T *w = widgetNamed<T>(&view, name);
            if (!w)
                qFatal("no widget named %s", qPrintable(name));
            return w;
        }
        Session stored() { return *practice.store().session(sessionId); }
    };

    // Another program (a second store on the file) changes the note while ours waits to be stored.
    static void changeElsewhere(Fixture &f, const QString &text)
    {
        auto other = PracticeStore::open(f.practice.path(), PracticeStore::OpenMode::OpenExisting,
                                         fixedClock(fixedNow()));
        QVERIFY(other.isOk());
        Session theirs = *(*other)->session(f.sessionId);
        theirs.note.text = text;
        QVERIFY((*other)->updateSession(theirs));
    }

private slots:
    // Issue 14, item 4: two programs on one practice. Neither text is lost without the therapist's say.
    void aConflictShowsBothTextsAndKeepsMine()
    {
        Fixture f;
        auto *note = f.field<QPlainTextEdit>(QStringLiteral("Session note"));
        typeText(note, QStringLiteral("Mine: Ben reached for Ana."));
        changeElsewhere(f, QStringLiteral("Theirs: written in the other window."));
        ConflictAnswer answer(WriteConflictDialog::KeepMine);
        f.view.flushPendingEdits(); // meets the change: refused, then the dialog
        QTRY_COMPARE(f.stored().note.text, QStringLiteral("Mine: Ben reached for Ana."));
        QVERIFY(answer.asked());
        QVERIFY2(answer.mine().contains(QStringLiteral("Mine: Ben reached for Ana.")),
                 qPrintable(answer.mine()));
        QVERIFY2(answer.theirs().contains(QStringLiteral("Theirs: written in the other window.")),
                 qPrintable(answer.theirs()));
        QVERIFY(!f.view.hasPendingEdits());
    }

    void aConflictCanTakeTheStoredVersion()
    {
        Fixture f;
        auto *note = f.field<QPlainTextEdit>(QStringLiteral("Session note"));
        typeText(note, QStringLiteral("Mine, to be dropped."));
        changeElsewhere(f, QStringLiteral("Theirs, to be kept."));
        ConflictAnswer answer(WriteConflictDialog::TakeTheirs);
        f.view.flushPendingEdits();
        QTRY_COMPARE(note->toPlainText(), QStringLiteral("Theirs, to be kept."));
        QCOMPARE(f.stored().note.text, QStringLiteral("Theirs, to be kept."));
        QVERIFY(!f.view.hasPendingEdits());
    }

    // Issue 14, item 5: while writes fail, what is typed is kept in the recovery file beside the practice;
    // once a write goes through, the file goes.
    void aFailingWriteKeepsTheTextInTheRecoveryFile()
    {
        Fixture f;
        QVERIFY(breakUpdates(f.practice.path(), QStringLiteral("sessions")));
        auto *note = f.field<QPlainTextEdit>(QStringLiteral("Session note"));
        typeText(note, QStringLiteral("Kept while the write fails."));
        QVERIFY(!f.view.flushPendingEdits());
        QTRY_VERIFY(!f.view.bannerText().isEmpty());
        const QString recoveryPath = RecoveryFile::pathFor(f.practice.path());
        QVERIFY(QFile::exists(recoveryPath));
        RecoveryFile reader(f.practice.store());
        const auto kept = reader.read();
        QVERIFY2(kept && kept->has_value(), qPrintable(kept.error()));
        QCOMPARE((*kept)->note.text, QStringLiteral("Kept while the write fails."));
        QVERIFY(repairUpdates(f.practice.path(), QStringLiteral("sessions")));
        QVERIFY(f.view.flushPendingEdits());
        QCOMPARE(f.stored().note.text, QStringLiteral("Kept while the write fails."));
        QVERIFY(!QFile::exists(recoveryPath));
    }

    void failedWriteKeepsTextAndRecovers()
    {
        Fixture f;
        auto other = PracticeStore::open(f.practice.path(), PracticeStore::OpenMode::OpenExisting,
                                         fixedClock(fixedNow()));
        QVERIFY(other.isOk());
        auto *note = f.field<QPlainTextEdit>(QStringLiteral("Session note"));
        const QString typed = QStringLiteral("Ben said he feels alone — «solo» 💔");
        bool bannerShown = false;
        QString textWhileFailing;
        // While the other connection holds its write transaction, every write of ours is refused (busy).
        const Status held = (*other)->transaction([&] {
            typeText(note, typed);
            for (int i = 0; i < 120 && !bannerShown; ++i) {
                QTest::qWait(100);
                bannerShown = !f.view.bannerText().isEmpty();
            }
            textWhileFailing = note->toPlainText();
            return Status::ok();
        });
        QVERIFY(held.isOk());
        QVERIFY2(bannerShown, "the failed write was not reported");
        QCOMPARE(textWhileFailing, typed);
        QVERIFY(f.view.hasPendingEdits());
        QVERIFY(f.stored().note.text.isEmpty());
        const QLabel *banner = f.field<QLabel>(QStringLiteral("Saving problem"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("stays here")));

        // The lock is gone: the retry stores the text and the banner clears.
        QTRY_VERIFY_WITH_TIMEOUT(f.view.bannerText().isEmpty(), 10000);
        QVERIFY(!banner->isVisible());
        QCOMPARE(f.stored().note.text, typed);
        QCOMPARE(note->toPlainText(), typed);
    }

    void switchingAwayIsRefusedWhileUnstored()
    {
        Fixture f;
        auto other =
            PracticeStore::open(f.practice.path(), PracticeStore::OpenMode::ReadOnly, fixedClock(fixedNow()));
        QVERIFY(other.isOk());
        // A second editor on a read-only connection can never write: the session it shows must stay.
        PracticeEditor readOnlyEditor(**other);
        SessionEditor view(readOnlyEditor);
        view.show();
        QVERIFY(view.showSession(f.sessionId).isOk());
        auto *note = widgetNamed<QPlainTextEdit>(&view, QStringLiteral("Session note"));
        QVERIFY(note);
        typeText(note, QStringLiteral("unsaved words"));
        const Status s = view.flushPendingEdits();
        QVERIFY(!s.isOk());
        QVERIFY(!view.bannerText().isEmpty());
        QVERIFY(!view.showSession(0).isOk());
        QCOMPARE(view.sessionId(), f.sessionId);
        QCOMPARE(note->toPlainText(), QStringLiteral("unsaved words"));
    }

    void invalidDatesAreRefused()
    {
        Fixture f;
        const QDate before = f.stored().date;
        auto *date = f.field<QDateEdit>(QStringLiteral("Session date"));
        auto *message = f.field<QLabel>(QStringLiteral("Date problem"));
        QVERIFY(!message->isVisible());
        date->setFocus();
        date->setCurrentSection(QDateTimeEdit::YearSection);
        QTest::keyClick(date, Qt::Key_Down); // 2025-06-01: before the intake on 2025-06-15
        QTest::keyClick(date, Qt::Key_Down); // 2024
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("intake")), qPrintable(message->text()));
        QTest::qWait(1200);
        QVERIFY(!f.view.hasPendingEdits());
        QCOMPARE(f.stored().date, before);

        date->setCurrentSection(QDateTimeEdit::YearSection); // as a user clicks back into the year
        QTest::keyClick(date, Qt::Key_Up);
        QTest::keyClick(date, Qt::Key_Up);
        QTest::keyClick(date, Qt::Key_Up); // 2027: in the future
        QVERIFY2(message->text().contains(QStringLiteral("future")),
                 qPrintable(message->text() + date->date().toString(Qt::ISODate)));
        QTest::qWait(1200);
        QCOMPARE(f.stored().date, before);

        // Other edits are still stored meanwhile, with the last good date.
        typeText(f.field<QPlainTextEdit>(QStringLiteral("Plan")), QStringLiteral("Next week: Ana's fear"));
        QTRY_VERIFY_WITH_TIMEOUT(!f.view.hasPendingEdits(), 1500);
        QCOMPARE(f.stored().note.plan, QStringLiteral("Next week: Ana's fear"));
        QCOMPARE(f.stored().date, before);

        date->setCurrentSection(QDateTimeEdit::YearSection);
        QTest::keyClick(date, Qt::Key_Down); // 2026-06-01 is fine
        QVERIFY(!message->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!f.view.hasPendingEdits(), 1500);
        QCOMPARE(f.stored().date, QDate(2026, 6, 1));
    }

    void signedSessionIsReadOnly()
    {
        Session s = makeSession(0, fixedNow().date().addDays(-2));
        s.note.text = QStringLiteral("Signed words");
        s.signedAt = fixedNow().addDays(-1);
        s.signedBy = QStringLiteral("Dr. Núñez");
        Fixture f(&s);
        QVERIFY(f.view.isReadOnly());
        auto *note = f.field<QPlainTextEdit>(QStringLiteral("Session note"));
        QVERIFY(note->isReadOnly());
        const QLabel *status = f.field<QLabel>(QStringLiteral("Session status"));
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().startsWith(QStringLiteral("Signed by Dr. Núñez on ")),
                 qPrintable(status->text()));
        typeText(note, QStringLiteral(" more"));
        QCOMPARE(note->toPlainText(), QStringLiteral("Signed words"));
        QVERIFY(!f.view.hasPendingEdits());
        QVERIFY(f.field<QDateEdit>(QStringLiteral("Session date"))->isReadOnly());
    }

    void changeFromElsewhereDoesNotOverwritePendingEdit()
    {
        Fixture f;
        auto *note = f.field<QPlainTextEdit>(QStringLiteral("Session note"));
        auto *plan = f.field<QPlainTextEdit>(QStringLiteral("Plan"));
        typeText(note, QStringLiteral("typed here"));
        QVERIFY(f.view.hasPendingEdits());
        Session elsewhere = f.stored();
        elsewhere.note.plan = QStringLiteral("from elsewhere");
        QVERIFY(f.editor.updateSession(elsewhere).isOk());
        QCOMPARE(note->toPlainText(), QStringLiteral("typed here"));
        QTRY_VERIFY_WITH_TIMEOUT(!f.view.hasPendingEdits(), 1500);
        QCOMPARE(f.stored().note.text, QStringLiteral("typed here"));

        // Without a pending edit, a change from elsewhere is shown, and the cursor stays where it was.
        note->moveCursor(QTextCursor::Start);
        note->moveCursor(QTextCursor::Right);
        note->moveCursor(QTextCursor::Right);
        elsewhere = f.stored();
        elsewhere.note.plan = QStringLiteral("second plan");
        QVERIFY(f.editor.updateSession(elsewhere).isOk());
        QCOMPARE(plan->toPlainText(), QStringLiteral("second plan"));
        QCOMPARE(note->textCursor().position(), 2);
        QVERIFY(!f.view.hasPendingEdits());
    }

    // Two pursuers have no withdrawer to re-engage: the editor offers softening only, unless an older
    // session already carries a re-engagement marker, which stays visible to be read and cleared.
    void changeEventsFollowTheCouplesPattern()
    {
        TestPractice practice;
        Couple couple = makeCouple();
        couple.pattern = CyclePattern::PursuePursue;
        couple.partners[0].position = couple.partners[1].position = CyclePosition::Pursuer;
        const auto coupleId = practice.store().createCouple(couple);
        QVERIFY2(coupleId, qPrintable(coupleId.error()));
        const auto plain =
            practice.store().createSession(makeSession(*coupleId, fixedNow().date().addDays(-14)));
        Session marked = makeSession(*coupleId, fixedNow().date().addDays(-7));
        marked.event(ChangeEventKind::WithdrawerReengagement).level = EventLevel::Emerging;
        marked.event(ChangeEventKind::WithdrawerReengagement).partner = 0;
        const auto legacy = practice.store().createSession(marked);
        QVERIFY(plain && legacy);

        PracticeEditor editor{practice.store()};
        SessionEditor view{editor};
        view.resize(1000, 860);
        view.show();
        const QString reengagement = displayName(ChangeEventKind::WithdrawerReengagement);
        const QString softening = displayName(ChangeEventKind::BlamerSoftening);
        QVERIFY(view.showSession(*plain));
        auto *reLevel = widgetNamed<QComboBox>(&view, QStringLiteral("%1 level").arg(reengagement));
        auto *softLevel = widgetNamed<QComboBox>(&view, QStringLiteral("%1 level").arg(softening));
        QVERIFY(reLevel && softLevel);
        QVERIFY(!reLevel->isVisibleTo(&view));
        QVERIFY(softLevel->isVisibleTo(&view));
        QVERIFY(view.showSession(*legacy));
        QVERIFY(reLevel->isVisibleTo(&view));
        QCOMPARE(reLevel->currentData().toString(), toKey(EventLevel::Emerging));
    }

    // Totals are whole numbers and show as such ("9", not "9.0"); a fractional one from an import keeps
    // its decimal rather than being rounded. Dates show with a four-digit year, as in every date field.
    void totalsAndDatesShowAsWritten()
    {
        Session s = makeSession(0, fixedNow().date().addDays(-14));
        s.outcomes = {{0, Instrument::Csi4, 9, {}}, {1, Instrument::Csi4, 12.5, {}}};
        Fixture f(&s);
        const Couple couple = *f.practice.store().couple(f.coupleId);
        auto *first = widgetNamed<QDoubleSpinBox>(
            &f.view,
            QStringLiteral("%1: %2 total").arg(couple.partners[0].name, displayName(Instrument::Csi4)));
        auto *second = widgetNamed<QDoubleSpinBox>(
            &f.view,
            QStringLiteral("%1: %2 total").arg(couple.partners[1].name, displayName(Instrument::Csi4)));
        QVERIFY(first && second);
        QCOMPARE(first->text(), QLocale().toString(9));
        QCOMPARE(second->value(), 12.5);
        auto *date = f.view.findChild<QDateEdit *>();
        QVERIFY(date);
        QVERIFY2(date->text().contains(QString::number(s.date.year())), qPrintable(date->text()));
        QCOMPARE(shortDate(s.date), date->text());
    }

    void highlightingCanBeSwitchedOff()
    {
        Fixture f;
        auto *note = f.field<QPlainTextEdit>(QStringLiteral("Session note"));
        typeText(note, QStringLiteral("hurt then angry"));
        auto formats = [&] { return note->document()->firstBlock().layout()->formats(); };
        QCOMPARE(formats().size(), 2);
        QCOMPARE(formats()[0].format.background(), EmotionHighlighter::primaryFormat().background());
        QCOMPARE(formats()[1].format.background(), EmotionHighlighter::secondaryFormat().background());
        f.view.setHighlightingEnabled(false);
        QVERIFY(formats().isEmpty());
        f.view.setHighlightingEnabled(true);
        QCOMPARE(formats().size(), 2);
    }
};

QTEST_MAIN(TestSessionEditor)
#include "tst_sessioneditor.moc"
