// Outcome-measure totals per partner; see OutcomesSection.h.
#include "OutcomesSection.h"

#include "domain/Instruments.h"

#include <QDoubleSpinBox>

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

#include <cmath>

namespace attune {
namespace {

// One step below the scale stands for "not given"; every scale starts at 0.
constexpr double kNotGivenOffset = 1.0;

} // namespace

OutcomesSection::OutcomesSection(QWidget *parent)
    : SessionSection(tr("Outcome totals"), parent)
{
    auto *grid = new QGridLayout(this);
    for (int p = 0; p < 2; ++p) {
        m_headers[p] = new QLabel(this);
        grid->addWidget(m_headers[p], 0, p + 1);
    }
    for (Instrument instrument : allValues<Instrument>()) {
        const int row = indexOf(instrument) + 1;
        const InstrumentScale scale = scaleOf(instrument);
        auto *label = new QLabel(tr("%1 (%2–%3):")
                                     .arg(displayName(instrument), QLocale().toString(scale.minimum),
                                          QLocale().toString(scale.maximum)),
                                 this);
        grid->addWidget(label, row, 0);
        for (int p = 0; p < 2; ++p) {
            auto *box = new QDoubleSpinBox(this);
            box->setDecimals(0); // totals are sums of item scores: "9", not "9.0" (see load())
            box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
            box->setRange(scale.minimum - kNotGivenOffset, scale.maximum);
            box->setSingleStep(1);
            box->setSpecialValueText(tr("Not given"));
            box->setValue(box->minimum());
            m_totals[p][indexOf(instrument)] = box;
            grid->addWidget(box, row, p + 1);
            if (p == 0)
                label->setBuddy(box);
            connect(box, &QDoubleSpinBox::valueChanged, this, [this] { changed(false); });
        }
    }
    grid->setColumnStretch(3, 1);
    grid->setRowStretch(enumCount<Instrument>() + 1, 1); // rows stay together when the row is taller
    setCouple(Couple{});
}

void OutcomesSection::setCouple(const Couple &couple)
{
    for (int p = 0; p < 2; ++p) {
        QString name = couple.partners[p].name;
        if (name.isEmpty())
            name = p == 0 ? tr("First partner") : tr("Second partner");
        m_headers[p]->setText(name);
        for (Instrument instrument : allValues<Instrument>())
            spin(p, instrument)->setAccessibleName(tr("%1: %2 total").arg(name, displayName(instrument)));
    }
}

void OutcomesSection::load(const Session &session)
{
    Loading loading(*this);
    for (int p = 0; p < 2; ++p)
        for (Instrument instrument : allValues<Instrument>())
            spin(p, instrument)->setValue(spin(p, instrument)->minimum());
    for (int p = 0; p < 2; ++p)
        for (Instrument instrument : allValues<Instrument>())
            spin(p, instrument)->setDecimals(0);
    for (const OutcomeScore &o : session.outcomes)
        if (o.partner == 0 || o.partner == 1) {
            // A fractional total (imported, or typed by an older version) keeps its decimal rather
            // than being rounded when the session is next stored.
            spin(o.partner, o.instrument)->setDecimals(o.total == std::floor(o.total) ? 0 : 1);
            spin(o.partner, o.instrument)->setValue(o.total);
        }
}

void OutcomesSection::apply(Session &session) const
{
    QList<OutcomeScore> outcomes;
    for (int p = 0; p < 2; ++p) {
        for (Instrument instrument : allValues<Instrument>()) {
            const double total = spin(p, instrument)->value();
            if (total < scaleOf(instrument).minimum)
                continue; // not given
            OutcomeScore score{p, instrument, total, {}};
            for (const OutcomeScore &o : std::as_const(session.outcomes))
                if (o.partner == p && o.instrument == instrument)
                    score.uuid = o.uuid;
            outcomes.append(score);
        }
    }
    session.outcomes = outcomes;
}

void OutcomesSection::setReadOnly(bool readOnly)
{
    for (const auto &partner : m_totals)
        for (QDoubleSpinBox *box : partner)
            box->setReadOnly(readOnly);
}

} // namespace attune
