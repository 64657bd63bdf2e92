// The structured note: focus, cycle observations, the interventions used (a checklist), plan, homework
// (add, remove, tick off) and the free narrative. The text fields highlight emotion words.
#pragma once

#include "SessionSection.h"

#include <QMap>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace attune {

class EmotionHighlighter;

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

private:
    void addHomework();
    void updateButtons();

    QPlainTextEdit *m_focus;
    QPlainTextEdit *m_observations;
    QMap<QString, QCheckBox *> m_interventions; // by key
    QPlainTextEdit *m_plan;
    QListWidget *m_homework;
    QLineEdit *m_newHomework;
    QPushButton *m_addHomework;
    QPushButton *m_removeHomework;
    QPlainTextEdit *m_text;
    QList<EmotionHighlighter *> m_highlighters;
    bool m_readOnly = false;
};

} // namespace attune
