// What case-file import needs from the store beyond the record queries: every UUID in the practice with
// the record that holds it, read in one statement so matching thousands of records stays cheap.
#include "PracticeStore.h"

#include "SqlStatement.h"

namespace attune {

Result<QHash<QString, UuidOwner>> PracticeStore::uuidIndex() const
{
    SqlStatement q(m_db, QStringLiteral(R"(
        SELECT uuid, 0, id, id FROM couples
        UNION ALL SELECT uuid, 1, id, couple_id FROM partners
        UNION ALL SELECT uuid, 2, id, couple_id FROM sessions
        UNION ALL SELECT c.uuid, 3, c.id, s.couple_id FROM change_events c JOIN sessions s ON s.id = c.session_id
        UNION ALL SELECT c.uuid, 3, c.id, s.couple_id FROM bond_ratings c JOIN sessions s ON s.id = c.session_id
        UNION ALL SELECT c.uuid, 3, c.id, s.couple_id FROM outcome_scores c JOIN sessions s ON s.id = c.session_id
        UNION ALL SELECT c.uuid, 3, c.id, s.couple_id FROM homework c JOIN sessions s ON s.id = c.session_id
        UNION ALL SELECT uuid, 4, id, couple_id FROM cycle_maps
        UNION ALL SELECT c.uuid, 5, c.id, m.couple_id FROM cycle_chains c JOIN cycle_maps m ON m.id = c.cycle_map_id
        UNION ALL SELECT uuid, 6, id, couple_id FROM exercises
        UNION ALL SELECT uuid, 7, id, couple_id FROM treatment_plans
        UNION ALL SELECT g.uuid, 8, g.id, p.couple_id FROM treatment_goals g JOIN treatment_plans p ON p.id = g.plan_id
        UNION ALL SELECT r.uuid, 9, r.id, p.couple_id FROM goal_reviews r JOIN treatment_goals g ON g.id = r.goal_id
            JOIN treatment_plans p ON p.id = g.plan_id)"));
    if (auto s = q.exec(); !s)
        return s;
    QHash<QString, UuidOwner> index;
    while (q.next())
        index.insert(q.text(0), {static_cast<UuidOwner::Kind>(q.integer(1)), q.integer(2), q.integer(3)});
    return index;
}

} // namespace attune
