// Loading translators from the binary's resources and Qt's translations folder; see Translations.h.
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace attune {
namespace {

// Marks the translators installTranslators() owns, so a later call finds and replaces exactly those.
const QString kInterfaceTranslator = QStringLiteral("attune-interface-translator");
const QString kScopedTranslator = QStringLiteral("attune-scoped-translator");
const QString kResourceFolder = QStringLiteral(":/i18n");
const QString kFallbackLanguage = QStringLiteral("en");

// ":/i18n/attune_es.qm" -> "es".
QString languageOfFile(const QString &path)
{
    const QString base = QFileInfo(path).completeBaseName();
    return base.mid(base.indexOf(QLatin1Char('_')) + 1);
}

// Loads attune_XX.qm for the locale (trying "es_MX", then "es"). An unknown language falls back to English,
// whose file carries the plural forms the source strings leave as "(s)".
std::unique_ptr<QTranslator> loadAttune(const QLocale &locale, QString *usedLanguage)
{
    auto translator = std::make_unique<QTranslator>();
    if (locale.language() != QLocale::C &&
        translator->load(locale, QStringLiteral("attune"), QStringLiteral("_"), kResourceFolder)) {
        *usedLanguage = languageOfFile(translator->filePath());
        return translator;
    }
    if (translator->load(QStringLiteral("attune_") + kFallbackLanguage, kResourceFolder)) {
        *usedLanguage = kFallbackLanguage;
        return translator;
    }
    *usedLanguage = kFallbackLanguage;
    return nullptr;
}

// Qt's own strings (standard buttons, print dialog) come from qtbase_XX.qm when the system has it
// (Debian: qt6-translations-l10n). English needs none.
std::unique_ptr<QTranslator> loadQt(const QString &language)
{
    if (language == kFallbackLanguage)
        return nullptr;
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        return translator;
    return nullptr;
}

// The locale for dates and numbers: the requested one ("es_MX" keeps Mexican formats) when its language is
// the one being used, else the used language's (a request for an unavailable language prints US English).
QLocale localeFor(const QString &languageCode, const QString &usedLanguage)
{
    const QLocale requested = languageCode.isEmpty() ? QLocale::system() : QLocale(languageCode);
    if (QLocale(usedLanguage).language() == requested.language())
        return requested;
    return QLocale(usedLanguage);
}

// Loads both translators for a language, named for their owner; returns them with the code in effect.
QList<QTranslator *> loadTranslators(const QString &languageCode, const QString &owner, QString *usedLanguage)
{
    QList<QTranslator *> loaded;
    const QLocale requested = languageCode.isEmpty() ? QLocale::system() : QLocale(languageCode);
    if (auto attune = loadAttune(requested, usedLanguage))
        loaded << attune.release();
    if (auto qt = loadQt(*usedLanguage))
        loaded << qt.release();
    for (QTranslator *translator : std::as_const(loaded))
        translator->setObjectName(owner);
    return loaded;
}

// The translators answering now: the interface's, or the innermost ScopedLanguage's. Tracked with a
// property on translators the application owns, because Qt offers no way to list installed translators.
const char *const kActive = "attuneActive";

QList<QTranslator *> activeTranslators(QCoreApplication &app)
{
    QList<QTranslator *> active;
    const auto children = app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : children) {
        if (translator->property(kActive).toBool())
            active << translator;
    }
    return active;
}

void activate(QCoreApplication &app, const QList<QTranslator *> &translators)
{
    for (QTranslator *translator : translators) {
        translator->setParent(&app);
        translator->setProperty(kActive, true);
        QCoreApplication::installTranslator(translator);
    }
}

void deactivate(const QList<QTranslator *> &translators)
{
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        translator->setProperty(kActive, false);
    }
}

// Swallows the LanguageChange events that swapping translators sends the application, so no open window
// retranslates into the document's language and back (and loses nothing to it) while a page is painted.
class LanguageChangeFilter : public QObject
{
public:
    explicit LanguageChangeFilter(QCoreApplication &app)
        : m_app(app)
    {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        return watched == &m_app && event->type() == QEvent::LanguageChange;
    }

private:
    QCoreApplication &m_app;
};

} // namespace

QStringList availableLanguages()
{
    static const QRegularExpression name(QStringLiteral("^attune_([a-z]{2,3}(?:_[A-Z]{2})?)\\.qm$"));
    QStringList codes;
    const QStringList files = QDir(kResourceFolder).entryList({QStringLiteral("attune_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const auto match = name.match(file);
        if (match.hasMatch())
            codes << match.captured(1);
    }
    std::sort(codes.begin(), codes.end());
    return codes;
}

bool isAvailableLanguage(const QString &languageCode)
{
    if (languageCode.isEmpty())
        return true;
    const QLocale locale(languageCode);
    if (locale.language() == QLocale::C)
        return false;
    QTranslator probe;
    return probe.load(locale, QStringLiteral("attune"), QStringLiteral("_"), kResourceFolder);
}

QString installTranslators(QCoreApplication &app, const QString &languageCode)
{
    // Remove before installing: the newest translator wins, and stale ones must not answer.
    const auto old = app.findChildren<QTranslator *>(kInterfaceTranslator, Qt::FindDirectChildrenOnly);
    deactivate(old);
    qDeleteAll(old);
    QString used;
    activate(app, loadTranslators(languageCode, kInterfaceTranslator, &used));
    QLocale::setDefault(localeFor(languageCode, used));
    return used;
}

ScopedLanguage::ScopedLanguage(QCoreApplication &app, const QString &languageCode)
    : m_app(app)
    , m_previous(activeTranslators(app))
    , m_previousLocale(QLocale())
    , m_filter(std::make_unique<LanguageChangeFilter>(app))
{
    m_app.installEventFilter(m_filter.get());
    deactivate(m_previous);
    m_own = loadTranslators(languageCode, kScopedTranslator, &m_language);
    activate(m_app, m_own);
    QLocale::setDefault(localeFor(languageCode, m_language));
}

ScopedLanguage::~ScopedLanguage()
{
    deactivate(m_own);
    qDeleteAll(m_own);
    // Reinstalled in their original order, so their precedence is what it was.
    activate(m_app, m_previous);
    QLocale::setDefault(m_previousLocale);
    m_app.removeEventFilter(m_filter.get());
}

} // namespace attune
