// The main window's own actions, kept together so menus and their enabled state are set in one place.
#pragma once

#include "MainWindow.h"

class QAction;
class QMenu;

namespace attune {

struct MainWindow::Actions
{
    QMenu *recent = nullptr;
    QAction *pause = nullptr;
    QAction *closeCase = nullptr;
    QAction *reopen = nullptr;
    QAction *archive = nullptr;
    QAction *report = nullptr;
    QAction *printRecord = nullptr;
    QAction *showArchived = nullptr;
};

} // namespace attune
