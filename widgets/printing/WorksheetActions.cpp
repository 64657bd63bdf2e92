// The worksheet dialog and its print job; see WorksheetActions.h.
#include "WorksheetActions.h"

#include "render/CycleLabels.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPrinter>

namespace attune {

WorksheetActions::WorksheetActions(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_print(new QAction(this))
{
    retranslate();
    connect(m_print, &QAction::triggered, this, &WorksheetActions::printWorksheet);
}

void WorksheetActions::retranslate()
{
    m_print->setText(tr("Print &Worksheet…"));
    m_print->setToolTip(tr("Print a blank cycle worksheet or five-step worksheet for a couple to fill in"));
}

bool WorksheetActions::askChoice(WorksheetChoice *choice)
{
    if (m_choose)
        return m_choose(choice);
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Print Worksheet"));
    auto *kind = new QComboBox(&dialog);
    kind->setAccessibleName(tr("Worksheet"));
    kind->addItem(tr("Our cycle (blank infinity loop)"), int(WorksheetKind::Cycle));
    kind->addItem(tr("From resentment to closeness (five steps)"), int(WorksheetKind::FiveStep));
    auto *language = new QComboBox(&dialog);
    language->setAccessibleName(tr("Worksheet language"));
    fillDocumentLanguages(language);
    auto *grayscale = new QCheckBox(tr("&Grayscale"), &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Worksheet:"), kind);
    form->addRow(tr("&Language:"), language);
    form->addRow(grayscale);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    choice->kind = WorksheetKind(kind->currentData().toInt());
    choice->options.language = language->currentData().toString();
    choice->options.grayscale = grayscale->isChecked();
    return true;
}

bool WorksheetActions::printWorksheet()
{
    WorksheetChoice choice;
    if (!askChoice(&choice))
        return false;
    const CycleLabels labels = CycleLabels::forLanguage(choice.options.language);
    PrintJob job;
    job.title = choice.kind == WorksheetKind::Cycle ? labels.cycleWorksheetDocumentTitle
                                                    : labels.fiveStepDocumentTitle;
    job.paint = [choice](QPainter &painter, QPrinter &printer) {
        paintWorksheet(painter, printablePage(printer), printer.resolution(), choice.kind, choice.options);
    };
    return runPrintJob(m_window, job, m_runner);
}

} // namespace attune
