// The couple form: layout, pattern/position consistency and the safety warning.
#include "CoupleForm.h"

#include "i18n/DateText.h"

#include "ContactFields.h"
#include "PartnerFields.h"

#include "domain/Validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace attune {
namespace {

template<typename E> void fillCombo(QComboBox *combo)
{
    for (E value : allValues<E>())
        combo->addItem(displayName(value), toKey(value));
}

template<typename E> E comboValue(const QComboBox *combo, E fallback)
{
    return fromKey<E>(combo->currentData().toString()).value_or(fallback);
}

template<typename E> void setComboValue(QComboBox *combo, E value)
{
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(combo->findData(toKey(value)));
}

QDateEdit *makeDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(shortDateFormat());
    return edit;
}

QPlainTextEdit *makeTextEdit(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true); // Tab moves on, so the keyboard reaches every field
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

CoupleForm::CoupleForm(QDate today, QWidget *parent)
    : QWidget(parent)
    , m_today(today)
{
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Case name"));
    m_name->setPlaceholderText(tr("Left empty: the partners' names"));
    m_pattern = new QComboBox(this);
    m_pattern->setAccessibleName(tr("Cycle pattern"));
    fillCombo<CyclePattern>(m_pattern);
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status"));
    fillCombo<CoupleStatus>(m_status);
    for (int i = 0; i < 2; ++i) {
        m_partners[i] = new PartnerFields(i, this);
        m_contacts[i] = new ContactFields(i, this);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setAccessibleName(tr("Problem with the form"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; font-weight: bold; }"));
    m_error->hide();

    auto *top = new QHBoxLayout;
    auto addLabeled = [this, top](const QString &text, QWidget *field, int stretch) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        top->addWidget(label);
        top->addWidget(field, stretch);
    };
    addLabeled(tr("C&ase name:"), m_name, 3);
    addLabeled(tr("Pa&ttern:"), m_pattern, 1);
    addLabeled(tr("&Status:"), m_status, 1);

    auto *partners = new QHBoxLayout;
    partners->addWidget(m_partners[0], 1);
    partners->addWidget(m_partners[1], 1);

    auto *lower = new QHBoxLayout;
    lower->addWidget(buildCaseBox(), 1);
    lower->addWidget(buildSafetyBox(), 1);

    // Identifying data, kept apart from the clinical fields above: it goes into the record, never onto
    // a handout.
    auto *contacts = new QHBoxLayout;
    contacts->addWidget(m_contacts[0], 1);
    contacts->addWidget(m_contacts[1], 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addLayout(top);
    layout->addLayout(partners);
    layout->addLayout(lower);
    layout->addLayout(contacts);
    layout->addWidget(buildReferralBox());
    layout->addStretch(1); // text fields keep a readable size rather than filling a tall window

    connect(m_name, &QLineEdit::textEdited, this, &CoupleForm::textEdited);
    connect(m_pattern, &QComboBox::activated, this, &CoupleForm::onPatternChosen);
    connect(m_status, &QComboBox::activated, this, &CoupleForm::onStatusChosen);
    for (int i = 0; i < 2; ++i) {
        connect(m_partners[i], &PartnerFields::textEdited, this, &CoupleForm::textEdited);
        connect(m_partners[i], &PartnerFields::discreteChanged, this, &CoupleForm::discreteChanged);
        connect(m_partners[i], &PartnerFields::positionChanged, this, [this, i] { onPositionChosen(i); });
    }
    connect(m_safetyOutcome, &QComboBox::activated, this, &CoupleForm::onSafetyOutcomeChosen);
    connect(m_safetyNotes, &QPlainTextEdit::textChanged, this, [this] {
        if (!signalsBlocked() && m_safetyNotes->document()->isModified())
            emit textEdited();
    });
    connect(m_concerns, &QPlainTextEdit::textChanged, this, [this] {
        if (!signalsBlocked() && m_concerns->document()->isModified())
            emit textEdited();
    });
    connect(m_tags, &QLineEdit::textEdited, this, &CoupleForm::textEdited);
    for (ContactFields *contact : m_contacts)
        connect(contact, &ContactFields::textEdited, this, &CoupleForm::textEdited);
    for (QLineEdit *edit : {m_referralSource, m_referringClinician})
        connect(edit, &QLineEdit::textEdited, this, &CoupleForm::textEdited);
    for (QDateEdit *edit : {m_safetyDate, m_intake, m_closing})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            updateSafetyWarning();
            updateSafetyHistory();
            if (!signalsBlocked())
                emit discreteChanged();
        });
    connect(m_closedCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_closing->setEnabled(on);
        if (!signalsBlocked())
            emit discreteChanged();
    });

    setTabOrder(m_name, m_pattern);
    setTabOrder(m_pattern, m_status);
    setTabOrder(m_status, m_partners[0]->nameEdit());
    updateDateLimits();
    Couple blank;
    blank.intakeDate = today;
    blank.partners[1].position = CyclePosition::Withdrawer; // matches the default pursue–withdraw pattern
    setCouple(blank);
}

QWidget *CoupleForm::buildCaseBox()
{
    auto *box = new QGroupBox(tr("Case"), this);
    m_concerns = makeTextEdit(box, 6);
    m_concerns->setAccessibleName(tr("Presenting concerns"));
    m_tags = new QLineEdit(box);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. empty nest"));
    m_intake = makeDateEdit(box);
    m_intake->setAccessibleName(tr("Intake date"));
    m_closedCheck = new QCheckBox(tr("C&losed on:"), box);
    m_closedCheck->setAccessibleName(tr("The case has a closing date"));
    m_closing = makeDateEdit(box);
    m_closing->setAccessibleName(tr("Closing date"));
    m_closing->setEnabled(false);

    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Presenting concerns:"), m_concerns);
    form->addRow(tr("Ta&gs:"), m_tags);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_intake);
    dates->addSpacing(12);
    dates->addWidget(m_closedCheck);
    dates->addWidget(m_closing);
    dates->addStretch(1);
    auto *intakeLabel = new QLabel(tr("&Intake:"), box);
    intakeLabel->setBuddy(m_intake);
    form->addRow(intakeLabel, dates);
    return box;
}

QWidget *CoupleForm::buildSafetyBox()
{
    auto *box = new QGroupBox(tr("Safety screen"), this);
    box->setAccessibleName(tr("Safety screen"));
    m_safetyOutcome = new QComboBox(box);
    m_safetyOutcome->setAccessibleName(tr("Safety screen outcome"));
    fillCombo<SafetyOutcome>(m_safetyOutcome);
    m_safetyDate = makeDateEdit(box);
    m_safetyDate->setAccessibleName(tr("Safety screen date"));
    m_safetyNotes = makeTextEdit(box, 4);
    m_safetyNotes->setAccessibleName(tr("Safety screen notes"));
    m_safetyWarning = new QLabel(box);
    m_safetyWarning->setObjectName(QStringLiteral("safetyWarning"));
    m_safetyWarning->setAccessibleName(tr("Safety warning"));
    m_safetyWarning->setWordWrap(true);
    m_safetyWarning->setTextFormat(Qt::PlainText);
    m_rescreen = new QPushButton(tr("Record a &New Screen"), box);
    m_rescreen->setObjectName(QStringLiteral("rescreenButton"));
    m_rescreen->setToolTip(tr("Keeps the screen shown in the history below and starts today's screen"));
    m_safetyHistory = new QLabel(box);
    m_safetyHistory->setObjectName(QStringLiteral("safetyHistory"));
    m_safetyHistory->setAccessibleName(tr("Earlier safety screens"));
    m_safetyHistory->setWordWrap(true);
    m_safetyHistory->setTextFormat(Qt::PlainText);
    connect(m_rescreen, &QPushButton::clicked, this, &CoupleForm::recordNewScreen);

    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_safetyWarning);
    auto *outcome = new QHBoxLayout;
    outcome->addWidget(m_safetyOutcome, 1);
    auto *dateLabel = new QLabel(tr("&Date:"), box);
    dateLabel->setBuddy(m_safetyDate);
    outcome->addWidget(dateLabel);
    outcome->addWidget(m_safetyDate);
    auto *outcomeLabel = new QLabel(tr("O&utcome:"), box);
    outcomeLabel->setBuddy(m_safetyOutcome);
    form->addRow(outcomeLabel, outcome);
    form->addRow(tr("&Notes:"), m_safetyNotes);
    form->addRow(QString(), m_rescreen);
    form->addRow(m_safetyHistory);
    return box;
}

QWidget *CoupleForm::buildReferralBox()
{
    auto *box = new QGroupBox(tr("Referral"), this);
    box->setAccessibleName(tr("Referral"));
    m_referralSource = new QLineEdit(box);
    m_referralSource->setAccessibleName(tr("Referral source"));
    m_referralSource->setPlaceholderText(tr("e.g. physician, website, former client"));
    m_referringClinician = new QLineEdit(box);
    m_referringClinician->setAccessibleName(tr("Referring clinician"));
    auto *row = new QHBoxLayout(box);
    auto addLabeled = [box, row](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, box);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field, 1);
    };
    addLabeled(tr("Source:"), m_referralSource);
    row->addSpacing(12);
    addLabeled(tr("Referring clinician:"), m_referringClinician);
    return box;
}

void CoupleForm::updateDateLimits()
{
    for (QDateEdit *edit : {m_safetyDate, m_intake, m_closing}) {
        const QSignalBlocker block(edit);
        edit->setDateRange(QDate(1950, 1, 1), m_today);
    }
}

void CoupleForm::setCouple(const Couple &couple)
{
    const QSignalBlocker blockThis(this);
    m_record = couple;
    m_name->setText(couple.name);
    setComboValue(m_pattern, couple.pattern);
    setComboValue(m_status, couple.status);
    for (int i = 0; i < 2; ++i) {
        m_partners[i]->setPartner(couple.partners[i]);
        m_contacts[i]->setContact(couple.partners[i].contact);
        m_contacts[i]->showProblem({});
    }
    m_referralSource->setText(couple.referral.source);
    m_referringClinician->setText(couple.referral.clinician);
    setComboValue(m_safetyOutcome, couple.safety.outcome);
    {
        const QSignalBlocker block(m_safetyDate);
        m_safetyDate->setDate(couple.safety.date.isValid() ? couple.safety.date : m_today);
        m_safetyDate->setEnabled(couple.safety.done());
    }
    m_safetyNotes->setPlainText(couple.safety.notes);
    updateSafetyHistory();
    m_concerns->setPlainText(couple.presentingConcerns);
    m_tags->setText(couple.tags.join(QStringLiteral(", ")));
    {
        const QSignalBlocker blockIntake(m_intake);
        const QSignalBlocker blockClosing(m_closing);
        const QSignalBlocker blockCheck(m_closedCheck);
        m_intake->setDate(couple.intakeDate.isValid() ? couple.intakeDate : m_today);
        m_closedCheck->setChecked(couple.closingDate.isValid());
        m_closing->setDate(couple.closingDate.isValid() ? couple.closingDate : m_today);
        m_closing->setEnabled(couple.closingDate.isValid());
    }
    updateSafetyWarning();
}

Couple CoupleForm::couple() const
{
    Couple c = m_record;
    c.partners[0] = m_partners[0]->partner();
    c.partners[1] = m_partners[1]->partner();
    for (int i = 0; i < 2; ++i)
        c.partners[i].contact = m_contacts[i]->contact();
    c.referral = {m_referralSource->text(), m_referringClinician->text()};
    c.name = m_name->text().trimmed();
    // Without a case name the partners' names stand in; when one is missing the validation then names
    // the partner rather than the case.
    if (c.name.isEmpty())
        c.name = tr("%1 & %2").arg(c.partners[0].name.trimmed(), c.partners[1].name.trimmed()).trimmed();
    c.pattern = comboValue(m_pattern, CyclePattern::PursueWithdraw);
    c.status = comboValue(m_status, CoupleStatus::Active);
    c.safety.outcome = comboValue(m_safetyOutcome, SafetyOutcome::NotScreened);
    c.safety.date = c.safety.done() ? m_safetyDate->date() : QDate();
    c.safety.notes = m_safetyNotes->toPlainText();
    c.presentingConcerns = m_concerns->toPlainText();
    c.tags = parseTags(m_tags->text());
    c.intakeDate = m_intake->date();
    c.closingDate = m_closedCheck->isChecked() ? m_closing->date() : QDate();
    return c;
}

QStringList CoupleForm::parseTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',')) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

void CoupleForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // A contact detail's problem is also said under its fields, which may be scrolled far from the top.
    for (int i = 0; i < 2; ++i) {
        const Status valid = validateContact(m_contacts[i]->contact(), i);
        m_contacts[i]->showProblem(message.isEmpty() || valid ? QString() : valid.error());
    }
}

QString CoupleForm::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void CoupleForm::onPatternChosen()
{
    // The pattern decides the positions: pursue–pursue makes both pursuers, withdraw–withdraw both
    // withdrawers, and pursue–withdraw keeps an existing split or makes the first partner the pursuer.
    const CyclePattern pattern = comboValue(m_pattern, CyclePattern::PursueWithdraw);
    CyclePosition first = m_partners[0]->position();
    CyclePosition second = m_partners[1]->position();
    switch (pattern) {
    case CyclePattern::PursuePursue:
        first = second = CyclePosition::Pursuer;
        break;
    case CyclePattern::WithdrawWithdraw:
        first = second = CyclePosition::Withdrawer;
        break;
    case CyclePattern::PursueWithdraw:
        if (first == second) {
            first = CyclePosition::Pursuer;
            second = CyclePosition::Withdrawer;
        }
        break;
    }
    m_partners[0]->setPosition(first);
    m_partners[1]->setPosition(second);
    emit discreteChanged();
}

void CoupleForm::onPositionChosen(int)
{
    // The positions decide the pattern, so the two can never disagree.
    const CyclePosition first = m_partners[0]->position();
    const CyclePosition second = m_partners[1]->position();
    const CyclePattern pattern = first != second                   ? CyclePattern::PursueWithdraw
                                 : first == CyclePosition::Pursuer ? CyclePattern::PursuePursue
                                                                   : CyclePattern::WithdrawWithdraw;
    setComboValue(m_pattern, pattern);
    emit discreteChanged();
}

void CoupleForm::onSafetyOutcomeChosen()
{
    const bool done = comboValue(m_safetyOutcome, SafetyOutcome::NotScreened) != SafetyOutcome::NotScreened;
    if (done && !m_safetyDate->isEnabled()) {
        const QSignalBlocker block(m_safetyDate);
        m_safetyDate->setDate(m_today); // a screen just recorded was most likely done today
    }
    m_safetyDate->setEnabled(done);
    updateSafetyWarning();
    updateSafetyHistory();
    emit discreteChanged();
}

void CoupleForm::onStatusChosen()
{
    if (comboValue(m_status, CoupleStatus::Active) == CoupleStatus::Closed && !m_closedCheck->isChecked()) {
        const QSignalBlocker blockCheck(m_closedCheck);
        const QSignalBlocker blockDate(m_closing);
        m_closedCheck->setChecked(true);
        m_closing->setDate(m_today);
        m_closing->setEnabled(true);
    }
    emit discreteChanged();
}

void CoupleForm::setRescreenMonths(int months)
{
    m_rescreenMonths = months;
    updateSafetyWarning();
}

void CoupleForm::updateSafetyWarning()
{
    const SafetyOutcome outcome = comboValue(m_safetyOutcome, SafetyOutcome::NotScreened);
    const QDate date = outcome == SafetyOutcome::NotScreened ? QDate() : m_safetyDate->date();
    const SafetyConcern concern = safetyConcern(outcome, date, m_today, m_rescreenMonths);
    QString text;
    QString style;
    const QString alarm =
        QStringLiteral("QLabel { background: #fde2e1; color: #7a1010; border: 1px solid #c94a4a; "
                       "border-radius: 4px; padding: 6px; font-weight: bold; }");
    switch (concern) {
    case SafetyConcern::NotScreened:
        text = tr("Not screened for intimate-partner violence yet. Screen each partner separately "
                  "before starting EFT.");
        style = alarm;
        break;
    case SafetyConcern::AbuseOngoing:
        text = tr("Abuse is ongoing: EFT couples therapy is contraindicated. Do not do conjoint work; "
                  "attend to safety first.");
        style = alarm;
        break;
    case SafetyConcern::Overdue:
        text = safetyConcernSentence(concern, m_rescreenMonths);
        style = alarm;
        break;
    case SafetyConcern::Monitor:
        text = tr("Concerns noted: keep monitoring safety at each session.");
        style = QStringLiteral("QLabel { background: #fff4d6; color: #5c4400; border: 1px solid #d9a400; "
                               "border-radius: 4px; padding: 6px; }");
        break;
    case SafetyConcern::None:
        break;
    }
    m_safetyWarning->setText(text);
    m_safetyWarning->setStyleSheet(style);
    m_safetyWarning->setVisible(!text.isEmpty());
}

void CoupleForm::updateSafetyHistory()
{
    // A new screen needs a screen to replace, and one per day: today's can be corrected in place.
    const bool done = comboValue(m_safetyOutcome, SafetyOutcome::NotScreened) != SafetyOutcome::NotScreened;
    m_rescreen->setEnabled(done && m_safetyDate->date() < m_today);
    QStringList lines;
    for (auto it = m_record.safetyHistory.crbegin(); it != m_record.safetyHistory.crend(); ++it) {
        QString line = tr("%1: %2").arg(shortDate(it->date), displayName(it->outcome));
        if (!it->notes.trimmed().isEmpty())
            line += QStringLiteral(" — ") + it->notes.trimmed();
        lines << line;
    }
    m_safetyHistory->setText(
        lines.isEmpty() ? QString() : tr("Earlier screens, newest first:") + u'\n' + lines.join(u'\n'));
    m_safetyHistory->setVisible(!lines.isEmpty());
}

void CoupleForm::recordNewScreen()
{
    // The screen on show joins the history as it stands; today's starts from its outcome with no
    // notes, so what the therapist finds now is written down rather than merged into the old entry.
    SafetyScreen previous;
    previous.outcome = comboValue(m_safetyOutcome, SafetyOutcome::NotScreened);
    previous.date = m_safetyDate->date();
    previous.notes = m_safetyNotes->toPlainText();
    if (!previous.done() || previous.date >= m_today)
        return;
    m_record.safetyHistory.append(previous);
    {
        const QSignalBlocker blockThis(this);
        const QSignalBlocker blockDate(m_safetyDate);
        m_safetyDate->setDate(m_today);
        m_safetyNotes->setPlainText(QString());
    }
    updateSafetyWarning();
    updateSafetyHistory();
    m_safetyOutcome->setFocus(Qt::OtherFocusReason);
    emit discreteChanged();
}

} // namespace attune
