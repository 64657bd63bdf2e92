// Printing a document from the window, one way for every document (handout, worksheets, a five-step
// exercise, the report): its options (language, initials, grayscale) asked in one dialog, then a print
// preview on a QPrinter whose title names no client. The pages are painted for the printer's paper at
// the moment of painting, so a paper changed in the real print dialog (Letter, A4) is the one used.
#pragma once

#include "render/CycleHandout.h"

#include <QPageLayout>
#include <QPageSize>

#include <functional>

class QComboBox;
class QPainter;
class QPrinter;
class QWidget;

namespace attune {

// Fills a combo box with the languages Attune can print in, the interface's language selected, each
// named in the interface's language; its data is the code ("en", "es").
void fillDocumentLanguages(QComboBox *box);

// Letter where the interface's locale uses it (the Americas), else A4.
QPageSize defaultPaper();

// What the print options dialog asks. offerInitials: a document that names the partners.
struct PrintOptionsRequest
{
    QString title; // the dialog's title
    bool offerInitials = false;
    bool offerGrayscale = true;
};
// Asks; false when the user cancels. Tests answer it through an OptionsChooser instead.
bool askPrintOptions(QWidget *parent, const PrintOptionsRequest &request, HandoutOptions *options);
using OptionsChooser = std::function<bool(HandoutOptions *options)>;

// One print job: the title of the job and of a PDF printed from it (never a client's name), the paper
// proposed, and the pages, painted with the painter begun on the printer (printablePage() gives the area).
struct PrintJob
{
    QString title;
    QPageSize pageSize = defaultPaper();
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    std::function<void(QPainter &painter, QPrinter &printer)> paint;
};

// Shows the preview the user prints from (or a test's stand-in): given the set-up printer and the function
// that paints the job on a printer, returns true when the job was printed.
using PrintRunner = std::function<bool(QWidget *parent, QPrinter &printer,
                                       const std::function<void(QPrinter *printer)> &paint)>;

// Sets up a QPrinter for the job and runs it through runner (empty: QPrintPreviewDialog).
bool runPrintJob(QWidget *parent, const PrintJob &job, const PrintRunner &runner = {});

// The printer's paint rectangle in its own device coordinates.
QRectF printablePage(const QPrinter &printer);

} // namespace attune
