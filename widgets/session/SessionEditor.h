// Edits one session with no Save button: every change is handed to an AutoSaver, which stores it
// through PracticeEditor (so it can be undone) within a second. A failed write leaves the text on screen,
// shows a banner that says why, and is retried until it goes through. Changes made elsewhere (undo, redo)
// are shown as they arrive, unless the user has an edit of their own still waiting to be stored; if that
// edit meets a change made by another program meanwhile, the therapist chooses between the two texts.
#pragma once

#include "commands/PracticeEditor.h"
#include "domain/Couple.h"
#include "domain/Session.h"

#include <QWidget>

#include <memory>

class QLabel;
class QScrollArea;

namespace attune {

class AddendaSection;
class AutoSaver;
class BondRatingsSection;
class ChangeEventsSection;
class OutcomesSection;
class RecoveryFile;
class SessionDetailsSection;
class SessionGoalsSection;
class SessionNoteSection;
class SessionSection;

class SessionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SessionEditor(PracticeEditor &editor, QWidget *parent = nullptr);
    ~SessionEditor() override;

    qint64 sessionId() const { return m_session.id; }
    // The session as last read from or written to the store.
    const Session &session() const { return m_session; }
    // Stores what is pending for the current session, then shows another (0 shows none). When the
    // pending edit cannot be stored, the current session stays on screen and the failure is returned.
    Status showSession(qint64 sessionId);
    Status flushPendingEdits();
    // Marks a search hit's words in the field of the shown session they were found in.
    void revealSearchHit(const SearchHit &hit, const SearchTerms &terms);
    bool hasPendingEdits() const;
    // Puts the keyboard in the shown session's first field (its date), scrolled into view: where a
    // therapist starts on a session just created.
    void focusFirstField();

    bool isReadOnly() const { return m_readOnly; }
    bool isSigned() const { return m_session.isSigned(); }
    AddendaSection *addendaSection() const { return m_addenda; }
    SessionGoalsSection *goalsSection() const { return m_goals; }
    // The "Signed by … on …" line; empty while no signed session is shown.
    QString signatureText() const;
    void setHighlightingEnabled(bool enabled);
    bool highlightingEnabled() const { return m_highlighting; }

    // The sentence in the banner; empty while it is hidden.
    QString bannerText() const;

signals:
    void saved();                // a change of this session was stored
    void displayed();            // another session, or a new state of this one (e.g. signed), is shown
    void addAddendumRequested(); // the button under a signed note

private:
    void onEdited(bool typing);
    Status write(const Session &session, PracticeEditor::Merge merge);
    void onSessionsChanged(qint64 coupleId);
    void onCoupleChanged(qint64 coupleId);
    void display(); // shows m_session in every section
    void showAddenda();
    Session gather() const;
    void showBanner(const QString &message);
    // Another program changed the session after it was shown: asks which version to keep.
    void resolveConflict();
    void clearBanner();

    PracticeEditor &m_editor;
    AutoSaver *m_saver;
    // While a write fails, what is typed is kept beside the practice too, so a quit or a crash loses
    // nothing; the file goes once the text is stored.
    std::unique_ptr<RecoveryFile> m_recovery;
    bool m_saveFailing = false;
    Session m_session; // as last read from or written to the store
    Couple m_couple;
    PracticeEditor::Merge m_pendingMerge = PracticeEditor::Merge::Typing;
    bool m_readOnly = false;
    bool m_highlighting = true;

    QLabel *m_banner;
    QLabel *m_status; // signed or archived
    QLabel *m_empty;
    QScrollArea *m_scroll;
    SessionDetailsSection *m_details;
    SessionNoteSection *m_note;
    ChangeEventsSection *m_events;
    BondRatingsSection *m_bond;
    OutcomesSection *m_outcomes;
    SessionGoalsSection *m_goals;
    AddendaSection *m_addenda;
    QList<SessionSection *> m_sections;
};

} // namespace attune
