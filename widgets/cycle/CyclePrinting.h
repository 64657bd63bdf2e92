// Printing the cycle handout through a print preview (asking for initials and the handout's language
// first) and exporting the cycle to PDF, PNG or SVG through a file dialog.
#pragma once

#include "domain/Result.h"
#include "printing/DocumentPrinting.h"
#include "render/CycleHandout.h"

class QWidget;

namespace attune {

// Asks for the handout's options; false when the user cancels.
bool askHandoutOptions(QWidget *parent, HandoutOptions *options);
// Asks for the options, then shows the handout in a print preview. True when it was printed from there.
// style: the couple's layout, which the dialog offers first; chooser and runner stand in for the options
// dialog and the preview (tests).
bool printCycleHandout(QWidget *parent, const CycleContent &content, CycleStyle style = CycleStyle::Loop,
                       const OptionsChooser &chooser = {}, const PrintRunner &runner = {});
// The two halves of an export, for a caller that notes its audit row in between (CycleTab): asks for the
// file name (empty when cancelled), then writes the cycle there in the format its suffix names.
QString chooseCycleExportPath(QWidget *parent);
Status writeCycleExport(const QString &path, const CycleContent &content, CycleStyle style);
// Asks for a file name and writes the cycle there; ok when cancelled. *written says whether a file was.
// The proposed file name names no client (coupleName is no longer used in it).
Status exportCycleInteractively(QWidget *parent, const CycleContent &content, const QString &coupleName,
                                bool *written = nullptr, CycleStyle style = CycleStyle::Loop);

} // namespace attune
