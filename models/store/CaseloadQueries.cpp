// The practice-wide reads behind the week's appointments and the caseload view. Each is one statement
// over every current couple, so a practice of 500 couples costs the same two queries as one of five.
#include "PracticeStore.h"

#include "SqlStatement.h"

namespace attune {

Result<QList<CoupleStanding>> PracticeStore::coupleStandings() const
{
    // The latest session is found through the sessions_by_couple index, once per couple.
    SqlStatement q(m_db, QStringLiteral(R"(
        SELECT c.id, c.name, c.status, c.intake_date, p0.name, p1.name,
               latest.session_date, latest.stage, latest.step, a.starts_at,
               c.safety_outcome, c.safety_date
        FROM couples c
        JOIN partners p0 ON p0.couple_id = c.id AND p0.ordinal = 0
        JOIN partners p1 ON p1.couple_id = c.id AND p1.ordinal = 1
        LEFT JOIN sessions latest ON latest.id = (
            SELECT s.id FROM sessions s WHERE s.couple_id = c.id AND s.archived = 0
            ORDER BY s.session_date DESC, s.start_time DESC, s.id DESC LIMIT 1)
        LEFT JOIN appointments a ON a.id = (
            SELECT n.id FROM appointments n WHERE n.couple_id = c.id AND n.status = 'booked'
            ORDER BY n.starts_at >= :now DESC, CASE WHEN n.starts_at >= :now THEN n.starts_at END ASC,
                     n.starts_at DESC LIMIT 1)
        WHERE c.archived = 0
        ORDER BY c.name COLLATE NOCASE, c.id)"));
    const Result<int> months = rescreenMonths();
    if (!months)
        return months.status();
    q.bind(QStringLiteral(":now"), now().toUTC());
    if (auto s = q.exec(); !s)
        return s;
    QList<CoupleStanding> result;
    while (q.next()) {
        CoupleStanding c;
        c.coupleId = q.integer(0);
        c.name = q.text(1);
        c.status = fromKey<CoupleStatus>(q.text(2)).value_or(CoupleStatus::Active);
        c.intakeDate = q.date(3);
        c.partnerNames = {q.text(4), q.text(5)};
        c.lastSessionDate = q.date(6);
        c.stage = static_cast<int>(q.integer(7));
        c.step = static_cast<int>(q.integer(8));
        c.appointment = q.timestamp(9);
        c.safety = safetyConcern(fromKey<SafetyOutcome>(q.text(10)).value_or(SafetyOutcome::NotScreened),
                                 q.date(11), today(), *months);
        result.append(c);
    }
    return result;
}

Result<QList<RecentOutcome>> PracticeStore::recentOutcomeTotals() const
{
    // A window function keeps only each partner's two latest totals per instrument, so the rows read
    // grow with the number of couples, not with the number of sessions.
    SqlStatement q(m_db, QStringLiteral(R"(
        WITH ranked AS (
            SELECT s.couple_id, o.partner, o.instrument, o.total, s.session_date,
                   row_number() OVER (PARTITION BY s.couple_id, o.partner, o.instrument
                                      ORDER BY s.session_date DESC, s.start_time DESC, s.id DESC) AS n
            FROM outcome_scores o
            JOIN sessions s ON s.id = o.session_id
            JOIN couples c ON c.id = s.couple_id
            WHERE s.archived = 0 AND c.archived = 0)
        SELECT couple_id, partner, instrument, total, session_date, n FROM ranked WHERE n <= 2
        ORDER BY couple_id, partner, instrument, n)"));
    if (auto s = q.exec(); !s)
        return s;
    QList<RecentOutcome> result;
    while (q.next()) {
        const auto instrument = fromKey<Instrument>(q.text(2));
        if (!instrument)
            continue; // the schema's CHECK allows only known instruments
        if (q.integer(5) == 1) {
            RecentOutcome r;
            r.coupleId = q.integer(0);
            r.partner = static_cast<int>(q.integer(1));
            r.instrument = *instrument;
            r.latest = q.real(3);
            r.latestDate = q.date(4);
            result.append(r);
        } else if (!result.isEmpty() && result.last().coupleId == q.integer(0) &&
                   result.last().partner == q.integer(1) && result.last().instrument == *instrument) {
            result.last().previous = q.real(3);
        }
    }
    return result;
}

} // namespace attune
