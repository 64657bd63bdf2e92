// Choosing the language Attune speaks: installs Attune's translation (embedded under :/i18n) and Qt's own
// (qtbase_XX.qm from Qt's translations folder) into the application, and lets a handout or report be
// produced in another language than the interface's for the length of a scope.
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QCoreApplication;
class QObject;
class QTranslator;

namespace attune {

// The languages whose Attune translation is compiled into this binary, as codes ("en", "es"), sorted.
QStringList availableLanguages();

// True when a translation for this code exists ("es", "es_MX", "es-US" all name Spanish). An empty code
// means the system's language and is always acceptable: an unknown system language falls back to English.
bool isAvailableLanguage(const QString &languageCode);

// Installs the translators for languageCode (empty: the system locale) into app, replacing the ones an
// earlier call installed, and returns the code actually used ("en" when nothing better exists). English
// also has a translation: it holds only the plural forms, so "%n couple(s)" reads "1 couple". QLocale's
// default becomes the language's (the system locale when it is the system's language), so dates and
// numbers formatted with QLocale() follow the interface.
//
// Installing sends QEvent::LanguageChange to the application, which posts one to every top-level window:
// widgets that retranslate in changeEvent() follow without a restart. Call it on the GUI thread.
// The translators are children of app, so nothing outlives it and no global state is kept here.
QString installTranslators(QCoreApplication &app, const QString &languageCode);

// While alive, Attune and Qt speak another language: for printing a handout, worksheet or report in the
// language chosen at print time whatever the interface's. It also makes QLocale's default the language's,
// so dates and numbers formatted with a default QLocale follow it. The destructor restores the
// interface's translators and default locale.
//
// Meant for headless commands and for printing on the GUI thread (a print preview's paintRequested),
// without returning to the event loop inside the scope: the LanguageChange events that swapping
// translators sends are swallowed for the scope's length, so open windows neither show the other language
// nor retranslate at all. Do not run a dialog's exec() inside it. Not for use from other threads. Scopes nest
// (the innermost wins); do not call installTranslators() while one is alive.
class ScopedLanguage
{
public:
    ScopedLanguage(QCoreApplication &app, const QString &languageCode);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

    // The code in effect inside the scope ("en" when the requested one is not available).
    QString language() const { return m_language; }

private:
    QCoreApplication &m_app;
    QList<QTranslator *> m_previous; // the interface's translators, owned by the application
    QList<QTranslator *> m_own;      // this scope's, deleted with it
    QLocale m_previousLocale;
    std::unique_ptr<QObject> m_filter; // swallows the scope's LanguageChange events
    QString m_language;
};

} // namespace attune
