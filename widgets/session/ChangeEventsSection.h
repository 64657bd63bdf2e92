// The change-event markers of EFT: withdrawer re-engagement and blamer softening, each with a level
// (none, emerging, partial, complete), the partner who showed it and a short anchor quote.
#pragma once

#include "SessionSection.h"

#include <array>

class QComboBox;
class QLineEdit;

namespace attune {

class ChangeEventsSection : public SessionSection
{
    Q_OBJECT
public:
    explicit ChangeEventsSection(QWidget *parent = nullptr);

    void setCouple(const Couple &couple) override;
    void load(const Session &session) override;
    void apply(Session &session) const override;
    void setReadOnly(bool readOnly) override;
    QWidget *searchField(const SearchHit &hit) const override;

private:
    struct Row
    {
        QComboBox *level;
        QComboBox *partner;
        QLineEdit *anchor;
    };
    std::array<Row, 2> m_rows{}; // indexed by ChangeEventKind
    std::array<CyclePosition, 2> m_positions{CyclePosition::Pursuer, CyclePosition::Withdrawer};
};

} // namespace attune
