// The Cycle tab driven like a therapist would: click a step, type (accents, emoji, RTL), press Enter; the
// store has the text and undo/redo bring the old and new text back in store and view alike. Arrow keys
// move between steps, Escape cancels, versions are created as copies, archived and compared.
#include "ConflictAnswer.h"
#include "TestPractice.h"

#include "WriteConflictDialog.h"
#include "commands/PracticeEditor.h"
#include "cycle/CyclePrinting.h"
#include "cycle/CycleTab.h"
#include "cycle/CycleView.h"
#include "domain/AuditSummary.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/wait.h>
#include <unistd.h>

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
    QTemporaryDir m_settingsDir;

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
    void initTestCase()
    {
        // The layout chosen per couple lives in the user's settings: here, in a folder of the test's own.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

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

    // A screen reader finds each step as a child, in reading order, named "Ana, perception: …", and the
    // whole cycle as the view's description; Up and Down follow the loop through the crossing.
    void stepsAreAccessibleInReadingOrder()
    {
        CycleView *view = m_tab->view();
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
        QVERIFY(iface);
        QVERIFY(iface->childCount() >= 12);
        const QList<CycleView::StepKey> order = CycleView::readingOrder();
        QCOMPARE(order.size(), 12);
        QCOMPARE(order.at(1), CycleView::StepKey(0, CycleStep::PrimaryEmotion));
        QCOMPARE(order.at(2), CycleView::StepKey(0, CycleStep::Need));
        QCOMPARE(order.at(6), CycleView::StepKey(1, CycleStep::Trigger));
        QCOMPARE(iface->child(0)->text(QAccessible::Name), QStringLiteral("Ana, trigger: empty"));
        QCOMPARE(iface->child(1)->text(QAccessible::Name), QStringLiteral("Ana, primary emotion: empty"));
        QCOMPARE(iface->child(4)->text(QAccessible::Name),
                 QStringLiteral("Ana, perception: He doesn't care"));
        QCOMPARE(iface->child(11)->text(QAccessible::Name),
                 QStringLiteral("%1, behavior: goes quiet").arg(m_tab->view()->content().partnerNames[1]));
        QCOMPARE(iface->child(4)->role(), QAccessible::ListItem);
        QCOMPARE(iface->indexOfChild(iface->child(4)), 4);
        const QRect box = view->currentLayout().box(0, CycleStep::Perception).rect.toAlignedRect();
        QCOMPARE(iface->child(4)->rect().topLeft(), view->mapToGlobal(box.topLeft()));
        const QString whole = iface->text(QAccessible::Description);
        QVERIFY(whole.contains(QStringLiteral("Ana, perception: He doesn't care")));
        QVERIFY(whole.indexOf(QStringLiteral("Ana, trigger")) <
                whole.indexOf(QStringLiteral("Ana, behavior")));

        view->setFocus();
        view->selectStep(0, CycleStep::Behavior);
        QTest::keyClick(view, Qt::Key_Down); // through the crossing
        QCOMPARE(*view->selectedStep(), CycleView::StepKey(1, CycleStep::Trigger));
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(*view->selectedStep(), CycleView::StepKey(1, CycleStep::PrimaryEmotion));
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(*view->selectedStep(), CycleView::StepKey(1, CycleStep::Need));
        QTest::keyClick(view, Qt::Key_Up);
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(*view->selectedStep(), CycleView::StepKey(1, CycleStep::Trigger));
        QVERIFY(iface->child(6)->state().selected);
        QCOMPARE(iface->focusChild(), iface->child(6));
    }

    // The figure eight by default; Boxes chosen for one couple stays with that couple only.
    void layoutIsChosenPerCouple()
    {
        QCOMPARE(m_tab->cycleStyle(), CycleStyle::Loop);
        QCOMPARE(m_tab->view()->currentLayout().style, CycleStyle::Loop);
        QComboBox *layoutCombo = nullptr;
        for (QComboBox *c : m_tab->findChildren<QComboBox *>())
            if (c->accessibleName() == QStringLiteral("Layout of the cycle"))
                layoutCombo = c;
        QVERIFY(layoutCombo);
        layoutCombo->setCurrentIndex(layoutCombo->findData(QStringLiteral("boxes")));
        emit layoutCombo->activated(layoutCombo->currentIndex());
        QCOMPARE(m_tab->view()->currentLayout().style, CycleStyle::Boxes);

        const auto other =
            m_practice->store().createCouple(test::makeCouple(QStringLiteral("Zoë"), QStringLiteral("Ren")));
        QVERIFY(other);
        m_tab->setCouple(*other);
        QCOMPARE(m_tab->cycleStyle(), CycleStyle::Loop);
        m_tab->setCouple(m_coupleId);
        QCOMPARE(m_tab->cycleStyle(), CycleStyle::Boxes);
        QCOMPARE(m_tab->view()->cycleStyle(), CycleStyle::Boxes);
        m_tab->setCycleStyle(CycleStyle::Loop); // leave the settings as other tests expect them
    }

    // Two versions compared: each captioned with version, kind and date, the newer one's changed steps
    // marked; side by side in a wide window, one above the other in a narrow one. Older versions are
    // read-only until the user chooses to edit one.
    void comparingMarksChangesAndOlderVersionsAreReadOnly()
    {
        QTest::mouseClick(button(*m_tab, QStringLiteral("&New version")), Qt::LeftButton);
        const qint64 newer = m_tab->currentMapId();
        CycleView *view = m_tab->view();
        QVERIFY(view->isEditable());
        view->editStep(0, CycleStep::Perception, QStringLiteral("He never listens"));
        view->commitEdit();
        QCOMPARE(stored(0, CycleStep::Perception), QStringLiteral("He never listens"));

        m_tab->compareWith(m_mapId);
        QVERIFY(m_tab->comparisonView()->isVisible());
        QVERIFY(m_tab->currentCaption()->text().startsWith(QStringLiteral("Version 2 · ")));
        QVERIFY(m_tab->comparisonCaption()->text().startsWith(QStringLiteral("Version 1 · ")));
        const QString kind = displayName(CycleKind::Negative);
        QVERIFY(m_tab->currentCaption()->text().contains(kind));
        QVERIFY(m_tab->comparisonCaption()->text().contains(
            QLocale().toString(m_practice->store().today(), QLocale::LongFormat)));
        QVERIFY(m_tab->currentCaption()->text().endsWith(
            QStringLiteral("steps changed, marked in the corner: 1")));
        for (int p = 0; p < 2; ++p) {
            for (CycleStep s : allValues<CycleStep>()) {
                const bool expected = p == 0 && s == CycleStep::Perception;
                QCOMPARE(view->changedSteps()[std::size_t(p)][std::size_t(indexOf(s))], expected);
                QVERIFY(!m_tab->comparisonView()->changedSteps()[std::size_t(p)][std::size_t(indexOf(s))]);
            }
        }
        QVERIFY(view->accessibleStepName({0, CycleStep::Perception}).endsWith(QStringLiteral("(changed)")));

        m_tab->resize(1400, 760);
        QCOMPARE(m_tab->splitter()->orientation(), Qt::Horizontal);
        m_tab->resize(800, 900);
        QCOMPARE(m_tab->splitter()->orientation(), Qt::Vertical);

        if (qEnvironmentVariableIsSet("ATTUNE_CYCLE_SNAPSHOTS")) {
            m_tab->resize(1500, 760);
            m_tab->grab().save(qEnvironmentVariable("ATTUNE_CYCLE_SNAPSHOTS") +
                               QStringLiteral("/cycle-compare.png"));
        }

        // The older version, shown on its own, is read-only until the user asks to edit it.
        m_tab->compareWith(0);
        m_tab->selectVersion(m_mapId);
        QVERIFY(!view->isEditable());
        QVERIFY(m_tab->currentCaption()->text().contains(QStringLiteral("read-only")));
        QPushButton *unlock = button(*m_tab, QStringLiteral("Edit this &older version"));
        QVERIFY(unlock && unlock->isVisible());
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(view->isEditable());
        m_tab->selectVersion(newer);
        QVERIFY(view->isEditable());
        QVERIFY(!unlock->isVisible());
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

    // Issue 14: a step written over another program's change of the same version asks which to keep,
    // as the session, couple and exercise editors do, rather than showing an error.
    void aStepChangedByAnotherProgramAsksWhichToKeep_data()
    {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("keep mine") << true;
        QTest::newRow("take the stored version") << false;
    }

    void aStepChangedByAnotherProgramAsksWhichToKeep()
    {
        QFETCH(bool, keepMine);
        const QString mine = QStringLiteral("Mine, typed here");
        const QString theirs = QStringLiteral("Theirs, from another program");
        auto other =
            PracticeStore::open(m_practice->path(), PracticeStore::OpenMode::OpenExisting, test::fixedNow);
        QVERIFY2(other, qPrintable(other.error()));
        CycleMap changed = *(*other)->cycleMap(m_mapId);
        changed.chains[0][CycleStep::Trigger] = theirs;
        QVERIFY((*other)->updateCycleMap(changed));

        test::ConflictAnswer answer(keepMine ? WriteConflictDialog::KeepMine
                                             : WriteConflictDialog::TakeTheirs);
        emit m_tab->view()->stepEdited(0, CycleStep::Trigger, mine);
        QTRY_VERIFY_WITH_TIMEOUT(answer.asked(), 10000);
        QTRY_COMPARE(stored(0, CycleStep::Trigger), keepMine ? mine : theirs);
        QTRY_COMPARE(shown(0, CycleStep::Trigger), keepMine ? mine : theirs);
        QVERIFY2(m_tab->lastError().isEmpty(), qPrintable(m_tab->lastError()));
        // The other program's step elsewhere in the version is kept either way.
        QCOMPARE(stored(0, CycleStep::Perception), QStringLiteral("He doesn't care"));
    }

    // Issue 14: the export's audit row is noted on disk before the file is written, so a kill right
    // after writing it still leaves the export in the trail, recorded the next time the practice opens.
    void anExportIsInTheTrailEvenIfKilledRightAfterWriting()
    {
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("cycle.pdf"));
        const QString practiceName = QFileInfo(m_practice->path()).fileName();
        const QString notes = QLatin1Char('.') + practiceName + QStringLiteral(".unrecorded-*");
        QTemporaryDir afterKill; // the practice's folder as a kill right after writing would leave it
        m_tab->setExportHooks([file] { return file; },
                              [&](const QString &path, const CycleContent &content, CycleStyle style) {
                                  const Status written = writeCycleExport(path, content, style);
                                  QFile::copy(m_practice->path(), afterKill.filePath(practiceName));
                                  const QDir dir(m_practice->dir());
                                  for (const QString &name :
                                       dir.entryList({notes}, QDir::Files | QDir::Hidden))
                                      QFile::copy(dir.filePath(name), afterKill.filePath(name));
                                  return written;
                              });
        m_tab->exportCycle();
        QVERIFY2(m_tab->lastError().isEmpty(), qPrintable(m_tab->lastError()));
        QVERIFY(QFile::exists(file));
        const auto exports = [&](PracticeStore &store) {
            int n = 0;
            const auto trail = store.auditTrail(); // kept: its list must outlive the loop
            for (const AuditEntry &e : *trail)
                n += e.action == QStringLiteral("export") && e.coupleUuid == store.couple(m_coupleId)->uuid;
            return n;
        };
        QCOMPARE(exports(m_practice->store()), 1);
        QVERIFY(QDir(m_practice->dir()).entryList({notes}, QDir::Files | QDir::Hidden).isEmpty());

        // The killed run: its note names a process that is gone.
        const QStringList left = QDir(afterKill.path()).entryList({notes}, QDir::Files | QDir::Hidden);
        QCOMPARE(left.size(), 1);
        const pid_t gone = ::fork();
        if (gone == 0)
            ::_exit(0);
        QCOMPARE(::waitpid(gone, nullptr, 0), gone);
        QFile note(afterKill.filePath(left.first()));
        QVERIFY(note.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(note.readAll()).object();
        note.close();
        json.insert(QStringLiteral("pid"), QString::number(qint64(gone)));
        QVERIFY(note.open(QIODevice::WriteOnly | QIODevice::Truncate));
        note.write(QJsonDocument(json).toJson());
        note.close();
        auto reopened = PracticeStore::open(afterKill.filePath(practiceName),
                                            PracticeStore::OpenMode::OpenExisting, test::fixedNow);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QCOMPARE(exports(**reopened), 1);
    }
};

QTEST_MAIN(TestCycleTab)
#include "tst_cycletab.moc"
