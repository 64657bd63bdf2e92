// The print preview and export dialogs of the Cycle tab; the pages come from models/render.
#include "CyclePrinting.h"

#include "render/CycleExport.h"

#include <QFileDialog>
#include <QPainter>
#include <QPrinter>
#include <QStandardPaths>

namespace attune {
namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CyclePrinting)
};

} // namespace

bool askHandoutOptions(QWidget *parent, HandoutOptions *options)
{
    return askPrintOptions(parent, {Texts::tr("Print handout"), true, true}, options);
}

bool printCycleHandout(QWidget *parent, const CycleContent &content, const OptionsChooser &chooser,
                       const PrintRunner &runner)
{
    HandoutOptions options;
    if (!(chooser ? chooser(&options) : askHandoutOptions(parent, &options)))
        return false;
    PrintJob job;
    job.title = CycleLabels::forLanguage(options.language, content.kind).handoutDocumentTitle;
    job.paint = [&content, options](QPainter &painter, QPrinter &printer) {
        paintCycleHandout(painter, printablePage(printer), printer.resolution(), content, options);
    };
    return runPrintJob(parent, job, runner);
}

Status exportCycleInteractively(QWidget *parent, const CycleContent &content, const QString &coupleName,
                                bool *written)
{
    if (written)
        *written = false;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A file name is seen in folders, backups and "recent files": it names the page, not the couple.
    Q_UNUSED(coupleName)
    const QString base = Texts::tr("cycle");
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        parent, Texts::tr("Export cycle"), folder + QLatin1Char('/') + base + QStringLiteral(".pdf"),
        Texts::tr("PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg)"), &filter);
    if (path.isEmpty())
        return Status::ok();
    CycleExportOptions options;
    options.pageSize = defaultPaper();
    const Status s = attune::exportCycle(path, content, options);
    if (written)
        *written = s.isOk();
    return s;
}

} // namespace attune
