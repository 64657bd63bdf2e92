// The language of one printed or exported document (handout, diagram, worksheet, five-step sheet,
// report), held explicitly rather than through the application's installed translators, so a document
// comes out in the language chosen for it whatever the interface speaks, in both directions.
#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace attune {

class DocumentLanguage
{
public:
    // code: one of availableLanguages() ("en", "es", "es_MX"); empty means the interface's language
    // (the installed translators and QLocale()). An unknown code gives English, as the interface does.
    explicit DocumentLanguage(const QString &code = {});

    // The text in this language: the translation when the language's file has one, else the source
    // text (English), never the interface's translation. n chooses a plural form and replaces %n.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const;

    // Dates and numbers in this language ("es" formats as Spanish; "C" becomes US English).
    const QLocale &locale() const { return m_locale; }
    // The code in effect: "en" for English or an unknown code, empty for the interface's.
    const QString &code() const { return m_code; }
    bool followsInterface() const { return m_code.isEmpty(); }

private:
    std::shared_ptr<const QTranslator> m_translator; // null: English source texts, or the interface's
    QLocale m_locale;
    QString m_code;
};

} // namespace attune
