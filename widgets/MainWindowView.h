// What the user was looking at in the main window, to come back to after its contents are rebuilt (in
// another language, or after unlocking).
#pragma once

#include "MainWindow.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace attune {

struct MainWindow::View
{
    qint64 coupleId = 0;
    qint64 sessionId = 0;
    int tab = 0;
    QByteArray splitter;
    QMap<QString, QByteArray> panes;
    bool archived = false;
    QString search;
    bool practicePage = false;
};

} // namespace attune
