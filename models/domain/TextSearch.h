// How Attune compares what a user types with names: case and accents ignored, so "jose" finds "José".
// One definition, shared by the couples search box and the command line's COUPLE argument.
#pragma once

#include <QString>
#include <QStringView>

namespace attune {

// Compatibility-decomposed, combining marks dropped, case-folded ("ß" becomes "ss").
QString foldForSearch(QStringView text);

} // namespace attune
