// Synthetic cycle texts for the cycle tests: short and long, long words, emoji, right-to-left, quotes.
#pragma once

#include "render/CycleLayout.h"

#include <QList>

namespace attune::test {

// A step text of about length characters in the given flavour, different per partner and step.
QString cycleText(int length, int flavour, int partner, int step);

// Content with every step filled by cycleText(length, flavour, …).
CycleContent cycleContent(int length, int flavour);

} // namespace attune::test
