// The progress report dialog.
#include "ProgressReportDialog.h"

#include "i18n/DateText.h"

#include "commands/PracticeEditor.h"
#include "cycle/CycleStyleSetting.h"
#include "domain/AuditSummary.h"
#include "i18n/DocumentLanguage.h"
#include "store/AuditIntent.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace attune {

ProgressReportDialog::ProgressReportDialog(PracticeEditor &editor, qint64 coupleId, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_coupleId(coupleId)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_therapist(new QLineEdit(this))
    , m_page(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Progress Report"));
    setAccessibleName(tr("Progress report"));
    PracticeStore &store = editor.store();
    const auto summary = store.coupleSummary(coupleId);
    QDate first = store.today();
    QDate last = store.today();
    if (summary && summary->lastSessionDate.isValid()) {
        last = summary->lastSessionDate;
        if (const auto sessions = store.sessionSummaries(coupleId); sessions && !sessions->isEmpty())
            first = sessions->first().date;
    }
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(shortDateFormat());
    }
    m_from->setDate(first);
    m_to->setDate(last);
    m_from->setAccessibleName(tr("Period from"));
    m_to->setAccessibleName(tr("Period to"));
    m_therapist->setAccessibleName(tr("Therapist"));
    m_therapist->setPlaceholderText(tr("Printed on the cover; leave empty to omit"));
    // Wide enough for the hint in any language (Spanish runs a third longer), plus the frame's margins.
    m_therapist->setMinimumWidth(
        m_therapist->fontMetrics().horizontalAdvance(m_therapist->placeholderText()) + 24);
    // The name typed for the last report, else the practice's clinician profile (Preferences).
    QString therapist = QSettings().value(QStringLiteral("report/therapist")).toString();
    if (therapist.isEmpty())
        if (const auto profile = store.clinician(); profile && profile->isComplete())
            therapist = profile->signature();
    m_therapist->setText(therapist);
    m_page->addItem(tr("Letter"), int(QPageSize::Letter));
    m_page->addItem(tr("A4"), int(QPageSize::A4));
    m_page->setAccessibleName(tr("Paper size"));
    // The paper every print path proposes for this interface (Letter in the Americas, else A4).
    m_page->setCurrentIndex(std::max(0, m_page->findData(int(defaultPaper().id()))));
    fillDocumentLanguages(m_language);
    m_language->setAccessibleName(tr("Report language"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #7a1010; }"));
    m_error->setAccessibleName(tr("Report problem"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("T&herapist:"), m_therapist);
    form->addRow(tr("&Paper:"), m_page);
    form->addRow(tr("&Language:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton *saveButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::AcceptRole);
    saveButton->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &ProgressReportDialog::preview);
    connect(saveButton, &QPushButton::clicked, this, &ProgressReportDialog::saveAsPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

ReportOptions ProgressReportDialog::options() const
{
    ReportOptions o;
    o.from = m_from->date();
    o.to = m_to->date();
    o.therapist = m_therapist->text().trimmed();
    o.pageSize = QPageSize::PageSizeId(m_page->currentData().toInt());
    o.today = m_editor.store().today();
    const DocumentLanguage language(m_language->currentData().toString());
    o.language = language.code();
    o.locale = language.locale();
    return o;
}

std::optional<ReportContent> ProgressReportDialog::load()
{
    auto content = loadReportContent(m_editor.store(), m_coupleId, options());
    if (!content) {
        m_error->setText(content.error());
        m_error->show();
        return std::nullopt;
    }
    m_error->hide();
    content->options.cycleStyle = storedCycleStyle(content->couple); // as the couple's Cycle tab draws it
    QSettings().setValue(QStringLiteral("report/therapist"), m_therapist->text().trimmed());
    return std::move(content).value();
}

void ProgressReportDialog::preview()
{
    const auto content = load();
    if (!content)
        return;
    PrintJob job;
    job.title = reportDocumentTitle(content->options.language);
    job.pageSize = QPageSize(content->options.pageSize);
    job.paint = [&content](QPainter &painter, QPrinter &printer) {
        ProgressReport(*content).paint(painter, printer);
    };
    if (runPrintJob(this, job, m_printRunner))
        record(QStringLiteral("print"));
}

bool ProgressReportDialog::record(const QString &action)
{
    const Status s = m_editor.store().recordCoupleEvent(action, {m_coupleId},
                                                        storedAuditSummary(AuditSummaryKey::ProgressReport));
    if (!s) {
        m_error->setText(tr("This could not be recorded in the audit trail: %1").arg(s.error()));
        m_error->show();
    }
    return s.isOk();
}

void ProgressReportDialog::saveAsPdf()
{
    const auto content = load();
    if (!content)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // The file name is seen in folders, backups and recent-file lists: the date, not the couple's name.
    const QString suggested =
        QDir(folder).filePath(tr("Progress report %1.pdf").arg(content->options.today.toString(Qt::ISODate)));
    const QString path = m_choosePath ? m_choosePath(suggested)
                                      : QFileDialog::getSaveFileName(this, tr("Save Progress Report"),
                                                                     suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    // The audit row is noted on disk first, so a crash right after the file is written cannot lose it.
    AuditIntent intent = AuditIntent::begin(m_editor.store().path(), QStringLiteral("export"), {m_coupleId},
                                            storedAuditSummary(AuditSummaryKey::ProgressReport), path);
    if (const Status s = writeReportPdf(*content, path); !s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    if (const Status s = intent.record(m_editor.store()); !s) {
        m_error->setText(
            tr("The report was written, but it is not in the audit trail yet: %1 It is recorded the "
               "next time the practice can be written.")
                .arg(s.error()));
        m_error->show();
        return;
    }
    accept();
}

void showProgressReportDialog(PracticeEditor &editor, qint64 coupleId, QWidget *parent)
{
    if (coupleId == 0)
        return;
    ProgressReportDialog dialog(editor, coupleId, parent);
    dialog.exec();
}

} // namespace attune
