// The closed vocabularies of EFT as Attune records them. Each enum has a stable key (used in the
// database, JSON and case files, never translated) and a display name (translated at the call site).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace attune {

enum class CoupleStatus { Active, Paused, Closed };
enum class CyclePosition { Pursuer, Withdrawer };
enum class CyclePattern { PursueWithdraw, PursuePursue, WithdrawWithdraw };
enum class EventLevel { None, Emerging, Partial, Complete };
enum class ChangeEventKind { WithdrawerReengagement, BlamerSoftening };
enum class Attendance { Both, PartnerAOnly, PartnerBOnly };
enum class SessionFormat { InPerson, Video };
enum class CycleKind { Negative, Positive };
enum class Instrument { Csi4, Csi16, Csi32, Rdas };
enum class SafetyOutcome { NotScreened, NoConcerns, Monitor, Contraindicated };

// The steps of one partner's chain in the infinity cycle, in the order the loop runs through them.
enum class CycleStep { Trigger, PrimaryEmotion, SecondaryEmotion, Perception, Behavior, Need };
// The five steps of the exercise that turns resentment into closeness.
enum class ExerciseStep { Trigger, ImmediateEmotion, BehavioralReaction, DeeperFeelings, UnderlyingNeed };
// The five signs of a secure bond, rated per partner.
enum class BondSign { EmotionalBalance, TuningIn, Openness, PositiveSelf, AbleToBeAlone };

template<typename E> struct EnumEntry
{
    E value;
    const char *key;     // stable, snake_case
    const char *display; // source text for translation (context "attune::Vocabulary")
};

template<typename E> struct EnumTable; // specialised below: static constexpr std::array entries

#define ATTUNE_ENUM_TABLE(Enum, ...)                                                                         \
    template<> struct EnumTable<Enum>                                                                        \
    {                                                                                                        \
        static constexpr std::array entries{__VA_ARGS__};                                                    \
    };

// QT_TRANSLATE_NOOP marks the display names for lupdate under one context.
ATTUNE_ENUM_TABLE(CoupleStatus,
                  EnumEntry<CoupleStatus>{CoupleStatus::Active, "active",
                                          QT_TRANSLATE_NOOP("attune::Vocabulary", "Active")},
                  EnumEntry<CoupleStatus>{CoupleStatus::Paused, "paused",
                                          QT_TRANSLATE_NOOP("attune::Vocabulary", "Paused")},
                  EnumEntry<CoupleStatus>{CoupleStatus::Closed, "closed",
                                          QT_TRANSLATE_NOOP("attune::Vocabulary", "Closed")})
ATTUNE_ENUM_TABLE(CyclePosition,
                  EnumEntry<CyclePosition>{CyclePosition::Pursuer, "pursuer",
                                           QT_TRANSLATE_NOOP("attune::Vocabulary", "Pursuer")},
                  EnumEntry<CyclePosition>{CyclePosition::Withdrawer, "withdrawer",
                                           QT_TRANSLATE_NOOP("attune::Vocabulary", "Withdrawer")})
ATTUNE_ENUM_TABLE(CyclePattern,
                  EnumEntry<CyclePattern>{CyclePattern::PursueWithdraw, "pursue_withdraw",
                                          QT_TRANSLATE_NOOP("attune::Vocabulary", "Pursue–withdraw")},
                  EnumEntry<CyclePattern>{CyclePattern::PursuePursue, "pursue_pursue",
                                          QT_TRANSLATE_NOOP("attune::Vocabulary", "Pursue–pursue")},
                  EnumEntry<CyclePattern>{CyclePattern::WithdrawWithdraw, "withdraw_withdraw",
                                          QT_TRANSLATE_NOOP("attune::Vocabulary", "Withdraw–withdraw")})
ATTUNE_ENUM_TABLE(EventLevel,
                  EnumEntry<EventLevel>{EventLevel::None, "none",
                                        QT_TRANSLATE_NOOP("attune::Vocabulary", "None")},
                  EnumEntry<EventLevel>{EventLevel::Emerging, "emerging",
                                        QT_TRANSLATE_NOOP("attune::Vocabulary", "Emerging")},
                  EnumEntry<EventLevel>{EventLevel::Partial, "partial",
                                        QT_TRANSLATE_NOOP("attune::Vocabulary", "Partial")},
                  EnumEntry<EventLevel>{EventLevel::Complete, "complete",
                                        QT_TRANSLATE_NOOP("attune::Vocabulary", "Complete")})
ATTUNE_ENUM_TABLE(ChangeEventKind,
                  EnumEntry<ChangeEventKind>{
                      ChangeEventKind::WithdrawerReengagement, "withdrawer_reengagement",
                      QT_TRANSLATE_NOOP("attune::Vocabulary", "Withdrawer re-engagement")},
                  EnumEntry<ChangeEventKind>{ChangeEventKind::BlamerSoftening, "blamer_softening",
                                             QT_TRANSLATE_NOOP("attune::Vocabulary", "Blamer softening")})
ATTUNE_ENUM_TABLE(Attendance,
                  EnumEntry<Attendance>{Attendance::Both, "both",
                                        QT_TRANSLATE_NOOP("attune::Vocabulary", "Both partners")},
                  EnumEntry<Attendance>{Attendance::PartnerAOnly, "partner_a",
                                        QT_TRANSLATE_NOOP("attune::Vocabulary", "First partner only")},
                  EnumEntry<Attendance>{Attendance::PartnerBOnly, "partner_b",
                                        QT_TRANSLATE_NOOP("attune::Vocabulary", "Second partner only")})
ATTUNE_ENUM_TABLE(SessionFormat,
                  EnumEntry<SessionFormat>{SessionFormat::InPerson, "in_person",
                                           QT_TRANSLATE_NOOP("attune::Vocabulary", "In person")},
                  EnumEntry<SessionFormat>{SessionFormat::Video, "video",
                                           QT_TRANSLATE_NOOP("attune::Vocabulary", "Video")})
ATTUNE_ENUM_TABLE(CycleKind,
                  EnumEntry<CycleKind>{CycleKind::Negative, "negative",
                                       QT_TRANSLATE_NOOP("attune::Vocabulary", "Negative cycle")},
                  EnumEntry<CycleKind>{CycleKind::Positive, "positive",
                                       QT_TRANSLATE_NOOP("attune::Vocabulary", "Positive cycle")})
ATTUNE_ENUM_TABLE(
    Instrument,
    EnumEntry<Instrument>{Instrument::Csi4, "csi4", QT_TRANSLATE_NOOP("attune::Vocabulary", "CSI-4")},
    EnumEntry<Instrument>{Instrument::Csi16, "csi16", QT_TRANSLATE_NOOP("attune::Vocabulary", "CSI-16")},
    EnumEntry<Instrument>{Instrument::Csi32, "csi32", QT_TRANSLATE_NOOP("attune::Vocabulary", "CSI-32")},
    EnumEntry<Instrument>{Instrument::Rdas, "rdas", QT_TRANSLATE_NOOP("attune::Vocabulary", "RDAS")})
ATTUNE_ENUM_TABLE(SafetyOutcome,
                  EnumEntry<SafetyOutcome>{SafetyOutcome::NotScreened, "not_screened",
                                           QT_TRANSLATE_NOOP("attune::Vocabulary", "Not screened")},
                  EnumEntry<SafetyOutcome>{SafetyOutcome::NoConcerns, "no_concerns",
                                           QT_TRANSLATE_NOOP("attune::Vocabulary", "No concerns")},
                  EnumEntry<SafetyOutcome>{SafetyOutcome::Monitor, "monitor",
                                           QT_TRANSLATE_NOOP("attune::Vocabulary", "Concerns: monitor")},
                  EnumEntry<SafetyOutcome>{
                      SafetyOutcome::Contraindicated, "contraindicated",
                      QT_TRANSLATE_NOOP("attune::Vocabulary", "Abuse ongoing: EFT contraindicated")})
ATTUNE_ENUM_TABLE(CycleStep,
                  EnumEntry<CycleStep>{CycleStep::Trigger, "trigger",
                                       QT_TRANSLATE_NOOP("attune::Vocabulary", "Trigger")},
                  EnumEntry<CycleStep>{CycleStep::PrimaryEmotion, "primary_emotion",
                                       QT_TRANSLATE_NOOP("attune::Vocabulary", "Primary emotion")},
                  EnumEntry<CycleStep>{CycleStep::SecondaryEmotion, "secondary_emotion",
                                       QT_TRANSLATE_NOOP("attune::Vocabulary", "Secondary emotion")},
                  EnumEntry<CycleStep>{CycleStep::Perception, "perception",
                                       QT_TRANSLATE_NOOP("attune::Vocabulary", "Perception")},
                  EnumEntry<CycleStep>{CycleStep::Behavior, "behavior",
                                       QT_TRANSLATE_NOOP("attune::Vocabulary", "Behavior")},
                  EnumEntry<CycleStep>{CycleStep::Need, "need",
                                       QT_TRANSLATE_NOOP("attune::Vocabulary", "Unmet need")})
ATTUNE_ENUM_TABLE(ExerciseStep,
                  EnumEntry<ExerciseStep>{ExerciseStep::Trigger, "trigger",
                                          QT_TRANSLATE_NOOP("attune::Vocabulary", "Trigger")},
                  EnumEntry<ExerciseStep>{
                      ExerciseStep::ImmediateEmotion, "immediate_emotion",
                      QT_TRANSLATE_NOOP("attune::Vocabulary", "Immediate emotional reaction")},
                  EnumEntry<ExerciseStep>{ExerciseStep::BehavioralReaction, "behavioral_reaction",
                                          QT_TRANSLATE_NOOP("attune::Vocabulary", "Behavioral reaction")},
                  EnumEntry<ExerciseStep>{ExerciseStep::DeeperFeelings, "deeper_feelings",
                                          QT_TRANSLATE_NOOP("attune::Vocabulary", "Deeper feelings")},
                  EnumEntry<ExerciseStep>{ExerciseStep::UnderlyingNeed, "underlying_need",
                                          QT_TRANSLATE_NOOP("attune::Vocabulary", "Underlying need")})
ATTUNE_ENUM_TABLE(BondSign,
                  EnumEntry<BondSign>{BondSign::EmotionalBalance, "emotional_balance",
                                      QT_TRANSLATE_NOOP("attune::Vocabulary", "Emotional balance")},
                  EnumEntry<BondSign>{BondSign::TuningIn, "tuning_in",
                                      QT_TRANSLATE_NOOP("attune::Vocabulary", "Tuning in and voicing needs")},
                  EnumEntry<BondSign>{
                      BondSign::Openness, "openness",
                      QT_TRANSLATE_NOOP("attune::Vocabulary", "Openness and a meta-perspective")},
                  EnumEntry<BondSign>{BondSign::PositiveSelf, "positive_self",
                                      QT_TRANSLATE_NOOP("attune::Vocabulary", "A positive view of self")},
                  EnumEntry<BondSign>{BondSign::AbleToBeAlone, "able_to_be_alone",
                                      QT_TRANSLATE_NOOP("attune::Vocabulary", "Being able to be alone")})

#undef ATTUNE_ENUM_TABLE

template<typename E> constexpr std::size_t enumCount()
{
    return EnumTable<E>::entries.size();
}

template<typename E> constexpr auto allValues()
{
    std::array<E, enumCount<E>()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = EnumTable<E>::entries[i].value;
    return values;
}

template<typename E> constexpr int indexOf(E value)
{
    return static_cast<int>(value);
}

template<typename E> QString toKey(E value)
{
    for (const auto &entry : EnumTable<E>::entries)
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    return {};
}

template<typename E> std::optional<E> fromKey(QStringView key)
{
    for (const auto &entry : EnumTable<E>::entries)
        if (key == QLatin1StringView(entry.key))
            return entry.value;
    return std::nullopt;
}

template<typename E> QString displayName(E value)
{
    for (const auto &entry : EnumTable<E>::entries)
        if (entry.value == value)
            return QCoreApplication::translate("attune::Vocabulary", entry.display);
    return {};
}

// Primary emotions and unmet needs lie below the line of awareness; the rest is what partners see.
constexpr bool isBelowAwareness(CycleStep step)
{
    return step == CycleStep::PrimaryEmotion || step == CycleStep::Need;
}

// EFT's nine steps map onto three stages: 1–4 de-escalation, 5–7 restructuring, 8–9 consolidation.
constexpr int stageOfStep(int step)
{
    return step <= 4 ? 1 : step <= 7 ? 2 : 3;
}

QString stageName(int stage);

} // namespace attune
