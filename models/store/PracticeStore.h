// The practice store: the only place that speaks SQL. It opens (or creates) one practice file, keeps its
// schema current, and reads and writes the domain values. Every statement is prepared with bound values
// and checked; every write runs in one BEGIN IMMEDIATE transaction; failures come back as values.
// After a write commits, the store says what changed through its signals, so every open view updates.
#pragma once

#include "domain/Clock.h"
#include "domain/Couple.h"
#include "domain/CycleMap.h"
#include "domain/Exercise.h"
#include "domain/Integrity.h"
#include "domain/Result.h"
#include "domain/Search.h"
#include "domain/Session.h"
#include "domain/Standing.h"

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

class DatabaseImage;
class PracticeKey;
class SealedStorage;
class SqlStatement;
enum class SaveTiming;

enum class ArchiveFilter { Current, Archived, All };

// The record that holds a UUID (case-file import matches records by UUID).
struct UuidOwner
{
    enum class Kind { Couple, Partner, Session, SessionChild, CycleMap, CycleChain, Exercise };
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
    static Result<std::unique_ptr<PracticeStore>>
    openProtected(const QString &path, OpenMode mode, const QByteArray &passphrase, SaveTiming timing,
                  Clock clock = systemClock(), bool *wrongPassphrase = nullptr);
    static Result<std::unique_ptr<PracticeStore>>
    openProtected(const QString &path, OpenMode mode, std::shared_ptr<PracticeKey> key, SaveTiming timing,
                  Clock clock = systemClock(), bool *wrongPassphrase = nullptr);
    // True when the file at path is a protected practice (it needs a passphrase to open).
    static bool isProtectedFile(const QString &path);
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
    // Takes the lock file beside a plain practice too (the window does), so `attune protect` and
    // `unprotect` refuse while it is open. A protected practice always holds it.
    Status lockAgainstOtherWriters();
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
    // Texts longer than this many characters (a pasted document) are indexed for search once the writes
    // pause for kDeferredIndexMs, or when the practice closes, rather than at every commit: indexing
    // takes time in proportion to the text, and typing saves it every second (SearchQueries.cpp).
    static constexpr int kLongestTextIndexedAtOnce = 128 * 1024;
    static constexpr int kDeferredIndexMs = 3000;
    // Indexes those texts now (the timer does it; a search that must see them can too).
    Status indexDeferredTexts();
    bool hasDeferredTexts() const { return m_hasDeferredTexts; }

    QString path() const { return m_path; }
    QDate today() const;
    QDateTime now() const { return m_clock(); }

    // Runs work inside one transaction; writes inside it join it rather than starting their own.
    // If work fails, everything it wrote is rolled back and no change is announced.
    Status transaction(const std::function<Status()> &work);

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

    // Each couple's booked appointment, a UTC instant (AppointmentQueries.cpp). Invalid when none is
    // booked; setting an invalid time cancels it. A past appointment is kept until the next is booked.
    Result<QDateTime> appointment(qint64 coupleId) const;
    Status setAppointment(qint64 coupleId, const QDateTime &startsAtUtc);

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

    // Practice-wide settings kept in the practice file (e.g. the lock's passphrase hash).
    Result<QString> practiceSetting(const QString &key) const; // empty when unset
    Status setPracticeSetting(const QString &key, const QString &value);

signals:
    void coupleChanged(qint64 coupleId);   // created, edited, archived or restored
    void sessionsChanged(qint64 coupleId); // any session of that couple
    void cycleMapsChanged(qint64 coupleId);
    void exercisesChanged(qint64 coupleId);
    void appointmentChanged(qint64 coupleId);
    // A protected practice's debounced save failed; the change stays in memory for the next try.
    void saveFailed(const QString &message);

private:
    enum class Change { Couple, Sessions, CycleMaps, Exercises, Appointment };

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
    Status writeSessionChildren(const Session &session, qint64 sessionId);
    Status writeChains(const CycleMap &map, qint64 mapId);
    Status setArchived(const char *table, qint64 id, bool archived);
    Status purge(const char *table, qint64 id);
    Status sealAuditRows();
    Status flushSearchIndex();
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
    void flushAnnouncements();
    QString newUuid() const;

    QSqlDatabase m_db;
    QString m_path;
    Clock m_clock;
    int m_transactionDepth = 0;
    QString m_transactionError;             // first failure inside the current transaction
    QSet<QPair<int, qint64>> m_pending;     // changes to announce once the outer transaction commits
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
    bool m_protected = false;
    OpenMode m_mode = OpenMode::OpenExisting;
    SaveTiming m_timing{};
};

} // namespace attune
