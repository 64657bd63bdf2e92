// Printing the cycle handout through a print preview (asking for initials and the handout's language
// first) and exporting the cycle to PDF, PNG or SVG through a file dialog.
#pragma once

#include "domain/Result.h"
#include "render/CycleHandout.h"

class QWidget;

namespace attune {

// Asks for the handout's options; false when the user cancels.
bool askHandoutOptions(QWidget *parent, HandoutOptions *options);
// Asks for the options, then shows the handout in a print preview.
void printCycleHandout(QWidget *parent, const CycleContent &content);
// Asks for a file name and writes the cycle there; ok when cancelled.
Status exportCycleInteractively(QWidget *parent, const CycleContent &content, const QString &coupleName);

} // namespace attune
