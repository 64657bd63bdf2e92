// The Sessions tab of the couple workspace: the couple's sessions (newest first, or the archived ones to
// restore from) beside the editor of the selected one, with New session, Start from last session and
// Archive/Restore, Sign Note and Add Addendum. The actions are public so the window can put them in its
// Session menu.
#pragma once

#include "WorkspaceTab.h"

#include "commands/PracticeEditor.h"

class QAction;
class QCheckBox;
class QLabel;
class QSplitter;
class QTableView;

namespace attune {

class SessionEditor;
class SessionsModel;

class SessionsTab : public WorkspaceTab
{
    Q_OBJECT
public:
    explicit SessionsTab(PracticeEditor &editor, QWidget *parent = nullptr);

    void setCouple(qint64 coupleId) override;
    Status flushPendingEdits() override;
    void revealSearchHit(const SearchHit &hit, const SearchTerms &terms) override;

    // Selects that session (switching to the archived view when it is archived).
    void openSession(qint64 sessionId);
    qint64 currentSessionId() const;

    void setDefaultLengthMinutes(int minutes) { m_defaultLength = minutes; }
    void setHighlightingEnabled(bool enabled);

    QAction *newSessionAction() const { return m_newSession; }         // Ctrl+Shift+N
    QAction *startFromLastAction() const { return m_startFromLast; }   // Ctrl+Alt+N
    QAction *archiveSessionAction() const { return m_archiveSession; } // Archive, or Restore when archived
    QAction *signSessionAction() const { return m_signSession; }       // Sign Note…, for a draft
    QAction *addAddendumAction() const { return m_addAddendum; }       // Add Addendum…, for a signed note

    SessionEditor *editor() const { return m_sessionEditor; }
    QTableView *sessionTable() const { return m_table; }
    QSplitter *splitter() const { return m_splitter; }

    // Attended on the Today page: that day's session, dated, timed and as long as the appointment (the
    // couple must be this tab's), through the same safety gate as New Session; the appointment is
    // marked attended and linked to it in the same undo step. False when nothing was created.
    bool createSessionFromAppointment(const Appointment &appointment);

private:
    // What the safety gate decided about a new session (SafetyGateDialog.h).
    enum class SafetyGate { Clear, Individual, JointConfirmed, Cancelled };

    bool createSession(bool fromLast, const Appointment *appointment = nullptr);
    // Asks when the couple carries a red safety flag; an individual choice sets fresh's attendance.
    Result<SafetyGate> passSafetyGate(Session &fresh);
    Status recordJointConfirmation(qint64 sessionId);
    void toggleArchived();
    void showArchived(bool archived);
    void onCurrentRowChanged();
    void selectSession(qint64 sessionId);
    void updateActions();
    void showMessage(const QString &message);
    void fitListWidth();

    PracticeEditor &m_editor;
    qint64 m_coupleId = 0;
    int m_defaultLength = 50;
    SafetyConcern m_gateConcern = SafetyConcern::None; // of the couple when the last gate was passed
    bool m_selecting = false;
    SessionsModel *m_model;
    QTableView *m_table;
    QCheckBox *m_archivedToggle;
    QLabel *m_message;
    SessionEditor *m_sessionEditor;
    QSplitter *m_splitter;
    QAction *m_newSession;
    QAction *m_startFromLast;
    QAction *m_archiveSession;
    QAction *m_signSession;
    QAction *m_addAddendum;
};

} // namespace attune
