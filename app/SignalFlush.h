// Storing what was typed when Attune is told to stop: SIGTERM and SIGHUP (logout, shutdown, `kill`) end a
// process at once by default, dropping the last second of typing the autosave had not written yet, and the
// session manager's commit-data request comes before a logout. Ctrl+Q stores it; these do the same.
#pragma once

class QApplication;

namespace attune {

// Call once, after the QApplication exists and before the first window opens. SIGTERM and SIGHUP then
// store every window's pending edits and close the windows as Quit does (a window whose edits cannot be
// stored asks, as on Quit); the session manager's commit-data request stores them and keeps running.
void storeEditsOnTermination(QApplication &app);

} // namespace attune
