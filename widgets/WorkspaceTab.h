// One tab of the couple workspace (Overview, Sessions, Cycle, Exercises, Progress). The main window
// tells each tab which couple is selected and, before switching couples or closing, asks it to store
// whatever the user typed.
#pragma once

#include "domain/Result.h"

#include <QWidget>

namespace attune {

class WorkspaceTab : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // 0 when no couple is selected.
    virtual void setCouple(qint64 coupleId) = 0;
    // Stores pending edits now; a failure keeps the text on screen and says why.
    virtual Status flushPendingEdits() { return Status::ok(); }

signals:
    // A tab asks the window to show another tab, e.g. "open this session" from the Overview.
    void openSessionRequested(qint64 sessionId);
};

} // namespace attune
