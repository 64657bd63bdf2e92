// One tab of the couple workspace (Overview, Sessions, Cycle, Exercises, Progress). The main window
// tells each tab which couple is selected and, before switching couples or closing, asks it to store
// whatever the user typed.
#pragma once

#include "domain/Result.h"
#include "domain/Search.h"

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
    // Shows the record a search hit of this tab's couple names (a session, a cycle version, an exercise,
    // or the couple's own fields) and marks the found words in the field they were found in.
    virtual void revealSearchHit(const SearchHit &hit, const SearchTerms &terms)
    {
        Q_UNUSED(hit)
        Q_UNUSED(terms)
    }

signals:
    // A tab asks the window to show another tab, e.g. "open this session" from the Overview.
    void openSessionRequested(qint64 sessionId);
};

} // namespace attune
