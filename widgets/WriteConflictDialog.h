// Asks what to do when a record was changed by another program (a second Attune that held no lock, an
// older build, a sync tool) after it was shown here: the two texts side by side, and the therapist keeps
// theirs own or takes the stored one. Nothing is overwritten until they choose.
#pragma once

#include <QDialog>

namespace attune {

class WriteConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { KeepMine = 1, TakeTheirs = 2 };

    WriteConflictDialog(const QString &what, const QString &mine, const QString &theirs,
                        QWidget *parent = nullptr);

    // Closes the dialog with that choice (the buttons call it; GUI tests do too).
    void choose(Choice choice) { done(choice); }

    // Asks (modal, over parent); true for "keep mine".
    static bool keepMine(QWidget *parent, const QString &what, const QString &mine, const QString &theirs);
};

} // namespace attune
