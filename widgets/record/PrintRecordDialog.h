// File → Print Record…: choose the period, the paper and the record's language (independent of the
// interface's), then preview and print it or save it as a PDF. Either leaves a row in the audit trail.
// The document is the same one `attune record` writes.
#pragma once

#include "RecordDocument.h"
#include "printing/DocumentPrinting.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;

namespace attune {

class PracticeStore;

class PrintRecordDialog : public QDialog
{
    Q_OBJECT
public:
    PrintRecordDialog(PracticeStore &store, qint64 coupleId, QWidget *parent = nullptr);

    RecordOptions options() const;
    std::optional<RecordContent> load(); // shows why not and returns nothing on failure
    void preview();
    void saveAsPdf();
    QString errorText() const;

    // Hooks: stand in for the print preview and the save dialog (tests).
    void setPrintRunner(PrintRunner runner) { m_printRunner = std::move(runner); }
    using PathChooser = std::function<QString(const QString &suggestion)>;
    void setSavePathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }

private:
    bool recordInAuditTrail(const QString &action);
    void showError(const QString &message);

    PracticeStore &m_store;
    qint64 m_coupleId;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_page;
    QComboBox *m_language;
    QLabel *m_error;
    PrintRunner m_printRunner;
    PathChooser m_choosePath;
};

// Opens the dialog for a couple (modal); does nothing for coupleId 0.
void showPrintRecordDialog(PracticeStore &store, qint64 coupleId, QWidget *parent);

} // namespace attune
