// The print preview and export dialogs of the Cycle tab; the pages come from models/render.
#include "CyclePrinting.h"

#include "render/CycleExport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace attune {
namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CyclePrinting)
};

bool usesLetter()
{
    const QLocale::Territory t = QLocale().territory();
    return t == QLocale::UnitedStates || t == QLocale::Canada || t == QLocale::Mexico ||
           t == QLocale::AnyTerritory;
}

} // namespace

bool askHandoutOptions(QWidget *parent, HandoutOptions *options)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(Texts::tr("Print handout"));
    auto *initials = new QCheckBox(Texts::tr("Show only the partners' &initials"), &dialog);
    initials->setChecked(options->initialsOnly);
    auto *language = new QComboBox(&dialog);
    language->setAccessibleName(Texts::tr("Handout language"));
    // The handout's language may differ from the interface's; more arrive with the translations.
    language->addItem(Texts::tr("English"), QStringLiteral("en"));
    language->addItem(Texts::tr("Spanish"), QStringLiteral("es"));
    auto *grayscale = new QCheckBox(Texts::tr("&Grayscale"), &dialog);
    auto *layoutChoice = new QComboBox(&dialog);
    layoutChoice->setAccessibleName(Texts::tr("Layout of the cycle"));
    layoutChoice->addItem(Texts::tr("Figure eight"), cycleStyleKey(CycleStyle::Loop));
    layoutChoice->addItem(Texts::tr("Boxes"), cycleStyleKey(CycleStyle::Boxes));
    layoutChoice->setCurrentIndex(std::max(0, layoutChoice->findData(cycleStyleKey(options->style))));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(initials);
    form->addRow(Texts::tr("Handout &language:"), language);
    form->addRow(Texts::tr("La&yout:"), layoutChoice);
    form->addRow(grayscale);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    options->initialsOnly = initials->isChecked();
    options->grayscale = grayscale->isChecked();
    options->language = language->currentData().toString();
    options->style = cycleStyleFromKey(layoutChoice->currentData().toString()).value_or(CycleStyle::Loop);
    return true;
}

bool printCycleHandout(QWidget *parent, const CycleContent &content, CycleStyle style)
{
    HandoutOptions options;
    options.style = style;
    if (!askHandoutOptions(parent, &options))
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(usesLetter() ? QPageSize::Letter : QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(Texts::tr("Print handout"));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter *p) {
        QPainter painter(p);
        // Paint directly (never QWidget::render), so the PDF or print keeps vector text.
        const QRectF area(QPointF(0, 0), QSizeF(p->pageLayout().paintRectPixels(p->resolution()).size()));
        paintCycleHandout(painter, area, p->resolution(), content, options);
    });
    // The preview accepts only once its Print action has sent the pages to the printer (or a PDF).
    return preview.exec() == QDialog::Accepted;
}

Status exportCycleInteractively(QWidget *parent, const CycleContent &content, const QString &coupleName,
                                bool *written, CycleStyle style)
{
    if (written)
        *written = false;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString base = coupleName.isEmpty() ? Texts::tr("cycle") : Texts::tr("%1 cycle").arg(coupleName);
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        parent, Texts::tr("Export cycle"), folder + QLatin1Char('/') + base + QStringLiteral(".pdf"),
        Texts::tr("PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg)"), &filter);
    if (path.isEmpty())
        return Status::ok();
    CycleExportOptions options;
    options.style = style;
    options.pageSize = QPageSize(usesLetter() ? QPageSize::Letter : QPageSize::A4);
    const Status s = attune::exportCycle(path, content, options);
    if (written)
        *written = s.isOk();
    return s;
}

} // namespace attune
