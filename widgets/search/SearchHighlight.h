// Marks the found words in the field a search hit opens, so the therapist sees at once why it was found:
// every match in a text field is marked (and the first one scrolled into view with the cursor on it),
// a one-line field selects its first match, a list selects the item that holds it.
#pragma once

#include "domain/Search.h"

class QWidget;

namespace attune {

// False when the field holds none of the terms (it changed since the search) or is not one Attune
// knows how to mark; the field is then only brought into view and focused.
bool highlightSearchMatches(QWidget *field, const SearchTerms &terms);

} // namespace attune
