// Types any Unicode text into a widget as real key events. QTest::keyClicks only handles Latin-1, so
// everything beyond it (curly quotes, emoji, Hebrew, Arabic) is sent one code point at a time as a key
// event carrying that text, which is what an input method delivers.
#pragma once

#include <QTest>
#include <QWidget>

namespace attune::test {

inline void typeText(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80 && c != u'\n') {
            QTest::keyClick(widget, c.toLatin1());
            continue;
        }
        if (c == u'\n') {
            QTest::keyClick(widget, Qt::Key_Return);
            continue;
        }
        QString unit(c);
        if (c.isHighSurrogate() && i + 1 < text.size())
            unit.append(text.at(++i));
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, unit, Qt::NoModifier);
    }
}

} // namespace attune::test
