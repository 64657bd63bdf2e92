// Reading and writing couples and their partners.
#include "PracticeStore.h"

#include "ChangedFields.h"

#include "QueryParts.h"
#include "RowVersions.h"
#include "SqlStatement.h"
#include "StatementText.h"
#include "StoredLists.h"
#include "domain/Validation.h"

namespace attune {
const QString &coupleSummarySql()
{
    static const QString sql = QStringLiteral(R"(
    SELECT c.id, c.uuid, c.name, c.status, c.pattern, c.tags, c.archived,
           p0.name, p0.position, p1.name, p1.position,
           (SELECT count(*) FROM sessions s WHERE s.couple_id = c.id AND s.archived = 0),
           latest.session_date, latest.stage, latest.step, c.safety_outcome, c.safety_date
    FROM couples c
    JOIN partners p0 ON p0.couple_id = c.id AND p0.ordinal = 0
    JOIN partners p1 ON p1.couple_id = c.id AND p1.ordinal = 1
    LEFT JOIN sessions latest ON latest.id = (
        SELECT s.id FROM sessions s WHERE s.couple_id = c.id AND s.archived = 0
        ORDER BY s.session_date DESC, s.start_time DESC, s.id DESC LIMIT 1))");
    return sql;
}

namespace {

// The columns an insert and an update both write.
void bindCoupleFields(SqlStatement &q, const Couple &couple)
{
    q.bind(QStringLiteral(":name"), couple.name.trimmed())
        .bind(QStringLiteral(":status"), toKey(couple.status))
        .bind(QStringLiteral(":pattern"), toKey(couple.pattern))
        .bind(QStringLiteral(":intake"), couple.intakeDate)
        .bind(QStringLiteral(":closing"), couple.closingDate)
        .bind(QStringLiteral(":concerns"), couple.presentingConcerns)
        .bind(QStringLiteral(":tags"), storedListToJson(couple.tags))
        .bind(QStringLiteral(":safety"), toKey(couple.safety.outcome))
        .bind(QStringLiteral(":safety_date"), couple.safety.date)
        .bind(QStringLiteral(":safety_notes"), couple.safety.notes)
        .bind(QStringLiteral(":referral_source"), couple.referral.source.trimmed())
        .bind(QStringLiteral(":referring_clinician"), couple.referral.clinician.trimmed())
        .bind(QStringLiteral(":archived"), couple.archived);
}

// A partner's columns an insert and an update both write; contact text is stored trimmed.
void bindPartnerFields(SqlStatement &q, const Partner &p)
{
    q.bind(QStringLiteral(":name"), p.name.trimmed())
        .bind(QStringLiteral(":pronouns"), p.pronouns)
        .bind(QStringLiteral(":language"), p.language)
        .bind(QStringLiteral(":position"), toKey(p.position))
        .bind(QStringLiteral(":closeness"), p.closenessNeed)
        .bind(QStringLiteral(":alone"), p.aloneNeed)
        .bind(QStringLiteral(":phone"), p.contact.phone.trimmed())
        .bind(QStringLiteral(":email"), p.contact.email.trimmed())
        .bind(QStringLiteral(":address"), p.contact.address.trimmed())
        .bind(QStringLiteral(":emergency_name"), p.contact.emergencyName.trimmed())
        .bind(QStringLiteral(":emergency_phone"), p.contact.emergencyPhone.trimmed());
}

CoupleSummary readSummary(const SqlStatement &q, QDate today, int rescreenMonths)
{
    CoupleSummary s;
    s.id = q.integer(0);
    s.uuid = q.text(1);
    s.name = q.text(2);
    s.status = fromKey<CoupleStatus>(q.text(3)).value_or(CoupleStatus::Active);
    s.pattern = fromKey<CyclePattern>(q.text(4)).value_or(CyclePattern::PursueWithdraw);
    s.tags = storedListFromJson(q.text(5));
    s.archived = q.integer(6) != 0;
    s.partnerNames = {q.text(7), q.text(9)};
    s.positions = {fromKey<CyclePosition>(q.text(8)).value_or(CyclePosition::Pursuer),
                   fromKey<CyclePosition>(q.text(10)).value_or(CyclePosition::Withdrawer)};
    s.sessionCount = static_cast<int>(q.integer(11));
    s.lastSessionDate = q.date(12);
    s.stage = static_cast<int>(q.integer(13));
    s.step = static_cast<int>(q.integer(14));
    s.safety = safetyConcern(fromKey<SafetyOutcome>(q.text(15)).value_or(SafetyOutcome::NotScreened),
                             q.date(16), today, rescreenMonths);
    return s;
}

} // namespace

Result<QList<CoupleSummary>> PracticeStore::coupleSummaries(ArchiveFilter filter) const
{
    SqlStatement q(m_db, coupleSummarySql() + QStringLiteral(" WHERE ") +
                             archiveClause(filter, QStringLiteral("c.archived")) +
                             QStringLiteral(" ORDER BY c.name COLLATE NOCASE, c.id"));
    const Result<int> months = rescreenMonths();
    if (!months)
        return months.status();
    if (auto s = q.exec(); !s)
        return s;
    QList<CoupleSummary> result;
    while (q.next())
        result.append(readSummary(q, today(), *months));
    return result;
}

Result<CoupleSummary> PracticeStore::coupleSummary(qint64 coupleId) const
{
    SqlStatement q(m_db, coupleSummarySql() + QStringLiteral(" WHERE c.id = :id"));
    q.bind(QStringLiteral(":id"), coupleId);
    const Result<int> months = rescreenMonths();
    if (!months)
        return months.status();
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Result<CoupleSummary>::failure(tr("That couple no longer exists."));
    return readSummary(q, today(), *months);
}

Result<Couple> PracticeStore::couple(qint64 coupleId) const
{
    Couple c;
    {
        SqlStatement q(m_db, QStringLiteral(R"(
            SELECT id, uuid, name, status, pattern, intake_date, closing_date, presenting_concerns, tags,
                   safety_outcome, safety_date, safety_notes, archived, created_at, modified_at, row_version,
                   referral_source, referring_clinician
            FROM couples WHERE id = :id)"));
        q.bind(QStringLiteral(":id"), coupleId);
        if (auto s = q.exec(); !s)
            return s;
        if (!q.next())
            return Result<Couple>::failure(tr("That couple no longer exists."));
        c.id = q.integer(0);
        c.uuid = q.text(1);
        c.name = q.text(2);
        c.status = fromKey<CoupleStatus>(q.text(3)).value_or(CoupleStatus::Active);
        c.pattern = fromKey<CyclePattern>(q.text(4)).value_or(CyclePattern::PursueWithdraw);
        c.intakeDate = q.date(5);
        c.closingDate = q.date(6);
        c.presentingConcerns = q.text(7);
        c.tags = storedListFromJson(q.text(8));
        c.safety.outcome = fromKey<SafetyOutcome>(q.text(9)).value_or(SafetyOutcome::NotScreened);
        c.safety.date = q.date(10);
        c.safety.notes = q.text(11);
        c.archived = q.integer(12) != 0;
        c.created = q.timestamp(13);
        c.modified = q.timestamp(14);
        c.rowVersion = q.integer(15);
        c.referral.source = q.text(16);
        c.referral.clinician = q.text(17);
    }
    SqlStatement q(m_db, QStringLiteral(R"(
        SELECT ordinal, id, uuid, name, pronouns, language, position, closeness_need, alone_need, created_at, modified_at,
               row_version, phone, email, address, emergency_name, emergency_phone
        FROM partners WHERE couple_id = :id ORDER BY ordinal)"));
    q.bind(QStringLiteral(":id"), coupleId);
    if (auto s = q.exec(); !s)
        return s;
    int found = 0;
    while (q.next()) {
        const qint64 ordinal = q.integer(0);
        if (ordinal != 0 && ordinal != 1)
            continue;
        Partner &p = c.partners[ordinal];
        p.id = q.integer(1);
        p.uuid = q.text(2);
        p.name = q.text(3);
        p.pronouns = q.text(4);
        p.language = q.text(5);
        p.position = fromKey<CyclePosition>(q.text(6)).value_or(CyclePosition::Pursuer);
        p.closenessNeed = static_cast<int>(q.integer(7));
        p.aloneNeed = static_cast<int>(q.integer(8));
        p.created = q.timestamp(9);
        p.modified = q.timestamp(10);
        p.rowVersion = q.integer(11);
        p.contact = {q.text(12), q.text(13), q.text(14), q.text(15), q.text(16)};
        ++found;
    }
    if (found != 2)
        return Result<Couple>::failure(
            tr("The practice file is damaged: couple %1 does not have two partners.").arg(coupleId));
    Result<QList<SafetyScreen>> history = safetyHistory(coupleId);
    if (!history)
        return history.status();
    c.safetyHistory = std::move(history).value();
    return c;
}

Result<qint64> PracticeStore::coupleIdByUuid(const QString &uuid) const
{
    SqlStatement q(m_db, QStringLiteral("SELECT id FROM couples WHERE uuid = :uuid"));
    q.bind(QStringLiteral(":uuid"), uuid);
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Result<qint64>::failure(tr("No couple has the id %1.").arg(uuid));
    return q.integer(0);
}

Result<qint64> PracticeStore::createCouple(const Couple &couple)
{
    if (couple.isStored())
        return Result<qint64>::failure(tr("This couple is already in the practice."));
    return insertCouple(couple);
}

Status PracticeStore::restoreCouple(const Couple &couple)
{
    if (!couple.isStored())
        return Status::failure(tr("Only a couple that was stored before can be restored."));
    return insertCouple(couple).status();
}

Result<qint64> PracticeStore::insertCouple(const Couple &couple)
{
    if (auto s = validateCouple(couple, today()); !s)
        return s;
    qint64 coupleId = 0;
    const Status written = transaction([&]() -> Status {
        const QDateTime stamp = now();
        SqlStatement q(m_db, QStringLiteral(R"(
            INSERT INTO couples (id, uuid, name, status, pattern, intake_date, closing_date, presenting_concerns, tags,
                                 safety_outcome, safety_date, safety_notes, referral_source, referring_clinician,
                                 archived, created_at, modified_at)
            VALUES (:id, :uuid, :name, :status, :pattern, :intake, :closing, :concerns, :tags,
                    :safety, :safety_date, :safety_notes, :referral_source, :referring_clinician,
                    :archived, :created, :modified))"));
        q.bind(QStringLiteral(":id"), idOrNull(couple.id))
            .bind(QStringLiteral(":uuid"), couple.uuid.isEmpty() ? newUuid() : couple.uuid)
            .bind(QStringLiteral(":created"), couple.created.isValid() ? couple.created : stamp)
            .bind(QStringLiteral(":modified"), couple.modified.isValid() ? couple.modified : stamp);
        bindCoupleFields(q, couple);
        if (auto s = q.exec(); !s)
            return s;
        coupleId = q.lastInsertId();
        for (int ordinal = 0; ordinal < 2; ++ordinal) {
            const Partner &p = couple.partners[ordinal];
            SqlStatement pq(m_db, QStringLiteral(R"(
                INSERT INTO partners (id, uuid, couple_id, ordinal, name, pronouns, language, position,
                                      closeness_need, alone_need, phone, email, address, emergency_name,
                                      emergency_phone, created_at, modified_at)
                VALUES (:id, :uuid, :couple, :ordinal, :name, :pronouns, :language, :position,
                        :closeness, :alone, :phone, :email, :address, :emergency_name, :emergency_phone,
                        :created, :modified))"));
            // A restored couple gets its partners back under their old ids too.
            pq.bind(QStringLiteral(":id"), idOrNull(couple.isStored() ? p.id : 0))
                .bind(QStringLiteral(":uuid"), p.uuid.isEmpty() ? newUuid() : p.uuid)
                .bind(QStringLiteral(":couple"), coupleId)
                .bind(QStringLiteral(":ordinal"), ordinal)
                .bind(QStringLiteral(":created"), p.created.isValid() ? p.created : stamp)
                .bind(QStringLiteral(":modified"), p.modified.isValid() ? p.modified : stamp);
            bindPartnerFields(pq, p);
            if (auto s = pq.exec(); !s)
                return s;
        }
        if (auto s = writeSafetyHistory(coupleId, couple.safetyHistory); !s)
            return s;
        noteContentChanged(Hashed::Couple, coupleId);
        announceCouple(coupleId, kAllCoupleFields);
        return Status::ok();
    });
    if (!written)
        return written;
    return coupleId;
}

Status PracticeStore::updateCouple(const Couple &couple)
{
    if (!couple.isStored())
        return Status::failure(tr("This couple has not been stored yet."));
    if (auto s = validateCouple(couple, today()); !s)
        return s;
    // What changed, so views that show only some of the couple rebuild only when that part did (a couple
    // that cannot be read is announced whole; the update then fails or says why).
    const auto stored = this->couple(couple.id);
    const CoupleFields fields = stored ? changedFields(*stored, couple) : kAllCoupleFields;
    return transaction([&]() -> Status {
        const QDateTime stamp = now();
        if (auto s = checkRowVersion("couples", couple.id, couple.rowVersion); !s)
            return s;
        for (const Partner &p : couple.partners)
            if (auto s = checkRowVersion("partners", p.id, p.rowVersion); !s)
                return s;
        SqlStatement q(m_db, QStringLiteral(R"(
            UPDATE couples SET name = :name, status = :status, pattern = :pattern, intake_date = :intake,
                closing_date = :closing, presenting_concerns = :concerns, tags = :tags, safety_outcome = :safety,
                safety_date = :safety_date, safety_notes = :safety_notes, referral_source = :referral_source,
                referring_clinician = :referring_clinician, archived = :archived, modified_at = :modified,
                row_version = row_version + 1
            WHERE id = :id)"));
        bindCoupleFields(q, couple);
        q.bind(QStringLiteral(":modified"), stamp).bind(QStringLiteral(":id"), couple.id);
        if (auto s = q.execChangingOneRow(tr("That couple no longer exists.")); !s)
            return s;
        if (auto s = rememberOwnRowVersion(m_db, "couples", couple.id); !s)
            return s;
        for (int ordinal = 0; ordinal < 2; ++ordinal) {
            const Partner &p = couple.partners[ordinal];
            SqlStatement pq(m_db, QStringLiteral(R"(
                UPDATE partners SET name = :name, pronouns = :pronouns, language = :language, position = :position,
                    closeness_need = :closeness, alone_need = :alone, phone = :phone, email = :email,
                    address = :address, emergency_name = :emergency_name, emergency_phone = :emergency_phone,
                    modified_at = :modified, row_version = row_version + 1
                WHERE couple_id = :couple AND ordinal = :ordinal)"));
            bindPartnerFields(pq, p);
            pq.bind(QStringLiteral(":modified"), stamp)
                .bind(QStringLiteral(":couple"), couple.id)
                .bind(QStringLiteral(":ordinal"), ordinal);
            if (auto s = pq.execChangingOneRow(tr("The practice file is damaged: a partner is missing.")); !s)
                return s;
            if (auto s = rememberOwnRowVersion(m_db, "partners", p.id); !s)
                return s;
        }
        if (auto s = writeSafetyHistory(couple.id, couple.safetyHistory); !s)
            return s;
        noteContentChanged(Hashed::Couple, couple.id);
        announceCouple(couple.id, fields);
        return Status::ok();
    });
}

Status PracticeStore::purgeCouple(qint64 coupleId)
{
    return transaction([&]() -> Status {
        if (auto s = purge("couples", coupleId); !s)
            return s;
        announceCouple(coupleId, kAllCoupleFields);
        return Status::ok();
    });
}

Status PracticeStore::setCoupleArchived(qint64 coupleId, bool archived)
{
    return transaction([&]() -> Status {
        if (auto s = setArchived("couples", coupleId, archived); !s)
            return s;
        announceCouple(coupleId, CoupleField::Archived);
        return Status::ok();
    });
}

} // namespace attune
