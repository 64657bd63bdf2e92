// Quietly marks words of primary emotion (hurt, afraid, lonely…) and of secondary emotion (angry,
// annoyed, anxious…) in a note, in two soft colours with two underline styles so the difference does
// not depend on colour alone. A help for spotting what lies below the line; it can be switched off.
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace attune {

class EmotionLexicon;

class EmotionHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit EmotionHighlighter(QTextDocument *document);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    static QTextCharFormat primaryFormat();
    static QTextCharFormat secondaryFormat();

protected:
    void highlightBlock(const QString &text) override;

private:
    const EmotionLexicon &m_lexicon;
    bool m_enabled = true;
};

} // namespace attune
