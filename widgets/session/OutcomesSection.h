// Outcome-measure totals per partner (CSI-4, CSI-16, CSI-32, RDAS). Each is optional; the field's lowest
// position reads "Not given", and a given total must lie on the instrument's published scale.
#pragma once

#include "SessionSection.h"

#include <array>

class QDoubleSpinBox;
class QLabel;

namespace attune {

class OutcomesSection : public SessionSection
{
    Q_OBJECT
public:
    explicit OutcomesSection(QWidget *parent = nullptr);

    void setCouple(const Couple &couple) override;
    void load(const Session &session) override;
    void apply(Session &session) const override;
    void setReadOnly(bool readOnly) override;

private:
    QDoubleSpinBox *spin(int partner, Instrument instrument) const
    {
        return m_totals[partner][indexOf(instrument)];
    }

    std::array<std::array<QDoubleSpinBox *, 4>, 2> m_totals{}; // [partner][Instrument]
    std::array<QLabel *, 2> m_headers{};
};

} // namespace attune
