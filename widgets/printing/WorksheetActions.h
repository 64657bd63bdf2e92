// File → Print Worksheet…: the blank cycle worksheet or the five-step worksheet, in the language chosen
// for it, printed through the same preview as every document. The window adds printAction() to its File
// menu; tests answer the dialog and the preview through the hooks.
#pragma once

#include "DocumentPrinting.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace attune {

struct WorksheetChoice
{
    WorksheetKind kind = WorksheetKind::Cycle;
    HandoutOptions options;
};

class WorksheetActions : public QObject
{
    Q_OBJECT
public:
    explicit WorksheetActions(QWidget *window, QObject *parent = nullptr);

    QAction *printAction() const { return m_print; }
    // Sets the action's texts in the interface's language (the window calls it when it rebuilds menus).
    void retranslate();

    // Hooks: answer the worksheet dialog, and stand in for the print preview.
    using Chooser = std::function<bool(WorksheetChoice *choice)>;
    void setChooser(Chooser chooser) { m_choose = std::move(chooser); }
    void setPrintRunner(PrintRunner runner) { m_runner = std::move(runner); }

public slots:
    // True when a worksheet was printed.
    bool printWorksheet();

private:
    bool askChoice(WorksheetChoice *choice);

    QPointer<QWidget> m_window;
    QAction *m_print;
    Chooser m_choose;
    PrintRunner m_runner;
};

} // namespace attune
