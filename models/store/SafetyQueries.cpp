// A couple's earlier safety screens and the practice's re-screening period (issue 16). The latest screen
// lives with the couple (CoupleQueries.cpp); the ones before it are rows of safety_screens, written as the
// difference from what is stored so an unchanged history leaves nothing in the audit trail.
#include "PracticeStore.h"

#include "SqlStatement.h"

namespace attune {
namespace {

const QString kRescreenMonths = QStringLiteral("safety_rescreen_months");

} // namespace

Result<QList<SafetyScreen>> PracticeStore::safetyHistory(qint64 coupleId) const
{
    SqlStatement q(m_db, QStringLiteral("SELECT screen_date, outcome, notes FROM safety_screens "
                                        "WHERE couple_id = :couple ORDER BY screen_date"));
    q.bind(QStringLiteral(":couple"), coupleId);
    if (auto s = q.exec(); !s)
        return s;
    QList<SafetyScreen> history;
    while (q.next()) {
        SafetyScreen screen;
        screen.date = q.date(0);
        screen.outcome = fromKey<SafetyOutcome>(q.text(1)).value_or(SafetyOutcome::NotScreened);
        screen.notes = q.text(2);
        history.append(screen);
    }
    return history;
}

Status PracticeStore::writeSafetyHistory(qint64 coupleId, const QList<SafetyScreen> &wanted)
{
    const Result<QList<SafetyScreen>> stored = safetyHistory(coupleId);
    if (!stored)
        return stored.status();
    const QDateTime stamp = now();
    for (const SafetyScreen &old : *stored) {
        const bool kept = std::any_of(wanted.cbegin(), wanted.cend(),
                                      [&old](const SafetyScreen &w) { return w.date == old.date; });
        if (kept)
            continue;
        SqlStatement q(m_db, QStringLiteral("DELETE FROM safety_screens WHERE couple_id = :couple AND "
                                            "screen_date = :date"));
        q.bind(QStringLiteral(":couple"), coupleId).bind(QStringLiteral(":date"), old.date);
        if (auto s = q.exec(); !s)
            return s;
    }
    for (const SafetyScreen &screen : wanted) {
        if (stored->contains(screen))
            continue;
        // A new date is a new row; a known date whose outcome or notes changed is corrected in place.
        SqlStatement q(m_db, QStringLiteral(R"(
            INSERT INTO safety_screens (uuid, couple_id, screen_date, outcome, notes, created_at, modified_at)
            VALUES (:uuid, :couple, :date, :outcome, :notes, :stamp, :stamp)
            ON CONFLICT (couple_id, screen_date) DO UPDATE SET outcome = excluded.outcome,
                notes = excluded.notes, modified_at = excluded.modified_at)"));
        q.bind(QStringLiteral(":uuid"), newUuid())
            .bind(QStringLiteral(":couple"), coupleId)
            .bind(QStringLiteral(":date"), screen.date)
            .bind(QStringLiteral(":outcome"), toKey(screen.outcome))
            .bind(QStringLiteral(":notes"), screen.notes)
            .bind(QStringLiteral(":stamp"), stamp);
        if (auto s = q.exec(); !s)
            return s;
    }
    return Status::ok();
}

Result<int> PracticeStore::rescreenMonths() const
{
    const Result<QString> stored = practiceSetting(kRescreenMonths);
    if (!stored)
        return stored.status();
    bool ok = false;
    const int months = stored->toInt(&ok);
    // An unset or hand-edited value falls back to the default rather than switching the flag off.
    if (!ok || months < kMinRescreenMonths || months > kMaxRescreenMonths)
        return kDefaultRescreenMonths;
    return months;
}

Status PracticeStore::setRescreenMonths(int months)
{
    if (months < kMinRescreenMonths || months > kMaxRescreenMonths)
        return Status::failure(tr("The re-screening period must be between %1 and %2 months.")
                                   .arg(kMinRescreenMonths)
                                   .arg(kMaxRescreenMonths));
    const Result<int> current = rescreenMonths();
    if (current && *current == months)
        return Status::ok();
    if (Status s = setPracticeSetting(kRescreenMonths, QString::number(months)); !s)
        return s;
    emit safetyPolicyChanged();
    return Status::ok();
}

Result<SafetyConcern> PracticeStore::safetyConcernOf(qint64 coupleId) const
{
    const Result<CoupleSummary> summary = coupleSummary(coupleId);
    if (!summary)
        return summary.status();
    return summary->safety;
}

} // namespace attune
