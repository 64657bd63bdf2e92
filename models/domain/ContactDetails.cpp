#include "ContactDetails.h"

namespace attune {

bool looksLikePhone(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return true;
    bool digit = false;
    for (const QChar c : t) {
        if (c.isDigit() && c.unicode() < 128) {
            digit = true;
            continue;
        }
        if (!QStringLiteral(" +()-.").contains(c))
            return false;
    }
    return digit;
}

bool looksLikeEmail(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return true;
    const qsizetype at = t.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != t.lastIndexOf(QLatin1Char('@')))
        return false;
    for (const QChar c : t)
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('<') ||
            c == QLatin1Char('>'))
            return false;
    // The domain: at least one dot, with something on both sides of every dot.
    const QString domain = t.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == domain.size() - 1)
        return false;
    return !domain.startsWith(QLatin1Char('.')) && !domain.contains(QStringLiteral(".."));
}

} // namespace attune
