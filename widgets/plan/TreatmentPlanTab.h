// The Plan tab: the couple's treatment plan. A version chooser (each version dated, signed or a draft),
// the plan's date and notes, the list of goals (each with where it stands and whether it is due for
// review) and the selected goal's editor. Every edit is stored through PracticeEditor by an AutoSaver, so
// it can be undone, is in the audit trail and survives a failed write on screen. Signing freezes a
// version; "New Version" starts the next draft from it.
#pragma once

#include "WorkspaceTab.h"
#include "commands/PracticeEditor.h"

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;

namespace attune {

class AutoSaver;
class GoalEditor;

class TreatmentPlanTab : public WorkspaceTab
{
    Q_OBJECT
public:
    explicit TreatmentPlanTab(PracticeEditor &editor, QWidget *parent = nullptr);
    ~TreatmentPlanTab() override;

    void setCouple(qint64 coupleId) override;
    Status flushPendingEdits() override;
    // A search hit in a goal (its words, objectives, interventions or a review): shows the goal's plan
    // version with the goal selected and marks the words.
    void revealSearchHit(const SearchHit &hit, const SearchTerms &terms) override;

    // The plan shown (the latest version unless another is chosen); empty when the couple has none.
    const TreatmentPlan &plan() const { return m_plan; }
    qint64 currentGoalId() const;
    GoalEditor *goalEditor() const { return m_goalEditor; }
    QListWidget *goalList() const { return m_goalList; }
    QString bannerText() const;

    // The actions behind the buttons, for the menus and tests.
    void newPlanOrVersion();
    void addGoal();
    void removeGoal();
    void signPlan();
    void selectGoal(qint64 goalId);

    // Asks before signing; tests answer instead of a message box.
    using Confirmer = std::function<bool(const QString &question)>;
    void setSignConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

private:
    void reload(qint64 planId, qint64 goalId);
    void showPlan();
    void showGoal();
    void onGoalEdited(bool typing);
    void onPlanEdited(bool typing);
    void onPlanChanged(qint64 coupleId);
    void schedule(int target, std::function<Status()> write);
    void showBanner(const QString &message);
    void addReview(const GoalReview &review);

    PracticeEditor &m_editor;
    AutoSaver *m_saver;
    qint64 m_coupleId = 0;
    QList<TreatmentPlan> m_plans;
    TreatmentPlan m_plan;
    int m_pendingTarget = 0; // what the pending write stores: 1 the plan's fields, 2 a goal
    PracticeEditor::Merge m_pendingMerge = PracticeEditor::Merge::Typing;
    Confirmer m_confirm;

    QLabel *m_banner;
    QComboBox *m_version;
    QLabel *m_planStatus;
    QPushButton *m_newPlan;
    QPushButton *m_sign;
    QDateEdit *m_planDate;
    QLineEdit *m_planNotes;
    QListWidget *m_goalList;
    QPushButton *m_addGoal;
    QPushButton *m_removeGoal;
    QScrollArea *m_goalScroll;
    GoalEditor *m_goalEditor;
    QLabel *m_empty;
    QWidget *m_body;
};

} // namespace attune
