// The Overview tab: autosaving the couple form and keeping it in step with the store.
#include "OverviewTab.h"

#include "AccessibleText.h"
#include "CoupleForm.h"
#include "PartnerFields.h"
#include "UpcomingAppointments.h"

#include "domain/Validation.h"
#include "search/SearchHighlight.h"

#include "WriteConflictDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace attune {

OverviewTab::OverviewTab(PracticeEditor &editor, QWidget *parent)
    : WorkspaceTab(parent)
    , m_editor(editor)
    , m_briefArea(new QVBoxLayout)
    , m_summary(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_form(new CoupleForm(editor.store().today(), this))
    , m_appointments(new UpcomingAppointments(editor, this))
{
    setAccessibleName(tr("Overview"));
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_summary->setAccessibleName(tr("Latest session summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.1);
    m_summary->setFont(summaryFont);

    m_banner->setObjectName(QStringLiteral("saveBanner"));
    m_banner->setAccessibleName(tr("Storage problem"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fde2e1; color: #7a1010; border: 1px solid "
                       "#c94a4a; border-radius: 4px; padding: 8px; font-weight: bold; }"));
    m_banner->hide();

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    m_briefArea->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_appointments);
    column->addLayout(m_briefArea);
    column->addWidget(m_summary);
    column->addWidget(m_banner);
    column->addWidget(m_form, 1);
    m_form->setParent(content);
    m_summary->setParent(content);
    m_banner->setParent(content);
    m_appointments->setParent(content);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Couple details")); // it takes focus, so a screen reader announces it
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_form, &CoupleForm::textEdited, this, [this] { onEdited(PracticeEditor::Merge::Typing); });
    connect(m_form, &CoupleForm::discreteChanged, this,
            [this] { onEdited(PracticeEditor::Merge::Separate); });
    connect(&m_saver, &AutoSaver::saved, this, [this] { m_pendingSeparate = false; });
    connect(&m_saver, &AutoSaver::saveFailed, this, [this](const QString &message) {
        m_banner->setText(tr("Your changes could not be stored: %1 They stay on screen, and Attune keeps "
                             "trying to store them.")
                              .arg(message));
        m_banner->show();
    });
    connect(&m_saver, &AutoSaver::recovered, m_banner, &QLabel::hide);
    // Another program changed the couple after it was shown: once the write that met it has returned,
    // the therapist chooses between the two versions (WriteConflictDialog).
    connect(&m_saver, &AutoSaver::conflicted, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (!m_saver.hasPending() || m_coupleId == 0)
                return;
            const Result<Couple> theirs = m_editor.store().couple(m_coupleId);
            if (!theirs)
                return;
            Couple mine = m_form->couple();
            const auto text = [](const Couple &c) {
                return c.name + QStringLiteral("\n\n") + c.presentingConcerns + QStringLiteral("\n\n") +
                       c.safety.notes;
            };
            if (!WriteConflictDialog::keepMine(this, tr("This couple's details"), text(mine),
                                               text(*theirs))) {
                m_saver.discard();
                m_banner->hide();
                load();
                return;
            }
            mine.rowVersion = theirs->rowVersion; // written over the stored version, knowingly
            for (int i = 0; i < 2; ++i)
                mine.partners[std::size_t(i)].rowVersion = theirs->partners[std::size_t(i)].rowVersion;
            m_saver.schedule(
                [this, mine] { return m_editor.updateCouple(mine, PracticeEditor::Merge::Separate); });
            m_saver.flush();
        });
    });
    connect(&m_editor.store(), &PracticeStore::coupleChanged, this, &OverviewTab::onCoupleChanged);
    connect(&m_editor.store(), &PracticeStore::safetyPolicyChanged, this, [this] {
        if (const Result<int> months = m_editor.store().rescreenMonths(); months)
            m_form->setRescreenMonths(*months);
    });
    connect(&m_editor.store(), &PracticeStore::sessionsChanged, this, [this](qint64 id) {
        if (id == m_coupleId)
            updateSummary();
    });
    setCouple(0);
}

OverviewTab::~OverviewTab()
{
    // The window flushes before closing; this is the last chance if it did not.
    m_saver.flush();
}

void OverviewTab::setCouple(qint64 coupleId)
{
    if (coupleId == m_coupleId && coupleId != 0)
        return;
    // A write that fails here stays with the saver, which keeps retrying the previous couple's values.
    m_saver.flush();
    m_coupleId = coupleId;
    m_invalid.clear();
    m_form->showError({});
    m_appointments->setCouple(coupleId);
    load();
}

void OverviewTab::load()
{
    if (m_coupleId == 0) {
        m_form->setEnabled(false);
        setDescribedText(m_summary, tr("No couple selected."));
        return;
    }
    const Result<Couple> couple = m_editor.store().couple(m_coupleId);
    if (!couple) {
        m_form->setEnabled(false);
        setDescribedText(m_summary, couple.error());
        return;
    }
    m_form->setEnabled(true);
    if (const Result<int> months = m_editor.store().rescreenMonths(); months)
        m_form->setRescreenMonths(*months);
    m_form->setCouple(*couple);
    updateSummary();
}

void OverviewTab::updateSummary()
{
    const Result<CoupleSummary> summary = m_editor.store().coupleSummary(m_coupleId);
    if (!summary) {
        setDescribedText(m_summary, summary.error());
        return;
    }
    if (summary->sessionCount == 0) {
        setDescribedText(m_summary, tr("No sessions yet."));
        return;
    }
    const QString sessions = tr("%n session(s)", nullptr, summary->sessionCount);
    setDescribedText(m_summary, tr("Latest session %1: stage %2 (%3), step %4 · %5")
                                    .arg(QLocale().toString(summary->lastSessionDate, QLocale::LongFormat))
                                    .arg(summary->stage)
                                    .arg(stageName(summary->stage))
                                    .arg(summary->step)
                                    .arg(sessions));
}

void OverviewTab::onEdited(PracticeEditor::Merge merge)
{
    if (m_coupleId == 0)
        return;
    const Couple couple = m_form->couple();
    if (const Status valid = validateCouple(couple, m_editor.store().today()); !valid) {
        // Nothing invalid is stored; the form keeps what was typed and says what to fix.
        m_invalid = valid.error();
        m_form->showError(m_invalid);
        m_saver.discard();
        m_pendingSeparate = false;
        return;
    }
    m_invalid.clear();
    m_form->showError({});
    if (merge == PracticeEditor::Merge::Separate)
        m_pendingSeparate = true;
    const PracticeEditor::Merge effective =
        m_pendingSeparate ? PracticeEditor::Merge::Separate : PracticeEditor::Merge::Typing;
    m_saver.schedule([this, couple, effective] { return m_editor.updateCouple(couple, effective); });
}

void OverviewTab::onCoupleChanged(qint64 coupleId)
{
    if (coupleId != m_coupleId)
        return;
    // Our own write announces too; the pending write is still held while it runs, so the form (which
    // already shows that state) is left alone, as it is while the user has an edit in flight.
    if (!m_saver.hasPending() && m_invalid.isEmpty())
        load();
    else
        updateSummary();
}

Status OverviewTab::flushPendingEdits()
{
    if (!m_invalid.isEmpty())
        return Status::failure(m_invalid);
    return m_saver.flush();
}

void OverviewTab::revealSearchHit(const SearchHit &hit, const SearchTerms &terms)
{
    QWidget *field = nullptr;
    switch (hit.field) {
    case SearchField::CoupleName:
        field = m_form->nameEdit();
        break;
    case SearchField::PartnerName:
        field =
            hit.partner == 0 || hit.partner == 1 ? m_form->partnerFields(hit.partner)->nameEdit() : nullptr;
        break;
    case SearchField::PresentingConcerns:
        field = m_form->concernsEdit();
        break;
    case SearchField::Tags:
        field = m_form->tagsEdit();
        break;
    case SearchField::SafetyNotes:
        field = m_form->safetyNotesEdit();
        break;
    default:
        break;
    }
    highlightSearchMatches(field, terms);
}
} // namespace attune
