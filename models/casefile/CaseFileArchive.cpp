// Boost.Serialization of the case-file entries. Saving uses Boost's standard text archive; loading reads
// the same format but never trusts a declared length: every string and list length is checked against
// the bytes that remain in the payload and a sane maximum before anything is allocated. No translatable
// strings here (lupdate hangs on Boost headers): errors leave as ArchiveError codes.
#include "CaseFileArchive.h"

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/level.hpp>
#include <boost/serialization/tracking.hpp>
#include <boost/serialization/version.hpp>

#include <algorithm>
#include <cctype>
#include <istream>
#include <sstream>
#include <streambuf>

namespace attune::casefile {
namespace {

// Reads the payload in place instead of copying it into a stringstream.
class MemoryBuffer : public std::streambuf
{
public:
    explicit MemoryBuffer(std::string_view bytes)
    {
        char *begin = const_cast<char *>(bytes.data()); // only ever read: std::streambuf wants char *
        setg(begin, begin, begin + bytes.size());
    }
    std::uint64_t remaining() const { return static_cast<std::uint64_t>(egptr() - gptr()); }
};

struct LimitExceeded : std::exception
{
    const char *what() const noexcept override { return "declared length out of bounds"; }
};

struct NewerClassVersion : std::exception
{
    const char *what() const noexcept override { return "class version newer than this build"; }
};

// Boost 1.74 no longer refuses a class version newer than the program's (the check is compiled out in
// iserializer.hpp), so each serialize function checks the version it is handed.
template<class Archive, class Entry> void supported(Archive &, const Entry &, const unsigned version)
{
    if constexpr (!Archive::is_saving::value)
        if (version > boost::serialization::version<Entry>::value)
            throw NewerClassVersion();
}

// Per-archive state for bounded loading, kept in the archive's helper collection (no globals).
struct LoadBudget
{
    MemoryBuffer *buffer = nullptr;
    std::istream *stream = nullptr;

    void checkLength(std::uint64_t bytes, std::uint64_t maximum) const
    {
        if (!buffer || bytes > maximum || bytes > buffer->remaining())
            throw LimitExceeded();
    }
};

char g_budgetKey = 0; // only its address matters: the key of LoadBudget in the helper collection

template<class Archive> LoadBudget &budget(Archive &ar)
{
    return ar.template get_helper<LoadBudget>(&g_budgetKey);
}

// A UTF-8 string, written exactly as Boost writes std::string ("length space bytes").
template<class Archive> void text(Archive &ar, std::string &s)
{
    if constexpr (Archive::is_saving::value) {
        ar << s;
    } else {
        std::uint64_t size = 0;
        ar >> size;
        LoadBudget &b = budget(ar);
        b.checkLength(size, kMaxStringBytes);
        b.stream->get(); // the space between length and bytes
        s.assign(static_cast<std::size_t>(size), '\0');
        if (size > 0 && !b.stream->read(s.data(), static_cast<std::streamsize>(size)))
            throw LimitExceeded();
    }
}

// A list: its item count, then the items. Every item takes at least two bytes of text, so a count larger
// than half the remaining bytes is a lie; items are appended one by one rather than preallocated.
template<class Archive> std::uint64_t listCount(Archive &ar, std::uint64_t count)
{
    if constexpr (Archive::is_saving::value) {
        ar << count;
    } else {
        ar >> count;
        if (count > kMaxListItems)
            throw LimitExceeded();
        budget(ar).checkLength(count * 2, kMaxListItems * 2);
    }
    return count;
}

template<class Archive, class T> void list(Archive &ar, std::vector<T> &items)
{
    const std::uint64_t count = listCount(ar, items.size());
    if constexpr (Archive::is_saving::value) {
        for (const T &item : items)
            ar << item;
    } else {
        items.clear();
        items.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(count, 256)));
        for (std::uint64_t i = 0; i < count; ++i) {
            T item{};
            ar >> item;
            items.push_back(std::move(item));
        }
    }
}

template<class Archive> void list(Archive &ar, std::vector<std::string> &items)
{
    const std::uint64_t count = listCount(ar, items.size());
    if constexpr (Archive::is_saving::value) {
        for (std::string &item : items)
            text(ar, item);
    } else {
        items.clear();
        for (std::uint64_t i = 0; i < count; ++i) {
            std::string item;
            text(ar, item);
            items.push_back(std::move(item));
        }
    }
}

} // namespace

// The serialize functions: one per entry type, fields in the order docs/case-file-format.md lists them.
// `version` is each class's BOOST_CLASS_VERSION as written in the file; version 1 is the first format.
template<class Archive> void serialize(Archive &ar, RecordEntry &e, const unsigned version)
{
    supported(ar, e, version);
    text(ar, e.uuid);
    text(ar, e.created);
    text(ar, e.modified);
    ar &e.archived;
}

template<class Archive> void serialize(Archive &ar, PartnerEntry &e, const unsigned version)
{
    supported(ar, e, version);
    ar &e.record;
    text(ar, e.name);
    text(ar, e.pronouns);
    text(ar, e.language);
    text(ar, e.position);
    ar &e.closenessNeed;
    ar &e.aloneNeed;
    // Version 2 (issue 16): the partner's contact details. A version-1 partner loads with them empty.
    if (version >= 2) {
        text(ar, e.phone);
        text(ar, e.email);
        text(ar, e.address);
        text(ar, e.emergencyName);
        text(ar, e.emergencyPhone);
    }
}

template<class Archive> void serialize(Archive &ar, ChangeEventEntry &e, const unsigned version)
{
    supported(ar, e, version);
    text(ar, e.uuid);
    text(ar, e.kind);
    text(ar, e.level);
    ar &e.partner;
    text(ar, e.anchor);
}

template<class Archive> void serialize(Archive &ar, BondRatingEntry &e, const unsigned version)
{
    supported(ar, e, version);
    text(ar, e.uuid);
    ar &e.partner;
    list(ar, e.signs);
}

template<class Archive> void serialize(Archive &ar, OutcomeEntry &e, const unsigned version)
{
    supported(ar, e, version);
    text(ar, e.uuid);
    ar &e.partner;
    text(ar, e.instrument);
    ar &e.total;
}

template<class Archive> void serialize(Archive &ar, HomeworkEntry &e, const unsigned version)
{
    supported(ar, e, version);
    text(ar, e.uuid);
    text(ar, e.text);
    ar &e.done;
}

template<class Archive> void serialize(Archive &ar, SessionEntry &e, const unsigned version)
{
    supported(ar, e, version);
    ar &e.record;
    text(ar, e.date);
    text(ar, e.startTime);
    ar &e.durationMinutes;
    text(ar, e.attendance);
    text(ar, e.format);
    ar &e.stage;
    ar &e.step;
    text(ar, e.focus);
    text(ar, e.cycleObservations);
    list(ar, e.interventions);
    text(ar, e.plan);
    text(ar, e.text);
    list(ar, e.events);
    list(ar, e.bondRatings);
    list(ar, e.outcomes);
    list(ar, e.homework);
    text(ar, e.signedAt);
    text(ar, e.signedBy);
    // Version 2 (issue 16): the goals the session worked on, by UUID.
    if (version >= 2)
        list(ar, e.goalUuids);
}

template<class Archive> void serialize(Archive &ar, ChainEntry &e, const unsigned version)
{
    supported(ar, e, version);
    text(ar, e.uuid);
    list(ar, e.steps);
}

template<class Archive> void serialize(Archive &ar, CycleMapEntry &e, const unsigned version)
{
    supported(ar, e, version);
    ar &e.record;
    ar &e.version;
    text(ar, e.date);
    text(ar, e.kind);
    text(ar, e.notes);
    list(ar, e.chains);
}

template<class Archive> void serialize(Archive &ar, ExerciseEntry &e, const unsigned version)
{
    supported(ar, e, version);
    ar &e.record;
    text(ar, e.sessionUuid);
    ar &e.partner;
    text(ar, e.date);
    text(ar, e.incident);
    list(ar, e.steps);
}

template<class Archive> void serialize(Archive &ar, SafetyScreenEntry &e, const unsigned version)
{
    supported(ar, e, version);
    text(ar, e.date);
    text(ar, e.outcome);
    text(ar, e.notes);
}

template<class Archive> void serialize(Archive &ar, AppointmentEntry &e, const unsigned version)
{
    supported(ar, e, version);
    text(ar, e.uuid);
    text(ar, e.startsAt);
    ar &e.durationMinutes;
    text(ar, e.status);
    text(ar, e.seriesUuid);
    text(ar, e.sessionUuid);
}

template<class Archive> void serialize(Archive &ar, GoalReviewEntry &e, const unsigned version)
{
    supported(ar, e, version);
    ar &e.record;
    text(ar, e.date);
    text(ar, e.status);
    text(ar, e.note);
}

template<class Archive> void serialize(Archive &ar, GoalEntry &e, const unsigned version)
{
    supported(ar, e, version);
    ar &e.record;
    text(ar, e.coupleWords);
    text(ar, e.therapistWords);
    text(ar, e.objectives);
    ar &e.stage;
    ar &e.step;
    text(ar, e.interventions);
    text(ar, e.targetDate);
    text(ar, e.status);
    list(ar, e.reviews);
}

template<class Archive> void serialize(Archive &ar, TreatmentPlanEntry &e, const unsigned version)
{
    supported(ar, e, version);
    ar &e.record;
    ar &e.version;
    text(ar, e.date);
    text(ar, e.notes);
    list(ar, e.goals);
    text(ar, e.signedAt);
    text(ar, e.signedBy);
    text(ar, e.contentHash);
}

template<class Archive> void serialize(Archive &ar, CoupleEntry &e, const unsigned version)
{
    supported(ar, e, version);
    ar &e.record;
    text(ar, e.name);
    text(ar, e.status);
    text(ar, e.pattern);
    text(ar, e.intakeDate);
    text(ar, e.closingDate);
    text(ar, e.presentingConcerns);
    list(ar, e.tags);
    text(ar, e.safetyOutcome);
    text(ar, e.safetyDate);
    text(ar, e.safetyNotes);
    list(ar, e.partners);
    list(ar, e.sessions);
    list(ar, e.cycleMaps);
    list(ar, e.exercises);
    // Version 2 (issue 16) adds the history of safety screens and the calendar; a version-1 file has
    // neither, and loads with both empty.
    if (version >= 2) {
        list(ar, e.safetyHistory);
        list(ar, e.appointments);
    }
    // Version 3 (issue 16) adds the referral and the treatment plan; older files load with them empty.
    if (version >= 3) {
        text(ar, e.referralSource);
        text(ar, e.referringClinician);
        list(ar, e.plans);
    }
}

template<class Archive> void serialize(Archive &ar, CaseFileEntry &e, const unsigned version)
{
    supported(ar, e, version);
    text(ar, e.writtenBy);
    text(ar, e.exportedAt);
    list(ar, e.couples);
}

} // namespace attune::casefile

// Every entry type: its version (1, the first format, unless a later one added fields), never tracked (no
// pointers, so no object identity).
#define ATTUNE_CASEFILE_CLASS_VERSION(T, V)                                                                  \
    BOOST_CLASS_VERSION(attune::casefile::T, V)                                                              \
    BOOST_CLASS_TRACKING(attune::casefile::T, boost::serialization::track_never)
#define ATTUNE_CASEFILE_CLASS(T) ATTUNE_CASEFILE_CLASS_VERSION(T, 1)
ATTUNE_CASEFILE_CLASS(RecordEntry)
ATTUNE_CASEFILE_CLASS_VERSION(PartnerEntry, 2)
ATTUNE_CASEFILE_CLASS(ChangeEventEntry)
ATTUNE_CASEFILE_CLASS(BondRatingEntry)
ATTUNE_CASEFILE_CLASS(OutcomeEntry)
ATTUNE_CASEFILE_CLASS(HomeworkEntry)
ATTUNE_CASEFILE_CLASS_VERSION(SessionEntry, 2)
ATTUNE_CASEFILE_CLASS(ChainEntry)
ATTUNE_CASEFILE_CLASS(CycleMapEntry)
ATTUNE_CASEFILE_CLASS(ExerciseEntry)
ATTUNE_CASEFILE_CLASS_VERSION(CoupleEntry, 3)
ATTUNE_CASEFILE_CLASS(GoalReviewEntry)
ATTUNE_CASEFILE_CLASS(GoalEntry)
ATTUNE_CASEFILE_CLASS(TreatmentPlanEntry)
ATTUNE_CASEFILE_CLASS(SafetyScreenEntry)
ATTUNE_CASEFILE_CLASS(AppointmentEntry)
ATTUNE_CASEFILE_CLASS(CaseFileEntry)
#undef ATTUNE_CASEFILE_CLASS
#undef ATTUNE_CASEFILE_CLASS_VERSION

namespace attune::casefile {

namespace {

// Boost reads the archive's signature as a std::string whose declared length it trusts, so the preamble
// ("22 serialization::archive N") is checked here before Boost sees it.
constexpr std::string_view kSignature = "22 serialization::archive ";

bool hasSignature(std::string_view payload)
{
    if (payload.substr(0, kSignature.size()) != kSignature)
        return false;
    const std::string_view rest = payload.substr(kSignature.size());
    std::size_t digits = 0;
    while (digits < rest.size() && digits < 6 && std::isdigit(static_cast<unsigned char>(rest[digits])))
        ++digits;
    return digits > 0 && digits < 6 && digits < rest.size() && rest[digits] == ' ';
}

} // namespace

std::string saveArchive(const CaseFileEntry &file)
{
    std::ostringstream out;
    {
        boost::archive::text_oarchive archive(out);
        archive << file;
    }
    return std::move(out).str();
}

ArchiveError loadArchive(std::string_view payload, CaseFileEntry &file)
{
    if (!hasSignature(payload))
        return ArchiveError::NotAnArchive;
    try {
        MemoryBuffer buffer(payload);
        std::istream in(&buffer);
        boost::archive::text_iarchive archive(in);
        LoadBudget &b = budget(archive);
        b.buffer = &buffer;
        b.stream = &in;
        archive >> file;
        while (buffer.remaining() > 0) {
            const int c = in.get();
            if (c == std::char_traits<char>::eof())
                break;
            if (!std::isspace(c))
                return ArchiveError::TrailingData;
        }
        return ArchiveError::None;
    } catch (const LimitExceeded &) {
        return ArchiveError::LimitExceeded;
    } catch (const NewerClassVersion &) {
        return ArchiveError::NewerClass;
    } catch (const boost::archive::archive_exception &e) {
        switch (e.code) {
        case boost::archive::archive_exception::unsupported_version:
            return ArchiveError::NewerLibrary;
        case boost::archive::archive_exception::unsupported_class_version:
            return ArchiveError::NewerClass;
        case boost::archive::archive_exception::invalid_signature:
            return ArchiveError::NotAnArchive;
        default:
            return ArchiveError::Malformed;
        }
    } catch (const std::bad_alloc &) {
        return ArchiveError::LimitExceeded;
    } catch (const std::exception &) {
        return ArchiveError::Malformed;
    } catch (...) {
        return ArchiveError::Malformed;
    }
}

} // namespace attune::casefile
