// The "New couple" dialog: the couple form and OK/Cancel. OK creates the couple through the editor (one
// undoable step); a validation or storage failure is shown inline and the dialog stays open with
// everything typed.
#pragma once

#include <QDialog>

class QDialogButtonBox;

namespace attune {

class CoupleForm;
class PracticeEditor;

class NewCoupleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewCoupleDialog(PracticeEditor &editor, QWidget *parent = nullptr);

    // The id of the couple created; 0 until OK succeeded.
    qint64 createdCoupleId() const { return m_createdId; }
    CoupleForm *form() const { return m_form; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    PracticeEditor &m_editor;
    CoupleForm *m_form;
    QDialogButtonBox *m_buttons;
    qint64 m_createdId = 0;
};

} // namespace attune
