// How a five-step exercise maps onto one partner's chain in the infinity cycle: trigger -> trigger,
// immediate emotional reaction -> secondary emotion, behavioral reaction -> behavior, deeper feelings ->
// primary emotion, underlying need -> need. Plain functions (no widgets), so tests can check the rules.
#pragma once

#include "domain/CycleMap.h"
#include "domain/Exercise.h"

#include <QList>

#include <array>
#include <optional>

namespace attune {

using StepSelection = std::array<bool, 5>; // indexed by ExerciseStep: which proposals were accepted

constexpr CycleStep cycleStepFor(ExerciseStep step)
{
    switch (step) {
    case ExerciseStep::Trigger:
        return CycleStep::Trigger;
    case ExerciseStep::ImmediateEmotion:
        return CycleStep::SecondaryEmotion;
    case ExerciseStep::BehavioralReaction:
        return CycleStep::Behavior;
    case ExerciseStep::DeeperFeelings:
        return CycleStep::PrimaryEmotion;
    case ExerciseStep::UnderlyingNeed:
        return CycleStep::Need;
    }
    return CycleStep::Trigger;
}

// The cycle version an exercise goes into: the latest non-archived negative one, else the latest one.
std::optional<CycleMap> latestCycleMap(const QList<CycleMap> &maps);

// The map with the accepted exercise steps written onto the exercise partner's chain. Steps the
// exercise leaves empty are never written, even when selected.
CycleMap applyExercise(CycleMap map, const FiveStepExercise &exercise, const StepSelection &accepted);

} // namespace attune
