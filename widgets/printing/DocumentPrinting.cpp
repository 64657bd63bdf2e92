// The print options dialog and the print preview; see DocumentPrinting.h.
#include "DocumentPrinting.h"

#include "i18n/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace attune {
namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CyclePrinting)
};

QString languageName(const QString &code)
{
    if (code == QStringLiteral("en"))
        return Texts::tr("English");
    if (code == QStringLiteral("es"))
        return Texts::tr("Spanish");
    return QLocale(code).nativeLanguageName();
}

bool previewAndPrint(QWidget *parent, QPrinter &printer, const std::function<void(QPrinter *)> &paint)
{
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(printer.docName());
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, paint);
    // The preview accepts only once its Print action has sent the pages to the printer (or a PDF).
    return preview.exec() == QDialog::Accepted;
}

} // namespace

void fillDocumentLanguages(QComboBox *box)
{
    const QString interface = QLocale().language() == QLocale::C
                                  ? QStringLiteral("en")
                                  : QLocale().name().section(QLatin1Char('_'), 0, 0);
    for (const QString &code : availableLanguages()) {
        box->addItem(languageName(code), code);
        if (code == interface)
            box->setCurrentIndex(box->count() - 1);
    }
}

QPageSize defaultPaper()
{
    const QLocale::Territory t = QLocale().territory();
    const bool letter = t == QLocale::UnitedStates || t == QLocale::Canada || t == QLocale::Mexico ||
                        t == QLocale::AnyTerritory;
    return QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
}

bool askPrintOptions(QWidget *parent, const PrintOptionsRequest &request, HandoutOptions *options)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(request.title);
    auto *initials = new QCheckBox(Texts::tr("Show only the partners' &initials"), &dialog);
    initials->setChecked(options->initialsOnly);
    initials->setVisible(request.offerInitials);
    auto *language = new QComboBox(&dialog);
    language->setAccessibleName(Texts::tr("Handout language"));
    fillDocumentLanguages(language);
    if (const int i = language->findData(options->language); i >= 0)
        language->setCurrentIndex(i);
    auto *grayscale = new QCheckBox(Texts::tr("&Grayscale"), &dialog);
    grayscale->setChecked(options->grayscale);
    grayscale->setVisible(request.offerGrayscale);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    if (request.offerInitials)
        form->addRow(initials);
    form->addRow(Texts::tr("Handout &language:"), language);
    if (request.offerGrayscale)
        form->addRow(grayscale);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    options->initialsOnly = request.offerInitials && initials->isChecked();
    options->grayscale = request.offerGrayscale && grayscale->isChecked();
    options->language = language->currentData().toString();
    return true;
}

QRectF printablePage(const QPrinter &printer)
{
    return QRectF(QPointF(0, 0), QSizeF(printer.pageLayout().paintRectPixels(printer.resolution()).size()));
}

bool runPrintJob(QWidget *parent, const PrintJob &job, const PrintRunner &runner)
{
    QPrinter printer(QPrinter::HighResolution);
    // The job's name stays in the print system's history and names CUPS-PDF's file: no client in it.
    printer.setDocName(job.title);
    printer.setCreator(QStringLiteral("Attune"));
    printer.setPageLayout(
        QPageLayout(job.pageSize, job.orientation, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    const auto paint = [&job](QPrinter *target) {
        QPainter painter;
        if (!painter.begin(target))
            return;
        // Paint directly (never QWidget::render), so the PDF or print keeps vector text; the page is the
        // printer's as it is now, after the print dialog.
        job.paint(painter, *target);
    };
    return runner ? runner(parent, printer, paint) : previewAndPrint(parent, printer, paint);
}

} // namespace attune
