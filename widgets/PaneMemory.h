// Remembering where the user put the workspace's inner dividers (the Sessions and Exercises lists beside
// their editors): every splitter with an object name is saved by that name with the window's state.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

class QSplitter;
class QWidget;

namespace attune {

// The states of root's named splitters, by object name.
QMap<QString, QByteArray> savePanes(const QWidget &root);

// Gives each named splitter of root its saved state. A splitter in a tab not yet shown has no width, and
// sizes set then are stretched when it gets one; so each is restored on its first resize while visible.
void restorePanes(QWidget &root, const QMap<QString, QByteArray> &states);

} // namespace attune
