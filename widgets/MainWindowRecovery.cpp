// MainWindow: offering back the note a failed write kept in the recovery file (RecoveryFile.h).
#include "MainWindow.h"

#include "commands/RecoveryFile.h"

#include <QMessageBox>
#include <QPushButton>

namespace attune {

void MainWindow::offerRecoveredNote()
{
    if (!m_store->isOpen())
        return; // a locked practice's kept note is sealed: offered when Attune next starts unlocked
    RecoveryFile recovery(*m_store);
    const auto kept = recovery.read();
    if (!kept) {
        QMessageBox::warning(this, tr("Attune"), kept.error());
        return;
    }
    if (!kept->has_value())
        return;
    const Session &note = **kept;
    QMessageBox ask(QMessageBox::Question, tr("Restore Unsaved Note"),
                    tr("When Attune last ran, a session note could not be stored. It was kept so nothing "
                       "is lost. Put it back into its session now?"),
                    QMessageBox::NoButton, this);
    ask.setInformativeText(note.note.text.left(300));
    QPushButton *restore = ask.addButton(tr("&Restore the Note"), QMessageBox::AcceptRole);
    ask.addButton(tr("&Discard It"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(restore);
    ask.exec();
    if (ask.clickedButton() != restore) {
        recovery.forget();
        return;
    }
    if (const Status s = recovery.restoreInto(*m_editor, note); !s)
        QMessageBox::warning(
            this, tr("Attune"),
            tr("The kept note could not be stored: %1 It stays kept for the next start.").arg(s.error()));
}

} // namespace attune
