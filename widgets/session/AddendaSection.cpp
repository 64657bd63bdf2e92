// The addenda under a signed note; see AddendaSection.h.
#include "AddendaSection.h"

#include "i18n/DateText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace attune {

AddendaSection::AddendaSection(QWidget *parent)
    : QGroupBox(tr("Addenda"), parent)
    , m_entries(new QVBoxLayout)
    , m_none(new QLabel(tr("No addenda. A signed note is corrected by adding one."), this))
    , m_add(new QPushButton(tr("Add Addendum…"), this))
{
    setAccessibleName(tr("Addenda"));
    m_none->setWordWrap(true);
    m_add->setAccessibleName(tr("Add addendum"));
    connect(m_add, &QPushButton::clicked, this, &AddendaSection::addRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_entries);
    layout->addWidget(m_none);
    layout->addLayout(buttons);
}

void AddendaSection::clearEntries()
{
    while (QLayoutItem *item = m_entries->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_count = 0;
}

void AddendaSection::setAddenda(const QList<Addendum> &addenda)
{
    clearEntries();
    const QLocale locale;
    for (const Addendum &addendum : addenda) {
        auto *heading =
            new QLabel(tr("Addendum of %1 by %2")
                           .arg(shortDateTime(addendum.signedAt.toLocalTime(), locale), addendum.signedBy),
                       this);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setTextFormat(Qt::PlainText);
        auto *text = new QLabel(addendum.text, this);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setAccessibleName(tr("Addendum text"));
        m_entries->addWidget(heading);
        m_entries->addWidget(text);
    }
    m_count = int(addenda.size());
    m_none->setText(tr("No addenda. A signed note is corrected by adding one."));
    m_none->setVisible(addenda.isEmpty());
}

void AddendaSection::showProblem(const QString &message)
{
    clearEntries();
    m_none->setText(tr("The addenda could not be shown: %1").arg(message));
    m_none->show();
}

} // namespace attune
