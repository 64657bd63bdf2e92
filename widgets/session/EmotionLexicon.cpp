// Loads and queries the emotion word lists; see EmotionLexicon.h.
#include "EmotionLexicon.h"

#include <QDir>
#include <QFile>

namespace attune {

QString EmotionLexicon::fold(QStringView word)
{
    // Notes are typed with any mix of composed and decomposed accents; compare in one form.
    return word.toString().normalized(QString::NormalizationForm_C).toCaseFolded();
}

void EmotionLexicon::addList(QStringView text)
{
    int section = -1;
    for (QStringView line : text.split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line == u"[primary]") {
            section = 0;
        } else if (line == u"[secondary]") {
            section = 1;
        } else if (line.startsWith(u'[')) {
            section = -1; // an unknown section: skip its entries rather than guess
        } else if (section >= 0) {
            if (line.endsWith(u'*'))
                m_stems[section].append(fold(line.chopped(1)));
            else
                m_exact[section].insert(fold(line));
        }
    }
}

const EmotionLexicon &EmotionLexicon::shipped()
{
    static const EmotionLexicon lexicon = [] {
        EmotionLexicon l;
        const QDir dir(QStringLiteral(":/text"));
        const QStringList files = dir.entryList({QStringLiteral("emotion-words-*.txt")}, QDir::Files);
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                l.addList(QString::fromUtf8(file.readAll()));
        }
        return l;
    }();
    return lexicon;
}

EmotionLexicon::Kind EmotionLexicon::classify(QStringView word) const
{
    const QString folded = fold(word);
    for (int i = 0; i < 2; ++i) {
        const Kind kind = i == 0 ? Kind::Primary : Kind::Secondary;
        if (m_exact[i].contains(folded))
            return kind;
        for (const QString &stem : m_stems[i])
            if (folded.startsWith(stem))
                return kind;
    }
    return Kind::None;
}

} // namespace attune
