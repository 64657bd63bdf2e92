#include "CaseFileActions.h"

#include "ExportCouplesDialog.h"
#include "ImportConflictDialog.h"
#include "domain/AuditSummary.h"

#include "casefile/CaseFile.h"
#include "commands/PracticeEditor.h"
#include "security/Passphrase.h"
#include "store/AuditIntent.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>

namespace attune {
namespace {

// Progress that keeps the window responsive and lets the user cancel; shown only for long operations.
CaseFileProgress progressIn(QProgressDialog &dialog)
{
    return [&dialog](qint64 done, qint64 total) {
        dialog.setMaximum(int(qMin<qint64>(total, INT_MAX)));
        dialog.setValue(int(qMin<qint64>(done, INT_MAX)));
        QApplication::processEvents();
        return !dialog.wasCanceled();
    };
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

CaseFileActions::CaseFileActions(PracticeEditor &editor, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_window(window)
    , m_export(new QAction(tr("&Export Couples…"), this))
    , m_import(new QAction(tr("&Import Case File…"), this))
{
    m_export->setStatusTip(tr("Write couples' records to a case file to move or hand over"));
    m_import->setStatusTip(tr("Add the records of a case file to this practice"));
    connect(m_export, &QAction::triggered, this, &CaseFileActions::exportCouples);
    connect(m_import, &QAction::triggered, this, &CaseFileActions::importCaseFile);
}

void CaseFileActions::notify(bool failed, const QString &message)
{
    if (m_notify) {
        m_notify(failed, message);
        return;
    }
    if (failed)
        QMessageBox::warning(m_window, tr("Case File"), message);
    else
        QMessageBox::information(m_window, tr("Case File"), message);
}

std::optional<bool> CaseFileActions::askEncryption()
{
    if (m_chooseEncryption)
        return m_chooseEncryption();
    QMessageBox box(QMessageBox::Question, tr("Export Couples"),
                    tr("The practice is protected, so the case file is encrypted with its passphrase."),
                    QMessageBox::Cancel, m_window);
    QPushButton *encrypted = box.addButton(tr("Export &Encrypted"), QMessageBox::AcceptRole);
    QPushButton *plain = box.addButton(tr("Export &Plain…"), QMessageBox::DestructiveRole);
    box.setDefaultButton(encrypted);
    box.exec();
    if (box.clickedButton() == encrypted)
        return true;
    if (box.clickedButton() != plain)
        return std::nullopt;
    QMessageBox warning(QMessageBox::Warning, tr("Export Couples"),
                        tr("A plain case file is not encrypted: anyone who gets the file can read these "
                           "couples' records."),
                        QMessageBox::Cancel, m_window);
    QPushButton *confirm = warning.addButton(tr("Export Plain"), QMessageBox::DestructiveRole);
    warning.setDefaultButton(QMessageBox::Cancel);
    warning.exec();
    if (warning.clickedButton() != confirm)
        return std::nullopt;
    return false;
}

void CaseFileActions::exportCouples()
{
    PracticeStore &store = m_editor.store();
    const auto couples = store.coupleSummaries(ArchiveFilter::All);
    if (!couples) {
        notify(true, couples.error());
        return;
    }
    if (couples->isEmpty()) {
        notify(true, tr("The practice has no couples to export."));
        return;
    }
    QList<qint64> preselected;
    if (m_currentCouple > 0)
        preselected.append(m_currentCouple);
    ExportCouplesDialog chooser(*couples, preselected, m_window);
    if (chooser.exec() != QDialog::Accepted)
        return;
    const QList<qint64> ids = chooser.chosenIds();
    // Encrypted by default from a protected practice: the file would otherwise be its one plain copy.
    QByteArray passphrase;
    const auto wipeLater = qScopeGuard([&passphrase] { wipe(passphrase); });
    if (store.isProtected()) {
        const std::optional<bool> encrypt = askEncryption();
        if (!encrypt)
            return;
        if (*encrypt) {
            const std::optional<QByteArray> known = m_passphrase ? m_passphrase() : std::nullopt;
            if (!known || known->isEmpty()) {
                notify(true, tr("The practice's passphrase is not at hand; lock and unlock the practice, "
                                "then export again."));
                return;
            }
            passphrase = *known;
        }
    }

    QString suggestion = tr("Couples.attune");
    if (ids.size() == 1)
        for (const CoupleSummary &c : *couples)
            if (c.id == ids.first())
                suggestion = c.name + QStringLiteral(".attune");
    suggestion.replace(QLatin1Char('/'), QLatin1Char('-'));
    suggestion = QDir(documentsFolder()).filePath(suggestion);
    QString path = m_choosePath[0] ? m_choosePath[0](suggestion)
                                   : QFileDialog::getSaveFileName(m_window, tr("Export Couples"), suggestion,
                                                                  tr("Attune case files (*.attune)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".attune");

    QProgressDialog progress(tr("Exporting couples…"), tr("Cancel"), 0, int(ids.size()) + 1, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    // The audit row is noted on disk first, so a crash right after the file is written cannot lose it.
    AuditIntent intent = AuditIntent::begin(store.path(), QStringLiteral("export"), ids,
                                            storedAuditSummary(AuditSummaryKey::CaseFile), path);
    const Status written = exportCaseFile(store, ids, path, progressIn(progress), passphrase);
    progress.reset();
    if (!written) {
        notify(true, written.error());
        return;
    }
    if (const Status recorded = intent.record(store); !recorded) {
        notify(true, tr("The case file was written, but the export is not in the audit trail yet: %1 It is "
                        "recorded the next time the practice can be written.")
                         .arg(recorded.error()));
        return;
    }
    QString done =
        tr("Exported %n couple(s) to %1.", nullptr, int(ids.size())).arg(QDir::toNativeSeparators(path));
    if (!passphrase.isEmpty())
        done += QLatin1Char(' ') + tr("The file is encrypted with the practice's passphrase.");
    notify(false, done);
}

void CaseFileActions::importCaseFile()
{
    const QString path =
        m_choosePath[1] ? m_choosePath[1](documentsFolder())
                        : QFileDialog::getOpenFileName(m_window, tr("Import Case File"), documentsFolder(),
                                                       tr("Attune case files (*.attune)"));
    if (path.isEmpty())
        return;
    PracticeStore &store = m_editor.store();
    QProgressDialog progress(tr("Reading the case file…"), tr("Cancel"), 0, 0, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto contents = readCaseFile(path, store.today());
    const auto conflicts = contents ? findConflicts(store, *contents)
                                    : Result<QList<CaseFileConflict>>(QList<CaseFileConflict>());
    QApplication::restoreOverrideCursor();
    if (!contents || !conflicts) {
        progress.reset();
        notify(true, !contents ? contents.error() : conflicts.error());
        return;
    }

    ConflictPolicy policy = ConflictPolicy::Skip;
    if (!conflicts->isEmpty()) {
        progress.reset();
        ImportConflictDialog ask(*conflicts, m_window);
        if (ask.exec() != QDialog::Accepted)
            return;
        policy = ask.policy();
    }
    progress.setLabelText(tr("Importing the case file…"));
    const auto summary = attune::importCaseFile(store, *contents, policy, progressIn(progress));
    progress.reset();
    if (!summary) {
        notify(true, summary.error());
        return;
    }
    notify(false, describeImportSummary(*summary));
}

} // namespace attune
