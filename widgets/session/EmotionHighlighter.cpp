// Marks emotion words in notes; see EmotionHighlighter.h.
#include "EmotionHighlighter.h"

#include "EmotionLexicon.h"

#include <QRegularExpression>

namespace attune {

EmotionHighlighter::EmotionHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_lexicon(EmotionLexicon::shipped())
{}

void EmotionHighlighter::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    rehighlight();
}

QTextCharFormat EmotionHighlighter::primaryFormat()
{
    // Soft blue for what lies below the line, with a dotted underline.
    QTextCharFormat f;
    f.setBackground(QColor(0xdc, 0xe8, 0xf8));
    f.setUnderlineStyle(QTextCharFormat::DotLine);
    f.setUnderlineColor(QColor(0x3d, 0x6f, 0xb0));
    return f;
}

QTextCharFormat EmotionHighlighter::secondaryFormat()
{
    // Soft amber for the reactive surface, with a wavy underline.
    QTextCharFormat f;
    f.setBackground(QColor(0xfb, 0xea, 0xcf));
    f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    f.setUnderlineColor(QColor(0xb0, 0x70, 0x20));
    return f;
}

void EmotionHighlighter::highlightBlock(const QString &text)
{
    if (!m_enabled)
        return;
    // Letters and combining marks, with inner apostrophes ("don't"), so accented words stay whole.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*"));
    const QTextCharFormat primary = primaryFormat();
    const QTextCharFormat secondary = secondaryFormat();
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        switch (m_lexicon.classify(m.capturedView())) {
        case EmotionLexicon::Kind::Primary:
            setFormat(int(m.capturedStart()), int(m.capturedLength()), primary);
            break;
        case EmotionLexicon::Kind::Secondary:
            setFormat(int(m.capturedStart()), int(m.capturedLength()), secondary);
            break;
        case EmotionLexicon::Kind::None:
            break;
        }
    }
}

} // namespace attune
