// Mapping a five-step exercise onto the cycle.
#include "CycleProposal.h"

namespace attune {

std::optional<CycleMap> latestCycleMap(const QList<CycleMap> &maps)
{
    std::optional<CycleMap> latest;
    for (const CycleMap &map : maps)
        if (!map.archived && (!latest || map.version > latest->version))
            latest = map;
    return latest;
}

CycleMap applyExercise(CycleMap map, const FiveStepExercise &exercise, const StepSelection &accepted)
{
    if (exercise.partner != 0 && exercise.partner != 1)
        return map;
    PartnerChain &chain = map.chains[exercise.partner];
    for (ExerciseStep step : allValues<ExerciseStep>()) {
        const QString text = exercise[step].trimmed();
        if (accepted[indexOf(step)] && !text.isEmpty())
            chain[cycleStepFor(step)] = text;
    }
    return map;
}

} // namespace attune
