// The progress report from the GUI: choose the period, the therapist's name, the paper and the report's
// language (independent of the interface's), then preview
// and print it (QPrintPreviewDialog) or save it as a PDF. The document is the same ProgressReport the
// command line writes.
#pragma once

#include "ProgressReport.h"
#include "printing/DocumentPrinting.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace attune {

class PracticeEditor;

class ProgressReportDialog : public QDialog
{
    Q_OBJECT
public:
    ProgressReportDialog(PracticeEditor &editor, qint64 coupleId, QWidget *parent = nullptr);

    ReportOptions options() const;
    // Loads the report for the chosen options, or shows why not and returns nothing.
    std::optional<ReportContent> load();
    void preview();
    void saveAsPdf();

    // Hooks: stand in for the print preview and the save dialog (tests).
    void setPrintRunner(PrintRunner runner) { m_printRunner = std::move(runner); }
    using PathChooser = std::function<QString(const QString &suggestion)>;
    void setSavePathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }

private:
    // The report left the practice (action "print" or "export"): recorded in the audit trail.
    bool record(const QString &action);

    PracticeEditor &m_editor;
    qint64 m_coupleId;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_therapist;
    QComboBox *m_page;
    QComboBox *m_language;
    PrintRunner m_printRunner;
    PathChooser m_choosePath;
    QLabel *m_error;
};

// Opens the dialog for a couple (modal); does nothing for coupleId 0.
void showProgressReportDialog(PracticeEditor &editor, qint64 coupleId, QWidget *parent);

} // namespace attune
