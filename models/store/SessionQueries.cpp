// Reading and writing sessions with their change-event markers, ratings, outcome totals and homework.
#include "PracticeStore.h"

#include "ChangedFields.h"
#include "QueryParts.h"
#include "RowVersions.h"
#include "SqlStatement.h"
#include "StatementText.h"
#include "StoredLists.h"
#include "domain/Validation.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace attune {
namespace {

const QString kSessionColumns = QStringLiteral(
    "id, uuid, couple_id, session_date, start_time, duration_min, attendance, format, stage, step, focus, "
    "cycle_observations, interventions, plan, note_text, signed_at, signed_by, archived, created_at, "
    "modified_at, row_version");

Session readSessionRow(const SqlStatement &q)
{
    Session s;
    s.id = q.integer(0);
    s.uuid = q.text(1);
    s.coupleId = q.integer(2);
    s.date = q.date(3);
    s.startTime = q.time(4);
    s.durationMinutes = static_cast<int>(q.integer(5));
    s.attendance = fromKey<Attendance>(q.text(6)).value_or(Attendance::Both);
    s.format = fromKey<SessionFormat>(q.text(7)).value_or(SessionFormat::InPerson);
    s.stage = static_cast<int>(q.integer(8));
    s.step = static_cast<int>(q.integer(9));
    s.note.focus = q.text(10);
    s.note.cycleObservations = q.text(11);
    s.note.interventions = storedListFromJson(q.text(12));
    s.note.plan = q.text(13);
    s.note.text = q.text(14);
    s.signedAt = q.timestamp(15);
    s.signedBy = q.text(16);
    s.archived = q.integer(17) != 0;
    s.created = q.timestamp(18);
    s.modified = q.timestamp(19);
    s.rowVersion = q.integer(20);
    return s;
}

EventLevel levelFrom(qint64 stored)
{
    return static_cast<EventLevel>(std::clamp<qint64>(stored, 0, 3));
}

QString storedTime(QTime t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

// The columns an insert and an update both write; an update binds only the kinds of fields it changes
// (its statement sets only those columns, so a focus edit rewrites neither the other texts nor, through
// the search trigger on them, their index).
void bindSessionFields(SqlStatement &q, const Session &session, SessionFields only = kAllSessionFields)
{
    if (only & SessionField::Date)
        q.bind(QStringLiteral(":date"), session.date)
            .bind(QStringLiteral(":start"), session.startTime.isValid()
                                                ? QVariant(storedTime(session.startTime))
                                                : QVariant(QMetaType(QMetaType::QString)))
            .bind(QStringLiteral(":duration"), session.durationMinutes);
    if (only & SessionField::Attendance)
        q.bind(QStringLiteral(":attendance"), toKey(session.attendance))
            .bind(QStringLiteral(":format"), toKey(session.format));
    if (only & SessionField::StageStep)
        q.bind(QStringLiteral(":stage"), session.stage).bind(QStringLiteral(":step"), session.step);
    if (only & SessionField::Focus)
        q.bind(QStringLiteral(":focus"), session.note.focus);
    if (only & SessionField::NoteText)
        q.bind(QStringLiteral(":cycle"), session.note.cycleObservations)
            .bind(QStringLiteral(":interventions"), storedListToJson(session.note.interventions))
            .bind(QStringLiteral(":text"), session.note.text);
    if (only & SessionField::Plan)
        q.bind(QStringLiteral(":plan"), session.note.plan);
    if (only & SessionField::Archived)
        q.bind(QStringLiteral(":archived"), session.archived);
}

// The session row's columns by the kind of field they hold, with their placeholders in bindSessionFields.
struct SessionColumn
{
    const char *column;
    const char *placeholder;
    SessionField kind;
};
constexpr SessionColumn kSessionRowColumns[] = {
    {"session_date", ":date", SessionField::Date},
    {"start_time", ":start", SessionField::Date},
    {"duration_min", ":duration", SessionField::Date},
    {"attendance", ":attendance", SessionField::Attendance},
    {"format", ":format", SessionField::Attendance},
    {"stage", ":stage", SessionField::StageStep},
    {"step", ":step", SessionField::StageStep},
    {"focus", ":focus", SessionField::Focus},
    {"cycle_observations", ":cycle", SessionField::NoteText},
    {"interventions", ":interventions", SessionField::NoteText},
    {"note_text", ":text", SessionField::NoteText},
    {"plan", ":plan", SessionField::Plan},
    {"archived", ":archived", SessionField::Archived},
};

// UPDATE of the session row setting the columns of fields, its time of change and its counter.
QString sessionUpdateSql(SessionFields fields)
{
    QString sql = QStringLiteral("UPDATE sessions SET ");
    for (const SessionColumn &c : kSessionRowColumns)
        if (fields & c.kind)
            sql += QLatin1StringView(c.column) + QStringLiteral(" = ") + QLatin1StringView(c.placeholder) +
                   QStringLiteral(", ");
    return sql + QStringLiteral("modified_at = :modified, row_version = row_version + 1 WHERE id = :id");
}

// The session's counter as stored now, to tell whether a value read before the transaction still is.
Result<qint64> storedRowVersion(const QSqlDatabase &db, qint64 sessionId)
{
    SqlStatement q(db, QStringLiteral("SELECT row_version FROM sessions WHERE id = :id"));
    q.bind(QStringLiteral(":id"), sessionId);
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Result<qint64>::failure(PracticeStore::tr("That session no longer exists."));
    return q.integer(0);
}

} // namespace

QString sessionSummarySql(const QString &archiveCondition)
{
    return QStringLiteral(R"(
        SELECT s.id, s.uuid, s.couple_id, s.session_date, s.start_time, s.duration_min, s.attendance, s.format,
               s.stage, s.step, s.focus, s.signed_at IS NOT NULL, s.archived,
               coalesce(r.level, 0), coalesce(f.level, 0)
        FROM sessions s
        LEFT JOIN change_events r ON r.session_id = s.id AND r.kind = 'withdrawer_reengagement'
        LEFT JOIN change_events f ON f.session_id = s.id AND f.kind = 'blamer_softening'
        WHERE s.couple_id = :couple AND )") +
           archiveCondition + QStringLiteral(" ORDER BY s.session_date, s.start_time, s.id");
}

Result<QList<SessionSummary>> PracticeStore::sessionSummaries(qint64 coupleId, ArchiveFilter filter) const
{
    SqlStatement q(m_db, sessionSummarySql(archiveClause(filter, QStringLiteral("s.archived"))));
    q.bind(QStringLiteral(":couple"), coupleId);
    if (auto s = q.exec(); !s)
        return s;
    QList<SessionSummary> result;
    while (q.next()) {
        SessionSummary s;
        s.id = q.integer(0);
        s.uuid = q.text(1);
        s.coupleId = q.integer(2);
        s.date = q.date(3);
        s.startTime = q.time(4);
        s.durationMinutes = static_cast<int>(q.integer(5));
        s.attendance = fromKey<Attendance>(q.text(6)).value_or(Attendance::Both);
        s.format = fromKey<SessionFormat>(q.text(7)).value_or(SessionFormat::InPerson);
        s.stage = static_cast<int>(q.integer(8));
        s.step = static_cast<int>(q.integer(9));
        s.focus = q.text(10);
        s.isSigned = q.integer(11) != 0;
        s.archived = q.integer(12) != 0;
        s.levels = {levelFrom(q.integer(13)), levelFrom(q.integer(14))};
        result.append(s);
    }
    return result;
}

namespace {

// Loads the sessions matching scope (a condition on the sessions table, aliased s, with one bound value
// :scope) together with their children: five statements however many sessions there are.
Result<QList<Session>> loadSessions(const QSqlDatabase &db, const QString &scope, qint64 scopeValue)
{
    QList<Session> sessions;
    QHash<qint64, qsizetype> indexById;
    {
        SqlStatement q(db, QStringLiteral("SELECT ") + kSessionColumns +
                               QStringLiteral(" FROM sessions s WHERE ") + scope +
                               QStringLiteral(" ORDER BY s.session_date, s.start_time, s.id"));
        q.bind(QStringLiteral(":scope"), scopeValue);
        if (auto st = q.exec(); !st)
            return st;
        while (q.next()) {
            sessions.append(readSessionRow(q));
            indexById.insert(sessions.last().id, sessions.size() - 1);
        }
    }
    if (sessions.isEmpty())
        return sessions;

    // Each child query selects the owning session's id first, then its own columns.
    auto eachChild = [&](const QString &columns, const QString &table, const QString &order,
                         const std::function<void(Session &, const SqlStatement &)> &read) -> Status {
        SqlStatement q(db, QStringLiteral("SELECT c.session_id, ") + columns + QStringLiteral(" FROM ") +
                               table + QStringLiteral(" c JOIN sessions s ON s.id = c.session_id WHERE ") +
                               scope + QStringLiteral(" ORDER BY c.session_id, ") + order);
        q.bind(QStringLiteral(":scope"), scopeValue);
        if (auto st = q.exec(); !st)
            return st;
        while (q.next()) {
            const auto found = indexById.constFind(q.integer(0));
            if (found != indexById.cend())
                read(sessions[*found], q);
        }
        return Status::ok();
    };
    Status st = eachChild(QStringLiteral("c.kind, c.level, c.partner, c.anchor, c.uuid"),
                          QStringLiteral("change_events"), QStringLiteral("c.kind"),
                          [](Session &s, const SqlStatement &q) {
                              const auto kind = fromKey<ChangeEventKind>(q.text(1));
                              if (!kind)
                                  return;
                              ChangeEvent &e = s.event(*kind);
                              e.level = levelFrom(q.integer(2));
                              e.partner = q.value(3).isNull() ? kNoPartner : static_cast<int>(q.integer(3));
                              e.anchor = q.text(4);
                              e.uuid = q.text(5);
                          });
    if (!st)
        return st;
    st = eachChild(QStringLiteral("c.partner, c.emotional_balance, c.tuning_in, c.openness, c.positive_self, "
                                  "c.able_to_be_alone, c.uuid"),
                   QStringLiteral("bond_ratings"), QStringLiteral("c.partner"),
                   [](Session &s, const SqlStatement &q) {
                       BondRating r;
                       r.partner = static_cast<int>(q.integer(1));
                       for (int i = 0; i < 5; ++i)
                           r.signs[i] = static_cast<int>(q.integer(2 + i));
                       r.uuid = q.text(7);
                       s.bondRatings.append(r);
                   });
    if (!st)
        return st;
    st = eachChild(
        QStringLiteral("c.partner, c.instrument, c.total, c.uuid"), QStringLiteral("outcome_scores"),
        QStringLiteral("c.partner, c.instrument"), [](Session &s, const SqlStatement &q) {
            if (const auto instrument = fromKey<Instrument>(q.text(2)))
                s.outcomes.append({static_cast<int>(q.integer(1)), *instrument, q.real(3), q.text(4)});
        });
    if (!st)
        return st;
    st = eachChild(QStringLiteral("c.uuid, c.text, c.done"), QStringLiteral("homework"),
                   QStringLiteral("c.position"), [](Session &s, const SqlStatement &q) {
                       s.homework.append({q.text(1), q.text(2), q.integer(3) != 0});
                   });
    if (!st)
        return st;
    st = eachChild(QStringLiteral("c.goal_id"), QStringLiteral("session_goals"), QStringLiteral("c.goal_id"),
                   [](Session &s, const SqlStatement &q) { s.goalIds.append(q.integer(1)); });
    if (!st)
        return st;
    return sessions;
}

} // namespace

Result<Session> PracticeStore::session(qint64 sessionId) const
{
    auto found = loadSessions(m_db, QStringLiteral("s.id = :scope"), sessionId);
    if (!found)
        return found.status();
    if (found->isEmpty())
        return Result<Session>::failure(tr("That session no longer exists."));
    return found->first();
}

Result<QList<Session>> PracticeStore::sessions(qint64 coupleId, ArchiveFilter filter) const
{
    return loadSessions(m_db,
                        QStringLiteral("s.couple_id = :scope AND ") +
                            archiveClause(filter, QStringLiteral("s.archived")),
                        coupleId);
}

Result<qint64> PracticeStore::coupleOfSession(qint64 sessionId) const
{
    SqlStatement q(m_db, QStringLiteral("SELECT couple_id FROM sessions WHERE id = :id"));
    q.bind(QStringLiteral(":id"), sessionId);
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Result<qint64>::failure(tr("That session no longer exists."));
    return q.integer(0);
}

Result<qint64> PracticeStore::createSession(const Session &session)
{
    if (session.isStored())
        return Result<qint64>::failure(tr("This session is already in the practice."));
    return insertSession(session);
}

Status PracticeStore::restoreSession(const Session &session)
{
    if (!session.isStored())
        return Status::failure(tr("Only a session that was stored before can be restored."));
    return insertSession(session).status();
}

Result<qint64> PracticeStore::insertSession(const Session &session)
{
    const auto owner = couple(session.coupleId);
    if (!owner)
        return owner.status();
    if (auto s = validateSession(session, *owner, today()); !s)
        return s;
    qint64 sessionId = 0;
    const Status written = transaction([&]() -> Status {
        const QDateTime stamp = now();
        SqlStatement q(m_db, QStringLiteral(R"(
            INSERT INTO sessions (id, uuid, couple_id, session_date, start_time, duration_min, attendance, format, stage, step,
                                  focus, cycle_observations, interventions, plan, note_text, signed_at, signed_by,
                                  archived, created_at, modified_at)
            VALUES (:id, :uuid, :couple, :date, :start, :duration, :attendance, :format, :stage, :step, :focus, :cycle,
                    :interventions, :plan, :text, :signed_at, :signed_by, :archived, :created, :modified))"));
        q.bind(QStringLiteral(":id"), idOrNull(session.id))
            .bind(QStringLiteral(":uuid"), session.uuid.isEmpty() ? newUuid() : session.uuid)
            .bind(QStringLiteral(":couple"), session.coupleId)
            .bind(QStringLiteral(":created"), session.created.isValid() ? session.created : stamp)
            .bind(QStringLiteral(":modified"), session.modified.isValid() ? session.modified : stamp);
        bindSessionFields(q, session);
        // A signature is stamped after the children are written (stampSignature): the database refuses
        // any change to a signed session's content, its children included.
        q.bind(QStringLiteral(":signed_at"), QDateTime())
            .bind(QStringLiteral(":signed_by"), QVariant(QMetaType(QMetaType::QString)));
        if (auto s = q.exec(); !s)
            return s;
        sessionId = q.lastInsertId();
        if (auto s = writeSessionChildren(session, sessionId); !s)
            return s;
        if (session.isSigned())
            if (auto s = stampSignature(sessionId, session.signedAt, session.signedBy); !s)
                return s;
        noteContentChanged(Hashed::Session, sessionId);
        announceSession(session.coupleId, sessionId, kAllSessionFields);
        return Status::ok();
    });
    if (!written)
        return written;
    return sessionId;
}

Status PracticeStore::updateSession(const Session &session)
{
    if (!session.isStored())
        return Status::failure(tr("This session has not been stored yet."));
    const auto stored = this->session(session.id);
    if (!stored)
        return stored.status();
    if (stored->coupleId != session.coupleId)
        return Status::failure(tr("A session cannot move to another couple."));
    if (stored->isSigned())
        return Status::failure(tr("This note is signed and cannot be changed; add an addendum instead."));
    const auto owner = couple(session.coupleId);
    if (!owner)
        return owner.status();
    if (auto s = validateSession(session, *owner, today()); !s)
        return s;
    SessionFields fields = changedFields(*stored, session);
    return transaction([&]() -> Status {
        if (auto s = checkRowVersion("sessions", session.id, session.rowVersion); !s)
            return s;
        // What was read before the transaction began is what is stored, unless another program wrote
        // since (its write moves the counter): then everything is written, as it was before the diff.
        const auto current = storedRowVersion(m_db, session.id);
        if (!current)
            return current.status();
        if (*current != stored->rowVersion)
            fields = kAllSessionFields & ~SessionFields(SessionField::Existence);
        // The row is updated even when only children changed: its counter and time of change move with
        // every edit of the session, so its audit trigger records the edit once.
        SqlStatement q(m_db, sessionUpdateSql(fields));
        bindSessionFields(q, session, fields);
        q.bind(QStringLiteral(":modified"), now()).bind(QStringLiteral(":id"), session.id);
        if (auto s = q.execChangingOneRow(tr("That session no longer exists.")); !s)
            return s;
        if (auto s = rememberOwnRowVersion(m_db, "sessions", session.id); !s)
            return s;
        if (auto s = writeSessionChildren(session, session.id, fields); !s)
            return s;
        if (session.isSigned())
            if (auto s = stampSignature(session.id, session.signedAt, session.signedBy); !s)
                return s;
        noteContentChanged(Hashed::Session, session.id);
        announceSession(session.coupleId, session.id, fields);
        return Status::ok();
    });
}

Status PracticeStore::purgeSession(qint64 sessionId)
{
    const auto coupleId = coupleOfSession(sessionId);
    if (!coupleId)
        return coupleId.status();
    return transaction([&]() -> Status {
        if (auto s = purge("sessions", sessionId); !s)
            return s;
        announceSession(*coupleId, sessionId, kAllSessionFields);
        return Status::ok();
    });
}

Status PracticeStore::setSessionArchived(qint64 sessionId, bool archived)
{
    const auto coupleId = coupleOfSession(sessionId);
    if (!coupleId)
        return coupleId.status();
    return transaction([&]() -> Status {
        if (auto s = setArchived("sessions", sessionId, archived); !s)
            return s;
        announceSession(*coupleId, sessionId, SessionField::Archived);
        return Status::ok();
    });
}

// Child rows keep their UUIDs across edits (upserts on their natural keys), so case files can match them.
// They have no change counter an editor reads: they are written only here, inside the session's own write,
// after its counter check in the same transaction; another program's change to one moves the session's
// counter through a trigger (MigrationChildRowVersions.cpp), which is why each statement here moves the
// child's row_version itself (1 on insert, +1 on update, -1 before a removal).
// Only the kinds of children in fields are written: an edit of the note's text touches none.
Status PracticeStore::writeSessionChildren(const Session &session, qint64 sessionId, SessionFields fields)
{
    const QDateTime stamp = now();
    for (ChangeEventKind kind : allValues<ChangeEventKind>()) {
        if (!(fields & SessionField::Markers))
            break;
        const ChangeEvent &e = session.event(kind);
        SqlStatement q(m_db, QStringLiteral(R"(
            INSERT INTO change_events (uuid, session_id, kind, level, partner, anchor, created_at, modified_at,
                                       row_version)
            VALUES (:uuid, :session, :kind, :level, :partner, :anchor, :now, :now, 1)
            ON CONFLICT (session_id, kind) DO UPDATE SET level = excluded.level, partner = excluded.partner,
                anchor = excluded.anchor, modified_at = excluded.modified_at, row_version = row_version + 1)"));
        q.bind(QStringLiteral(":uuid"), e.uuid.isEmpty() ? newUuid() : e.uuid)
            .bind(QStringLiteral(":session"), sessionId)
            .bind(QStringLiteral(":kind"), toKey(kind))
            .bind(QStringLiteral(":level"), static_cast<int>(e.level))
            .bind(QStringLiteral(":partner"), e.partner == kNoPartner
                                                  ? QVariant(QMetaType(QMetaType::LongLong))
                                                  : QVariant(qint64(e.partner)))
            .bind(QStringLiteral(":anchor"), e.anchor)
            .bind(QStringLiteral(":now"), stamp);
        if (auto s = q.exec(); !s)
            return s;
    }

    // Ratings, totals and homework that the edited session no longer has are removed.
    {
        QStringList keepRatings, keepScores, keepHomework;
        for (const BondRating &r : session.bondRatings)
            keepRatings << QString::number(r.partner);
        for (const OutcomeScore &o : session.outcomes)
            keepScores << QString::number(o.partner) + QLatin1Char(':') + toKey(o.instrument);
        for (const HomeworkItem &h : session.homework)
            keepHomework << h.uuid;
        struct Cleanup
        {
            QString select;
            QString table;
            const QStringList *keep;
            SessionField kind;
        };
        const Cleanup cleanups[] = {
            {QStringLiteral("SELECT id, CAST(partner AS TEXT) FROM bond_ratings WHERE session_id = :session"),
             QStringLiteral("bond_ratings"), &keepRatings, SessionField::Ratings},
            {QStringLiteral(
                 "SELECT id, partner || ':' || instrument FROM outcome_scores WHERE session_id = :session"),
             QStringLiteral("outcome_scores"), &keepScores, SessionField::Measures},
            {QStringLiteral("SELECT id, uuid FROM homework WHERE session_id = :session"),
             QStringLiteral("homework"), &keepHomework, SessionField::Homework},
        };
        for (const Cleanup &c : cleanups) {
            // A new session has no children yet; an edit cleans up only the kinds it changed.
            if ((fields & SessionField::Existence) || !(fields & c.kind))
                continue;
            QList<qint64> doomed;
            SqlStatement q(m_db, c.select);
            q.bind(QStringLiteral(":session"), sessionId);
            if (auto s = q.exec(); !s)
                return s;
            while (q.next())
                if (!c.keep->contains(q.text(1)))
                    doomed.append(q.integer(0));
            for (qint64 id : doomed) {
                // Marked as Attune's own removal first, so it does not count as another program's change
                // of the session (MigrationChildRowVersions.cpp).
                SqlStatement mark(
                    m_db, QStringLiteral("UPDATE %1 SET row_version = -1 WHERE id = :id").arg(c.table));
                if (auto s = mark.bind(QStringLiteral(":id"), id).exec(); !s)
                    return s;
                SqlStatement d(m_db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(c.table));
                if (auto s = d.bind(QStringLiteral(":id"), id).exec(); !s)
                    return s;
            }
        }
    }

    for (const BondRating &r : session.bondRatings) {
        if (!(fields & SessionField::Ratings))
            break;
        SqlStatement q(m_db, QStringLiteral(R"(
            INSERT INTO bond_ratings (uuid, session_id, partner, emotional_balance, tuning_in, openness, positive_self,
                                      able_to_be_alone, created_at, modified_at, row_version)
            VALUES (:uuid, :session, :partner, :s0, :s1, :s2, :s3, :s4, :now, :now, 1)
            ON CONFLICT (session_id, partner) DO UPDATE SET emotional_balance = excluded.emotional_balance,
                tuning_in = excluded.tuning_in, openness = excluded.openness, positive_self = excluded.positive_self,
                able_to_be_alone = excluded.able_to_be_alone, modified_at = excluded.modified_at,
                row_version = row_version + 1)"));
        q.bind(QStringLiteral(":uuid"), r.uuid.isEmpty() ? newUuid() : r.uuid)
            .bind(QStringLiteral(":session"), sessionId)
            .bind(QStringLiteral(":partner"), r.partner)
            .bind(QStringLiteral(":now"), stamp);
        for (int i = 0; i < 5; ++i)
            q.bind(QStringLiteral(":s%1").arg(i), r.signs[i]);
        if (auto s = q.exec(); !s)
            return s;
    }
    for (const OutcomeScore &o : session.outcomes) {
        if (!(fields & SessionField::Measures))
            break;
        SqlStatement q(m_db, QStringLiteral(R"(
            INSERT INTO outcome_scores (uuid, session_id, partner, instrument, total, created_at, modified_at,
                                        row_version)
            VALUES (:uuid, :session, :partner, :instrument, :total, :now, :now, 1)
            ON CONFLICT (session_id, partner, instrument) DO UPDATE SET total = excluded.total,
                modified_at = excluded.modified_at, row_version = row_version + 1)"));
        q.bind(QStringLiteral(":uuid"), o.uuid.isEmpty() ? newUuid() : o.uuid)
            .bind(QStringLiteral(":session"), sessionId)
            .bind(QStringLiteral(":partner"), o.partner)
            .bind(QStringLiteral(":instrument"), toKey(o.instrument))
            .bind(QStringLiteral(":total"), o.total)
            .bind(QStringLiteral(":now"), stamp);
        if (auto s = q.exec(); !s)
            return s;
    }
    for (int position = 0; position < session.homework.size(); ++position) {
        if (!(fields & SessionField::Homework))
            break;
        const HomeworkItem &h = session.homework.at(position);
        SqlStatement q(m_db, QStringLiteral(R"(
            INSERT INTO homework (uuid, session_id, position, text, done, created_at, modified_at, row_version)
            VALUES (:uuid, :session, :position, :text, :done, :now, :now, 1)
            ON CONFLICT (uuid) DO UPDATE SET position = excluded.position, text = excluded.text,
                done = excluded.done, modified_at = excluded.modified_at, row_version = row_version + 1
            WHERE homework.session_id = excluded.session_id)"));
        q.bind(QStringLiteral(":uuid"), h.uuid.isEmpty() ? newUuid() : h.uuid)
            .bind(QStringLiteral(":session"), sessionId)
            .bind(QStringLiteral(":position"), position)
            .bind(QStringLiteral(":text"), h.text.trimmed())
            .bind(QStringLiteral(":done"), h.done)
            .bind(QStringLiteral(":now"), stamp);
        if (auto s = q.exec(); !s)
            return s;
    }
    if (!(fields & SessionField::Goals))
        return Status::ok();
    return writeSessionGoals(session, sessionId, fields & SessionField::Existence);
}

// The goals a session worked on: links no longer marked are removed, new ones added.
Status PracticeStore::writeSessionGoals(const Session &session, qint64 sessionId, bool isNew)
{
    QList<qint64> stored;
    if (!isNew) {
        SqlStatement q(m_db, QStringLiteral("SELECT goal_id FROM session_goals WHERE session_id = :session"));
        q.bind(QStringLiteral(":session"), sessionId);
        if (auto s = q.exec(); !s)
            return s;
        while (q.next())
            stored.append(q.integer(0));
    }
    for (qint64 goalId : stored) {
        if (session.goalIds.contains(goalId))
            continue;
        SqlStatement d(m_db, QStringLiteral("DELETE FROM session_goals WHERE session_id = :session AND "
                                            "goal_id = :goal"));
        d.bind(QStringLiteral(":session"), sessionId).bind(QStringLiteral(":goal"), goalId);
        if (auto s = d.exec(); !s)
            return s;
    }
    for (qint64 goalId : session.goalIds) {
        if (stored.contains(goalId))
            continue;
        // Only a goal of this couple's plans can be linked.
        SqlStatement q(m_db, QStringLiteral(R"(
            INSERT INTO session_goals (session_id, goal_id)
            SELECT :session, g.id FROM treatment_goals g JOIN treatment_plans p ON p.id = g.plan_id
            WHERE g.id = :goal AND p.couple_id = (SELECT couple_id FROM sessions WHERE id = :session))"));
        q.bind(QStringLiteral(":session"), sessionId).bind(QStringLiteral(":goal"), goalId);
        if (auto s = q.execChangingOneRow(tr("That goal is not part of this couple's treatment plan.")); !s)
            return s;
    }
    return Status::ok();
}

} // namespace attune
