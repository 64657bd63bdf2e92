// The change-event markers of EFT: withdrawer re-engagement and blamer softening, each with a level
// (none, emerging, partial, complete), the partner who showed it and a short anchor quote. Only the
// events the couple's cycle allows are offered (ChangeEventRules.h); one an older session already marked
// stays visible so it can be read and cleared.
#pragma once

#include "SessionSection.h"

#include <array>

class QComboBox;
class QLabel;
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
    void showApplicableRows();

    struct Row
    {
        QLabel *label;
        QComboBox *level;
        QComboBox *partner;
        QLabel *anchorLabel;
        QLineEdit *anchor;
    };
    std::array<Row, 2> m_rows{}; // indexed by ChangeEventKind
    std::array<CyclePosition, 2> m_positions{CyclePosition::Pursuer, CyclePosition::Withdrawer};
    std::array<bool, 2> m_marked{}; // the loaded session has this event's marker set
};

} // namespace attune
