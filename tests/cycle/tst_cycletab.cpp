// The Cycle tab driven like a therapist would: click a step, type (accents, emoji, RTL), press Enter; the
// store has the text and undo/redo bring the old and new text back in store and view alike. Arrow keys
// move between steps, Escape cancels, versions are created as copies, archived and compared.
#include "TestPractice.h"

#include "commands/PracticeEditor.h"
#include "cycle/CycleTab.h"
#include "cycle/CycleView.h"

#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace attune;

namespace {

QPushButton *button(QWidget &parent, const QString &text)
{
    for (QPushButton *b : parent.findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

// Types text like a keyboard: ASCII through keyClicks, other characters (accents, emoji, RTL) as key
// events carrying the text, the way an input method delivers them.
void typeText(QWidget *widget, const QString &text)
{
    QString ascii;
    auto flush = [&] {
        if (!ascii.isEmpty())
            QTest::keyClicks(widget, ascii);
        ascii.clear();
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 128) {
            ascii += c;
            continue;
        }
        flush();
        const int length = c.isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString piece = text.mid(i, length);
        i += length - 1;
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, piece, Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, piece, Qt::NoModifier);
    }
    flush();
}

} // namespace

class TestCycleTab : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestPractice> m_practice;
    std::unique_ptr<PracticeEditor> m_editor;
    std::unique_ptr<CycleTab> m_tab;
    qint64 m_coupleId = 0;
    qint64 m_mapId = 0;

    QString stored(int partner, CycleStep step)
    {
        const auto map = m_practice->store().cycleMap(m_tab->currentMapId());
        return map ? map->chains[std::size_t(partner)][step] : QStringLiteral("<unreadable>");
    }
    QString shown(int partner, CycleStep step)
    {
        return m_tab->view()->content().steps[std::size_t(partner)][std::size_t(indexOf(step))];
    }

private slots:
    void init()
    {
        m_practice = std::make_unique<test::TestPractice>();
        m_editor = std::make_unique<PracticeEditor>(m_practice->store());
        const auto couple = m_practice->store().createCouple(test::makeCouple());
        QVERIFY2(couple, qPrintable(couple.error()));
        m_coupleId = *couple;
        CycleMap map;
        map.coupleId = m_coupleId;
        map.date = m_practice->store().today();
        map.chains[0][CycleStep::Perception] = QStringLiteral("He doesn't care");
        map.chains[1][CycleStep::Behavior] = QStringLiteral("goes quiet");
        const auto id = m_practice->store().createCycleMap(map);
        QVERIFY2(id, qPrintable(id.error()));
        m_mapId = *id;
        m_tab = std::make_unique<CycleTab>(*m_editor);
        m_tab->resize(1200, 760);
        m_tab->setCouple(m_coupleId);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    }

    void cleanup()
    {
        m_tab.reset();
        m_editor.reset();
        m_practice.reset();
    }

    void clickTypeEnterUndoRedo()
    {
        CycleView *view = m_tab->view();
        QCOMPARE(shown(0, CycleStep::Perception), QStringLiteral("He doesn't care"));
        const QPoint at = view->currentLayout().box(0, CycleStep::Perception).rect.center().toPoint();
        QTest::mouseClick(view, Qt::LeftButton, {}, at);
        QPlainTextEdit *editor = view->stepEditor();
        QVERIFY(editor);
        QVERIFY(!editor->accessibleName().isEmpty());
        QCOMPARE(editor->toPlainText(), QStringLiteral("He doesn't care"));
        editor->selectAll();
        const QString typed = QStringLiteral("Él no me ve 💔 «שלום» “quoted”");
        typeText(editor, typed);
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(!view->isEditing());
        QCOMPARE(stored(0, CycleStep::Perception), typed);
        QCOMPARE(shown(0, CycleStep::Perception), typed);
        QCOMPARE(m_editor->undoStack().count(), 1);

        m_editor->undoStack().undo();
        QCOMPARE(stored(0, CycleStep::Perception), QStringLiteral("He doesn't care"));
        QCOMPARE(shown(0, CycleStep::Perception), QStringLiteral("He doesn't care"));
        m_editor->undoStack().redo();
        QCOMPARE(stored(0, CycleStep::Perception), typed);
        QCOMPARE(shown(0, CycleStep::Perception), typed);

        if (qEnvironmentVariableIsSet("ATTUNE_CYCLE_SNAPSHOTS"))
            m_tab->grab().save(qEnvironmentVariable("ATTUNE_CYCLE_SNAPSHOTS") +
                               QStringLiteral("/cycle-tab.png"));
    }

    void keyboardMovesEditsAndCancels()
    {
        CycleView *view = m_tab->view();
        view->setFocus();
        view->selectStep(1, CycleStep::Perception);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->selectedStep()->second, CycleStep::Behavior);
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(view->selectedStep()->first, 0);
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->selectedStep()->first, 1);
        QTest::keyClick(view, Qt::Key_Return);
        QPlainTextEdit *editor = view->stepEditor();
        QVERIFY(editor);
        QCOMPARE(editor->toPlainText(), QStringLiteral("goes quiet"));
        QTest::keyClicks(editor, QStringLiteral(" and leaves"));
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!view->isEditing());
        QCOMPARE(stored(1, CycleStep::Behavior), QStringLiteral("goes quiet"));
        QCOMPARE(m_editor->undoStack().count(), 0);

        // Shift+Enter keeps a line break inside the text.
        QTest::keyClick(view, Qt::Key_Return);
        editor = view->stepEditor();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(editor, QStringLiteral("then sulks"));
        QTest::keyClick(editor, Qt::Key_Enter);
        QCOMPARE(stored(1, CycleStep::Behavior), QStringLiteral("goes quiet\nthen sulks"));
    }

    void versionsCopyArchiveAndCompare()
    {
        QPushButton *newButton = button(*m_tab, QStringLiteral("&New version"));
        QVERIFY(newButton);
        QTest::mouseClick(newButton, Qt::LeftButton);
        QCOMPARE(m_tab->versions().size(), 2);
        QCOMPARE(m_tab->versionList()->count(), 2);
        const CycleMap &copy = m_tab->versions().last();
        QCOMPARE(copy.version, 2);
        QCOMPARE(m_tab->currentMapId(), copy.id);
        QCOMPARE(copy.chains[0][CycleStep::Perception], QStringLiteral("He doesn't care"));

        m_tab->compareWith(m_mapId);
        QVERIFY(m_tab->comparisonView()->isVisible());
        QCOMPARE(m_tab->comparisonView()->content().version, 1);
        QVERIFY(!m_tab->comparisonView()->isEditable());

        m_editor->undoStack().undo(); // the new version goes away
        QCOMPARE(m_tab->versions().size(), 1);
        QVERIFY(!m_tab->comparisonView()->isVisible());
        m_editor->undoStack().redo();
        QCOMPARE(m_tab->versions().size(), 2);

        QTest::mouseClick(button(*m_tab, QStringLiteral("&Archive version")), Qt::LeftButton);
        QCOMPARE(m_tab->versions().size(), 1);
        m_editor->undoStack().undo();
        QCOMPARE(m_tab->versions().size(), 2);
    }

    void emptyCoupleStartsFirstVersion()
    {
        const auto other =
            m_practice->store().createCouple(test::makeCouple(QStringLiteral("Zoë"), QStringLiteral("Ren")));
        QVERIFY(other);
        m_tab->setCouple(*other);
        QVERIFY(m_tab->versions().isEmpty());
        QVERIFY(!m_tab->view()->isVisible());
        QTest::mouseClick(button(*m_tab, QStringLiteral("&New version")), Qt::LeftButton);
        QCOMPARE(m_tab->versions().size(), 1);
        QVERIFY(m_tab->view()->isVisible());
    }
};

QTEST_MAIN(TestCycleTab)
#include "tst_cycletab.moc"
