// A hook that lets a test drive the real executable where a test process cannot reach in (no AT-SPI, no
// display): with ATTUNE_TEST_TYPE_NOTE set, the window starts a session for the selected couple, types
// the variable's text into its note as key presses, and prints "typed" on stdout, so that tst_signalflush
// can send a signal while the edit is still waiting for the autosave; with ATTUNE_TEST_COMMIT_DATA too, it
// then makes the session manager's commit-data request and prints "committed". With
// ATTUNE_TEST_TYPE_STEADILY it types numbered words into a new note without a pause, printing each, for
// tst_killwhiletyping. Without the variables it does nothing.
#pragma once

namespace attune {

class MainWindow;

void runTestHooks(MainWindow &window);

} // namespace attune
