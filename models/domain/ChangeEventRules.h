// Which of EFT's two change events a couple's cycle allows. Withdrawer re-engagement is the withdrawer's
// step back into contact, and blamer softening the pursuing (blaming) partner's reach from vulnerability:
// so re-engagement needs a withdrawer in the cycle and softening a pursuer. A pursue–pursue couple has no
// withdrawer to re-engage, a withdraw–withdraw couple no blamer to soften; showing those markers there
// ("Withdrawer re-engagement: emerging" for two pursuers) misstates where the couple is.
#pragma once

#include "Enums.h"

#include <array>

namespace attune {

// The cycle position of the partner who shows a change event.
constexpr CyclePosition positionShowing(ChangeEventKind kind)
{
    return kind == ChangeEventKind::WithdrawerReengagement ? CyclePosition::Withdrawer
                                                           : CyclePosition::Pursuer;
}

constexpr bool changeEventApplies(ChangeEventKind kind, const std::array<CyclePosition, 2> &positions)
{
    return positions[0] == positionShowing(kind) || positions[1] == positionShowing(kind);
}

} // namespace attune
