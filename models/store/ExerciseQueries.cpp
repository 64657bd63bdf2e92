// Reading and writing five-step exercises.
#include "PracticeStore.h"

#include "QueryParts.h"
#include "RowVersions.h"
#include "SqlStatement.h"
#include "domain/Validation.h"

namespace attune {
namespace {

const QString kExerciseColumns = QStringLiteral(
    "id, uuid, couple_id, session_id, partner, exercise_date, incident, trigger_text, immediate_emotion, "
    "behavioral_reaction, deeper_feelings, underlying_need, archived, created_at, modified_at, row_version");

FiveStepExercise readExerciseRow(const SqlStatement &q)
{
    FiveStepExercise e;
    e.id = q.integer(0);
    e.uuid = q.text(1);
    e.coupleId = q.integer(2);
    e.sessionId = q.value(3).isNull() ? 0 : q.integer(3);
    e.partner = static_cast<int>(q.integer(4));
    e.date = q.date(5);
    e.incident = q.text(6);
    for (int i = 0; i < 5; ++i)
        e.steps[i] = q.text(7 + i);
    e.archived = q.integer(12) != 0;
    e.created = q.timestamp(13);
    e.modified = q.timestamp(14);
    e.rowVersion = q.integer(15);
    return e;
}

void bindExercise(SqlStatement &q, const FiveStepExercise &e)
{
    q.bind(QStringLiteral(":session"),
           e.sessionId > 0 ? QVariant(e.sessionId) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(QStringLiteral(":partner"), e.partner)
        .bind(QStringLiteral(":date"), e.date)
        .bind(QStringLiteral(":incident"), e.incident)
        .bind(QStringLiteral(":archived"), e.archived);
    for (int i = 0; i < 5; ++i)
        q.bind(QStringLiteral(":s%1").arg(i), e.steps[i]);
}

} // namespace

Result<QList<FiveStepExercise>> PracticeStore::exercises(qint64 coupleId, ArchiveFilter filter) const
{
    SqlStatement q(m_db, QStringLiteral("SELECT ") + kExerciseColumns +
                             QStringLiteral(" FROM exercises WHERE couple_id = :couple AND ") +
                             archiveClause(filter, QStringLiteral("archived")) +
                             QStringLiteral(" ORDER BY exercise_date, id"));
    q.bind(QStringLiteral(":couple"), coupleId);
    if (auto s = q.exec(); !s)
        return s;
    QList<FiveStepExercise> result;
    while (q.next())
        result.append(readExerciseRow(q));
    return result;
}

Result<FiveStepExercise> PracticeStore::exercise(qint64 exerciseId) const
{
    SqlStatement q(m_db, QStringLiteral("SELECT ") + kExerciseColumns +
                             QStringLiteral(" FROM exercises WHERE id = :id"));
    q.bind(QStringLiteral(":id"), exerciseId);
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Result<FiveStepExercise>::failure(tr("That exercise no longer exists."));
    return readExerciseRow(q);
}

Result<qint64> PracticeStore::coupleOfExercise(qint64 exerciseId) const
{
    const auto e = exercise(exerciseId);
    if (!e)
        return e.status();
    return e->coupleId;
}

Result<qint64> PracticeStore::createExercise(const FiveStepExercise &exercise)
{
    if (exercise.isStored())
        return Result<qint64>::failure(tr("This exercise is already in the practice."));
    return insertExercise(exercise);
}

Status PracticeStore::restoreExercise(const FiveStepExercise &exercise)
{
    if (!exercise.isStored())
        return Status::failure(tr("Only an exercise that was stored before can be restored."));
    return insertExercise(exercise).status();
}

Result<qint64> PracticeStore::insertExercise(const FiveStepExercise &exercise)
{
    if (auto s = validateExercise(exercise, today()); !s)
        return s;
    if (exercise.sessionId > 0) {
        const auto owner = coupleOfSession(exercise.sessionId);
        if (!owner)
            return owner.status();
        if (*owner != exercise.coupleId)
            return Result<qint64>::failure(tr("The exercise's session belongs to another couple."));
    }
    qint64 exerciseId = 0;
    const Status written = transaction([&]() -> Status {
        const QDateTime stamp = now();
        SqlStatement q(m_db, QStringLiteral(R"(
            INSERT INTO exercises (id, uuid, couple_id, session_id, partner, exercise_date, incident, trigger_text,
                immediate_emotion, behavioral_reaction, deeper_feelings, underlying_need, archived, created_at, modified_at)
            VALUES (:id, :uuid, :couple, :session, :partner, :date, :incident, :s0, :s1, :s2, :s3, :s4, :archived,
                    :created, :modified))"));
        q.bind(QStringLiteral(":id"), idOrNull(exercise.id))
            .bind(QStringLiteral(":uuid"), exercise.uuid.isEmpty() ? newUuid() : exercise.uuid)
            .bind(QStringLiteral(":couple"), exercise.coupleId)
            .bind(QStringLiteral(":created"), exercise.created.isValid() ? exercise.created : stamp)
            .bind(QStringLiteral(":modified"), exercise.modified.isValid() ? exercise.modified : stamp);
        bindExercise(q, exercise);
        if (auto s = q.exec(); !s)
            return s;
        exerciseId = q.lastInsertId();
        noteContentChanged(Hashed::Exercise, exerciseId);
        announce(Change::Exercises, exercise.coupleId);
        return Status::ok();
    });
    if (!written)
        return written;
    return exerciseId;
}

Status PracticeStore::updateExercise(const FiveStepExercise &exercise)
{
    if (!exercise.isStored())
        return Status::failure(tr("This exercise has not been stored yet."));
    if (auto s = validateExercise(exercise, today()); !s)
        return s;
    const auto coupleId = coupleOfExercise(exercise.id);
    if (!coupleId)
        return coupleId.status();
    if (*coupleId != exercise.coupleId)
        return Status::failure(tr("An exercise cannot move to another couple."));
    return transaction([&]() -> Status {
        if (auto s = checkRowVersion("exercises", exercise.id, exercise.rowVersion); !s)
            return s;
        SqlStatement q(m_db, QStringLiteral(R"(
            UPDATE exercises SET session_id = :session, partner = :partner, exercise_date = :date, incident = :incident,
                trigger_text = :s0, immediate_emotion = :s1, behavioral_reaction = :s2, deeper_feelings = :s3,
                underlying_need = :s4, archived = :archived, modified_at = :modified,
                row_version = row_version + 1
            WHERE id = :id)"));
        bindExercise(q, exercise);
        q.bind(QStringLiteral(":modified"), now()).bind(QStringLiteral(":id"), exercise.id);
        if (auto s = q.execChangingOneRow(tr("That exercise no longer exists.")); !s)
            return s;
        if (auto s = rememberOwnRowVersion(m_db, "exercises", exercise.id); !s)
            return s;
        noteContentChanged(Hashed::Exercise, exercise.id);
        announce(Change::Exercises, exercise.coupleId);
        return Status::ok();
    });
}

Status PracticeStore::purgeExercise(qint64 exerciseId)
{
    const auto coupleId = coupleOfExercise(exerciseId);
    if (!coupleId)
        return coupleId.status();
    return transaction([&]() -> Status {
        if (auto s = purge("exercises", exerciseId); !s)
            return s;
        announce(Change::Exercises, *coupleId);
        return Status::ok();
    });
}

Status PracticeStore::setExerciseArchived(qint64 exerciseId, bool archived)
{
    const auto coupleId = coupleOfExercise(exerciseId);
    if (!coupleId)
        return coupleId.status();
    return transaction([&]() -> Status {
        if (auto s = setArchived("exercises", exerciseId, archived); !s)
            return s;
        announce(Change::Exercises, *coupleId);
        return Status::ok();
    });
}

} // namespace attune
