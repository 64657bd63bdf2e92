// The session's date, time, length, attendance, format, stage and step; see SessionDetailsSection.h.
#include "SessionDetailsSection.h"

#include "AccessibleText.h"

#include "i18n/DateText.h"

#include "SessionVocabulary.h"

#include "domain/Validation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace attune {

SessionDetailsSection::SessionDetailsSection(QWidget *parent)
    : SessionSection(tr("Session"), parent)
    , m_date(new QDateEdit(this))
    , m_dateMessage(new QLabel(this))
    , m_time(new QTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_attendance(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_step(new QComboBox(this))
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(shortDateFormat());
    m_date->setDateRange(kEarliestPlausibleDate, QDate(2100, 12, 31)); // checked against the couple below
    m_date->setAccessibleName(tr("Session date"));
    m_dateMessage->setWordWrap(true);
    m_dateMessage->setAccessibleName(tr("Date problem"));
    m_dateMessage->setStyleSheet(QStringLiteral("color: #a12a1f;"));
    m_dateMessage->hide();

    // Sessions are booked to the minute; some locales' short format still shows seconds.
    m_time->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));
    m_time->setMinimumTime(QTime(0, 0));
    // Midnight stands for "no time recorded": no couple meets their therapist at 00:00.
    m_time->setSpecialValueText(tr("Not recorded"));
    m_time->setAccessibleName(tr("Start time"));

    m_duration->setRange(5, 480);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_duration->setAccessibleName(tr("Length in minutes"));

    for (SessionFormat f : allValues<SessionFormat>())
        m_format->addItem(displayName(f), toKey(f));
    m_format->setAccessibleName(tr("Format"));
    m_attendance->setAccessibleName(tr("Attendance"));
    setCouple(Couple{});

    for (int stage = 1; stage <= 3; ++stage)
        m_stage->addItem(tr("Stage %1 · %2").arg(stage).arg(stageName(stage)), stage);
    m_stage->setAccessibleName(tr("EFT stage"));
    m_step->setAccessibleName(tr("EFT step"));
    fillSteps(1, 1);

    auto *when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(new QLabel(tr("at"), this));
    when->addWidget(m_time);
    when->addWidget(new QLabel(tr("for"), this));
    when->addWidget(m_duration);
    when->addStretch(1);

    auto *how = new QHBoxLayout;
    how->addWidget(m_attendance);
    how->addWidget(m_format);
    how->addStretch(1);

    // The step under the stage: side by side, both long names (in Spanish) were wider than the editor.
    auto *where = new QVBoxLayout;
    where->addWidget(m_stage, 0, Qt::AlignLeft);
    where->addWidget(m_step, 0, Qt::AlignLeft);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Date:"), when);
    form->addRow(QString(), m_dateMessage);
    form->addRow(tr("&Attendance:"), how);
    form->addRow(tr("EFT &stage:"), where);
    // The buddies make the mnemonics (Alt+D, Alt+A, Alt+S) reach the first field of each row.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(when)))
        label->setBuddy(m_date);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(how)))
        label->setBuddy(m_attendance);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(where)))
        label->setBuddy(m_stage);
    // Format and step share a row with a labelled combo box; a screen reader announces a combo box by
    // its current item, so each gets a label of its own that says what it is.
    linkScreenReaderLabel(m_format);
    linkScreenReaderLabel(m_step);

    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        checkDate();
        changed(false);
    });
    connect(m_time, &QTimeEdit::timeChanged, this, [this] { changed(false); });
    connect(m_duration, &QSpinBox::valueChanged, this, [this] { changed(false); });
    connect(m_attendance, &QComboBox::currentIndexChanged, this, [this] { changed(false); });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] { changed(false); });
    connect(m_stage, &QComboBox::activated, this, [this] {
        const int stage = m_stage->currentData().toInt();
        if (stageOfStep(m_step->currentData().toInt()) != stage)
            fillSteps(stage, stage == 1 ? 1 : stage == 2 ? 5 : 8); // the first step of the chosen stage
        changed(false);
    });
    connect(m_step, &QComboBox::activated, this, [this] { changed(false); });
}

QWidget *SessionDetailsSection::firstField() const
{
    return m_date;
}

void SessionDetailsSection::setCouple(const Couple &couple)
{
    Loading loading(*this); // relabelling the choices is not an edit
    m_intake = couple.intakeDate;
    const int current = m_attendance->currentIndex();
    m_attendance->clear();
    for (Attendance a : allValues<Attendance>()) {
        QString text = displayName(a);
        const int partner = a == Attendance::PartnerAOnly ? 0 : a == Attendance::PartnerBOnly ? 1 : -1;
        if (partner >= 0 && !couple.partners[partner].name.isEmpty())
            text = tr("Only %1").arg(couple.partners[partner].name);
        m_attendance->addItem(text, toKey(a));
    }
    m_attendance->setCurrentIndex(qMax(current, 0));
}

void SessionDetailsSection::fillSteps(int stage, int step)
{
    m_step->clear();
    for (int s = 1; s <= 9; ++s)
        if (stageOfStep(s) == stage)
            m_step->addItem(stepTitle(s), s);
    m_step->setCurrentIndex(qMax(0, m_step->findData(step)));
}

void SessionDetailsSection::load(const Session &session)
{
    Loading loading(*this);
    m_date->setDate(session.date);
    m_time->setTime(session.startTime.isValid() ? session.startTime : QTime(0, 0));
    m_duration->setValue(session.durationMinutes);
    m_attendance->setCurrentIndex(qMax(0, m_attendance->findData(toKey(session.attendance))));
    m_format->setCurrentIndex(qMax(0, m_format->findData(toKey(session.format))));
    const int stage = stageOfStep(session.step);
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(stage)));
    fillSteps(stage, session.step);
    checkDate();
}

QString SessionDetailsSection::dateProblem() const
{
    const QDate date = m_date->date();
    const QLocale locale;
    if (m_intake.isValid() && date < m_intake)
        return tr("A session cannot be dated before the couple's intake on %1.")
            .arg(shortDate(m_intake, locale));
    if (m_today.isValid() && date > m_today)
        return tr("A session cannot be dated in the future; today is %1.").arg(shortDate(m_today, locale));
    return {};
}

void SessionDetailsSection::checkDate()
{
    const QString problem = dateProblem();
    m_dateMessage->setText(problem);
    m_dateMessage->setVisible(!problem.isEmpty());
}

void SessionDetailsSection::apply(Session &session) const
{
    if (dateProblem().isEmpty())
        session.date = m_date->date(); // otherwise the last good date stays
    const QTime time = m_time->time();
    session.startTime = time == QTime(0, 0) ? QTime() : time;
    session.durationMinutes = m_duration->value();
    session.attendance =
        fromKey<Attendance>(m_attendance->currentData().toString()).value_or(Attendance::Both);
    session.format =
        fromKey<SessionFormat>(m_format->currentData().toString()).value_or(SessionFormat::InPerson);
    session.step = m_step->currentData().toInt();
    session.stage = stageOfStep(session.step);
}

void SessionDetailsSection::setReadOnly(bool readOnly)
{
    m_date->setReadOnly(readOnly);
    m_time->setReadOnly(readOnly);
    m_duration->setReadOnly(readOnly);
    for (QComboBox *box : {m_attendance, m_format, m_stage, m_step})
        box->setEnabled(!readOnly);
}

} // namespace attune
