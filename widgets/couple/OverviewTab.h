// The Overview tab: the selected couple's form, edited in place with no Save button. Each change is
// handed to an AutoSaver and stored through the editor within a second (typing merges into one undo
// step, choices are steps of their own). A failed write shows a banner, keeps the text on screen and
// is retried; a change made elsewhere (undo, another view) reloads the form unless an edit is pending.
// Above the form: the couple's upcoming appointments (with booking), room for the pre-appointment brief
// and a one-line summary of the latest session.
#pragma once

#include "WorkspaceTab.h"

#include "commands/AutoSaver.h"
#include "commands/PracticeEditor.h"

class QLabel;
class QVBoxLayout;

namespace attune {

class CoupleForm;
class UpcomingAppointments;

class OverviewTab : public WorkspaceTab
{
    Q_OBJECT
public:
    explicit OverviewTab(PracticeEditor &editor, QWidget *parent = nullptr);
    ~OverviewTab() override;

    void setCouple(qint64 coupleId) override;
    Status flushPendingEdits() override;
    void revealSearchHit(const SearchHit &hit, const SearchTerms &terms) override;

    qint64 coupleId() const { return m_coupleId; }
    CoupleForm *form() const { return m_form; }
    UpcomingAppointments *appointments() const { return m_appointments; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *saveBanner() const { return m_banner; }
    AutoSaver &autoSaver() { return m_saver; }
    // Where a later issue inserts the pre-appointment brief, above everything else.
    QVBoxLayout *briefArea() const { return m_briefArea; }

private:
    void load();
    void updateSummary();
    void onEdited(PracticeEditor::Merge merge);
    void onCoupleChanged(qint64 coupleId);

    PracticeEditor &m_editor;
    AutoSaver m_saver;
    qint64 m_coupleId = 0;
    bool m_pendingSeparate = false; // the pending write holds a discrete change: not merged with typing
    QString m_invalid;              // the validation error of what the form shows; empty when valid
    QVBoxLayout *m_briefArea;
    QLabel *m_summary;
    QLabel *m_banner;
    CoupleForm *m_form;
    UpcomingAppointments *m_appointments;
};

} // namespace attune
