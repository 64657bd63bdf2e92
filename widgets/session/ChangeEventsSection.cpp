// The change-event markers; see ChangeEventsSection.h.
#include "ChangeEventsSection.h"

#include "AccessibleText.h"

#include "domain/ChangeEventRules.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace attune {

ChangeEventsSection::ChangeEventsSection(QWidget *parent)
    : SessionSection(tr("Change events"), parent)
{
    auto *grid = new QGridLayout(this);
    grid->addWidget(new QLabel(tr("Level"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Partner"), this), 0, 2);
    for (ChangeEventKind kind : allValues<ChangeEventKind>()) {
        const int i = indexOf(kind);
        const QString name = displayName(kind);
        Row &row = m_rows[i];
        row.level = new QComboBox(this);
        for (EventLevel level : allValues<EventLevel>())
            row.level->addItem(displayName(level), toKey(level));
        row.level->setAccessibleName(tr("%1 level").arg(name));
        row.partner = new QComboBox(this);
        row.partner->setAccessibleName(tr("%1 partner").arg(name));
        linkScreenReaderLabel(row.partner); // the column's "Partner" heading is no label of either row
        row.anchor = new QLineEdit(this);
        row.anchor->setAccessibleName(tr("%1 anchor quote").arg(name));
        row.anchor->setPlaceholderText(tr("A short quote from the session"));
        row.label = new QLabel(name + QLatin1Char(':'), this);
        row.label->setBuddy(row.level);
        // The quote on a line of its own under its event: side by side, the row was wider than the editor
        // beside the session list at a laptop's width (and cut the quotes short).
        grid->addWidget(row.label, 2 * i + 1, 0);
        grid->addWidget(row.level, 2 * i + 1, 1);
        grid->addWidget(row.partner, 2 * i + 1, 2);
        row.anchorLabel = new QLabel(tr("Anchor quote"), this);
        row.anchorLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.anchorLabel->setBuddy(row.anchor);
        grid->addWidget(row.anchorLabel, 2 * i + 2, 0);
        grid->addWidget(row.anchor, 2 * i + 2, 1, 1, 3);

        connect(row.level, &QComboBox::activated, this, [this, kind] {
            // The usual partner is the one in that position: the withdrawer re-engages, the blamer softens.
            Row &r = m_rows[indexOf(kind)];
            if (r.level->currentIndex() > 0 && r.partner->currentIndex() == 0) {
                const CyclePosition who = positionShowing(kind);
                const int partner = m_positions[0] == who ? 0 : m_positions[1] == who ? 1 : -1;
                if (partner >= 0)
                    r.partner->setCurrentIndex(partner + 1);
            }
            changed(false);
        });
        connect(row.partner, &QComboBox::activated, this, [this] { changed(false); });
        connect(row.anchor, &QLineEdit::textEdited, this, [this] { changed(true); });
    }
    grid->setColumnStretch(3, 1);
    setCouple(Couple{});
}

void ChangeEventsSection::setCouple(const Couple &couple)
{
    Loading loading(*this);
    m_positions = {couple.partners[0].position, couple.partners[1].position};
    for (Row &row : m_rows) {
        const int current = row.partner->currentIndex();
        row.partner->clear();
        row.partner->addItem(tr("—"), kNoPartner);
        for (int p = 0; p < 2; ++p) {
            const QString name = couple.partners[p].name;
            row.partner->addItem(
                name.isEmpty() ? (p == 0 ? tr("First partner") : tr("Second partner")) : name, p);
        }
        row.partner->setCurrentIndex(qMax(current, 0));
    }
    showApplicableRows();
}

void ChangeEventsSection::showApplicableRows()
{
    for (ChangeEventKind kind : allValues<ChangeEventKind>()) {
        const Row &row = m_rows[indexOf(kind)];
        const bool shown = changeEventApplies(kind, m_positions) || m_marked[indexOf(kind)];
        for (QWidget *w : {static_cast<QWidget *>(row.label), static_cast<QWidget *>(row.level),
                           static_cast<QWidget *>(row.partner), static_cast<QWidget *>(row.anchorLabel),
                           static_cast<QWidget *>(row.anchor)})
            w->setVisible(shown);
    }
}

void ChangeEventsSection::load(const Session &session)
{
    Loading loading(*this);
    for (ChangeEventKind kind : allValues<ChangeEventKind>()) {
        const ChangeEvent &e = session.event(kind);
        Row &row = m_rows[indexOf(kind)];
        row.level->setCurrentIndex(qMax(0, row.level->findData(toKey(e.level))));
        row.partner->setCurrentIndex(qMax(0, row.partner->findData(e.partner)));
        setTextKeepingCursor(row.anchor, e.anchor);
        m_marked[indexOf(kind)] = e.level != EventLevel::None;
    }
    showApplicableRows();
}

void ChangeEventsSection::apply(Session &session) const
{
    for (ChangeEventKind kind : allValues<ChangeEventKind>()) {
        ChangeEvent &e = session.event(kind); // keeps its UUID
        const Row &row = m_rows[indexOf(kind)];
        e.level = fromKey<EventLevel>(row.level->currentData().toString()).value_or(EventLevel::None);
        e.partner = row.partner->currentData().toInt();
        e.anchor = row.anchor->text();
    }
}

void ChangeEventsSection::setReadOnly(bool readOnly)
{
    for (Row &row : m_rows) {
        row.level->setEnabled(!readOnly);
        row.partner->setEnabled(!readOnly);
        row.anchor->setReadOnly(readOnly);
    }
}

QWidget *ChangeEventsSection::searchField(const SearchHit &hit) const
{
    return hit.field == SearchField::Anchor && hit.event ? m_rows[indexOf(*hit.event)].anchor : nullptr;
}

} // namespace attune
