// Edits one treatment goal: the couple's words and the therapist's, the objectives, the EFT step (its
// stage follows), the interventions planned, the target date and the status; below, the goal's dated
// reviews and the row that adds one. It only shows and gathers values: the Plan tab stores them.
#pragma once

#include "domain/TreatmentPlan.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace attune {

class GoalEditor : public QWidget
{
    Q_OBJECT
public:
    explicit GoalEditor(QWidget *parent = nullptr);

    void load(const TreatmentGoal &goal, QDate today);
    // The shown goal with the values on screen (its reviews as loaded).
    TreatmentGoal gathered() const;
    // A signed plan's goal can be reviewed, not edited.
    void setReadOnly(bool readOnly);

    QPlainTextEdit *coupleWordsField() const { return m_coupleWords; }
    QPlainTextEdit *therapistWordsField() const { return m_therapistWords; }
    QPlainTextEdit *objectivesField() const { return m_objectives; }
    QLineEdit *interventionsField() const { return m_interventions; }
    QLabel *reviewsLabel() const { return m_reviews; }
    QComboBox *statusField() const { return m_status; }
    QPushButton *addReviewButton() const { return m_addReview; }
    QPlainTextEdit *reviewNoteField() const { return m_reviewNote; }

signals:
    void edited(bool typing);
    void reviewRequested(const GoalReview &review);

private:
    void changed(bool typing);

    TreatmentGoal m_goal;
    bool m_loading = false;
    bool m_readOnly = false;
    QPlainTextEdit *m_coupleWords;
    QPlainTextEdit *m_therapistWords;
    QPlainTextEdit *m_objectives;
    QComboBox *m_step;
    QLineEdit *m_interventions;
    QCheckBox *m_hasTarget;
    QDateEdit *m_target;
    QComboBox *m_status;
    QLabel *m_reviews;
    QDateEdit *m_reviewDate;
    QComboBox *m_reviewStatus;
    QPlainTextEdit *m_reviewNote;
    QPushButton *m_addReview;
};

} // namespace attune
