// Reading a Qt Linguist .ts file just enough for the translation tests: each message's identity (context,
// source, disambiguation comment), whether it is a plural, its state and its translation text or forms.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace attune::test {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;            // "", "unfinished", "vanished" or "obsolete"
    QStringList translation; // one text, or one per plural form

    // What identifies a message for lupdate and QTranslator.
    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
    // Still in the sources (lupdate marks the others vanished or obsolete).
    bool isActive() const { return type != QLatin1String("vanished") && type != QLatin1String("obsolete"); }
    // Translated and not marked unfinished, with no empty text or plural form.
    bool isFinished() const;
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error; // empty when the file was read

    static TsFile read(const QString &path);
    QStringList activeKeys() const; // sorted
};

} // namespace attune::test
