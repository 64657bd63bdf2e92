// Helpers for the Sessions tab tests: find a widget by its accessible name (the names are part of what
// these tests check) and replace a spin box's or line edit's text the way a user would.
#pragma once

#include <QAbstractSpinBox>
#include <QTest>
#include <QWidget>

namespace attune::test {

template<typename T> T *widgetNamed(QWidget *root, const QString &accessibleName)
{
    const QList<T *> all = root->findChildren<T *>();
    for (T *w : all)
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}

// Types text as key presses. QTest::keyClicks knows only ASCII; other characters (accents, emoji,
// Hebrew) arrive as key events carrying their text, as an input method delivers them.
inline void typeText(QWidget *widget, const QString &text)
{
    for (int i = 0; i < text.size(); ++i) {
        const int length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString character = text.mid(i, length);
        i += length - 1;
        if (length == 1 && character.at(0).unicode() < 0x80)
            QTest::keyClick(widget, char(character.at(0).unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, character, Qt::NoModifier);
    }
}

// Selects everything in the field and types the new text.
inline void retype(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Tab); // leaving the field commits a spin box's text
}

} // namespace attune::test
