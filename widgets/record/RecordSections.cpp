#include "RecordSections.h"

#include "i18n/DateText.h"
#include "session/SessionVocabulary.h"

#include <QCoreApplication>

namespace attune::record {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(attune::RecordDocument)
};

using Style = Block::Style;

QString date(const RecordContent &c, QDate d)
{
    return d.isValid() ? shortDate(d, c.options.locale) : Messages::tr("none");
}

QString moment(const RecordContent &c, const QDateTime &t)
{
    return shortDateTime(t.toLocalTime(), c.options.locale);
}

Block line(const QString &label, const QString &text, bool draft = false, qreal indent = 0)
{
    return {Style::Body, label, text, draft, indent};
}

Block heading(Style style, const QString &text, bool draft = false)
{
    return {style, {}, text, draft, 0};
}

// A note field prints even when empty, so a reader can tell "nothing written" from "not printed".
Block field(const QString &label, const QString &text, bool draft)
{
    return line(label, text.trimmed().isEmpty() ? Messages::tr("(nothing written)") : text.trimmed(), draft);
}

QString partnerName(const RecordContent &c, int partner)
{
    return partner == 0 || partner == 1 ? c.couple.partners[partner].name : Messages::tr("not named");
}

QString stageAndStep(int stage, int step)
{
    return Messages::tr("stage %1 (%2), %3").arg(stage).arg(stageName(stage), stepTitle(step));
}

// A partner's contact details, indented under the partner; only what was recorded.
Blocks contactLines(const ContactDetails &contact)
{
    constexpr qreal kIndent = 14;
    Blocks b;
    auto add = [&b](const QString &label, const QString &text) {
        if (!text.trimmed().isEmpty())
            b << line(label, text.trimmed(), false, kIndent);
    };
    add(Messages::tr("Phone"), contact.phone);
    add(Messages::tr("E-mail"), contact.email);
    add(Messages::tr("Address"), QString(contact.address).replace(u'\n', QStringLiteral(", ")));
    QString emergency = contact.emergencyName.trimmed();
    if (!contact.emergencyPhone.trimmed().isEmpty())
        emergency = emergency.isEmpty()
                        ? contact.emergencyPhone.trimmed()
                        : Messages::tr("%1, %2").arg(emergency, contact.emergencyPhone.trimmed());
    add(Messages::tr("Emergency contact"), emergency);
    return b;
}

} // namespace

Blocks titleSection(const RecordContent &c)
{
    Blocks b;
    b << heading(Style::Title, Messages::tr("Clinical record: %1").arg(c.couple.name));
    QString period;
    if (c.options.from.isValid() || c.options.to.isValid())
        period = Messages::tr("Sessions from %1 to %2")
                     .arg(c.options.from.isValid() ? date(c, c.options.from) : Messages::tr("the first"),
                          c.options.to.isValid() ? date(c, c.options.to) : Messages::tr("the last"));
    else
        period = Messages::tr("All sessions");
    b << line(Messages::tr("Period"), period);
    b << line(Messages::tr("Clinician"), c.clinician.signature());
    b << line(Messages::tr("Printed"), date(c, c.options.today));
    return b;
}

Blocks identifyingSection(const RecordContent &c)
{
    const Couple &k = c.couple;
    Blocks b{heading(Style::Heading, Messages::tr("Identifying data"))};
    b << line(Messages::tr("Case"), k.name);
    b << line(Messages::tr("Status"), displayName(k.status));
    b << line(Messages::tr("Intake"), date(c, k.intakeDate));
    if (k.closingDate.isValid())
        b << line(Messages::tr("Closed"), date(c, k.closingDate));
    b << line(Messages::tr("Cycle pattern"), displayName(k.pattern));
    for (int i = 0; i < 2; ++i) {
        const Partner &p = k.partners[i];
        QStringList about{displayName(p.position)};
        if (!p.pronouns.trimmed().isEmpty())
            about << p.pronouns.trimmed();
        if (!p.language.trimmed().isEmpty())
            about << Messages::tr("prefers %1").arg(QLocale(p.language).nativeLanguageName());
        b << line(i == 0 ? Messages::tr("First partner") : Messages::tr("Second partner"),
                  p.name + QStringLiteral(" (") + about.join(QStringLiteral(", ")) + QLatin1Char(')'));
        b << contactLines(p.contact);
    }
    if (!k.referral.source.trimmed().isEmpty())
        b << line(Messages::tr("Referral source"), k.referral.source.trimmed());
    if (!k.referral.clinician.trimmed().isEmpty())
        b << line(Messages::tr("Referring clinician"), k.referral.clinician.trimmed());
    b << field(Messages::tr("Presenting concerns"), k.presentingConcerns, false);
    if (!k.tags.isEmpty())
        b << line(Messages::tr("Tags"), k.tags.join(QStringLiteral(", ")));
    return b;
}

Blocks safetySection(const RecordContent &c)
{
    // Every screen, newest first: a records request asks what was known when, not only what is known now.
    // The current screen (the one the work goes by) leads and is marked; the earlier ones follow.
    const SafetyScreen &current = c.couple.safety;
    Blocks b{heading(Style::Heading, Messages::tr("Safety screen"))};
    if (!current.done() && c.couple.safetyHistory.isEmpty()) {
        b << line(Messages::tr("Outcome"), displayName(current.outcome));
        return b;
    }
    auto screenBlocks = [&](const SafetyScreen &s, bool isCurrent) {
        const QString when = s.date.isValid() ? date(c, s.date) : Messages::tr("undated");
        b << line(isCurrent ? Messages::tr("Screen of %1 (current)").arg(when)
                            : Messages::tr("Screen of %1").arg(when),
                  displayName(s.outcome));
        const qreal in = 14;
        if (isCurrent && s.outcome == SafetyOutcome::Contraindicated)
            b << Block{Style::Warning,
                       {},
                       Messages::tr("EFT is contraindicated while abuse is ongoing."),
                       false,
                       in};
        if (!s.notes.trimmed().isEmpty())
            b << line(Messages::tr("Notes"), s.notes.trimmed(), false, in);
    };
    screenBlocks(current, true);
    for (auto it = c.couple.safetyHistory.crbegin(); it != c.couple.safetyHistory.crend(); ++it)
        screenBlocks(*it, false);
    return b;
}

Blocks treatmentPlanSection(const RecordContent &c)
{
    Blocks b{heading(Style::Heading, Messages::tr("Treatment plan"))};
    if (c.plans.isEmpty()) {
        b << line({}, Messages::tr("No treatment plan has been written."));
        return b;
    }
    for (const TreatmentPlan &plan : c.plans) {
        const bool draft = !plan.isSigned();
        b << heading(Style::Subheading,
                     Messages::tr("Version %1 of %2").arg(plan.version).arg(date(c, plan.date)), draft);
        if (!plan.notes.trimmed().isEmpty())
            b << line(Messages::tr("Notes"), plan.notes.trimmed(), draft);
        for (int i = 0; i < plan.goals.size(); ++i) {
            const TreatmentGoal &g = plan.goals.at(i);
            b << Block{Style::Body, Messages::tr("Goal %1").arg(i + 1), g.title(), draft, 0};
            const qreal in = 14;
            b << line(Messages::tr("In the couple's words"), g.coupleWords.trimmed(), draft, in);
            b << line(Messages::tr("In the therapist's words"), g.therapistWords.trimmed(), draft, in);
            if (!g.objectives.trimmed().isEmpty())
                b << line(Messages::tr("Objectives"),
                          g.objectives.trimmed()
                              .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                              .join(QStringLiteral("; ")),
                          draft, in);
            b << line(Messages::tr("EFT"), stageAndStep(g.stage, g.step), draft, in);
            if (!g.interventions.trimmed().isEmpty())
                b << line(Messages::tr("Interventions"), g.interventions.trimmed(), draft, in);
            b << line(Messages::tr("Target date"), date(c, g.targetDate), draft, in);
            b << line(
                Messages::tr("Status"),
                Messages::tr("%1 (planned: %2)").arg(displayName(g.currentStatus()), displayName(g.status)),
                draft, in);
            for (const GoalReview &r : g.reviews) {
                QString text = displayName(r.status);
                if (!r.note.trimmed().isEmpty())
                    text += QStringLiteral(" – ") + r.note.trimmed();
                b << line(Messages::tr("Review of %1").arg(date(c, r.date)), text, false, in);
            }
        }
        if (plan.isSigned())
            b << Block{Style::Small, Messages::tr("Signed"),
                       Messages::tr("%1 on %2; content hash %3")
                           .arg(plan.signedBy, moment(c, plan.signedAt), plan.contentHash),
                       false, 0};
        else
            b << Block{Style::Warning, {}, Messages::tr("Unsigned draft plan"), true, 0};
    }
    return b;
}

Blocks sessionBlocks(const RecordContent &c, const RecordSession &rs)
{
    const Session &s = rs.session;
    const bool draft = !s.isSigned();
    QString when = date(c, s.date);
    if (s.startTime.isValid())
        when += QLatin1Char(' ') + c.options.locale.toString(s.startTime, QLocale::ShortFormat);
    Blocks b{heading(Style::Subheading, Messages::tr("Session of %1").arg(when), draft)};
    b << line(Messages::tr("Details"),
              Messages::tr("%n minute(s), %1, %2", nullptr, s.durationMinutes)
                  .arg(displayName(s.attendance), displayName(s.format)),
              draft);
    b << line(Messages::tr("EFT"), stageAndStep(s.stage, s.step), draft);
    b << field(Messages::tr("Focus"), s.note.focus, draft);
    b << field(Messages::tr("Cycle observations"), s.note.cycleObservations, draft);
    QStringList interventions;
    for (const QString &key : s.note.interventions)
        interventions << interventionName(key);
    b << line(Messages::tr("Interventions"),
              interventions.isEmpty() ? Messages::tr("none recorded")
                                      : interventions.join(QStringLiteral(", ")),
              draft);
    b << field(Messages::tr("Plan"), s.note.plan, draft);
    b << field(Messages::tr("Note"), s.note.text, draft);
    for (ChangeEventKind kind : allValues<ChangeEventKind>()) {
        const ChangeEvent &e = s.event(kind);
        if (e.level == EventLevel::None && e.anchor.trimmed().isEmpty())
            continue;
        QString text = Messages::tr("%1, %2").arg(displayName(e.level), partnerName(c, e.partner));
        b << line(displayName(kind), text, draft);
        if (!e.anchor.trimmed().isEmpty())
            b << Block{
                Style::Quote, {}, QStringLiteral("“") + e.anchor.trimmed() + QStringLiteral("”"), draft, 14};
    }
    for (const HomeworkItem &h : s.homework)
        b << line(Messages::tr("Homework"),
                  h.text.trimmed() + QStringLiteral(" (") +
                      (h.done ? Messages::tr("done") : Messages::tr("not done")) + QLatin1Char(')'),
                  draft);
    for (const OutcomeScore &o : s.outcomes)
        b << line(Messages::tr("Measure"),
                  Messages::tr("%1 of %2: %3")
                      .arg(displayName(o.instrument), partnerName(c, o.partner),
                           c.options.locale.toString(o.total)),
                  draft);
    for (const BondRating &r : s.bondRatings) {
        QStringList signs;
        for (BondSign sign : allValues<BondSign>())
            signs << QStringLiteral("%1 %2").arg(displayName(sign)).arg(r.signs[indexOf(sign)]);
        b << line(Messages::tr("Secure-bond signs of %1").arg(partnerName(c, r.partner)),
                  signs.join(QStringLiteral(", ")), draft);
    }
    if (!s.goalIds.isEmpty()) {
        QStringList goals;
        for (qint64 id : s.goalIds)
            goals << c.goalTitles.value(id, Messages::tr("a goal no longer in the plan"));
        b << line(Messages::tr("Goals worked on"), goals.join(QStringLiteral("; ")), draft);
    }
    if (s.isSigned())
        b << Block{
            Style::Small, Messages::tr("Signed"),
            Messages::tr("%1 on %2; content hash %3").arg(s.signedBy, moment(c, s.signedAt), rs.contentHash),
            false, 0};
    else
        b << Block{Style::Warning, {}, Messages::tr("Unsigned draft"), true, 0};
    for (const Addendum &a : rs.addenda) {
        b << line(Messages::tr("Addendum of %1").arg(moment(c, a.signedAt)), a.text.trimmed(), false, 14);
        b << Block{
            Style::Small, Messages::tr("Signed"),
            Messages::tr("%1 on %2; content hash %3").arg(a.signedBy, moment(c, a.signedAt), a.contentHash),
            false, 14};
    }
    return b;
}

Blocks sessionsSection(const RecordContent &c)
{
    Blocks b{heading(Style::Heading, Messages::tr("Sessions"))};
    if (c.sessions.isEmpty())
        b << line({}, Messages::tr("No sessions in this period."));
    for (const RecordSession &s : c.sessions)
        b << sessionBlocks(c, s);
    return b;
}

QList<Section> recordSections()
{
    return {titleSection, identifyingSection, safetySection, treatmentPlanSection, sessionsSection};
}

RunningText runningText(const RecordContent &c)
{
    return {Messages::tr("Clinical record – %1").arg(c.couple.name), c.clinician.signature(),
            Messages::tr("Printed %1").arg(date(c, c.options.today)),
            Messages::tr("UNSIGNED DRAFT on this page"), Messages::tr("Page %1 of %2")};
}

} // namespace attune::record
