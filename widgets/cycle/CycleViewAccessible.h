// What assistive technology sees of a CycleView: the view itself (a list, described by the whole cycle
// as text) with one child per step in reading order, each named "Mary, primary emotion: …", at the step's
// place on screen, focused when the step is selected. The view draws its steps itself, so without this a
// screen reader would find one opaque picture.
#pragma once

namespace attune {

// Installs the factory that gives every CycleView this interface; safe to call more than once.
void installCycleViewAccessibility();

} // namespace attune
