// The emotion words Attune highlights in notes, read from the word lists compiled into the binary
// (resources/text/emotion-words-<language>.txt). Every shipped language is loaded at once, because a
// therapist in a bilingual practice writes some notes in English and others in Spanish.
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace attune {

class EmotionLexicon
{
public:
    enum class Kind { None, Primary, Secondary };

    // Parses one list: [primary] / [secondary] sections, one entry a line, "stem*" for prefixes,
    // "#" comments. Entries outside a section are ignored.
    void addList(QStringView text);
    // All lists under :/text/emotion-words-*.txt.
    static const EmotionLexicon &shipped();

    Kind classify(QStringView word) const;
    bool isEmpty() const { return m_exact[0].isEmpty() && m_exact[1].isEmpty(); }

private:
    static QString fold(QStringView word);

    QSet<QString> m_exact[2]; // [0] primary, [1] secondary
    QStringList m_stems[2];
};

} // namespace attune
