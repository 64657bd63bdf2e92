// Secure-bond ratings per partner; see BondRatingsSection.h.
#include "BondRatingsSection.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

namespace attune {

BondRatingsSection::BondRatingsSection(QWidget *parent)
    : SessionSection(tr("Secure-bond signs"), parent)
{
    auto *grid = new QGridLayout(this);
    for (BondSign sign : allValues<BondSign>()) {
        // Long names (Spanish) wrap rather than push the partners' columns out of the editor.
        auto *name = new QLabel(displayName(sign), this);
        name->setWordWrap(true);
        grid->addWidget(name, indexOf(sign) + 2, 0);
    }
    for (int p = 0; p < 2; ++p) {
        Column &column = m_partners[p];
        // The name heads the column and the checkbox stays short, so both partners fit side by side.
        column.name = new QLabel(this);
        grid->addWidget(column.name, 0, p + 1);
        column.rated = new QCheckBox(tr("Rated this session"), this);
        grid->addWidget(column.rated, 1, p + 1);
        for (BondSign sign : allValues<BondSign>()) {
            auto *spin = new QSpinBox(this);
            spin->setRange(0, kBondScaleMax);
            spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
            spin->setSuffix(tr(" / %1").arg(kBondScaleMax)); // the scale in every field
            column.signs[indexOf(sign)] = spin;
            grid->addWidget(spin, indexOf(sign) + 2, p + 1);
            connect(spin, &QSpinBox::valueChanged, this, [this] { changed(false); });
        }
        connect(column.rated, &QCheckBox::toggled, this, [this] {
            updateEnabled();
            changed(false);
        });
    }
    // What the ends of the scale mean, under the ratings.
    auto *scale = new QLabel(tr("0 = not seen at all · %1 = fully present").arg(kBondScaleMax), this);
    scale->setObjectName(QStringLiteral("bondScale"));
    scale->setAccessibleName(tr("Rating scale"));
    scale->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(scale, static_cast<int>(allValues<BondSign>().size()) + 2, 0, 1, 3);
    grid->setColumnStretch(3, 1);
    setCouple(Couple{});
    updateEnabled();
}

void BondRatingsSection::setCouple(const Couple &couple)
{
    for (int p = 0; p < 2; ++p) {
        QString name = couple.partners[p].name;
        if (name.isEmpty())
            name = p == 0 ? tr("First partner") : tr("Second partner");
        Column &column = m_partners[p];
        column.name->setText(name);
        column.rated->setAccessibleName(tr("%1 rated this session").arg(name));
        for (BondSign sign : allValues<BondSign>())
            column.signs[indexOf(sign)]->setAccessibleName(tr("%1: %2").arg(name, displayName(sign)));
    }
}

void BondRatingsSection::updateEnabled()
{
    for (Column &column : m_partners) {
        column.rated->setEnabled(!m_readOnly);
        for (QSpinBox *spin : column.signs)
            spin->setEnabled(!m_readOnly && column.rated->isChecked());
    }
}

void BondRatingsSection::load(const Session &session)
{
    Loading loading(*this);
    for (int p = 0; p < 2; ++p) {
        Column &column = m_partners[p];
        const BondRating *rating = nullptr;
        for (const BondRating &r : session.bondRatings)
            if (r.partner == p)
                rating = &r;
        column.rated->setChecked(rating != nullptr);
        for (BondSign sign : allValues<BondSign>())
            column.signs[indexOf(sign)]->setValue(rating ? rating->signs[indexOf(sign)] : 0);
    }
    updateEnabled();
}

void BondRatingsSection::apply(Session &session) const
{
    QList<BondRating> ratings;
    for (int p = 0; p < 2; ++p) {
        const Column &column = m_partners[p];
        if (!column.rated->isChecked())
            continue;
        BondRating rating;
        rating.partner = p;
        for (const BondRating &r : std::as_const(session.bondRatings))
            if (r.partner == p)
                rating.uuid = r.uuid; // the same rating, edited
        for (BondSign sign : allValues<BondSign>())
            rating.signs[indexOf(sign)] = column.signs[indexOf(sign)]->value();
        ratings.append(rating);
    }
    session.bondRatings = ratings;
}

void BondRatingsSection::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

} // namespace attune
