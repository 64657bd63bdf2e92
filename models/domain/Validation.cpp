#include "Validation.h"

#include "i18n/DateText.h"

#include "Instruments.h"

#include <QCoreApplication>
#include <QLocale>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    static QString dateText(QDate d) { return shortDate(d); }

    static Status checkDate(QDate date, const QString &what, QDate today, bool required)
    {
        if (date.isNull())
            return required ? Status::failure(tr("%1 is missing.").arg(what)) : Status::ok();
        if (!date.isValid())
            return Status::failure(tr("%1 is not a real date.").arg(what));
        if (date < kEarliestPlausibleDate)
            return Status::failure(
                tr("%1 (%2) is before %3.").arg(what, dateText(date), dateText(kEarliestPlausibleDate)));
        if (date > today.addDays(1)) // a day's grace for time zones
            return Status::failure(tr("%1 (%2) is in the future.").arg(what, dateText(date)));
        return Status::ok();
    }

    static Status checkPartner(const Partner &p, int index)
    {
        const QString who = index == 0 ? tr("The first partner") : tr("The second partner");
        if (p.name.trimmed().isEmpty())
            return Status::failure(tr("%1 needs a name.").arg(who));
        if (p.closenessNeed < 0 || p.closenessNeed > kNeedScaleMax)
            return Status::failure(
                tr("%1's need for closeness must be between 0 and %2.").arg(who).arg(kNeedScaleMax));
        if (p.aloneNeed < 0 || p.aloneNeed > kNeedScaleMax)
            return Status::failure(
                tr("%1's need for alone time must be between 0 and %2.").arg(who).arg(kNeedScaleMax));
        return checkContact(p.contact, index);
    }

    static Status checkContact(const ContactDetails &c, int index)
    {
        const QString who = index == 0 ? tr("The first partner") : tr("The second partner");
        if (!looksLikePhone(c.phone))
            return Status::failure(
                tr("%1's phone number may hold only digits, spaces and + ( ) - . (for example "
                   "+1 (555) 010-0199).")
                    .arg(who));
        if (!looksLikeEmail(c.email))
            return Status::failure(
                tr("%1's e-mail address does not look like one: it should read like name@example.org.")
                    .arg(who));
        if (!looksLikePhone(c.emergencyPhone))
            return Status::failure(
                tr("The phone number of %1's emergency contact may hold only digits, spaces and + ( ) - .")
                    .arg(who.toLower()));
        return Status::ok();
    }

    static Status checkCouple(const Couple &c, QDate today)
    {
        if (c.name.trimmed().isEmpty())
            return Status::failure(tr("The couple needs a name."));
        for (int i = 0; i < 2; ++i)
            if (auto s = checkPartner(c.partners[i], i); !s)
                return s;
        const bool pursuers = c.partners[0].position == CyclePosition::Pursuer;
        const bool bothSame = c.partners[0].position == c.partners[1].position;
        const bool fits = (c.pattern == CyclePattern::PursueWithdraw && !bothSame) ||
                          (c.pattern == CyclePattern::PursuePursue && bothSame && pursuers) ||
                          (c.pattern == CyclePattern::WithdrawWithdraw && bothSame && !pursuers);
        if (!fits)
            return Status::failure(tr("The partners' positions do not match the %1 pattern.")
                                       .arg(displayName(c.pattern).toLower()));
        if (auto s = checkDate(c.intakeDate, tr("The intake date"), today, true); !s)
            return s;
        if (auto s = checkDate(c.closingDate, tr("The closing date"), today, false); !s)
            return s;
        if (c.closingDate.isValid() && c.closingDate < c.intakeDate)
            return Status::failure(tr("The closing date is before the intake date."));
        if (auto s = checkDate(c.safety.date, tr("The safety screen date"), today, c.safety.done()); !s)
            return s;
        return checkSafetyHistory(c, today);
    }

    // Earlier screens are real screens, each on its own date before the next one and before the latest.
    static Status checkSafetyHistory(const Couple &c, QDate today)
    {
        if (c.safetyHistory.isEmpty())
            return Status::ok();
        if (!c.safety.done())
            return Status::failure(tr("The new safety screen needs an outcome."));
        QDate previous;
        for (const SafetyScreen &screen : c.safetyHistory) {
            if (!screen.done())
                return Status::failure(tr("An earlier safety screen has no outcome."));
            if (auto s = checkDate(screen.date, tr("An earlier safety screen's date"), today, true); !s)
                return s;
            if (previous.isValid() && screen.date <= previous)
                return Status::failure(
                    tr("Two earlier safety screens are on the same date or out of order."));
            previous = screen.date;
        }
        if (previous >= c.safety.date)
            return Status::failure(
                tr("The latest safety screen (%1) must be dated after the earlier ones (%2).")
                    .arg(dateText(c.safety.date), dateText(previous)));
        return Status::ok();
    }

    static Status checkSession(const Session &s, const Couple &c, QDate today)
    {
        if (auto st = checkDate(s.date, tr("The session date"), today, true); !st)
            return st;
        if (c.intakeDate.isValid() && s.date < c.intakeDate)
            return Status::failure(tr("The session date (%1) is before the couple's intake (%2).")
                                       .arg(dateText(s.date), dateText(c.intakeDate)));
        if (s.durationMinutes < 5 || s.durationMinutes > 480)
            return Status::failure(tr("A session lasts between 5 and 480 minutes."));
        if (s.stage < 1 || s.stage > 3)
            return Status::failure(tr("The EFT stage must be 1, 2 or 3."));
        if (s.step < 1 || s.step > 9)
            return Status::failure(tr("The EFT step must be between 1 and 9."));
        if (stageOfStep(s.step) != s.stage)
            return Status::failure(tr("Step %1 belongs to stage %2, not stage %3.")
                                       .arg(s.step)
                                       .arg(stageOfStep(s.step))
                                       .arg(s.stage));
        for (const ChangeEvent &e : s.events)
            if (e.partner != kNoPartner && e.partner != 0 && e.partner != 1)
                return Status::failure(tr("A change event names a partner who is not part of this couple."));
        QList<int> ratedPartners;
        for (const BondRating &r : s.bondRatings) {
            if (r.partner != 0 && r.partner != 1)
                return Status::failure(
                    tr("A secure-bond rating names a partner who is not part of this couple."));
            if (ratedPartners.contains(r.partner))
                return Status::failure(tr("A partner has two sets of secure-bond ratings in one session."));
            ratedPartners.append(r.partner);
            for (int v : r.signs)
                if (v < 0 || v > kBondScaleMax)
                    return Status::failure(
                        tr("Secure-bond ratings must be between 0 and %1.").arg(kBondScaleMax));
        }
        QList<QPair<int, Instrument>> scored;
        for (const OutcomeScore &o : s.outcomes) {
            if (o.partner != 0 && o.partner != 1)
                return Status::failure(
                    tr("An outcome score names a partner who is not part of this couple."));
            if (scored.contains(qMakePair(o.partner, o.instrument)))
                return Status::failure(
                    tr("A partner has two %1 totals in one session.").arg(displayName(o.instrument)));
            scored.append(qMakePair(o.partner, o.instrument));
            const InstrumentScale scale = scaleOf(o.instrument);
            if (!(o.total >= scale.minimum && o.total <= scale.maximum))
                return Status::failure(tr("A %1 total must be between %2 and %3.")
                                           .arg(displayName(o.instrument), QLocale().toString(scale.minimum),
                                                QLocale().toString(scale.maximum)));
        }
        for (const HomeworkItem &h : s.homework)
            if (h.text.trimmed().isEmpty())
                return Status::failure(tr("A homework item is empty."));
        return Status::ok();
    }
};

} // namespace

Status validateCouple(const Couple &couple, QDate today)
{
    return Messages::checkCouple(couple, today);
}

Status validateContact(const ContactDetails &contact, int partnerIndex)
{
    return Messages::checkContact(contact, partnerIndex);
}

Status validateSession(const Session &session, const Couple &couple, QDate today)
{
    return Messages::checkSession(session, couple, today);
}

Status validateCycleMap(const CycleMap &map, QDate today)
{
    return Messages::checkDate(map.date, Messages::tr("The cycle map's date"), today, true);
}

Status validateExercise(const FiveStepExercise &exercise, QDate today)
{
    if (exercise.partner != 0 && exercise.partner != 1)
        return Status::failure(Messages::tr("The exercise must belong to one of the partners."));
    return Messages::checkDate(exercise.date, Messages::tr("The exercise's date"), today, true);
}

QString stageName(int stage)
{
    switch (stage) {
    case 1:
        return QCoreApplication::translate("attune::Vocabulary", "De-escalation");
    case 2:
        return QCoreApplication::translate("attune::Vocabulary", "Restructuring");
    case 3:
        return QCoreApplication::translate("attune::Vocabulary", "Consolidation");
    }
    return {};
}

} // namespace attune
