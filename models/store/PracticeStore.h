// The practice store: the only place that speaks SQL. It opens (or creates) one practice file, keeps its
// schema current, and reads and writes the domain values. Every statement is prepared with bound values
// and checked; every write runs in one BEGIN IMMEDIATE transaction; failures come back as values.
// After a write commits, the store says what changed through its signals, so every open view updates.
#pragma once

#include "ChangeNotifier.h"

#include "domain/Appointment.h"
#include "domain/Clock.h"
#include "domain/Couple.h"
#include "domain/CycleMap.h"
#include "domain/Exercise.h"
#include "domain/Integrity.h"
#include "domain/Result.h"
#include "domain/Search.h"
#include "domain/Session.h"
#include "domain/Standing.h"
#include "domain/TreatmentPlan.h"
#include "security/Envelope.h"

#include <QDir>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QLockFile;
class QTimer;

namespace attune {

class BackgroundIndexer;
class DatabaseImage;
class PracticeKey;
class SealedStorage;
class SqlStatement;
enum class SaveTiming;

enum class ArchiveFilter { Current, Archived, All };

// The record that holds a UUID (case-file import matches records by UUID).
struct UuidOwner
{
    enum class Kind {
        Couple,
        Partner,
        Session,
        SessionChild,
        CycleMap,
        CycleChain,
        Exercise,
        TreatmentPlan,
        TreatmentGoal,
        GoalReview
    };
    Kind kind = Kind::Couple;
    qint64 id = 0;
    qint64 coupleId = 0;
};

struct IntegrityReport
{
    QStringList problems; // empty when every check passed
    bool passed() const { return problems.isEmpty(); }
};

class PracticeStore : public QObject
{
    Q_OBJECT
public:
    enum class OpenMode { OpenExisting, CreateIfMissing, ReadOnly };

    // The schema version this build writes; files with a newer one are refused.
    static int currentSchemaVersion();
    // SQLite's application_id for Attune practices ("ATTU").
    static constexpr qint32 kApplicationId = 0x41545455;

    // Opens the practice at path. A file that is not an Attune practice, or is from a newer Attune,
    // is refused with a clear message and not modified.
    static Result<std::unique_ptr<PracticeStore>> open(const QString &path, OpenMode mode,
                                                       Clock clock = systemClock());
    // Opens a protected practice (encrypted at rest, SealedStorage.h) with its passphrase, deriving the
    // key once, or with a key already derived. wrongPassphrase tells a wrong passphrase from a damaged
    // file; either way the file is left byte for byte unchanged.
    // lockWaitMs: how long to wait for another Attune holding the practice to let go of it.
    static Result<std::unique_ptr<PracticeStore>>
    openProtected(const QString &path, OpenMode mode, const QByteArray &passphrase, SaveTiming timing,
                  Clock clock = systemClock(), bool *wrongPassphrase = nullptr, int lockWaitMs = 0);
    static Result<std::unique_ptr<PracticeStore>>
    openProtected(const QString &path, OpenMode mode, std::shared_ptr<PracticeKey> key, SaveTiming timing,
                  Clock clock = systemClock(), bool *wrongPassphrase = nullptr, int lockWaitMs = 0);
    // True when the file at path is a protected practice (it needs a passphrase to open).
    static bool isProtectedFile(const QString &path);
    // An empty file at path, left by an older build's interrupted creation. open() refuses it in every
    // mode; replaceInterruptedCreation() puts a new, empty practice in its place in one step (the window
    // asks first; a command that creates a practice says it did).
    static bool isInterruptedCreation(const QString &path);
    static Status replaceInterruptedCreation(const QString &path);
    // True when a crash had left a change half-written (a hot journal) and opening undid it.
    bool undidInterruptedChange() const { return m_undidInterruptedChange; }
    // A protected practice that is not opened yet (what the window holds while it asks for the
    // passphrase): the lock beside it is taken and its header checked, so a second Attune and a damaged
    // header are refused before anything is typed. Nothing is decrypted until reopen().
    static Result<std::unique_ptr<PracticeStore>> openClosed(const QString &path, OpenMode mode,
                                                             SaveTiming timing, Clock clock = systemClock());
    ~PracticeStore() override;

    bool isProtected() const { return m_protected; }
    // False while a protected practice is closed (locked): every query then fails with "The practice
    // is locked.", and the object stays valid for whoever holds it.
    bool isOpen() const { return m_db.isOpen(); }
    // Lock means closed (protected practices only): saves what is pending now, wipes the decrypted
    // image and frees the key (its guarded memory is wiped), and closes the connection. The lock file
    // beside the practice stays taken, so no other Attune can open it meanwhile. On a failed save the
    // practice stays open and the error says why.
    Status close();
    // Opens a closed protected practice again with its passphrase: the key is derived again and the file
    // decrypted; a wrong passphrase fails authentication (wrongPassphrase set), a damaged file says so.
    Status reopen(const QByteArray &passphrase, bool *wrongPassphrase = nullptr);
    // Takes the lock file beside a plain practice too (the window and every command that writes hold
    // it for as long as they run), so one program at a time writes the practice. A protected practice
    // always holds it. waitMs: how long to wait for the holder to let go (a command waits a few seconds);
    // the failure names the holder's process and host. A lock whose process is gone is taken over.
    Status lockAgainstOtherWriters(int waitMs = 0);
    bool holdsWriterLock() const { return m_lock != nullptr; }
    // After a failed write: opens the plain file again, read-write if it can be now, so a practice that
    // was read-only or immutable (or replaced underneath) for a while is written once it can be, rather
    // than the retry failing again on the same read-only handle. A protected practice writes whole files
    // and needs no new connection.
    Status reconnect();
    // True once another process has committed a change to the file since the last call (SQLite's
    // data_version; this store's own writes do not count). Every couple's records are then announced
    // as changed, so the open views read them again.
    bool pollChangesByOthers();
    // Turns this open plain practice into a protected one in place (PracticeProtection.cpp writes the
    // file): the plain connection closes and the store goes on with the decrypted image of sealedPath's
    // new content under key. The lock (taken here when not held yet) stays.
    Status switchToSealed(std::shared_ptr<PracticeKey> key, SaveTiming timing);
    // The reverse, once the plain image is the file again: the in-memory image is wiped and the store goes
    // on with the plain file.
    Status switchToPlain();
    // The protected practice's storage (null when the practice is a plain file, or closed).
    SealedStorage *sealedStorage() const { return m_sealed.get(); }
    // A copy of the whole database image in memory (wiped when it goes), for protecting the practice.
    Result<DatabaseImage> image() const;
    // Saves what is not saved yet (a protected practice writes debounced); a plain file is always saved.
    Status flush();
    // Says what each commit changed (ChangeNotifier.h): the precise signals (sessionChanged with the kinds
    // of fields, coupleFieldsChanged) are there; the store's own signals below are its coarse ones.
    ChangeNotifier &changes() const { return *m_changes; }

    // For tests and benchmarks: sees every SQL statement the open connection starts (a trigger's body as
    // "-- TRIGGER name"), through SQLite's trace hook. An empty function stops watching.
    using StatementWatch = std::function<void(const char *sql)>;
    void watchStatements(StatementWatch watch);

    // Texts longer than this many characters (a pasted document) are indexed for search once the writes
    // pause for kDeferredIndexMs, or when the practice closes, rather than at every commit: indexing
    // takes time in proportion to the text, and typing saves it every second (SearchQueries.cpp).
    static constexpr int kLongestTextIndexedAtOnce = 128 * 1024;
    static constexpr int kDeferredIndexMs = 3000;
    // Indexes those texts now (the timer does it; a search that must see them can too).
    Status indexDeferredTexts();
    bool hasDeferredTexts() const { return m_hasDeferredTexts; }
    // What the timer does: for a plain practice open for writing, indexes those texts on a thread of its
    // own (BackgroundIndexer.h), so the window's thread never waits for it; otherwise (a protected
    // practice lives in this connection's memory) indexDeferredTexts(). Any write cancels a run, and the
    // write's commit starts the timer again.
    void startIndexingDeferredTexts();
    bool isIndexingInBackground() const;
    void waitForBackgroundIndexing(); // tests and benchmarks

    QString path() const { return m_path; }
    QDate today() const;
    QDateTime now() const { return m_clock(); }

    // Runs work inside one transaction; writes inside it join it rather than starting their own.
    // If work fails, everything it wrote is rolled back and no change is announced.
    Status transaction(const std::function<Status()> &work);
    // Inside a long transaction (an import): does now the work its commit would do for what was written
    // so far (content hashes, audit-row seals), so progress shown per step is true and the commit does
    // not stall at the end. Nothing outside a transaction.
    Status settlePendingWork();

    // Couples
    Result<QList<CoupleSummary>> coupleSummaries(ArchiveFilter filter = ArchiveFilter::Current) const;
    Result<CoupleSummary> coupleSummary(qint64 coupleId) const;
    Result<Couple> couple(qint64 coupleId) const;
    Result<qint64> coupleIdByUuid(const QString &uuid) const;
    Result<qint64> createCouple(const Couple &couple);
    Status updateCouple(const Couple &couple);
    Status setCoupleArchived(qint64 coupleId, bool archived);
    // Undoing a creation: purge deletes a record (and its children) that was just created; restore puts
    // it back under the same id and UUID for redo. Everything else archives instead of deleting.
    Status purgeCouple(qint64 coupleId);
    Status restoreCouple(const Couple &couple);

    // Safety (SafetyQueries.cpp). A couple's latest screen is part of the couple; the screens before it
    // come with couple() as Couple::safetyHistory and are written with it. The re-screening period (whole
    // months, default 6) is kept in the practice file, so every view and command flags the same couples.
    Result<QList<SafetyScreen>> safetyHistory(qint64 coupleId) const;
    Result<int> rescreenMonths() const;
    Status setRescreenMonths(int months);
    Result<SafetyConcern> safetyConcernOf(qint64 coupleId) const;

    // Sessions
    Result<QList<SessionSummary>> sessionSummaries(qint64 coupleId,
                                                   ArchiveFilter filter = ArchiveFilter::Current) const;
    Result<Session> session(qint64 sessionId) const;
    Result<QList<Session>> sessions(qint64 coupleId, ArchiveFilter filter = ArchiveFilter::Current) const;
    Result<qint64> createSession(const Session &session);
    Status updateSession(const Session &session);
    Status setSessionArchived(qint64 sessionId, bool archived);
    Status purgeSession(qint64 sessionId);
    Status restoreSession(const Session &session);

    // Cycle maps
    Result<QList<CycleMap>> cycleMaps(qint64 coupleId, ArchiveFilter filter = ArchiveFilter::Current) const;
    Result<CycleMap> cycleMap(qint64 mapId) const;
    Result<qint64> createCycleMap(const CycleMap &map);
    Status updateCycleMap(const CycleMap &map);
    Status setCycleMapArchived(qint64 mapId, bool archived);
    Status purgeCycleMap(qint64 mapId);
    Status restoreCycleMap(const CycleMap &map);

    // Five-step exercises
    Result<QList<FiveStepExercise>> exercises(qint64 coupleId,
                                              ArchiveFilter filter = ArchiveFilter::Current) const;
    Result<FiveStepExercise> exercise(qint64 exerciseId) const;
    Result<qint64> createExercise(const FiveStepExercise &exercise);
    Status updateExercise(const FiveStepExercise &exercise);
    Status setExerciseArchived(qint64 exerciseId, bool archived);
    Status purgeExercise(qint64 exerciseId);
    Status restoreExercise(const FiveStepExercise &exercise);

    // Treatment plans (TreatmentPlanQueries.cpp): dated versions per couple with their goals and each
    // goal's reviews. A signed plan and its goals are final (the database refuses changes); a change of
    // plan is a new version. Reviews are added, never edited, and may be added to a signed plan's goals.
    Result<QList<TreatmentPlan>> treatmentPlans(qint64 coupleId,
                                                ArchiveFilter filter = ArchiveFilter::Current) const;
    Result<TreatmentPlan> treatmentPlan(qint64 planId) const;
    // Creates a plan version with its goals (version 0 takes the next free number).
    Result<qint64> createTreatmentPlan(const TreatmentPlan &plan);
    Status updateTreatmentPlan(const TreatmentPlan &plan); // its date and notes; goals are written one by one
    Status setTreatmentPlanArchived(qint64 planId, bool archived);
    Status purgeTreatmentPlan(qint64 planId);
    Status restoreTreatmentPlan(const TreatmentPlan &plan);
    Status signTreatmentPlan(qint64 planId);
    Result<TreatmentGoal> treatmentGoal(qint64 goalId) const;
    Result<qint64> createTreatmentGoal(const TreatmentGoal &goal); // appended to its plan
    Status updateTreatmentGoal(const TreatmentGoal &goal);
    Status setTreatmentGoalArchived(qint64 goalId, bool archived);
    Status purgeTreatmentGoal(qint64 goalId);
    Status restoreTreatmentGoal(const TreatmentGoal &goal);
    Result<GoalReview> goalReview(qint64 reviewId) const;
    Result<qint64> addGoalReview(const GoalReview &review);
    Status purgeGoalReview(qint64 reviewId);
    Status restoreGoalReview(const GoalReview &review);

    // Each couple's booked appointment, a UTC instant (AppointmentQueries.cpp). Invalid when none is
    // booked; setting an invalid time cancels it. A past appointment is kept until the next is booked.
    Result<QDateTime> appointment(qint64 coupleId) const;
    Status setAppointment(qint64 coupleId, const QDateTime &startsAtUtc);

    // The calendar (CalendarQueries.cpp): any number of appointments per couple. appointment() above is
    // the couple's next booked one (or, when none is ahead, the latest booked one that passed).
    Result<QList<Appointment>> appointments(qint64 coupleId) const; // by time
    // Every current couple's appointments starting in [fromUtc, toUtc), by time.
    Result<QList<Appointment>> appointmentsBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const;
    Result<Appointment> appointmentById(qint64 appointmentId) const;
    // Books them all or none (a series), in one transaction; returns their ids in the same order.
    Result<QList<qint64>> bookAppointments(const QList<Appointment> &appointments);
    Status updateAppointment(const Appointment &appointment);
    Status deleteAppointment(qint64 appointmentId);
    // Turns a booked appointment into that day's session (date, start time and duration from the
    // appointment, stage and step carried from the last session) and marks it attended, in one
    // transaction. Returns the new session's id.
    Result<qint64> attendAppointment(qint64 appointmentId, const Session &base);

    // The whole caseload, one statement each however many couples (CaseloadQueries.cpp): where every
    // current couple stands, and each partner's two latest totals per instrument.
    Result<QList<CoupleStanding>> coupleStandings() const;
    Result<QList<RecentOutcome>> recentOutcomeTotals() const;

    // Finds the request's words in everything the therapist wrote, best match first (SearchQueries.cpp).
    // Archived records, and the records of archived couples, only when the request includes them. A
    // request with nothing to search for fails with one sentence that says what to type.
    Result<SearchResults> search(const SearchRequest &request) const;

    // Every UUID in the practice, children's included (CaseFileQueries.cpp).
    Result<QHash<QString, UuidOwner>> uuidIndex() const;

    // SQLite's integrity and foreign-key checks plus Attune's own schema and record rules, every record's
    // content hash and the search index against the records. progress (optional) is told how far the
    // check has come, as steps done of a total, while it runs.
    using CheckProgress = std::function<void(int done, int total)>;
    Result<IntegrityReport> checkIntegrity(const CheckProgress &progress = {}) const;

    // Clinical integrity (SigningQueries.cpp). Signing stamps the clinician, the UTC time and a SHA-256
    // of the note's content; the database then refuses any change to it. Corrections are addenda.
    Result<ClinicianProfile> clinician() const;
    Status setClinician(const ClinicianProfile &profile);
    Status signSession(qint64 sessionId);
    Result<qint64> addAddendum(qint64 sessionId, const QString &text);
    Result<QList<Addendum>> addenda(qint64 sessionId) const;
    // The content hash stamped when the note was signed (empty for a draft), for the printed record.
    Result<QString> signedContentHash(qint64 sessionId) const;

    // The audit trail (AuditQueries.cpp): triggers add a row for every record change, the store seals
    // rows into a hash chain at commit; events the database cannot see (export, print, lock…) are
    // recorded explicitly. Summaries name records, never their text.
    Status recordEvent(const QString &action, const QString &recordType, const QString &recordUuid = {},
                       const QString &coupleUuid = {}, const QString &summary = {});
    // Records that couples' records left the practice on paper or in a file (action "export" or "print"):
    // one row per couple, in one transaction. The summary says what was made ("case file", "progress
    // report"), never what it holds.
    Status recordCoupleEvent(const QString &action, const QList<qint64> &coupleIds, const QString &summary);
    Result<QList<AuditEntry>> auditTrail(QDate from = {}, QDate to = {}) const;
    Result<QList<AuditEntry>> auditTrail(const AuditFilter &filter) const;
    // The actions the trail holds, for choosing among them (however rare, each appears once).
    Result<QStringList> auditActions() const;
    Result<AuditVerdict> verifyAuditTrail() const;

    // Writes a consistent, checked copy of the practice to path (BackupQueries.cpp). Never leaves a
    // half-written or unchecked file under that name. A protected practice's copy is encrypted with its
    // key, in the practice's own format, so no plain copy ever reaches the disk.
    Status backupTo(const QString &path) const;
    // An encrypted backup (Envelope.h) of a plain practice, encrypted from its image in memory: no plain
    // copy is ever written, not even a temporary one. A protected practice's backupTo().
    Status encryptedBackupTo(const QString &path, const QByteArray &passphrase,
                             KeyCost cost = KeyCost::Moderate) const;

    // Practice-wide settings kept in the practice file (e.g. the lock's passphrase hash).
    Result<QString> practiceSetting(const QString &key) const; // empty when unset
    Status setPracticeSetting(const QString &key, const QString &value);

signals:
    void coupleChanged(qint64 coupleId);   // created, edited, archived or restored
    void sessionsChanged(qint64 coupleId); // any session of that couple
    void cycleMapsChanged(qint64 coupleId);
    void exercisesChanged(qint64 coupleId);
    void appointmentChanged(qint64 coupleId);
    // The re-screening period changed: every couple's safety flag may have changed with it.
    void safetyPolicyChanged();
    void treatmentPlanChanged(qint64 coupleId); // a plan, goal or review of that couple
    // A protected practice's debounced save failed; the change stays in memory for the next try.
    void saveFailed(const QString &message);

private:
    enum class Change { CycleMaps, Exercises, Appointment, TreatmentPlan };

    PracticeStore(QSqlDatabase db, QString path, Clock clock);
    static Result<std::unique_ptr<PracticeStore>>
    openSealed(const QString &absolute, OpenMode mode, QSqlDatabase db, std::shared_ptr<PracticeKey> key,
               std::unique_ptr<QLockFile> lock, SaveTiming timing, Clock clock);
    // The checks and migrations of a freshly decrypted connection (closed again on failure).
    static Status prepareSealedConnection(QSqlDatabase &db, const QString &absolute, OpenMode mode,
                                          bool *migrated);
    void adoptSealedConnection(QSqlDatabase db, std::shared_ptr<PracticeKey> key);
    void closeConnection();
    Result<qint64> coupleOfSession(qint64 sessionId) const;
    Result<qint64> coupleOfCycleMap(qint64 mapId) const;
    Result<qint64> coupleOfExercise(qint64 exerciseId) const;
    Result<qint64> coupleOfPlan(qint64 planId) const;
    Result<qint64> planOfGoal(qint64 goalId) const;
    Result<qint64> insertTreatmentPlan(const TreatmentPlan &plan);
    Result<qint64> insertTreatmentGoal(const TreatmentGoal &goal, int position);
    Result<qint64> insertGoalReview(const GoalReview &review);
    // fields: the kinds of children to write (all of them for a new session, which has none yet).
    Status writeSessionChildren(const Session &session, qint64 sessionId,
                                SessionFields fields = kAllSessionFields);
    Status writeSessionGoals(const Session &session, qint64 sessionId, bool isNew);
    Status writeChains(const CycleMap &map, qint64 mapId);
    Status writeSafetyHistory(qint64 coupleId, const QList<SafetyScreen> &wanted);
    Status setArchived(const char *table, qint64 id, bool archived);
    Status purge(const char *table, qint64 id);
    Status sealAuditRows();
    // The change counter check of an update, inside its transaction: a conflict when table's row id no
    // longer has the counter the value was read with (0 is not checked). The update's own statement
    // then adds one to it (row_version = row_version + 1), so its audit trigger fires once.
    Status checkRowVersion(const char *table, qint64 id, qint64 readVersion) const;
    Result<qint64> dataVersion() const;
    Status checkWholeForBackup() const; // the full integrity check a backup must pass first
    Status flushSearchIndex();
    void backgroundIndexingFinished(bool completed, const QString &error);
    Status stampSignature(qint64 sessionId, const QDateTime &signedAt, const QString &signedBy);
    Result<qint64> insertCouple(const Couple &couple);
    Result<qint64> insertSession(const Session &session);
    Result<qint64> insertCycleMap(const CycleMap &map);
    Result<qint64> insertExercise(const FiveStepExercise &exercise);
    // Content hashes (ContentHashQueries.cpp): a write notes the records it changed; just before the
    // commit their hashes are computed from what is stored, so no write path can leave one stale.
    enum class Hashed { Couple, Session, CycleMap, Exercise };
    using HashVisit =
        std::function<void(Hashed kind, qint64 id, qint64 coupleId, const Result<QString> &hash)>;
    void noteContentChanged(Hashed kind, qint64 id);
    Status flushContentHashes();
    Status fillMissingContentHashes();
    // Every record's content hash as computed from what is stored, couple by couple (progress per couple).
    Status visitRecordHashes(const HashVisit &visit,
                             const std::function<void(int, int)> &progress = {}) const;
    Status collectRecordHashProblems(QStringList &problems,
                                     const std::function<void(int, int)> &progress) const;
    void announce(Change change, qint64 coupleId);
    void announceSession(qint64 coupleId, qint64 sessionId, SessionFields fields);
    void announceCouple(qint64 coupleId, CoupleFields fields);
    void flushAnnouncements();
    void announceEverything(); // every couple's records changed (by another program)
    QString newUuid() const;

    QSqlDatabase m_db;
    QString m_path;
    Clock m_clock;
    int m_transactionDepth = 0;
    QString m_transactionError; // first failure inside the current transaction
    StatementWatch m_statementWatch;
    ChangeNotifier *m_changes; // holds the changes to announce once the outer transaction commits
    QSet<QPair<int, qint64>> m_hashPending; // records whose content hash is computed before the commit
    // The search's two statements, prepared once (SearchQueries.cpp): each is long, and preparing it
    // costs about as much as running it for a typical word.
    mutable std::unique_ptr<SqlStatement> m_searchHits;
    mutable std::unique_ptr<SqlStatement> m_searchSnippets;
    std::unique_ptr<SealedStorage> m_sealed; // set for a protected practice while it is open
    std::unique_ptr<QLockFile> m_lock;       // beside a protected practice (and the window's plain one)
    bool m_indexEverything = false;          // set while indexDeferredTexts runs
    bool m_hasDeferredTexts = false;         // the search queue holds long texts left for later
    QTimer *m_deferredIndex = nullptr;       // single shot, restarted by each commit that left one
    BackgroundIndexer *m_indexer = nullptr;  // its run on a thread of its own (plain practices)
    bool m_protected = false;
    OpenMode m_mode = OpenMode::OpenExisting;
    bool m_undidInterruptedChange = false;
    SaveTiming m_timing{};
    qint64 m_dataVersion = -1;           // SQLite's data_version at the last poll (-1: not read yet)
    bool m_reconnectBeforeWrite = false; // the last write failed: the next one opens the file again
    QString m_fileIdentity;              // device and inode of the plain file the connection has open
};

} // namespace attune
