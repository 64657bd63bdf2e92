// Edits one five-step exercise: partner, date, the session it belongs to, the incident and the five
// steps, each with a one-line hint of what belongs there. Autosaved like the Overview: changes are
// stored through the editor within a second, a failed write shows a banner and keeps the text, and a
// change made elsewhere reloads the fields unless an edit is pending.
#pragma once

#include "commands/AutoSaver.h"
#include "commands/PracticeEditor.h"

#include <QWidget>

#include <array>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace attune {

class ExerciseEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ExerciseEditor(PracticeEditor &editor, QWidget *parent = nullptr);
    ~ExerciseEditor() override;

    // Shows that exercise (0 shows none). Pending edits of the previous one are stored first.
    void setExercise(qint64 exerciseId);
    qint64 exerciseId() const { return m_exerciseId; }
    Status flushPendingEdits();

    QComboBox *partnerCombo() const { return m_partner; }
    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *sessionCombo() const { return m_session; }
    QLineEdit *incidentEdit() const { return m_incident; }
    QPlainTextEdit *stepEdit(ExerciseStep step) const { return m_steps[indexOf(step)]; }
    QLabel *saveBanner() const { return m_banner; }
    QString errorText() const;

private:
    void load();
    void fillSessions(qint64 coupleId, qint64 selected);
    FiveStepExercise shown() const;
    void onEdited(PracticeEditor::Merge merge);

    PracticeEditor &m_editor;
    AutoSaver m_saver;
    qint64 m_exerciseId = 0;
    FiveStepExercise m_record; // keeps the record fields for what is shown
    bool m_pendingSeparate = false;
    QString m_invalid;
    QLabel *m_banner;
    QLabel *m_error;
    QLabel *m_archivedNote;
    QWidget *m_fields;
    QComboBox *m_partner;
    QDateEdit *m_date;
    QComboBox *m_session;
    QLineEdit *m_incident;
    std::array<QPlainTextEdit *, 5> m_steps{};
};

} // namespace attune
