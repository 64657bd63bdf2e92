// Secure-bond ratings per partner: the five signs, each 0–10. A rating is optional: "Rated this session"
// says whether the therapist rated that partner at all, so an unrated partner is not stored as zeros.
#pragma once

#include "SessionSection.h"

#include <array>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace attune {

class BondRatingsSection : public SessionSection
{
    Q_OBJECT
public:
    explicit BondRatingsSection(QWidget *parent = nullptr);

    void setCouple(const Couple &couple) override;
    void load(const Session &session) override;
    void apply(Session &session) const override;
    void setReadOnly(bool readOnly) override;

private:
    void updateEnabled();

    struct Column
    {
        QLabel *name;
        QCheckBox *rated;
        std::array<QSpinBox *, 5> signs; // indexed by BondSign
    };
    std::array<Column, 2> m_partners{};
    bool m_readOnly = false;
};

} // namespace attune
