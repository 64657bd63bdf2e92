// Finding anything in the practice: what the therapist types (parsed into terms), and what a search
// finds (hits, each naming the couple, the record it opens and the field the words were found in).
// These are domain values: the SQLite store answers a search with FTS5, another backend its own way.
#pragma once

#include "Enums.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace attune {

// Where a hit opens: the couple's Overview, one session, one cycle version, one exercise or one goal of
// the treatment plan (on the Plan tab).
enum class SearchKind { Couple, Session, Cycle, Exercise, Goal };

// The field the words were found in. CycleStep and ExerciseStep name the step in the hit.
enum class SearchField {
    CoupleName,
    PartnerName,
    PresentingConcerns,
    Tags,
    SafetyNotes,
    Focus,
    CycleObservations,
    Plan,
    Note,
    Anchor,
    Homework,
    Addendum,
    CycleNotes,
    CycleStep,
    Incident,
    ExerciseStep,
    GoalCoupleWords,
    GoalTherapistWords,
    GoalObjectives,
    GoalInterventions,
    GoalReview,
};

template<> struct EnumTable<SearchKind>
{
    static constexpr std::array entries{
        EnumEntry<SearchKind>{SearchKind::Couple, "couple",
                              QT_TRANSLATE_NOOP("attune::Vocabulary", "Couple")},
        EnumEntry<SearchKind>{SearchKind::Session, "session",
                              QT_TRANSLATE_NOOP("attune::Vocabulary", "Session")},
        EnumEntry<SearchKind>{SearchKind::Cycle, "cycle", QT_TRANSLATE_NOOP("attune::Vocabulary", "Cycle")},
        EnumEntry<SearchKind>{SearchKind::Exercise, "exercise",
                              QT_TRANSLATE_NOOP("attune::Vocabulary", "Exercise")},
        EnumEntry<SearchKind>{SearchKind::Goal, "goal",
                              QT_TRANSLATE_NOOP("attune::Vocabulary", "Treatment goal")},
    };
};

template<> struct EnumTable<SearchField>
{
    static constexpr std::array entries{
        EnumEntry<SearchField>{SearchField::CoupleName, "couple_name",
                               QT_TRANSLATE_NOOP("attune::Vocabulary", "Case name")},
        EnumEntry<SearchField>{SearchField::PartnerName, "partner_name",
                               QT_TRANSLATE_NOOP("attune::Vocabulary", "Partner's name")},
        EnumEntry<SearchField>{SearchField::PresentingConcerns, "presenting_concerns",
                               QT_TRANSLATE_NOOP("attune::Vocabulary", "Presenting concerns")},
        EnumEntry<SearchField>{SearchField::Tags, "tags", QT_TRANSLATE_NOOP("attune::Vocabulary", "Tags")},
        EnumEntry<SearchField>{SearchField::SafetyNotes, "safety_notes",
                               QT_TRANSLATE_NOOP("attune::Vocabulary", "Safety screen notes")},
        EnumEntry<SearchField>{SearchField::Focus, "focus", QT_TRANSLATE_NOOP("attune::Vocabulary", "Focus")},
        EnumEntry<SearchField>{SearchField::CycleObservations, "cycle_observations",
                               QT_TRANSLATE_NOOP("attune::Vocabulary", "Cycle observations")},
        EnumEntry<SearchField>{SearchField::Plan, "plan", QT_TRANSLATE_NOOP("attune::Vocabulary", "Plan")},
        EnumEntry<SearchField>{SearchField::Note, "note", QT_TRANSLATE_NOOP("attune::Vocabulary", "Note")},
        EnumEntry<SearchField>{SearchField::Anchor, "anchor",
                               QT_TRANSLATE_NOOP("attune::Vocabulary", "Anchor quote")},
        EnumEntry<SearchField>{SearchField::Homework, "homework",
                               QT_TRANSLATE_NOOP("attune::Vocabulary", "Homework")},
        EnumEntry<SearchField>{SearchField::Addendum, "addendum",
                               QT_TRANSLATE_NOOP("attune::Vocabulary", "Addendum")},
        EnumEntry<SearchField>{SearchField::CycleNotes, "cycle_notes",
                               QT_TRANSLATE_NOOP("attune::Vocabulary", "Cycle notes")},
        EnumEntry<SearchField>{SearchField::CycleStep, "cycle_step",
                               QT_TRANSLATE_NOOP("attune::Vocabulary", "Cycle step")},
        EnumEntry<SearchField>{SearchField::Incident, "incident",
                               QT_TRANSLATE_NOOP("attune::Vocabulary", "Incident")},
        EnumEntry<SearchField>{SearchField::ExerciseStep, "exercise_step",
                               QT_TRANSLATE_NOOP("attune::Vocabulary", "Exercise step")},
        EnumEntry<SearchField>{SearchField::GoalCoupleWords, "goal_couple_words",
                               QT_TRANSLATE_NOOP("attune::Vocabulary", "Goal in the couple's words")},
        EnumEntry<SearchField>{SearchField::GoalTherapistWords, "goal_therapist_words",
                               QT_TRANSLATE_NOOP("attune::Vocabulary", "Goal in the therapist's words")},
        EnumEntry<SearchField>{SearchField::GoalObjectives, "goal_objectives",
                               QT_TRANSLATE_NOOP("attune::Vocabulary", "Objectives")},
        EnumEntry<SearchField>{SearchField::GoalInterventions, "goal_interventions",
                               QT_TRANSLATE_NOOP("attune::Vocabulary", "Planned interventions")},
        EnumEntry<SearchField>{SearchField::GoalReview, "goal_review",
                               QT_TRANSLATE_NOOP("attune::Vocabulary", "Goal review")},
    };
};

// One word or phrase of a search. A word matches words that start with it (so "lonel" finds "lonely"
// as she types); a phrase in quotes matches those words in that order, each in full.
struct SearchTerm
{
    QString text; // as typed, quotes removed
    bool phrase = false;
    bool prefix = true;

    friend bool operator==(const SearchTerm &, const SearchTerm &) = default;
};

struct SearchTerms
{
    QList<SearchTerm> required; // every one must occur in the field
    QList<SearchTerm> excluded; // none may occur (typed as -word or -"a phrase")

    bool isEmpty() const { return required.isEmpty() && excluded.isEmpty(); }
};

// Parses what the therapist typed: words, "phrases in quotes" and -word or -"phrase" to leave out.
// A quote left open while typing closes at the end. Punctuation and emoji separate words, as in the
// index. Empty input gives empty terms; input with nothing to find (only punctuation or emoji, or only
// words to leave out) fails with one sentence that says what to type instead.
Result<SearchTerms> parseSearchText(QStringView text);

// Where the required terms occur in text, as the search matched them (case and accents ignored,
// words matched from their start): the spans to highlight in a field, in order, not overlapping.
struct TextSpan
{
    int start = 0;
    int length = 0;

    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};
QList<TextSpan> findSearchMatches(QStringView text, const SearchTerms &terms);

struct SearchRequest
{
    QString text;        // as typed
    qint64 coupleId = 0; // 0: every couple
    bool includeArchived = false;
    int limit = 200; // the best hits returned; SearchResults::total counts them all
};

struct SearchHit
{
    qint64 coupleId = 0;
    QString coupleName;
    SearchKind kind = SearchKind::Couple;
    qint64 recordId = 0; // the couple, session, cycle map, exercise or treatment goal the hit opens
    QDate date; // the session's, cycle version's or exercise's date; a goal's plan or review date; intake
    SearchField field = SearchField::Note;
    std::optional<CycleStep> cycleStep;
    std::optional<ExerciseStep> exerciseStep;
    std::optional<ChangeEventKind> event; // for an anchor quote
    int partner = -1;                     // 0 or 1 for a partner's name, chain step or exercise
    QString partnerName;
    int cycleVersion = 0;
    int planVersion = 0; // the treatment plan version of a goal hit
    qint64 childId = 0;  // the homework item, addendum or goal review, when the field is one
    bool archived = false;
    QString snippet;         // a few words around the match, plain text, "…" where cut
    QList<TextSpan> matches; // the matched words within snippet
    double score = 0;        // lower is better (bm25)
};

struct SearchResults
{
    QList<SearchHit> hits; // best first
    int total = 0;         // every hit, also those beyond the request's limit
};

// A stable key for a hit's field for scripts: the step's own key for cycle and exercise steps
// ("primary_emotion"), "withdrawer_reengagement_anchor" for an anchor quote, else the field's key.
QString searchFieldKey(const SearchHit &hit);
// Where the hit was found, for people: "Session note", "Cycle v3 · Mary: trigger", "Exercise · John:
// deeper feelings".
QString describeSearchHit(const SearchHit &hit);

} // namespace attune
