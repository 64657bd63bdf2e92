// GUI tests for the Overview tab: edits typed into the real form are stored within a second with no
// Save button, undo and redo bring the form back, a failed write keeps the text and shows a banner and
// is stored once writing works again, changes made elsewhere reload the form unless an edit is pending,
// and invalid edits are explained inline and never stored.
// Failing writes come from WriteFailure.h: a trigger added from a second connection aborts updates.
#include "TestPractice.h"
#include "TypeText.h"
#include "WriteFailure.h"

#include "commands/PracticeEditor.h"
#include "couple/ContactFields.h"
#include "couple/CoupleForm.h"
#include "couple/OverviewTab.h"
#include "couple/PartnerFields.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QVBoxLayout>

using namespace attune;
using namespace attune::test;

class TestOverviewTab : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void showsTheCoupleAndLeavesRoomForTheBrief();
    void typingIsStoredWithinASecondAsOneUndoStep();
    void undoAndRedoRestoreTheForm();
    void choicesAreStoredAndTheSafetyWarningFollows();
    void aFailedWriteKeepsTheTextAndIsStoredLater();
    void changesElsewhereReloadUnlessAnEditIsPending();
    void invalidEditsAreExplainedAndNotStored();
    void contactDetailsAreCheckedStoredAndUndone();
    void flushStoresAtOnce();
    void theSummaryFollowsTheSessions();

private:
    Couple stored() const { return *m_practice->store().couple(m_coupleId); }

    std::unique_ptr<TestPractice> m_practice;
    std::unique_ptr<PracticeEditor> m_editor;
    std::unique_ptr<OverviewTab> m_tab;
    qint64 m_coupleId = 0;
};

void TestOverviewTab::init()
{
    m_practice = std::make_unique<TestPractice>();
    m_editor = std::make_unique<PracticeEditor>(m_practice->store());
    Couple couple = makeCouple(QStringLiteral("Maëlle"), QStringLiteral("Kwame"));
    couple.presentingConcerns = QStringLiteral("Distance since the baby");
    const Result<qint64> id = m_practice->store().createCouple(couple);
    QVERIFY2(id, qPrintable(id.error()));
    m_coupleId = *id;
    m_tab = std::make_unique<OverviewTab>(*m_editor);
    m_tab->resize(1100, 800);
    m_tab->setCouple(m_coupleId);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
}

void TestOverviewTab::cleanup()
{
    m_tab.reset();
    m_editor.reset();
    m_practice.reset();
}

void TestOverviewTab::showsTheCoupleAndLeavesRoomForTheBrief()
{
    CoupleForm *form = m_tab->form();
    QCOMPARE(form->partnerFields(0)->nameEdit()->text(), QStringLiteral("Maëlle"));
    QCOMPARE(form->partnerFields(1)->nameEdit()->text(), QStringLiteral("Kwame"));
    QCOMPARE(form->concernsEdit()->toPlainText(), QStringLiteral("Distance since the baby"));
    // Not screened yet: the warning is up.
    QVERIFY(form->safetyWarning()->isVisible());
    QVERIFY(form->safetyWarning()->text().contains(QStringLiteral("Not screened")));
    // A later issue inserts the brief above everything else.
    auto *brief = new QLabel(QStringLiteral("brief"));
    m_tab->briefArea()->addWidget(brief);
    QTRY_VERIFY(brief->isVisibleTo(m_tab.get())); // a layout shows widgets added to a shown parent later
    QVERIFY(brief->mapTo(m_tab.get(), QPoint()).y() <
            m_tab->summaryLabel()->mapTo(m_tab.get(), QPoint()).y());
}

void TestOverviewTab::typingIsStoredWithinASecondAsOneUndoStep()
{
    QPlainTextEdit *concerns = m_tab->form()->concernsEdit();
    concerns->setFocus();
    concerns->moveCursor(QTextCursor::End);
    const QString added = QStringLiteral("; she feels “unseen” 💬 — עברית");
    typeText(concerns, added);
    const QString expected = QStringLiteral("Distance since the baby") + added;
    QCOMPARE(concerns->toPlainText(), expected);
    QTRY_COMPARE_WITH_TIMEOUT(stored().presentingConcerns, expected, 2000);
    QCOMPARE(m_editor->undoStack().count(), 1); // the whole burst of typing is one step
    QVERIFY(!m_tab->saveBanner()->isVisible());
    // Nothing else changed.
    QCOMPARE(stored().partners[0].name, QStringLiteral("Maëlle"));
}

void TestOverviewTab::undoAndRedoRestoreTheForm()
{
    QLineEdit *pronouns = m_tab->form()->partnerFields(1)->pronounsEdit();
    typeText(pronouns, QStringLiteral("he/him"));
    QTRY_COMPARE_WITH_TIMEOUT(stored().partners[1].pronouns, QStringLiteral("he/him"), 2000);
    QComboBox *status = m_tab->form()->statusCombo();
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down); // active -> paused
    QTRY_COMPARE_WITH_TIMEOUT(stored().status, CoupleStatus::Paused, 2000);
    QCOMPARE(m_editor->undoStack().count(), 2);

    m_editor->undoStack().undo();
    QCOMPARE(stored().status, CoupleStatus::Active);
    QCOMPARE(status->currentData().toString(), QStringLiteral("active"));
    QCOMPARE(pronouns->text(), QStringLiteral("he/him"));
    m_editor->undoStack().undo();
    QCOMPARE(pronouns->text(), QString());
    QCOMPARE(stored().partners[1].pronouns, QString());

    m_editor->undoStack().redo();
    QCOMPARE(pronouns->text(), QStringLiteral("he/him"));
    m_editor->undoStack().redo();
    QCOMPARE(status->currentData().toString(), QStringLiteral("paused"));
    QCOMPARE(stored().status, CoupleStatus::Paused);
}

void TestOverviewTab::choicesAreStoredAndTheSafetyWarningFollows()
{
    CoupleForm *form = m_tab->form();
    QComboBox *outcome = form->safetyOutcomeCombo();
    outcome->setFocus();
    QTest::keyClick(outcome, Qt::Key_Down); // not screened -> no concerns
    QVERIFY(!form->safetyWarning()->isVisible());
    QTest::keyClick(outcome, Qt::Key_End); // -> abuse ongoing: contraindicated
    QVERIFY(form->safetyWarning()->isVisible());
    QVERIFY2(form->safetyWarning()->text().contains(QStringLiteral("contraindicated")),
             qPrintable(form->safetyWarning()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(stored().safety.outcome, SafetyOutcome::Contraindicated, 2000);
    QCOMPARE(stored().safety.date, m_practice->store().today()); // a screen needs a date: today by default

    QComboBox *pattern = form->patternCombo();
    pattern->setFocus();
    QTest::keyClick(pattern, Qt::Key_End); // withdraw–withdraw makes both withdrawers
    QTRY_COMPARE_WITH_TIMEOUT(stored().pattern, CyclePattern::WithdrawWithdraw, 2000);
    QCOMPARE(stored().partners[0].position, CyclePosition::Withdrawer);
    QCOMPARE(stored().partners[1].position, CyclePosition::Withdrawer);

    form->partnerFields(0)->closenessSlider()->setFocus();
    QTest::keyClick(form->partnerFields(0)->closenessSlider(), Qt::Key_End);
    QTRY_COMPARE_WITH_TIMEOUT(stored().partners[0].closenessNeed, kNeedScaleMax, 2000);
}

void TestOverviewTab::aFailedWriteKeepsTheTextAndIsStoredLater()
{
    QVERIFY(breakUpdates(m_practice->path(), QStringLiteral("couples")));
    QLineEdit *tags = m_tab->form()->tagsEdit();
    typeText(tags, QStringLiteral("infidelity, größer"));

    QTRY_VERIFY_WITH_TIMEOUT(m_tab->saveBanner()->isVisible(), 2000);
    QVERIFY2(m_tab->saveBanner()->text().contains(QStringLiteral("could not be stored")),
             qPrintable(m_tab->saveBanner()->text()));
    QCOMPARE(tags->text(), QStringLiteral("infidelity, größer")); // the text stays on screen
    QVERIFY(stored().tags.isEmpty());
    QVERIFY(!m_tab->flushPendingEdits()); // and the window would be told
    QCOMPARE(m_editor->undoStack().count(), 0);

    // More typing while failing is kept too, and the retry stores the latest state.
    typeText(tags, QStringLiteral(", ok"));
    QVERIFY(repairUpdates(m_practice->path(), QStringLiteral("couples")));
    QTRY_COMPARE_WITH_TIMEOUT(
        stored().tags,
        (QStringList{QStringLiteral("infidelity"), QStringLiteral("größer"), QStringLiteral("ok")}), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_tab->saveBanner()->isVisible(), 1000);
    QCOMPARE(tags->text(), QStringLiteral("infidelity, größer, ok"));
    QCOMPARE(m_editor->undoStack().count(), 1);
}

void TestOverviewTab::changesElsewhereReloadUnlessAnEditIsPending()
{
    Couple elsewhere = stored();
    elsewhere.partners[0].name = QStringLiteral("Maëlle-Renée");
    QVERIFY(m_editor->updateCouple(elsewhere));
    QCOMPARE(m_tab->form()->partnerFields(0)->nameEdit()->text(), QStringLiteral("Maëlle-Renée"));

    // With an edit in flight the form keeps what is being typed; the typed state then wins.
    QPlainTextEdit *notes = m_tab->form()->safetyNotesEdit();
    typeText(notes, QStringLiteral("Screened separately"));
    QVERIFY(m_tab->autoSaver().hasPending());
    Couple again = stored();
    again.presentingConcerns = QStringLiteral("Changed in another view");
    QVERIFY(m_editor->updateCouple(again));
    QCOMPARE(notes->toPlainText(), QStringLiteral("Screened separately"));
    QTRY_COMPARE_WITH_TIMEOUT(stored().safety.notes, QStringLiteral("Screened separately"), 2000);
}

void TestOverviewTab::invalidEditsAreExplainedAndNotStored()
{
    QLineEdit *name = m_tab->form()->partnerFields(1)->nameEdit();
    name->setFocus();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY2(m_tab->form()->errorText().contains(QStringLiteral("second partner")),
             qPrintable(m_tab->form()->errorText()));
    QTest::qWait(1200);
    QCOMPARE(stored().partners[1].name, QStringLiteral("Kwame"));
    QVERIFY(!m_tab->flushPendingEdits());
    QCOMPARE(m_editor->undoStack().count(), 0);
    typeText(name, QStringLiteral("Kofi"));
    QVERIFY(m_tab->form()->errorText().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(stored().partners[1].name, QStringLiteral("Kofi"), 2000);
}

// Issue 16: contact details go through the same autosave and undo as every couple field; an e-mail
// address that does not look like one is explained under the contact fields, not stored, and stays as typed.
void TestOverviewTab::contactDetailsAreCheckedStoredAndUndone()
{
    ContactFields *contact = m_tab->form()->contactFields(0);
    QVERIFY(contact->isVisibleTo(m_tab.get()));
    typeText(contact->phoneEdit(), QStringLiteral("(555) 010-0142"));
    QTRY_COMPARE_WITH_TIMEOUT(stored().partners[0].contact.phone, QStringLiteral("(555) 010-0142"), 2000);

    typeText(contact->emailEdit(), QStringLiteral("maelle@example"));
    QVERIFY2(contact->problemText().contains(QStringLiteral("e-mail address")),
             qPrintable(contact->problemText()));
    QVERIFY(m_tab->form()->errorText().contains(QStringLiteral("e-mail address")));
    QTest::qWait(1200);
    QVERIFY(stored().partners[0].contact.email.isEmpty());
    QCOMPARE(contact->emailEdit()->text(), QStringLiteral("maelle@example")); // the typed text stays
    typeText(contact->emailEdit(), QStringLiteral(".org"));
    QVERIFY(contact->problemText().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(stored().partners[0].contact.email, QStringLiteral("maelle@example.org"), 2000);

    QLineEdit *source = m_tab->form()->referralSourceEdit();
    typeText(source, QStringLiteral("Family physician"));
    QTRY_COMPARE_WITH_TIMEOUT(stored().referral.source, QStringLiteral("Family physician"), 2000);
    QVERIFY(m_tab->flushPendingEdits());

    // Undo takes the edits back one by one, the form following the store.
    while (m_editor->undoStack().canUndo())
        m_editor->undoStack().undo();
    QVERIFY(stored().partners[0].contact.isEmpty());
    QVERIFY(stored().referral.isEmpty());
    QVERIFY(contact->emailEdit()->text().isEmpty());
    QVERIFY(source->text().isEmpty());
    m_editor->undoStack().redo();
    QCOMPARE(stored().partners[0].contact.phone, QStringLiteral("(555) 010-0142"));
    QCOMPARE(contact->phoneEdit()->text(), QStringLiteral("(555) 010-0142"));
}

void TestOverviewTab::flushStoresAtOnce()
{
    typeText(m_tab->form()->partnerFields(0)->pronounsEdit(), QStringLiteral("they/them"));
    QVERIFY(m_tab->autoSaver().hasPending());
    QVERIFY(m_tab->flushPendingEdits());
    QCOMPARE(stored().partners[0].pronouns, QStringLiteral("they/them"));
    QVERIFY(!m_tab->autoSaver().hasPending());
}

void TestOverviewTab::theSummaryFollowsTheSessions()
{
    QVERIFY(m_tab->summaryLabel()->text().contains(QStringLiteral("No sessions")));
    const QDate today = m_practice->store().today();
    QVERIFY(m_practice->store().createSession(makeSession(m_coupleId, today.addDays(-14))));
    Session later = makeSession(m_coupleId, today.addDays(-7));
    later.stage = 2;
    later.step = 5;
    QVERIFY(m_practice->store().createSession(later));
    const QString text = m_tab->summaryLabel()->text();
    // "2 sessions" once the English plurals are loaded; the source text says "2 session(s)".
    QVERIFY2(text.contains(QStringLiteral("2 session")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("stage 2")) && text.contains(QStringLiteral("step 5")),
             qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(later.date, QLocale::LongFormat)), qPrintable(text));
}

QTEST_MAIN(TestOverviewTab)
#include "tst_overviewtab.moc"
