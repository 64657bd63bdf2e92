#include "Migrations.h"

#include "SqlStatement.h"

#include <QCoreApplication>

namespace attune {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(PracticeStore)
};

// Version 1: couples, partners, sessions and their markers, ratings and homework, cycle maps and
// five-step exercises. Every table is STRICT and carries a UUID and UTC created/modified times.
const QStringList &version1()
{
    static const QStringList statements = {
        QStringLiteral(R"(CREATE TABLE couples (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'closed')),
            pattern TEXT NOT NULL CHECK (pattern IN ('pursue_withdraw', 'pursue_pursue', 'withdraw_withdraw')),
            intake_date TEXT NOT NULL,
            closing_date TEXT,
            presenting_concerns TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            safety_outcome TEXT NOT NULL DEFAULT 'not_screened'
                CHECK (safety_outcome IN ('not_screened', 'no_concerns', 'monitor', 'contraindicated')),
            safety_date TEXT,
            safety_notes TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL) STRICT)"),
        QStringLiteral(R"(CREATE TABLE partners (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL CHECK (ordinal IN (0, 1)),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            pronouns TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL CHECK (position IN ('pursuer', 'withdrawer')),
            closeness_need INTEGER NOT NULL CHECK (closeness_need BETWEEN 0 AND 10),
            alone_need INTEGER NOT NULL CHECK (alone_need BETWEEN 0 AND 10),
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            UNIQUE (couple_id, ordinal)) STRICT)"),
        QStringLiteral(R"(CREATE TABLE sessions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
            session_date TEXT NOT NULL,
            start_time TEXT,
            duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 5 AND 480),
            attendance TEXT NOT NULL CHECK (attendance IN ('both', 'partner_a', 'partner_b')),
            format TEXT NOT NULL CHECK (format IN ('in_person', 'video')),
            stage INTEGER NOT NULL CHECK (stage BETWEEN 1 AND 3),
            step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 9),
            focus TEXT NOT NULL DEFAULT '',
            cycle_observations TEXT NOT NULL DEFAULT '',
            interventions TEXT NOT NULL DEFAULT '[]',
            plan TEXT NOT NULL DEFAULT '',
            note_text TEXT NOT NULL DEFAULT '',
            signed_at TEXT,
            signed_by TEXT,
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            CHECK (stage = CASE WHEN step <= 4 THEN 1 WHEN step <= 7 THEN 2 ELSE 3 END)) STRICT)"),
        QStringLiteral("CREATE INDEX sessions_by_couple ON sessions (couple_id, session_date)"),
        QStringLiteral(R"(CREATE TABLE change_events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('withdrawer_reengagement', 'blamer_softening')),
            level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
            partner INTEGER CHECK (partner IS NULL OR partner IN (0, 1)),
            anchor TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            UNIQUE (session_id, kind)) STRICT)"),
        QStringLiteral(R"(CREATE TABLE bond_ratings (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            partner INTEGER NOT NULL CHECK (partner IN (0, 1)),
            emotional_balance INTEGER NOT NULL CHECK (emotional_balance BETWEEN 0 AND 10),
            tuning_in INTEGER NOT NULL CHECK (tuning_in BETWEEN 0 AND 10),
            openness INTEGER NOT NULL CHECK (openness BETWEEN 0 AND 10),
            positive_self INTEGER NOT NULL CHECK (positive_self BETWEEN 0 AND 10),
            able_to_be_alone INTEGER NOT NULL CHECK (able_to_be_alone BETWEEN 0 AND 10),
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            UNIQUE (session_id, partner)) STRICT)"),
        QStringLiteral(R"(CREATE TABLE outcome_scores (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            partner INTEGER NOT NULL CHECK (partner IN (0, 1)),
            instrument TEXT NOT NULL CHECK (instrument IN ('csi4', 'csi16', 'csi32', 'rdas')),
            total REAL NOT NULL CHECK (total >= 0),
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            UNIQUE (session_id, partner, instrument)) STRICT)"),
        QStringLiteral(R"(CREATE TABLE homework (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL) STRICT)"),
        QStringLiteral("CREATE INDEX homework_by_session ON homework (session_id, position)"),
        QStringLiteral(R"(CREATE TABLE cycle_maps (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
            version INTEGER NOT NULL CHECK (version > 0),
            map_date TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('negative', 'positive')),
            notes TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            UNIQUE (couple_id, version)) STRICT)"),
        QStringLiteral(R"(CREATE TABLE cycle_chains (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            cycle_map_id INTEGER NOT NULL REFERENCES cycle_maps(id) ON DELETE CASCADE,
            partner INTEGER NOT NULL CHECK (partner IN (0, 1)),
            trigger_text TEXT NOT NULL DEFAULT '',
            primary_emotion TEXT NOT NULL DEFAULT '',
            secondary_emotion TEXT NOT NULL DEFAULT '',
            perception TEXT NOT NULL DEFAULT '',
            behavior TEXT NOT NULL DEFAULT '',
            need TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            UNIQUE (cycle_map_id, partner)) STRICT)"),
        QStringLiteral(R"(CREATE TABLE exercises (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
            session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            partner INTEGER NOT NULL CHECK (partner IN (0, 1)),
            exercise_date TEXT NOT NULL,
            incident TEXT NOT NULL DEFAULT '',
            trigger_text TEXT NOT NULL DEFAULT '',
            immediate_emotion TEXT NOT NULL DEFAULT '',
            behavioral_reaction TEXT NOT NULL DEFAULT '',
            deeper_feelings TEXT NOT NULL DEFAULT '',
            underlying_need TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL) STRICT)"),
        QStringLiteral("CREATE INDEX exercises_by_couple ON exercises (couple_id, exercise_date)"),
        QStringLiteral("CREATE INDEX exercises_by_session ON exercises (session_id)"),
        QStringLiteral("CREATE INDEX cycle_chains_by_map ON cycle_chains (cycle_map_id)"),
        QStringLiteral("CREATE INDEX change_events_by_session ON change_events (session_id)"),
    };
    return statements;
}

Status execPlain(QSqlDatabase &db, const QString &sql)
{
    return SqlStatement(db, sql).exec();
}

Result<int> readUserVersion(QSqlDatabase &db)
{
    SqlStatement q(db, QStringLiteral("PRAGMA user_version"));
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Result<int>::failure(Messages::tr("The practice file's schema version could not be read."));
    return static_cast<int>(q.integer(0));
}

} // namespace

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> all = {version1(),
                                           version2(),
                                           version3(),
                                           version4(),
                                           versionSafetyRecord(),
                                           versionCalendar(),
                                           versionTreatmentPlan(),
                                           versionRowVersion(),
                                           versionContentHashes(),
                                           versionContactDetails(),
                                           versionChildRowVersions(),
                                           versionPlanSearch()};
    return all;
}

int latestSchemaVersion()
{
    return static_cast<int>(schemaMigrations().size());
}

Status migrate(QSqlDatabase &db, qint32 applicationId, const QList<QStringList> &migrations)
{
    const int target = static_cast<int>(migrations.size());
    if (auto s = execPlain(db, QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    auto rollback = [&db](const Status &failure) {
        execPlain(db, QStringLiteral("ROLLBACK")); // the original failure is what the user needs to see
        return Status::failure(
            Messages::tr("The practice file could not be upgraded: %1").arg(failure.error()));
    };
    const Result<int> from = readUserVersion(db);
    if (!from)
        return rollback(from.status());
    if (*from > target)
        return rollback(Status::failure(Messages::tr("it was written by a newer version of Attune.")));
    for (int version = *from + 1; version <= target; ++version) {
        for (const QString &sql : migrations.at(version - 1))
            if (auto s = execPlain(db, sql); !s)
                return rollback(s);
    }
    // PRAGMAs take no bound values; both numbers are integers we produced, never user input.
    if (auto s = execPlain(db, QStringLiteral("PRAGMA user_version = %1").arg(target)); !s)
        return rollback(s);
    if (auto s = execPlain(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId)); !s)
        return rollback(s);
    if (auto s = execPlain(db, QStringLiteral("COMMIT")); !s)
        return rollback(s);
    return Status::ok();
}

} // namespace attune
