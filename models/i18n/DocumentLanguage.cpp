// Loading one document's translator without installing it; see DocumentLanguage.h.
#include "DocumentLanguage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTranslator>

namespace attune {
namespace {

const QString kResourceFolder = QStringLiteral(":/i18n");

QLocale usEnglishIfC(QLocale locale)
{
    // A bare environment's "C" locale prints as US English, the interface's own language.
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

// QCoreApplication::translate replaces %n after choosing the plural form; QTranslator alone does not.
QString replacePercentN(QString text, int n, const QLocale &locale)
{
    if (n < 0)
        return text;
    text.replace(QStringLiteral("%Ln"), locale.toString(n));
    text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

} // namespace

DocumentLanguage::DocumentLanguage(const QString &code)
{
    if (code.trimmed().isEmpty()) {
        m_locale = usEnglishIfC(QLocale());
        return;
    }
    const QLocale requested(code);
    auto translator = std::make_shared<QTranslator>();
    // attune_es_MX.qm, then attune_es.qm; English's file holds the plural forms.
    if (requested.language() != QLocale::C &&
        translator->load(requested, QStringLiteral("attune"), QStringLiteral("_"), kResourceFolder)) {
        const QString base = QFileInfo(translator->filePath()).completeBaseName();
        m_code = base.mid(base.indexOf(QLatin1Char('_')) + 1);
        // "es_MX" keeps Mexican formats when its language is the one found.
        m_locale = QLocale(m_code).language() == requested.language() ? requested : QLocale(m_code);
        m_translator = std::move(translator);
        return;
    }
    m_code = QStringLiteral("en");
    m_locale = QLocale(QLocale::English, QLocale::UnitedStates);
    auto english = std::make_shared<QTranslator>();
    if (english->load(QStringLiteral("attune_en"), kResourceFolder))
        m_translator = std::move(english);
}

QString DocumentLanguage::translate(const char *context, const char *source, const char *disambiguation,
                                    int n) const
{
    if (followsInterface())
        return QCoreApplication::translate(context, source, disambiguation, n);
    QString text = m_translator ? m_translator->translate(context, source, disambiguation, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    return replacePercentN(text, n, m_locale);
}

} // namespace attune
