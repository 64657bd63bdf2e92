#include "Caseload.h"

#include "store/PracticeStore.h"

#include <QHash>

#include <algorithm>

namespace attune {

DistressRise classifyDistress(Instrument instrument, double previous, double latest)
{
    const InstrumentScale scale = scaleOf(instrument);
    const double drop = previous - latest;
    if (drop <= 0)
        return DistressRise::None;
    if (scale.reliableChange && drop >= *scale.reliableChange)
        return DistressRise::ReliableWorsening;
    if (previous >= scale.distressCutoff && latest < scale.distressCutoff)
        return DistressRise::CrossedIntoDistress;
    return DistressRise::None;
}

double PartnerDistress::relativeDrop() const
{
    const InstrumentScale scale = scaleOf(instrument);
    const double range = scale.maximum - scale.minimum;
    return range > 0 ? (previous - latest) / range : 0;
}

namespace {

// For each partner, the instrument scored most recently: a scale the therapist stopped using long ago
// says nothing about today.
QHash<qint64, QList<PartnerDistress>> risingByCouple(const QList<RecentOutcome> &outcomes)
{
    QHash<QPair<qint64, int>, RecentOutcome> latestPerPartner;
    for (const RecentOutcome &o : outcomes) {
        const auto key = qMakePair(o.coupleId, o.partner);
        const auto it = latestPerPartner.constFind(key);
        if (it == latestPerPartner.constEnd() || o.latestDate > it->latestDate)
            latestPerPartner.insert(key, o);
    }
    QHash<qint64, QList<PartnerDistress>> result;
    for (const RecentOutcome &o : std::as_const(latestPerPartner)) {
        if (!o.previous)
            continue;
        const DistressRise rise = classifyDistress(o.instrument, *o.previous, o.latest);
        if (rise == DistressRise::None)
            continue;
        result[o.coupleId].append({o.partner, o.instrument, *o.previous, o.latest, o.latestDate, rise});
    }
    for (auto &list : result)
        std::sort(list.begin(), list.end(),
                  [](const PartnerDistress &a, const PartnerDistress &b) { return a.partner < b.partner; });
    return result;
}

} // namespace

Caseload buildCaseload(const QList<CoupleStanding> &couples, const QList<RecentOutcome> &outcomes,
                       QDate today, int notSeenWeeks)
{
    const auto rising = risingByCouple(outcomes);
    Caseload caseload;
    for (const CoupleStanding &c : couples) {
        if (c.status != CoupleStatus::Active)
            continue;
        ++caseload.activeCouples;
        ++caseload.perStage[static_cast<size_t>(std::clamp(c.stage, 0, 3))];
        CaseloadCouple entry;
        entry.couple = c;
        const QDate seen = c.lastSessionDate.isValid() ? c.lastSessionDate : c.intakeDate;
        const qint64 days = seen.isValid() ? seen.daysTo(today) : -1;
        entry.daysUnseen = days;
        entry.weeksUnseen = days >= 0 ? static_cast<int>(days / 7) : -1;
        entry.rising = rising.value(c.coupleId);
        if (days > qint64(notSeenWeeks) * 7)
            caseload.notSeen.append(entry);
        if (!entry.rising.isEmpty())
            caseload.distressRising.append(entry);
    }
    std::stable_sort(
        caseload.notSeen.begin(), caseload.notSeen.end(),
        [](const CaseloadCouple &a, const CaseloadCouple &b) { return a.daysUnseen > b.daysUnseen; });
    // The couple who got most worse comes first: what a therapist scanning the list must see at once.
    const auto largestDrop = [](const CaseloadCouple &c) {
        double largest = 0;
        for (const PartnerDistress &d : c.rising)
            largest = std::max(largest, d.relativeDrop());
        return largest;
    };
    std::stable_sort(caseload.distressRising.begin(), caseload.distressRising.end(),
                     [&](const CaseloadCouple &a, const CaseloadCouple &b) {
                         const double da = largestDrop(a), db = largestDrop(b);
                         if (da != db)
                             return da > db;
                         return a.couple.name.localeAwareCompare(b.couple.name) < 0;
                     });
    return caseload;
}

Result<Caseload> loadCaseload(const PracticeStore &store, int notSeenWeeks)
{
    const auto couples = store.coupleStandings();
    if (!couples)
        return couples.status();
    const auto outcomes = store.recentOutcomeTotals();
    if (!outcomes)
        return outcomes.status();
    return buildCaseload(*couples, *outcomes, store.today(), notSeenWeeks);
}

} // namespace attune
