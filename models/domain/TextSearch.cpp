#include "TextSearch.h"

namespace attune {

QString foldForSearch(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        switch (ch.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            break;
        default:
            folded.append(ch);
        }
    }
    // QString folds case one character to one, which leaves "ß"; full folding makes it "ss", so
    // "strauss" finds "Strauß" as a German speaker would expect.
    return folded.toCaseFolded().replace(QChar(0x00DF), QStringLiteral("ss"));
}

} // namespace attune
