// The structured note: focus, cycle observations, the interventions used (a checklist), plan, homework
// (one list: type to add, edit in place, tick off) and the free narrative. The text fields highlight emotion
// words.
#pragma once

#include "SessionSection.h"

#include <QMap>

class QCheckBox;
class QPlainTextEdit;

namespace attune {

class EmotionHighlighter;
class HomeworkList;

class SessionNoteSection : public SessionSection
{
    Q_OBJECT
public:
    explicit SessionNoteSection(QWidget *parent = nullptr);

    void load(const Session &session) override;
    void apply(Session &session) const override;
    void setReadOnly(bool readOnly) override;
    QWidget *searchField(const SearchHit &hit) const override;
    void setHighlightingEnabled(bool enabled);
    HomeworkList *homework() const { return m_homework; }

private:
    QPlainTextEdit *m_focus;
    QPlainTextEdit *m_observations;
    QMap<QString, QCheckBox *> m_interventions; // by key
    QPlainTextEdit *m_plan;
    HomeworkList *m_homework;
    QPlainTextEdit *m_text;
    QList<EmotionHighlighter *> m_highlighters;
};

} // namespace attune
