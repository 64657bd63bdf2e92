// Mapping a five-step exercise onto the cycle.
#include "CycleProposal.h"

namespace attune {

std::optional<CycleMap> latestCycleMap(const QList<CycleMap> &maps)
{
    // The exercise traces a moment of the negative dance, so it belongs on the latest negative cycle;
    // only a couple with no negative version gets it on their latest version of any kind.
    std::optional<CycleMap> latest;
    std::optional<CycleMap> latestNegative;
    for (const CycleMap &map : maps) {
        if (map.archived)
            continue;
        if (!latest || map.version > latest->version)
            latest = map;
        if (map.kind == CycleKind::Negative && (!latestNegative || map.version > latestNegative->version))
            latestNegative = map;
    }
    return latestNegative ? latestNegative : latest;
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
