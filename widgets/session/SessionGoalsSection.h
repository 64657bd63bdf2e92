// The treatment-plan goals a session worked on: a checklist of the couple's current goals (those of its
// latest plan version that are still open or progressing), plus any goal the session already marks.
// The marks are stored with the session, so the brief and the record can say what each session served.
#pragma once

#include "SessionSection.h"

class QLabel;
class QListWidget;

namespace attune {

class PracticeStore;

class SessionGoalsSection : public SessionSection
{
    Q_OBJECT
public:
    explicit SessionGoalsSection(PracticeStore &store, QWidget *parent = nullptr);

    void setCouple(const Couple &couple) override;
    void load(const Session &session) override;
    void apply(Session &session) const override;
    void setReadOnly(bool readOnly) override;

    QListWidget *list() const { return m_list; }

private:
    void rebuild(const QList<qint64> &checked);
    QList<qint64> checkedGoals() const;

    PracticeStore &m_store;
    qint64 m_coupleId = 0;
    bool m_readOnly = false;
    QListWidget *m_list;
    QLabel *m_none;
};

} // namespace attune
