// The session editor and its autosaving; see SessionEditor.h.
#include "SessionEditor.h"

#include "i18n/DateText.h"

#include "AddendaSection.h"
#include "BondRatingsSection.h"
#include "ChangeEventsSection.h"
#include "OutcomesSection.h"
#include "SessionDetailsSection.h"
#include "SessionGoalsSection.h"
#include "SessionNoteSection.h"

#include "WriteConflictDialog.h"
#include "commands/AutoSaver.h"
#include "commands/RecoveryFile.h"
#include "search/SearchHighlight.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace attune {
namespace {

// Two sessions hold the same content when they differ only in their timestamps.
bool sameContent(Session a, const Session &b)
{
    a.created = b.created;
    a.modified = b.modified;
    a.rowVersion = b.rowVersion;
    return a == b;
}

} // namespace

SessionEditor::SessionEditor(PracticeEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_saver(new AutoSaver(this))
    , m_recovery(std::make_unique<RecoveryFile>(editor.store()))
    , m_banner(new QLabel(this))
    , m_status(new QLabel(this))
    , m_empty(new QLabel(tr("Choose a session on the left, or start a new one."), this))
    , m_scroll(new QScrollArea(this))
    , m_details(new SessionDetailsSection)
    , m_note(new SessionNoteSection)
    , m_events(new ChangeEventsSection)
    , m_bond(new BondRatingsSection)
    , m_outcomes(new OutcomesSection)
    , m_goals(new SessionGoalsSection(editor.store()))
    , m_addenda(new AddendaSection)
{
    m_sections = {m_details, m_note, m_events, m_bond, m_outcomes, m_goals};

    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Saving problem"));
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #7a1f16; border: 1px solid #e6a59d;"
                       " border-radius: 4px; padding: 6px 10px; }"));
    m_banner->hide();
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Session status"));
    m_status->setStyleSheet(QStringLiteral("QLabel { background: #eef3ee; color: #2f4f33; border-radius: 4px;"
                                           " padding: 6px 10px; }"));
    m_status->hide();
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(m_details);
    pageLayout->addWidget(m_events);
    pageLayout->addWidget(m_note);
    pageLayout->addWidget(m_goals);
    pageLayout->addWidget(m_addenda); // corrections sit right under the note they correct
    // Stacked rather than side by side: the page must fit beside the session list without scrolling
    // sideways when the window shares its width with the couples sidebar.
    pageLayout->addWidget(m_bond);
    pageLayout->addWidget(m_outcomes);
    pageLayout->addStretch(1);
    m_scroll->setWidget(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Session"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_empty, 1);

    m_details->setToday(editor.store().today());
    for (SessionSection *section : std::as_const(m_sections))
        connect(section, &SessionSection::edited, this, &SessionEditor::onEdited);
    connect(m_saver, &AutoSaver::saveFailed, this, [this](const QString &message) {
        m_saveFailing = true;
        if (m_session.isStored() && !m_readOnly)
            m_recovery->keep(gather()); // best effort: the banner already says it is not stored
        showBanner(
            tr("Your changes are not stored yet: %1 What you typed stays here, and Attune keeps trying.")
                .arg(message));
    });
    // After the write that met it has returned: the dialog's own event loop must not run inside it.
    connect(m_saver, &AutoSaver::conflicted, this,
            [this] { QTimer::singleShot(0, this, &SessionEditor::resolveConflict); });
    connect(m_addenda, &AddendaSection::addRequested, this, &SessionEditor::addAddendumRequested);
    connect(m_saver, &AutoSaver::recovered, this, [this] {
        m_saveFailing = false;
        m_recovery->forget();
        clearBanner();
    });
    connect(m_saver, &AutoSaver::saved, this, &SessionEditor::saved);
    connect(&editor.store(), &PracticeStore::sessionsChanged, this, &SessionEditor::onSessionsChanged);
    connect(&editor.store(), &PracticeStore::coupleChanged, this, &SessionEditor::onCoupleChanged);
    display();
}

SessionEditor::~SessionEditor()
{
    // Last chance for an edit in flight; the window normally flushes before it gets here.
    if (m_saver->hasPending())
        m_saver->flush();
}

bool SessionEditor::hasPendingEdits() const
{
    return m_saver->hasPending();
}

QString SessionEditor::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void SessionEditor::focusFirstField()
{
    if (!m_session.isStored())
        return;
    m_scroll->ensureWidgetVisible(m_details->firstField());
    m_details->firstField()->setFocus(Qt::OtherFocusReason);
}

Status SessionEditor::flushPendingEdits()
{
    return m_saver->flush();
}

Status SessionEditor::showSession(qint64 sessionId)
{
    if (sessionId == m_session.id && sessionId != 0)
        return Status::ok();
    if (Status s = m_saver->flush(); !s)
        return s; // the unsaved text stays on screen, with the banner saying why
    m_saver->discard();
    clearBanner();
    m_session = Session{};
    m_couple = Couple{};
    if (sessionId != 0) {
        const Result<Session> session = m_editor.store().session(sessionId);
        if (!session) {
            display();
            showBanner(session.error());
            return session.status();
        }
        m_session = *session;
        if (const Result<Couple> couple = m_editor.store().couple(m_session.coupleId); couple)
            m_couple = *couple;
    }
    for (SessionSection *section : std::as_const(m_sections))
        section->setCouple(m_couple);
    display();
    return Status::ok();
}

void SessionEditor::setHighlightingEnabled(bool enabled)
{
    m_highlighting = enabled;
    m_note->setHighlightingEnabled(enabled);
}

void SessionEditor::display()
{
    const bool shown = m_session.isStored();
    m_scroll->setVisible(shown);
    m_empty->setVisible(!shown);
    m_readOnly = m_session.isSigned() || m_session.archived;
    const QLocale locale;
    if (m_session.isSigned()) {
        m_status->setText(tr("Signed by %1 on %2. A signed note cannot be changed.")
                              .arg(m_session.signedBy.isEmpty() ? tr("the therapist") : m_session.signedBy,
                                   shortDateTime(m_session.signedAt.toLocalTime(), locale)));
    } else if (m_session.archived) {
        m_status->setText(tr("This session is archived. Restore it to change it."));
    }
    m_status->setVisible(shown && m_readOnly);
    m_details->setToday(m_editor.store().today());
    for (SessionSection *section : std::as_const(m_sections)) {
        section->load(m_session);
        section->setReadOnly(m_readOnly);
    }
    showAddenda();
    emit displayed();
}

void SessionEditor::showAddenda()
{
    const bool shown = m_session.isStored() && m_session.isSigned();
    m_addenda->setVisible(shown);
    if (!shown)
        return;
    if (const auto addenda = m_editor.store().addenda(m_session.id); addenda)
        m_addenda->setAddenda(*addenda);
    else
        m_addenda->showProblem(addenda.error());
}

QString SessionEditor::signatureText() const
{
    return m_session.isSigned() && !m_status->isHidden() ? m_status->text() : QString();
}

Session SessionEditor::gather() const
{
    Session s = m_session;
    for (const SessionSection *section : m_sections)
        section->apply(s);
    return s;
}

void SessionEditor::onEdited(bool typing)
{
    if (!m_session.isStored() || m_readOnly)
        return;
    if (!typing)
        m_pendingMerge = PracticeEditor::Merge::Separate; // a discrete choice is its own undo step
    const Session session = gather();
    const PracticeEditor::Merge merge = m_pendingMerge;
    m_saver->schedule([this, session, merge] { return write(session, merge); });
    if (m_saveFailing)
        m_recovery->keep(session); // what is typed while the banner shows is kept as it grows
}

Status SessionEditor::write(const Session &session, PracticeEditor::Merge merge)
{
    const Status s = m_editor.updateSession(session, merge);
    if (!s)
        return s;
    m_pendingMerge = PracticeEditor::Merge::Typing;
    if (session.id == m_session.id) {
        // Read back what the store assigned (UUIDs of new ratings and markers), so the next save edits
        // the same child records instead of replacing them.
        if (const Result<Session> stored = m_editor.store().session(session.id); stored)
            m_session = *stored;
        else
            m_session = session;
    }
    return s;
}

void SessionEditor::onSessionsChanged(qint64 coupleId)
{
    if (!m_session.isStored() || coupleId != m_session.coupleId)
        return;
    if (m_saver->hasPending())
        return; // the user's own edit is on its way and supersedes what the store holds
    const Result<Session> stored = m_editor.store().session(m_session.id);
    if (!stored) {
        showSession(0); // e.g. its creation was undone
        return;
    }
    if (sameContent(*stored, m_session)) {
        m_session.rowVersion = stored->rowVersion; // e.g. archived and restored: the same text, counted
        showAddenda(); // an addendum changes the session's couple, not the session
        return;
    }
    m_session = *stored;
    display();
}

void SessionEditor::onCoupleChanged(qint64 coupleId)
{
    if (!m_session.isStored() || coupleId != m_session.coupleId)
        return;
    if (const Result<Couple> couple = m_editor.store().couple(coupleId); couple) {
        m_couple = *couple;
        for (SessionSection *section : std::as_const(m_sections))
            section->setCouple(m_couple);
    }
}

namespace {

// What a therapist reads of a session to choose between two versions of it.
QString sessionText(const Session &s)
{
    QStringList parts;
    const auto add = [&parts](const QString &label, const QString &text) {
        if (!text.trimmed().isEmpty())
            parts << label + QLatin1Char('\n') + text;
    };
    add(SessionEditor::tr("Focus:"), s.note.focus);
    add(SessionEditor::tr("Cycle observations:"), s.note.cycleObservations);
    add(SessionEditor::tr("Plan:"), s.note.plan);
    add(SessionEditor::tr("Note:"), s.note.text);
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace

void SessionEditor::resolveConflict()
{
    if (!m_session.isStored() || !m_saver->hasPending())
        return;
    const Result<Session> theirs = m_editor.store().session(m_session.id);
    if (!theirs) {
        showBanner(theirs.error());
        return;
    }
    const Session mine = gather();
    const bool keepMine =
        WriteConflictDialog::keepMine(this, tr("This session"), sessionText(mine), sessionText(*theirs));
    m_session = *theirs; // either way, what is stored now is the base
    if (!keepMine) {
        m_saver->discard();
        clearBanner();
        display();
        return;
    }
    Session kept = mine;
    kept.rowVersion = theirs->rowVersion; // written over the stored version, knowingly
    const PracticeEditor::Merge merge = PracticeEditor::Merge::Separate;
    m_saver->schedule([this, kept, merge] { return write(kept, merge); });
    m_saver->flush(); // a failure keeps it pending, with the banner, as any failed write
}

void SessionEditor::showBanner(const QString &message)
{
    m_banner->setText(message);
    m_banner->show();
}

void SessionEditor::clearBanner()
{
    m_banner->clear();
    m_banner->hide();
}

void SessionEditor::revealSearchHit(const SearchHit &hit, const SearchTerms &terms)
{
    QWidget *field = nullptr;
    for (const SessionSection *section : std::as_const(m_sections))
        if (!field)
            field = section->searchField(hit);
    // An addendum is shown as text under the note: the entry that holds the words.
    if (hit.field == SearchField::Addendum)
        for (QLabel *entry : m_addenda->findChildren<QLabel *>())
            if (!field && !findSearchMatches(entry->text(), terms).isEmpty())
                field = entry;
    highlightSearchMatches(field, terms);
}
} // namespace attune
