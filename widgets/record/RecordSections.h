// The record's sections, one function each, in the order they are printed. Each turns part of the
// record's content into blocks of the page flow; a new kind of data (contacts, the safety screen's
// history, appointments) is one more function here and one more entry in recordSections().
#pragma once

#include "RecordDocument.h"
#include "RecordLayout.h"

#include <functional>

namespace attune::record {

Blocks titleSection(const RecordContent &c);
Blocks identifyingSection(const RecordContent &c);
Blocks safetySection(const RecordContent &c);
Blocks treatmentPlanSection(const RecordContent &c);
Blocks sessionsSection(const RecordContent &c);
// One session in full: its details, note fields, interventions, change events, homework, measures, the
// goals it worked on, its signature or draft mark, then its addenda.
Blocks sessionBlocks(const RecordContent &c, const RecordSession &s);

using Section = std::function<Blocks(const RecordContent &)>;
QList<Section> recordSections();

// The running header and footer texts in the record's language.
RunningText runningText(const RecordContent &c);

} // namespace attune::record
