// The practice-wide search over the FTS5 index of schema version 4 (MigrationVersion4.cpp explains its
// shape; MigrationPlanSearch.cpp adds the treatment plan): turning parsed terms into an FTS5 query, ranking
// and locating the hits, and keeping the index in step with the records at every commit.
#include "PracticeStore.h"

#include "BackgroundIndexer.h"
#include "SearchQueue.h"
#include "SqlStatement.h"
#include "StatementText.h"

#include <QHash>
#include <QTimer>

namespace attune {
namespace {

// Each indexed text's rid is its record's id * 64 + this code (the codes of schema version 4).
enum Code {
    CoupleNameCode = 1,
    ConcernsCode = 2,
    TagsCode = 3,
    SafetyNotesCode = 4,
    PartnerNameCode = 5,
    FocusCode = 6,
    ObservationsCode = 7, // 8 is not used
    PlanCode = 9,
    NoteCode = 10,
    AnchorCode = 11,
    HomeworkCode = 12,
    AddendumCode = 13,
    CycleNotesCode = 14,
    FirstChainCode = 15, // the six steps of a partner's chain follow in CycleStep order
    IncidentCode = 21,
    FirstExerciseStepCode = 22, // the five steps follow in ExerciseStep order
    // The treatment plan (schema change "plan search", MigrationPlanSearch.cpp).
    GoalCoupleWordsCode = 27,
    GoalTherapistWordsCode = 28,
    GoalObjectivesCode = 29,
    GoalInterventionsCode = 30,
    GoalReviewCode = 31,
};

constexpr QChar kMatchStart = QChar(0x02);
constexpr QChar kMatchEnd = QChar(0x03);

// Each term is quoted, so nothing she types is read as FTS5 syntax ("pursuer-withdrawer", NOT, a
// colon, a star); the tokenizer then splits the quoted text into words as it split the records.
QString quoted(const SearchTerm &term)
{
    QString text = term.text;
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"') +
           (term.prefix ? QStringLiteral("*") : QString());
}

void describeField(SearchHit &hit, int code)
{
    struct Plain
    {
        int code;
        SearchKind kind;
        SearchField field;
    };
    static constexpr Plain plain[] = {
        {CoupleNameCode, SearchKind::Couple, SearchField::CoupleName},
        {ConcernsCode, SearchKind::Couple, SearchField::PresentingConcerns},
        {TagsCode, SearchKind::Couple, SearchField::Tags},
        {SafetyNotesCode, SearchKind::Couple, SearchField::SafetyNotes},
        {PartnerNameCode, SearchKind::Couple, SearchField::PartnerName},
        {FocusCode, SearchKind::Session, SearchField::Focus},
        {ObservationsCode, SearchKind::Session, SearchField::CycleObservations},
        {PlanCode, SearchKind::Session, SearchField::Plan},
        {NoteCode, SearchKind::Session, SearchField::Note},
        {AnchorCode, SearchKind::Session, SearchField::Anchor},
        {HomeworkCode, SearchKind::Session, SearchField::Homework},
        {AddendumCode, SearchKind::Session, SearchField::Addendum},
        {CycleNotesCode, SearchKind::Cycle, SearchField::CycleNotes},
        {IncidentCode, SearchKind::Exercise, SearchField::Incident},
        {GoalCoupleWordsCode, SearchKind::Goal, SearchField::GoalCoupleWords},
        {GoalTherapistWordsCode, SearchKind::Goal, SearchField::GoalTherapistWords},
        {GoalObjectivesCode, SearchKind::Goal, SearchField::GoalObjectives},
        {GoalInterventionsCode, SearchKind::Goal, SearchField::GoalInterventions},
        {GoalReviewCode, SearchKind::Goal, SearchField::GoalReview},
    };
    for (const Plain &p : plain) {
        if (p.code == code) {
            hit.kind = p.kind;
            hit.field = p.field;
            return;
        }
    }
    if (code >= FirstChainCode && code < FirstChainCode + 6) {
        hit.kind = SearchKind::Cycle;
        hit.field = SearchField::CycleStep;
        hit.cycleStep = allValues<CycleStep>()[code - FirstChainCode];
    } else if (code >= FirstExerciseStepCode && code < FirstExerciseStepCode + 5) {
        hit.kind = SearchKind::Exercise;
        hit.field = SearchField::ExerciseStep;
        hit.exerciseStep = allValues<ExerciseStep>()[code - FirstExerciseStepCode];
    }
}

// FTS5 marks the matched words with control characters; the hit carries plain text and the spans.
void readSnippet(SearchHit &hit, const QString &marked)
{
    hit.snippet.reserve(marked.size());
    int start = -1;
    for (const QChar c : marked) {
        if (c == kMatchStart) {
            start = int(hit.snippet.size());
        } else if (c == kMatchEnd) {
            if (start >= 0 && hit.snippet.size() > start)
                hit.matches.append({start, int(hit.snippet.size()) - start});
            start = -1;
        } else {
            hit.snippet.append(c);
        }
    }
}

} // namespace

QString searchMatchExpression(const SearchTerms &terms)
{
    QStringList required, excluded;
    for (const SearchTerm &term : terms.required)
        required << quoted(term);
    for (const SearchTerm &term : terms.excluded)
        excluded << quoted(term);
    QString expression = QStringLiteral("(") + required.join(QLatin1Char(' ')) + QStringLiteral(")");
    if (!excluded.isEmpty())
        expression += QStringLiteral(" NOT (") + excluded.join(QStringLiteral(" OR ")) + QStringLiteral(")");
    return expression;
}

const QString &searchSql()
{
    // Every match is located (couple, record, date, whether archived) and filtered before ranking, so
    // archived records never take a place among the best :limit.
    // A plan hit opens its goal: the record is the goal (a review's goal for a review), the day its
    // review's or its plan's, and it counts as archived when the goal or its plan version is.
    static const QString sql = QStringLiteral(R"(
    WITH hits AS (
        SELECT rowid AS rid, rowid >> 6 AS src, rowid & 63 AS code, bm25(search_index) AS score
        FROM search_index WHERE search_index MATCH :match),
    located AS (
        SELECT h.rid, h.score, h.code, c.id AS couple_id, c.name AS couple_name,
            CASE WHEN h.code <= 5 THEN c.id WHEN h.code <= 13 THEN s.id WHEN h.code <= 20 THEN m.id
                 WHEN h.code <= 26 THEN e.id ELSE g.id END AS record_id,
            CASE WHEN h.code <= 5 THEN c.intake_date WHEN h.code <= 13 THEN s.session_date
                 WHEN h.code <= 20 THEN m.map_date WHEN h.code <= 26 THEN e.exercise_date
                 ELSE coalesce(gr.review_date, tp.plan_date) END AS day,
            c.archived OR coalesce(s.archived, m.archived, e.archived, g.archived OR tp.archived, 0)
                AS archived,
            coalesce(p.ordinal, ch.partner, e.partner) AS partner,
            coalesce(m.version, tp.version) AS version, ce.kind,
            CASE WHEN h.code IN (12, 13, 31) THEN h.src END AS child_id
        FROM hits h
        LEFT JOIN partners p ON h.code = 5 AND p.id = h.src
        LEFT JOIN change_events ce ON h.code = 11 AND ce.id = h.src
        LEFT JOIN homework hw ON h.code = 12 AND hw.id = h.src
        LEFT JOIN addenda ad ON h.code = 13 AND ad.id = h.src
        LEFT JOIN sessions s ON h.code BETWEEN 6 AND 13 AND s.id = CASE WHEN h.code <= 10 THEN h.src
            ELSE coalesce(ce.session_id, hw.session_id, ad.session_id) END
        LEFT JOIN cycle_chains ch ON h.code BETWEEN 15 AND 20 AND ch.id = h.src
        LEFT JOIN cycle_maps m ON h.code BETWEEN 14 AND 20 AND m.id = CASE WHEN h.code = 14 THEN h.src
            ELSE ch.cycle_map_id END
        LEFT JOIN exercises e ON h.code BETWEEN 21 AND 26 AND e.id = h.src
        LEFT JOIN goal_reviews gr ON h.code = 31 AND gr.id = h.src
        LEFT JOIN treatment_goals g ON h.code BETWEEN 27 AND 31 AND g.id = CASE WHEN h.code <= 30 THEN h.src
            ELSE gr.goal_id END
        LEFT JOIN treatment_plans tp ON h.code BETWEEN 27 AND 31 AND tp.id = g.plan_id
        JOIN couples c ON c.id = CASE WHEN h.code <= 4 THEN h.src
            ELSE coalesce(p.couple_id, s.couple_id, m.couple_id, e.couple_id, tp.couple_id) END
        WHERE (:all OR NOT (c.archived OR coalesce(s.archived, m.archived, e.archived,
                                                   g.archived OR tp.archived, 0)))
            AND (:couple = 0 OR c.id = :couple))
    SELECT r.rid, r.score, r.code, r.couple_id, r.couple_name, r.record_id, r.day, r.archived, r.partner,
        r.version, r.kind, r.child_id, count(*) OVER (), pn.name
    FROM located r
    LEFT JOIN partners pn ON pn.couple_id = r.couple_id AND pn.ordinal = r.partner
    ORDER BY r.score, r.day DESC, r.rid DESC LIMIT :limit)");
    return sql;
}

const QString &searchSnippetSql()
{
    // Snippets cost a look-up of the text and a second pass of the tokenizer, so only the hits kept
    // get one, in one more scan of the matches. "+rowid" keeps SQLite from handing each rid to FTS5 on
    // its own, which would evaluate the whole query again per hit.
    static const QString sql =
        QStringLiteral("SELECT rowid, snippet(search_index, 0, char(2), char(3), '…', 14) FROM search_index "
                       "WHERE search_index MATCH :match AND +rowid IN (SELECT value FROM json_each(:rids))");
    return sql;
}

Result<SearchResults> PracticeStore::search(const SearchRequest &request) const
{
    const auto terms = parseSearchText(request.text);
    if (!terms)
        return terms.status();
    SearchResults results;
    if (terms->required.isEmpty())
        return results;
    auto failed = [](const Status &s) {
        return Result<SearchResults>::failure(tr("The search could not be run: %1").arg(s.error()));
    };
    const QString match = searchMatchExpression(*terms);
    QHash<qint64, qsizetype> hitOfRid;
    QStringList rids;
    {
        if (!m_searchHits)
            m_searchHits = std::make_unique<SqlStatement>(m_db, searchSql());
        SqlStatement &q = *m_searchHits;
        q.bind(QStringLiteral(":match"), match)
            .bind(QStringLiteral(":all"), request.includeArchived)
            .bind(QStringLiteral(":couple"), request.coupleId)
            .bind(QStringLiteral(":limit"), qMax(1, request.limit));
        if (auto s = q.exec(); !s)
            return failed(s);
        while (q.next()) {
            SearchHit hit;
            describeField(hit, int(q.integer(2)));
            hit.score = q.real(1);
            hit.coupleId = q.integer(3);
            hit.coupleName = q.text(4);
            hit.recordId = q.integer(5);
            hit.date = q.date(6);
            hit.archived = q.integer(7) != 0;
            hit.partner = q.value(8).isNull() ? -1 : int(q.integer(8));
            (hit.kind == SearchKind::Goal ? hit.planVersion : hit.cycleVersion) = int(q.integer(9));
            if (!q.value(10).isNull())
                hit.event = fromKey<ChangeEventKind>(q.text(10));
            hit.childId = q.integer(11);
            results.total = int(q.integer(12));
            hit.partnerName = q.text(13);
            hitOfRid.insert(q.integer(0), results.hits.size());
            rids << QString::number(q.integer(0));
            results.hits.append(hit);
        }
    }
    if (results.hits.isEmpty())
        return results;
    if (!m_searchSnippets)
        m_searchSnippets = std::make_unique<SqlStatement>(m_db, searchSnippetSql());
    SqlStatement &q = *m_searchSnippets;
    q.bind(QStringLiteral(":match"), match)
        .bind(QStringLiteral(":rids"), QLatin1Char('[') + rids.join(QLatin1Char(',')) + QLatin1Char(']'));
    if (auto s = q.exec(); !s)
        return failed(s);
    while (q.next())
        if (const auto found = hitOfRid.constFind(q.integer(0)); found != hitOfRid.cend())
            readSnippet(results.hits[*found], q.text(1));
    return results;
}

Status PracticeStore::indexDeferredTexts()
{
    if (!m_hasDeferredTexts || !isOpen())
        return Status::ok();
    m_indexEverything = true;
    const Status s = transaction([] { return Status::ok(); });
    m_indexEverything = false;
    return s;
}

void PracticeStore::startIndexingDeferredTexts()
{
    if (!m_hasDeferredTexts || !isOpen())
        return;
    if (m_protected || m_mode == OpenMode::ReadOnly || m_transactionDepth > 0) {
        if (auto s = indexDeferredTexts(); !s)
            qWarning("%s", qUtf8Printable(s.error())); // kept queued: the next commit or the close retries
        return;
    }
    if (!m_indexer) {
        m_indexer = new BackgroundIndexer(this);
        connect(m_indexer, &BackgroundIndexer::finished, this, &PracticeStore::backgroundIndexingFinished);
    }
    m_indexer->start(m_path);
}

bool PracticeStore::isIndexingInBackground() const
{
    return m_indexer && m_indexer->isRunning();
}

void PracticeStore::waitForBackgroundIndexing()
{
    if (m_indexer)
        m_indexer->wait();
}

void PracticeStore::backgroundIndexingFinished(bool completed, const QString &error)
{
    // A failed run leaves everything queued: the next pause, the close or the next open indexes it.
    if (!error.isEmpty())
        qWarning("%s", qUtf8Printable(error));
    if (!completed || !isOpen())
        return; // cancelled by a write, whose commit starts the timer again
    // The run's commit moved SQLite's data_version as another program's would; it changed no record, so
    // it is nothing for the views to read again.
    if (m_dataVersion >= 0)
        if (const Result<qint64> version = dataVersion(); version)
            m_dataVersion = *version;
    SqlStatement q(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_pending)"));
    m_hasDeferredTexts = !q.exec() || !q.next() || q.integer(0) != 0;
    if (m_hasDeferredTexts)
        m_deferredIndex->start(); // queued meanwhile by another program: indexed at the next pause
}

Status PracticeStore::flushSearchIndex()
{
    // Indexing costs time in proportion to the text, twice (the old words out, the new in): about a
    // second and a half for a 5 MB note, at every save of every keystroke's burst. So a long text is
    // indexed when the typing pauses instead (indexDeferredTexts, from a timer the commit starts, on a
    // thread of its own for a plain practice: BackgroundIndexer.h); until then the index keeps its
    // previous words, and the queue keeps what it needs to replace them.
    bool left = false;
    const Status s = applySearchQueue(m_db, m_indexEverything ? 0 : kLongestTextIndexedAtOnce, &left);
    if (s)
        m_hasDeferredTexts = left;
    return s;
}

} // namespace attune
