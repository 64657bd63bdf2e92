// The plain value types a case file's payload is made of, and the functions that turn them into a
// Boost.Serialization text archive and back. Only standard types (UTF-8 std::string, std::int32_t,
// double, std::vector): no Qt types, no pointers, no polymorphism, enums by their stable keys and dates
// as ISO 8601 text, so the archive does not depend on Qt, on enum numbering or on this build.
// docs/case-file-format.md describes every field. The Boost headers stay in CaseFileArchive.cpp, which
// has no translatable strings (lupdate hangs on Boost headers), so this header is Boost-free.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace attune::casefile {

// What every stored record carries. Timestamps are UTC, ISO 8601 with milliseconds; empty when unknown.
struct RecordEntry
{
    std::string uuid;
    std::string created;
    std::string modified;
    std::int32_t archived = 0; // 0 or 1 (not bool: Boost asserts on a bool that is neither)
};

struct PartnerEntry
{
    RecordEntry record;
    std::string name;
    std::string pronouns;
    std::string language;
    std::string position; // CyclePosition key
    std::int32_t closenessNeed = 0;
    std::int32_t aloneNeed = 0;
    // PartnerEntry version 2 (issue 16): contact details; empty in an older file.
    std::string phone;
    std::string email;
    std::string address;
    std::string emergencyName;
    std::string emergencyPhone;
};

struct ChangeEventEntry
{
    std::string uuid;
    std::string kind;  // ChangeEventKind key
    std::string level; // EventLevel key
    std::int32_t partner = -1;
    std::string anchor;
};

struct BondRatingEntry
{
    std::string uuid;
    std::int32_t partner = 0;
    std::vector<std::int32_t> signs; // five, in BondSign order
};

struct OutcomeEntry
{
    std::string uuid;
    std::int32_t partner = 0;
    std::string instrument; // Instrument key
    double total = 0;
};

struct HomeworkEntry
{
    std::string uuid;
    std::string text;
    std::int32_t done = 0;
};

struct SessionEntry
{
    RecordEntry record;
    std::string date;      // yyyy-MM-dd
    std::string startTime; // HH:mm, empty when not recorded
    std::int32_t durationMinutes = 0;
    std::string attendance; // Attendance key
    std::string format;     // SessionFormat key
    std::int32_t stage = 0;
    std::int32_t step = 0;
    std::string focus;
    std::string cycleObservations;
    std::vector<std::string> interventions;
    std::string plan;
    std::string text;
    std::vector<ChangeEventEntry> events; // one per ChangeEventKind
    std::vector<BondRatingEntry> bondRatings;
    std::vector<OutcomeEntry> outcomes;
    std::vector<HomeworkEntry> homework;
    std::string signedAt; // empty while a draft
    std::string signedBy;
    std::vector<std::string> goalUuids; // SessionEntry version 2: the treatment-plan goals it worked on
};

struct ChainEntry
{
    std::string uuid;
    std::vector<std::string> steps; // six, in CycleStep order
};

struct CycleMapEntry
{
    RecordEntry record;
    std::int32_t version = 0;
    std::string date;
    std::string kind; // CycleKind key
    std::string notes;
    std::vector<ChainEntry> chains; // two: the first partner's, then the second's
};

struct ExerciseEntry
{
    RecordEntry record;
    std::string sessionUuid; // empty when not linked to a session; else a session of the same couple
    std::int32_t partner = 0;
    std::string date;
    std::string incident;
    std::vector<std::string> steps; // five, in ExerciseStep order
};

// An earlier safety screen (CoupleEntry version 2).
struct SafetyScreenEntry
{
    std::string date;
    std::string outcome; // SafetyOutcome key
    std::string notes;
};

// A calendar appointment (CoupleEntry version 2).
struct AppointmentEntry
{
    std::string uuid;
    std::string startsAt; // UTC, ISO 8601
    std::int32_t durationMinutes = 0;
    std::string status;      // AppointmentStatus key
    std::string seriesUuid;  // empty for a single appointment
    std::string sessionUuid; // the session an attended appointment became; empty: none
};

// A review of a goal (CoupleEntry version 3).
struct GoalReviewEntry
{
    RecordEntry record;
    std::string date;
    std::string status; // GoalStatus key
    std::string note;
};

// A goal of a treatment plan (CoupleEntry version 3).
struct GoalEntry
{
    RecordEntry record;
    std::string coupleWords;
    std::string therapistWords;
    std::string objectives;
    std::int32_t stage = 0;
    std::int32_t step = 0;
    std::string interventions;
    std::string targetDate; // empty when none
    std::string status;     // GoalStatus key
    std::vector<GoalReviewEntry> reviews;
};

// A version of the couple's treatment plan (CoupleEntry version 3).
struct TreatmentPlanEntry
{
    RecordEntry record;
    std::int32_t version = 0;
    std::string date;
    std::string notes;
    std::vector<GoalEntry> goals; // in order
    std::string signedAt;         // empty while a draft
    std::string signedBy;
    std::string contentHash;
};

struct CoupleEntry
{
    RecordEntry record;
    std::string name;
    std::string status;  // CoupleStatus key
    std::string pattern; // CyclePattern key
    std::string intakeDate;
    std::string closingDate; // empty while open
    std::string presentingConcerns;
    std::vector<std::string> tags;
    std::string safetyOutcome; // SafetyOutcome key
    std::string safetyDate;
    std::string safetyNotes;
    std::vector<PartnerEntry> partners; // exactly two, checked after loading
    std::vector<SessionEntry> sessions;
    std::vector<CycleMapEntry> cycleMaps;
    std::vector<ExerciseEntry> exercises;
    std::vector<SafetyScreenEntry> safetyHistory; // version 2 on
    std::vector<AppointmentEntry> appointments;   // version 2 on
    std::string referralSource;                   // version 3 on
    std::string referringClinician;               // version 3 on
    std::vector<TreatmentPlanEntry> plans;        // version 3 on
};

struct CaseFileEntry
{
    std::string writtenBy; // the Attune version that wrote the file
    std::string exportedAt;
    std::vector<CoupleEntry> couples;
};

// Limits a loaded archive must respect whatever lengths it declares.
inline constexpr std::uint64_t kMaxStringBytes = 16u * 1024 * 1024;
inline constexpr std::uint64_t kMaxListItems = 4u * 1024 * 1024;

enum class ArchiveError {
    None,
    NotAnArchive,  // no Boost text-archive signature
    NewerLibrary,  // written by a newer Boost.Serialization library
    NewerClass,    // a record type has a newer version than this build knows
    LimitExceeded, // a declared length or count is impossible or absurd
    Malformed,     // anything else Boost or the parser refused
    TrailingData,  // bytes after the archive's end
};

std::string saveArchive(const CaseFileEntry &file);
// Loads payload into file. Never throws; on failure file is left in an unspecified but valid state.
ArchiveError loadArchive(std::string_view payload, CaseFileEntry &file);

} // namespace attune::casefile
