// The Exercises tab: the couple's five-step exercises (date, partner, incident) beside the editor of
// the selected one. New, Archive/Restore (with a view of archived exercises) and "Add to cycle", which
// proposes the exercise's steps for the partner's chain in the latest cycle map and writes the accepted
// ones as one undoable edit. Print Exercise… prints the selected exercise as filled in. The actions are
// exposed for the window's menus.
#pragma once

#include "WorkspaceTab.h"
#include "printing/DocumentPrinting.h"

class QAction;
class QCheckBox;
class QLabel;
class QTreeWidget;

namespace attune {

class ExerciseEditor;
class PracticeEditor;

class ExercisesTab : public WorkspaceTab
{
    Q_OBJECT
public:
    explicit ExercisesTab(PracticeEditor &editor, QWidget *parent = nullptr);

    void setCouple(qint64 coupleId) override;
    Status flushPendingEdits() override;
    void revealSearchHit(const SearchHit &hit, const SearchTerms &terms) override;

    QAction *newExerciseAction() const { return m_newAction; }
    QAction *addToCycleAction() const { return m_addToCycleAction; }
    QAction *archiveExerciseAction() const { return m_archiveAction; }
    QAction *printExerciseAction() const { return m_printAction; }

    // Hooks: answer the print options dialog and stand in for the print preview (tests).
    void setPrintOptionsChooser(OptionsChooser chooser) { m_chooseOptions = std::move(chooser); }
    void setPrintRunner(PrintRunner runner) { m_printRunner = std::move(runner); }

    qint64 coupleId() const { return m_coupleId; }
    qint64 currentExerciseId() const;
    void selectExercise(qint64 exerciseId);
    QTreeWidget *list() const { return m_list; }
    QCheckBox *showArchivedCheck() const { return m_showArchived; }
    ExerciseEditor *exerciseEditor() const { return m_exerciseEditor; }
    QLabel *messageLabel() const { return m_message; }

    void newExercise();
    void toggleArchived();
    void addToCycle();
    // The selected exercise as filled in, in the language chosen for the page. True when printed.
    bool printExercise();

private:
    void reload();
    void updateActions();
    void showMessage(const QString &message);

    PracticeEditor &m_editor;
    qint64 m_coupleId = 0;
    QAction *m_newAction;
    QAction *m_addToCycleAction;
    QAction *m_archiveAction;
    QAction *m_printAction;
    OptionsChooser m_chooseOptions;
    PrintRunner m_printRunner;
    QCheckBox *m_showArchived;
    QTreeWidget *m_list;
    QLabel *m_message;
    ExerciseEditor *m_exerciseEditor;
};

} // namespace attune
