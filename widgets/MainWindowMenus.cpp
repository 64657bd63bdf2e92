// The main window's menus and what their actions do.
#include "CouplesPane.h"
#include "MainWindowActions.h"
#include "PreferencesDialog.h"
#include "QuickReference.h"

#include "audit/AuditTrailWindow.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupsPage.h"
#include "casefile/CaseFileActions.h"
#include "couple/NewCoupleDialog.h"
#include "couple/OverviewTab.h"
#include "demo/DemoGenerator.h"
#include "exercises/ExercisesTab.h"
#include "lock/LockController.h"
#include "lock/LockScreen.h"
#include "lock/ProtectionGroup.h"
#include "printing/WorksheetActions.h"
#include "progress/ProgressReportDialog.h"
#include "security/Envelope.h"
#include "security/Passphrase.h"
#include "session/SessionsTab.h"
#include "store/PracticeFile.h"
#include "store/PracticeRestore.h"
#include "store/SealedStorage.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextEdit>

namespace attune {

void MainWindow::createMenus()
{
    menuBar()->addMenu(createFileMenu());

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Undo and redo always act on the practice's one stack, after storing what is being typed, so a
    // pending edit can neither be lost nor overwrite the step being undone.
    QUndoStack &stack = m_editor->undoStack();
    // Parented to the menu, so rebuilding the menus in another language leaves no stale actions behind.
    QAction *undo = new QAction(tr("&Undo"), edit);
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(stack.canUndo());
    connect(undo, &QAction::triggered, this, &MainWindow::undo);
    connect(&stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(&stack, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    QAction *redo = new QAction(tr("&Redo"), edit);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setEnabled(stack.canRedo());
    connect(redo, &QAction::triggered, this, &MainWindow::redo);
    connect(&stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(&stack, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *findAnything = edit->addAction(tr("&Find…"), this, &MainWindow::showFindWindow);
    findAnything->setShortcut(QKeySequence::Find);
    QAction *find = edit->addAction(tr("Find &Couple"), this, [this] {
        m_couples->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_couples->searchField()->selectAll();
    });
    find->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::editPreferences);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    menuBar()->addMenu(createCoupleMenu());

    QMenu *session = menuBar()->addMenu(tr("&Session"));
    session->addAction(m_sessions->newSessionAction());
    session->addAction(m_sessions->startFromLastAction());
    session->addSeparator();
    session->addAction(m_sessions->archiveSessionAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *practice = view->addAction(tr("&Today && Caseload"), this, &MainWindow::showPracticePage);
    practice->setShortcut(Qt::CTRL | Qt::Key_0);
    view->addSeparator();
    const QList<QKeySequence> tabKeys = {Qt::CTRL | Qt::Key_1, Qt::CTRL | Qt::Key_2, Qt::CTRL | Qt::Key_3,
                                         Qt::CTRL | Qt::Key_4, Qt::CTRL | Qt::Key_5};
    for (int i = 0; i < m_tabs->count() && i < tabKeys.size(); ++i) {
        QAction *go = view->addAction(m_tabs->tabText(i).remove(QLatin1Char('&')), this, [this, i] {
            showWorkspacePage();
            m_tabs->setCurrentIndex(i);
        });
        go->setShortcut(tabKeys.at(i));
    }
    view->addSeparator();
    view->addAction(m_actions->showArchived);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *reference =
        help->addAction(tr("EFT &Quick Reference"), this, [this] { showEftQuickReference(this); });
    reference->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About Attune"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    // Neither reads the record, so both stay while locked.
    LockController::keepAvailableWhenLocked(reference);
    LockController::keepAvailableWhenLocked(about);
    updateActions();
}

QMenu *MainWindow::createFileMenu()
{
    auto *file = new QMenu(tr("&File"), this);
    file->addAction(tr("&New Practice…"), this, &MainWindow::newPractice);
    QAction *open = file->addAction(tr("&Open Practice…"), this, &MainWindow::openPracticeDialog);
    open->setShortcut(QKeySequence::Open);
    m_actions->recent = file->addMenu(tr("Open &Recent"));
    connect(m_actions->recent, &QMenu::aboutToShow, this, [this] {
        m_actions->recent->clear();
        for (const QString &path : std::as_const(m_preferences.recentPractices)) {
            if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_store->path()).absoluteFilePath())
                continue;
            m_actions->recent->addAction(QDir::toNativeSeparators(path), this, [this, path] {
                switchToPractice(path, PracticeStore::OpenMode::OpenExisting);
            });
        }
        if (m_actions->recent->isEmpty())
            m_actions->recent->addAction(tr("No other recent practices"))->setEnabled(false);
    });
    file->addSeparator();
    file->addAction(m_caseFiles->exportAction());
    file->addAction(m_caseFiles->importAction());
    file->addSeparator();
    file->addAction(tr("Back Up &Now"), this, [this] {
        if (const Status s = flushAllEdits(); !s) {
            QMessageBox::warning(this, tr("Attune"), s.error());
            return;
        }
        if (const auto written = m_backups->backUpNow(); written)
            QMessageBox::information(
                this, tr("Back Up Now"),
                tr("The practice was backed up to %1.").arg(QDir::toNativeSeparators(*written)));
        else
            QMessageBox::warning(this, tr("Back Up Now"), written.error());
    });
    file->addAction(tr("Restore from &Backup…"), this, &MainWindow::restoreFromBackup);
    file->addAction(tr("&Audit Trail…"), this, [this] { showAuditTrail(*m_store, this); });
    file->addSeparator();
    // One set of worksheet actions for the window's life (menus are rebuilt on a language change); blank
    // worksheets hold no client data.
    auto *worksheets = findChild<WorksheetActions *>(QString(), Qt::FindDirectChildrenOnly);
    if (!worksheets)
        worksheets = new WorksheetActions(this, this);
    worksheets->retranslate();
    file->addAction(worksheets->printAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    return file;
}

QMenu *MainWindow::createCoupleMenu()
{
    auto *couple = new QMenu(tr("&Couple"), this);
    QAction *add = couple->addAction(tr("&New Couple…"), this, &MainWindow::newCouple);
    add->setShortcut(QKeySequence::New);
    couple->addSeparator();
    m_actions->pause =
        couple->addAction(tr("&Pause"), this, [this] { setCoupleStatus(CoupleStatus::Paused); });
    m_actions->closeCase =
        couple->addAction(tr("&Close Case"), this, [this] { setCoupleStatus(CoupleStatus::Closed); });
    m_actions->reopen =
        couple->addAction(tr("&Reopen"), this, [this] { setCoupleStatus(CoupleStatus::Active); });
    couple->addSeparator();
    couple->addAction(m_exercises->newExerciseAction());
    couple->addAction(m_exercises->addToCycleAction());
    couple->addSeparator();
    m_actions->report = couple->addAction(tr("Progress &Report…"), this,
                                          [this] { showProgressReportDialog(*m_editor, m_coupleId, this); });
    m_actions->report->setShortcut(Qt::CTRL | Qt::Key_P);
    couple->addSeparator();
    m_actions->archive = couple->addAction(tr("&Archive Couple"), this, &MainWindow::toggleArchived);
    m_actions->showArchived = new QAction(tr("Show &Archived Couples"), couple);
    m_actions->showArchived->setCheckable(true);
    connect(m_actions->showArchived, &QAction::toggled, m_couples, &CouplesPane::showArchived);
    couple->addAction(m_actions->showArchived);
    return couple;
}

void MainWindow::undo()
{
    if (const Status s = flushAllEdits(); !s) {
        QMessageBox::warning(this, tr("Attune"),
                             tr("Undo has to wait until your typing is stored: %1").arg(s.error()));
        return;
    }
    m_editor->undoStack().undo();
}

void MainWindow::redo()
{
    if (const Status s = flushAllEdits(); !s) {
        QMessageBox::warning(this, tr("Attune"),
                             tr("Redo has to wait until your typing is stored: %1").arg(s.error()));
        return;
    }
    m_editor->undoStack().redo();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Text fields have their own undo for Ctrl+Z; in Attune every edit belongs to the practice's stack.
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        const bool undoKey = key->matches(QKeySequence::Undo);
        const bool redoKey = key->matches(QKeySequence::Redo) ||
                             key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z);
        if ((undoKey || redoKey) && widget && widget->window() == this && !(m_lock && m_lock->isLocked()) &&
            (qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
             qobject_cast<QTextEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget))) {
            if (event->type() == QEvent::KeyPress) {
                if (undoKey)
                    undo();
                else
                    redo();
            }
            event->accept();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createLockMenuEntries()
{
    for (QAction *menuAction : menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        if (menu->title() == tr("&File")) {
            QAction *quit = menu->actions().isEmpty() ? nullptr : menu->actions().constLast();
            menu->insertAction(quit, m_lock->lockAction());
            menu->insertSeparator(quit);
        } else if (menu->title() == tr("&Edit")) {
            menu->addAction(m_lock->passphraseAction());
            addProtectionActions(menu);
        } else if (menu->title() == tr("&Session")) {
            menu->addSeparator();
            menu->addAction(m_sessions->signSessionAction());
            menu->addAction(m_sessions->addAddendumAction());
        }
    }
}

void MainWindow::updateActions()
{
    if (!m_actions->pause || !m_couples)
        return;
    const auto couple =
        m_coupleId ? m_store->coupleSummary(m_coupleId) : Result<CoupleSummary>::failure(QString(u'-'));
    const bool has = couple.isOk();
    const CoupleStatus status = has ? couple->status : CoupleStatus::Active;
    m_actions->pause->setEnabled(has && status == CoupleStatus::Active && !couple->archived);
    m_actions->closeCase->setEnabled(has && status != CoupleStatus::Closed && !couple->archived);
    m_actions->reopen->setEnabled(has && status != CoupleStatus::Active && !couple->archived);
    m_actions->archive->setEnabled(has);
    m_actions->report->setEnabled(has);
    m_actions->archive->setText(has && couple->archived ? tr("Restore &Archived Couple")
                                                        : tr("&Archive Couple"));
    const QSignalBlocker blocker(m_actions->showArchived);
    m_actions->showArchived->setChecked(m_couples->showingArchived());
}

void MainWindow::newPractice()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Practice"), QDir::homePath(),
                                                      tr("Attune practices (*.db)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Practice"),
                             tr("%1 already exists. Choose a new name, or open it with File → Open Practice.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    switchToPractice(path, PracticeStore::OpenMode::CreateIfMissing);
}

void MainWindow::openDemoPractice()
{
    // Beside this practice, under a name that says what it is and never replaces a file.
    const QDir folder = QFileInfo(m_store->path()).absoluteDir();
    QString path = folder.filePath(tr("Attune demo practice") + QStringLiteral(".db"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(tr("Attune demo practice %1").arg(n) + QStringLiteral(".db"));
    QString problem;
    {
        auto demo = PracticeStore::open(path, PracticeStore::OpenMode::CreateIfMissing);
        if (!demo)
            problem = demo.error();
        else if (const auto made = generateDemoPractice(**demo, {}); !made)
            problem = made.error();
    } // closed before the window opens it again
    if (!problem.isEmpty()) {
        QFile::remove(path); // no half-made demo left behind
        QMessageBox::warning(this, tr("Open a Demo Practice"),
                             tr("The demo practice could not be made: %1").arg(problem));
        return;
    }
    switchToPractice(path, PracticeStore::OpenMode::OpenExisting);
}

void MainWindow::openPracticeDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Practice"), QFileInfo(m_store->path()).path(),
                                     tr("Attune practices (*.db);;All files (*)"));
    if (!path.isEmpty())
        switchToPractice(path, PracticeStore::OpenMode::OpenExisting);
}

void MainWindow::switchToPractice(const QString &path, PracticeStore::OpenMode mode)
{
    if (const Status s = flushAllEdits(); !s) {
        QMessageBox::warning(
            this, tr("Attune"),
            tr("Your changes here could not be stored yet, so this practice stays open: %1").arg(s.error()));
        return;
    }
    bool cancelled = false;
    auto opened = MainWindow::open(path, m_settings, mode, systemClock(), this, &cancelled);
    if (!opened) {
        if (!cancelled)
            QMessageBox::warning(this, tr("Open Practice"), opened.error());
        return;
    }
    saveState();
    (*opened)->show();
    close();
}

void MainWindow::restoreFromBackup()
{
    const QString backup =
        QFileDialog::getOpenFileName(this, tr("Restore from Backup"), m_backups->folder(),
                                     tr("Attune backups (*.db *.attune-backup);;All files (*)"));
    if (!backup.isEmpty())
        restoreFromBackupFile(backup);
}

void MainWindow::restoreFromBackupFile(const QString &backup)
{
    // A copy made on the way (decrypted, or sealed with the practice's key) lives beside the practice,
    // never in $TMPDIR, and is removed on every way out (or by the next start, after a kill).
    auto incoming = std::make_shared<QString>(backup);
    auto dropIncoming = qScopeGuard([incoming, &backup] {
        if (*incoming != backup)
            removeSecurely(*incoming);
    });
    // A protected practice's backups are in its own encrypted format: restored as they are, once proved
    // whole with their passphrase. Other encrypted backups (envelopes) are decrypted beside the practice.
    const bool sealedBackup = PracticeStore::isProtectedFile(backup);
    if (sealedBackup || isEnvelopeFile(backup)) {
        bool ok = false;
        QByteArray passphrase =
            QInputDialog::getText(this, tr("Restore from Backup"), tr("The backup's passphrase:"),
                                  QLineEdit::Password, QString(), &ok)
                .toUtf8();
        if (!ok)
            return;
        Status opened = Status::ok();
        if (sealedBackup) {
            opened = verifyProtectedBackup(backup, passphrase);
        } else {
            *incoming = restoreScratchPath(m_store->path());
            opened = decryptFile(backup, *incoming, passphrase);
        }
        wipe(passphrase);
        if (!opened) {
            QMessageBox::warning(this, tr("Restore from Backup"), opened.error());
            return;
        }
    }
    if (!sealedBackup) {
        if (const Status checked = verifyPracticeCopy(*incoming); !checked) {
            QMessageBox::warning(this, tr("Restore from Backup"),
                                 tr("This backup cannot be restored: %1").arg(checked.error()));
            return;
        }
        // Over a protected practice a plain backup must not become a plain practice: the copy takes the
        // practice's own key first (the chosen file itself is left as it is).
        if (m_store->isProtected()) {
            const QString copy = restoreScratchPath(m_store->path());
            Status s = QFile::copy(*incoming, copy) ? protectCopyLike(copy, *m_store)
                                                    : Status::failure(tr("Could not copy the backup."));
            if (*incoming != backup)
                removeSecurely(*incoming);
            *incoming = copy;
            if (!s) {
                QMessageBox::warning(this, tr("Restore from Backup"),
                                     tr("This backup cannot be restored: %1").arg(s.error()));
                return;
            }
        }
    }
    if (QMessageBox::question(
            this, tr("Restore from Backup"),
            tr("Replace the open practice with this backup? The current practice file is kept "
               "aside beside it, not deleted.")) != QMessageBox::Yes)
        return;
    if (const Status s = flushAllEdits(); !s) {
        QMessageBox::warning(this, tr("Attune"), s.error());
        return;
    }
    // The practice file may only be replaced once this window and its connection (and lock) are gone.
    dropIncoming.dismiss();
    const QString practice = m_store->path();
    const RestoreSource source = *incoming == backup ? RestoreSource::CopyBackup : RestoreSource::MoveScratch;
    QSettings &settings = m_settings;
    connect(this, &QObject::destroyed, qApp, [incoming, source, practice, &settings] {
        const auto restored = restorePractice(*incoming, practice, true, source);
        if (!restored)
            QMessageBox::warning(nullptr, tr("Restore from Backup"), restored.error());
        auto window = MainWindow::open(practice, settings, PracticeStore::OpenMode::OpenExisting);
        if (window)
            (*window)->show();
        else
            QMessageBox::critical(nullptr, tr("Attune"), window.error());
    });
    m_skipCloseBackup = true;
    close();
}

void MainWindow::newCouple()
{
    NewCoupleDialog dialog(*m_editor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_couples->showingArchived())
        m_couples->showArchived(false);
    if (!m_couples->selectCouple(dialog.createdCoupleId())) {
        m_couples->searchField()->clear();
        m_couples->selectCouple(dialog.createdCoupleId());
    }
    m_tabs->setCurrentWidget(m_overview);
}

void MainWindow::setCoupleStatus(CoupleStatus status)
{
    auto couple = m_store->couple(m_coupleId);
    if (!couple) {
        QMessageBox::warning(this, tr("Attune"), couple.error());
        return;
    }
    if (status == CoupleStatus::Closed &&
        QMessageBox::question(
            this, tr("Close Case"),
            tr("Close the case of %1? It stays in the practice and can be reopened.").arg(couple->name)) !=
            QMessageBox::Yes)
        return;
    couple->status = status;
    couple->closingDate = status == CoupleStatus::Closed ? m_store->today() : QDate();
    if (const Status s = m_editor->updateCouple(*couple); !s)
        QMessageBox::warning(this, tr("Attune"), s.error());
}

void MainWindow::toggleArchived()
{
    const auto couple = m_store->coupleSummary(m_coupleId);
    if (!couple)
        return;
    if (!couple->archived &&
        QMessageBox::question(this, tr("Archive Couple"),
                              tr("Archive %1? Archived couples are hidden from the list and can be restored "
                                 "from Show Archived Couples.")
                                  .arg(couple->name)) != QMessageBox::Yes)
        return;
    if (const Status s = m_editor->setCoupleArchived(m_coupleId, !couple->archived); !s)
        QMessageBox::warning(this, tr("Attune"), s.error());
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(m_preferences, m_store->path(), this, m_store.get());
    dialog.backupsPage()->setScheduler(m_backups, [this] { return flushAllEdits(); });
    updateProtectionActions();
    dialog.addProtection({m_protectAction, m_changePassphraseAction, m_unprotectAction});
    connect(&dialog, &PreferencesDialog::openAnotherPracticeRequested, this, &MainWindow::openPracticeDialog,
            Qt::QueuedConnection);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString previousLanguage = m_preferences.language;
    m_preferences = dialog.chosen();
    m_preferences.save(m_settings);
    applyPreferences();
    if (m_preferences.language != previousLanguage)
        switchLanguage(m_preferences.language);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Attune"),
        tr("<h3>Attune %1</h3><p>Case notes for couples therapists who work with Emotionally "
           "Focused Therapy.</p><p>Your practice stays in one private file on this computer:<br>%2</p>")
            .arg(QApplication::applicationVersion(),
                 QDir::toNativeSeparators(m_store->path()).toHtmlEscaped()));
}

} // namespace attune
