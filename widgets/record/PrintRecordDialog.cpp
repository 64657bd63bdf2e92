#include "PrintRecordDialog.h"

#include "domain/AuditSummary.h"
#include "i18n/DateText.h"
#include "i18n/DocumentLanguage.h"
#include "store/AuditIntent.h"
#include "store/PracticeStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace attune {

PrintRecordDialog::PrintRecordDialog(PracticeStore &store, qint64 coupleId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_coupleId(coupleId)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_page(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Print Record"));
    setAccessibleName(tr("Print the clinical record"));
    // The whole record by default: from the intake (or first session) to today.
    QDate first = store.today();
    if (const auto couple = store.couple(coupleId); couple && couple->intakeDate.isValid())
        first = couple->intakeDate;
    if (const auto sessions = store.sessionSummaries(coupleId); sessions && !sessions->isEmpty())
        first = std::min(first, sessions->first().date);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(shortDateFormat());
    }
    m_from->setDate(first);
    m_to->setDate(store.today());
    m_from->setAccessibleName(tr("Sessions from"));
    m_to->setAccessibleName(tr("Sessions to"));
    m_page->addItem(tr("Letter"), int(QPageSize::Letter));
    m_page->addItem(tr("A4"), int(QPageSize::A4));
    m_page->setAccessibleName(tr("Paper size"));
    m_page->setCurrentIndex(std::max(0, m_page->findData(int(defaultPaper().id()))));
    fillDocumentLanguages(m_language);
    m_language->setAccessibleName(tr("Record language"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #7a1010; }"));
    m_error->setAccessibleName(tr("Record problem"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Paper:"), m_page);
    form->addRow(tr("&Language:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *saveButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::AcceptRole);
    saveButton->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &PrintRecordDialog::preview);
    connect(saveButton, &QPushButton::clicked, this, &PrintRecordDialog::saveAsPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every session of the period in full, with its signature or draft mark and "
                                "its addenda, after the couple's details, safety screen and treatment plan."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

RecordOptions PrintRecordDialog::options() const
{
    RecordOptions o;
    o.from = m_from->date();
    o.to = m_to->date();
    o.pageSize = QPageSize::PageSizeId(m_page->currentData().toInt());
    o.today = m_store.today();
    const DocumentLanguage language(m_language->currentData().toString());
    o.language = language.code();
    o.locale = language.locale();
    return o;
}

QString PrintRecordDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PrintRecordDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

std::optional<RecordContent> PrintRecordDialog::load()
{
    auto content = loadRecordContent(m_store, m_coupleId, options());
    if (!content) {
        showError(content.error());
        return std::nullopt;
    }
    m_error->hide();
    return std::move(content).value();
}

bool PrintRecordDialog::recordInAuditTrail(const QString &action)
{
    const Status s =
        m_store.recordCoupleEvent(action, {m_coupleId}, storedAuditSummary(AuditSummaryKey::ClinicalRecord));
    if (!s)
        showError(tr("This could not be recorded in the audit trail: %1").arg(s.error()));
    return s.isOk();
}

void PrintRecordDialog::preview()
{
    const auto content = load();
    if (!content)
        return;
    PrintJob job;
    job.title = recordDocumentTitle(content->options.language);
    job.pageSize = QPageSize(content->options.pageSize);
    job.paint = [&content](QPainter &painter, QPrinter &printer) { paintRecord(painter, printer, *content); };
    if (runPrintJob(this, job, m_printRunner))
        recordInAuditTrail(QStringLiteral("print"));
}

void PrintRecordDialog::saveAsPdf()
{
    const auto content = load();
    if (!content)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // The file name is seen in folders and recent-file lists: the date, not the couple's name.
    const QString suggested =
        QDir(folder).filePath(tr("Clinical record %1.pdf").arg(content->options.today.toString(Qt::ISODate)));
    const QString path = m_choosePath ? m_choosePath(suggested)
                                      : QFileDialog::getSaveFileName(this, tr("Save Record"), suggested,
                                                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    // The audit row is noted on disk first, so a crash right after the file is written cannot lose it.
    AuditIntent intent = AuditIntent::begin(m_store.path(), QStringLiteral("print"), {m_coupleId},
                                            storedAuditSummary(AuditSummaryKey::ClinicalRecord), path);
    if (const Status s = writeRecordPdf(*content, path); !s) {
        showError(s.error());
        return;
    }
    if (const Status s = intent.record(m_store); !s) {
        showError(tr("The record was written, but it is not in the audit trail yet: %1 It is recorded the "
                     "next time the practice can be written.")
                      .arg(s.error()));
        return;
    }
    accept();
}

void showPrintRecordDialog(PracticeStore &store, qint64 coupleId, QWidget *parent)
{
    if (coupleId == 0)
        return;
    PrintRecordDialog dialog(store, coupleId, parent);
    dialog.exec();
}

} // namespace attune
