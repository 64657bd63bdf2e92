// GUI tests for the New Couple dialog and the couple form it holds: typing real keys into real widgets
// creates a couple whose names (quotes, emoji, accents, right-to-left text) come back exactly; a missing
// partner name keeps the dialog open with an inline error and stores nothing; the pattern and the
// positions cannot disagree; the language field stores BCP 47 codes.
#include "TestPractice.h"
#include "TypeText.h"

#include "commands/PracticeEditor.h"
#include "couple/CoupleForm.h"
#include "couple/NewCoupleDialog.h"
#include "couple/PartnerFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace attune;
using namespace attune::test;

class TestNewCoupleDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void createsACoupleWithUnicodeNames();
    void anEmptyPartnerNameKeepsTheDialogOpen();
    void choosingAPatternSetsThePositions();
    void choosingAPositionSetsThePattern();
    void languageTextBecomesABcp47Code_data();
    void languageTextBecomesABcp47Code();

private:
    void clickOk(NewCoupleDialog &dialog)
    {
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    std::unique_ptr<TestPractice> m_practice;
    std::unique_ptr<PracticeEditor> m_editor;
};

void TestNewCoupleDialog::init()
{
    m_practice = std::make_unique<TestPractice>();
    m_editor = std::make_unique<PracticeEditor>(m_practice->store());
}

void TestNewCoupleDialog::cleanup()
{
    m_editor.reset();
    m_practice.reset();
}

void TestNewCoupleDialog::createsACoupleWithUnicodeNames()
{
    NewCoupleDialog dialog(*m_editor);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    CoupleForm *form = dialog.form();
    const QString first = QStringLiteral("Zoë \"Zee\" O’Brien 😊");
    const QString second = QStringLiteral("José Ñúñez-ليلى");
    typeText(form->partnerFields(0)->nameEdit(), first);
    typeText(form->partnerFields(0)->pronounsEdit(), QStringLiteral("she/her"));
    typeText(form->partnerFields(1)->nameEdit(), second);
    QComboBox *language = form->partnerFields(1)->languageCombo();
    language->lineEdit()->clear();
    typeText(language, QStringLiteral("Spanish"));
    typeText(form->concernsEdit(), QStringLiteral("Fights about “chores”\nand distance"));
    typeText(form->tagsEdit(), QStringLiteral("blended family, ñ-tag, blended family"));

    clickOk(dialog);

    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(form->errorText()));
    QVERIFY(dialog.createdCoupleId() > 0);
    const Result<Couple> stored = m_practice->store().couple(dialog.createdCoupleId());
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->partners[0].name, first);
    QCOMPARE(stored->partners[1].name, second);
    QCOMPARE(stored->partners[0].pronouns, QStringLiteral("she/her"));
    QCOMPARE(stored->partners[1].language, QStringLiteral("es"));
    QCOMPARE(stored->name, first + QStringLiteral(" & ") + second);
    QCOMPARE(stored->presentingConcerns, QStringLiteral("Fights about “chores”\nand distance"));
    QCOMPARE(stored->tags, (QStringList{QStringLiteral("blended family"), QStringLiteral("ñ-tag")}));
    QCOMPARE(stored->intakeDate, m_practice->store().today());
    QCOMPARE(stored->partners[0].position, CyclePosition::Pursuer);
    QCOMPARE(stored->partners[1].position, CyclePosition::Withdrawer);

    // Creation is one undoable step.
    QCOMPARE(m_editor->undoStack().count(), 1);
    m_editor->undoStack().undo();
    QVERIFY(!m_practice->store().couple(dialog.createdCoupleId()));
}

void TestNewCoupleDialog::anEmptyPartnerNameKeepsTheDialogOpen()
{
    NewCoupleDialog dialog(*m_editor);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    CoupleForm *form = dialog.form();
    typeText(form->partnerFields(0)->nameEdit(), QStringLiteral("Ana"));
    typeText(form->concernsEdit(), QStringLiteral("Keep me"));

    clickOk(dialog);

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // never accepted
    QCOMPARE(dialog.createdCoupleId(), 0);
    QVERIFY2(form->errorText().contains(QStringLiteral("second partner")), qPrintable(form->errorText()));
    QVERIFY(form->findChild<QLabel *>(QStringLiteral("formError"))->isVisible());
    const auto couples = m_practice->store().coupleSummaries(ArchiveFilter::All);
    QVERIFY(couples);
    QVERIFY(couples->isEmpty());
    QCOMPARE(m_editor->undoStack().count(), 0);
    // What was typed is still there, and completing it works.
    QCOMPARE(form->partnerFields(0)->nameEdit()->text(), QStringLiteral("Ana"));
    QCOMPARE(form->concernsEdit()->toPlainText(), QStringLiteral("Keep me"));
    typeText(form->partnerFields(1)->nameEdit(), QStringLiteral("Ben"));
    clickOk(dialog);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(form->errorText()));
    QVERIFY(form->errorText().isEmpty());
    QCOMPARE(m_practice->store().couple(dialog.createdCoupleId())->presentingConcerns,
             QStringLiteral("Keep me"));
}

void TestNewCoupleDialog::choosingAPatternSetsThePositions()
{
    CoupleForm form(m_practice->store().today());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QComboBox *pattern = form.patternCombo();
    pattern->setFocus();
    QTest::keyClick(pattern, Qt::Key_Down); // pursue–withdraw -> pursue–pursue
    QCOMPARE(form.couple().pattern, CyclePattern::PursuePursue);
    QCOMPARE(form.partnerFields(0)->position(), CyclePosition::Pursuer);
    QCOMPARE(form.partnerFields(1)->position(), CyclePosition::Pursuer);
    QTest::keyClick(pattern, Qt::Key_Down); // -> withdraw–withdraw
    QCOMPARE(form.couple().pattern, CyclePattern::WithdrawWithdraw);
    QCOMPARE(form.partnerFields(0)->position(), CyclePosition::Withdrawer);
    QCOMPARE(form.partnerFields(1)->position(), CyclePosition::Withdrawer);
    QTest::keyClick(pattern, Qt::Key_Home); // -> pursue–withdraw splits them again
    QCOMPARE(form.couple().pattern, CyclePattern::PursueWithdraw);
    QCOMPARE(form.partnerFields(0)->position(), CyclePosition::Pursuer);
    QCOMPARE(form.partnerFields(1)->position(), CyclePosition::Withdrawer);
}

void TestNewCoupleDialog::choosingAPositionSetsThePattern()
{
    CoupleForm form(m_practice->store().today());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QComboBox *second = form.partnerFields(1)->positionCombo();
    second->setFocus();
    QTest::keyClick(second, Qt::Key_Up); // withdrawer -> pursuer: both pursue
    QCOMPARE(form.partnerFields(1)->position(), CyclePosition::Pursuer);
    QCOMPARE(form.couple().pattern, CyclePattern::PursuePursue);
    QComboBox *first = form.partnerFields(0)->positionCombo();
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Down); // pursuer -> withdrawer: pursue–withdraw again
    QCOMPARE(form.couple().pattern, CyclePattern::PursueWithdraw);
    QCOMPARE(form.couple().partners[0].position, CyclePosition::Withdrawer);
    QCOMPARE(form.couple().partners[1].position, CyclePosition::Pursuer);
}

void TestNewCoupleDialog::languageTextBecomesABcp47Code_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::newRow("listed name") << QStringLiteral("Vietnamese") << QStringLiteral("vi");
    QTest::newRow("listed, other case") << QStringLiteral("spanish") << QStringLiteral("es");
    QTest::newRow("code with region") << QStringLiteral("pt-br") << QStringLiteral("pt-BR");
    QTest::newRow("script subtag") << QStringLiteral("zh-hant") << QStringLiteral("zh-Hant");
    QTest::newRow("name Qt knows") << QStringLiteral("Japanese") << QStringLiteral("ja");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("unknown kept") << QStringLiteral("Klingon dialect") << QStringLiteral("Klingon dialect");
}

void TestNewCoupleDialog::languageTextBecomesABcp47Code()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    CoupleForm form(m_practice->store().today());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QComboBox *language = form.partnerFields(0)->languageCombo();
    language->lineEdit()->clear();
    typeText(language, typed);
    QCOMPARE(form.couple().partners[0].language, code);
}

QTEST_MAIN(TestNewCoupleDialog)
#include "tst_newcoupledialog.moc"
