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
#include <QPrinter>
#include <QStandardPaths>

#include <algorithm>

namespace attune {
namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CyclePrinting)
};

} // namespace

bool askHandoutOptions(QWidget *parent, HandoutOptions *options)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(Texts::tr("Print handout"));
    auto *initials = new QCheckBox(Texts::tr("Show only the partners' &initials"), &dialog);
    initials->setChecked(options->initialsOnly);
    auto *language = new QComboBox(&dialog);
    language->setAccessibleName(Texts::tr("Handout language"));
    // The handout's language may differ from the interface's: every language Attune speaks.
    fillDocumentLanguages(language);
    if (const int i = language->findData(options->language); i >= 0)
        language->setCurrentIndex(i);
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

bool printCycleHandout(QWidget *parent, const CycleContent &content, CycleStyle style,
                       const OptionsChooser &chooser, const PrintRunner &runner)
{
    HandoutOptions options;
    options.style = style;
    if (!(chooser ? chooser(&options) : askHandoutOptions(parent, &options)))
        return false;
    PrintJob job;
    job.title = CycleLabels::forLanguage(options.language, content.kind).handoutDocumentTitle;
    job.paint = [&content, options](QPainter &painter, QPrinter &printer) {
        paintCycleHandout(painter, printablePage(printer), printer.resolution(), content, options);
    };
    return runPrintJob(parent, job, runner);
}

QString chooseCycleExportPath(QWidget *parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A file name is seen in folders, backups and "recent files": it names the page, not the couple.
    const QString base = Texts::tr("cycle");
    QString filter;
    return QFileDialog::getSaveFileName(
        parent, Texts::tr("Export cycle"), folder + QLatin1Char('/') + base + QStringLiteral(".pdf"),
        Texts::tr("PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg)"), &filter);
}

Status writeCycleExport(const QString &path, const CycleContent &content, CycleStyle style)
{
    CycleExportOptions options;
    options.style = style;
    options.pageSize = defaultPaper();
    return attune::exportCycle(path, content, options);
}

Status exportCycleInteractively(QWidget *parent, const CycleContent &content, const QString &coupleName,
                                bool *written, CycleStyle style)
{
    if (written)
        *written = false;
    Q_UNUSED(coupleName)
    const QString path = chooseCycleExportPath(parent);
    if (path.isEmpty())
        return Status::ok();
    const Status s = writeCycleExport(path, content, style);
    if (written)
        *written = s.isOk();
    return s;
}

} // namespace attune
