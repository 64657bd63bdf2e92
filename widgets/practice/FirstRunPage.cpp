// The first-run page; see FirstRunPage.h.
#include "FirstRunPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace attune {

FirstRunPage::FirstRunPage(QWidget *parent)
    : QWidget(parent)
    , m_newCouple(new QPushButton(tr("New couple"), this))
    , m_demo(new QPushButton(tr("Open a demo practice"), this))
    , m_open(new QPushButton(tr("Open a practice…"), this))
{
    setAccessibleName(tr("Welcome"));
    auto *heading = new QLabel(tr("Welcome to Attune"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(tr("This practice has no couples yet. Begin with your first couple, explore "
                                "Attune in a demo practice of fictional couples, or open a practice you "
                                "already keep."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_newCouple->setDefault(true);
    m_newCouple->setToolTip(tr("Add the first couple to this practice (Ctrl+N)"));
    m_demo->setToolTip(tr("Make a practice of synthetic couples next to this one and open it"));
    m_open->setToolTip(tr("Open an existing practice file (Ctrl+O)"));

    auto *column = new QVBoxLayout;
    column->addWidget(heading);
    column->addWidget(intro);
    column->addSpacing(12);
    for (QPushButton *button : {m_newCouple, m_demo, m_open}) {
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        column->addWidget(button);
    }
    auto *centre = new QWidget(this);
    centre->setLayout(column);
    centre->setFixedWidth(480); // a fixed width lets the wrapped introduction take the height it needs
    // Centred by stretches rather than by alignment, so the wrapped introduction gets the height its
    // width needs in every language.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(centre);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    connect(m_newCouple, &QPushButton::clicked, this, &FirstRunPage::newCoupleRequested);
    connect(m_demo, &QPushButton::clicked, this, &FirstRunPage::demoRequested);
    connect(m_open, &QPushButton::clicked, this, &FirstRunPage::openPracticeRequested);
}

} // namespace attune
