// What a screen reader reads of widgets whose purpose or content Qt does not expose by itself (issue 13,
// items 17 and 18). A label given an accessible name ("Last session") is announced by that name only, so
// its content goes into its description; a combo box on Linux is announced by its current item, so its
// purpose needs a label linked to it (AT-SPI's "labelled by"), which a screen reader reads with it.
#pragma once

class QAbstractScrollArea;
class QLabel;
class QString;
class QWidget;

namespace attune {

// Sets the label's text and gives a screen reader the same content, as plain text, in its description.
void setDescribedText(QLabel *label, const QString &text);

// Links a label to control, for a control without a visible one beside it: the label shows nowhere but
// is the control's "labelled by", with the control's accessible name as its text. Call after naming it.
void linkScreenReaderLabel(QWidget *control);

// A scroll area's viewport takes no focus of its own (the area does, and clicks still reach the area):
// a focusable viewport is a stop a screen reader announces as an unnamed pane.
void keepFocusOffViewport(QAbstractScrollArea *area);

} // namespace attune
