#include "CaseloadView.h"

#include "CoupleLinkList.h"
#include "StageBars.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace attune {
namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QString totalText(double total)
{
    return QLocale().toString(total, 'f', total == std::floor(total) ? 0 : 1);
}

} // namespace

QString CaseloadView::distressDefinition()
{
    return tr("Distress is rising when, on the instrument a partner was scored on most recently, the "
              "latest total is lower (worse) than the one before by a change that matters: the drop "
              "reaches the instrument's reliable-change figure (RDAS: 12 points), or the total fell "
              "below the distress cutoff. Small dips are not listed; a single total shows no trend. "
              "The largest drops come first.");
}

CaseloadView::CaseloadView(int notSeenWeeks, QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_stages(new StageBars(this))
    , m_weeks(new QSpinBox(this))
    , m_notSeen(new CoupleLinkList({tr("Couple"), tr("Last seen")}, this))
    , m_distress(new CoupleLinkList({tr("Couple"), tr("Partner"), tr("Latest change")}, this))
{
    auto *heading = new QLabel(tr("Caseload"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);
    m_summary->setTextFormat(Qt::PlainText);

    m_weeks->setRange(1, 52);
    m_weeks->setValue(notSeenWeeks);
    m_weeks->setAccessibleName(tr("Weeks without a session"));
    auto *notSeenTitle = sectionTitle(tr("Not seen for more than"), this);
    auto *weeksLabel = sectionTitle(tr("weeks"), this);
    notSeenTitle->setBuddy(m_weeks);
    m_notSeen->setAccessibleName(tr("Couples not seen recently"));
    m_notSeen->setToolTip(tr("Active couples whose last session (or intake, without sessions) is longer "
                             "ago than the chosen number of weeks."));
    m_distress->setAccessibleName(tr("Couples whose distress is rising"));
    m_distress->setToolTip(distressDefinition());
    // The partner and the change show whole (the change is what the list is for); a long couple name
    // is the one to elide, with the name in its tooltip.
    m_distress->header()->setStretchLastSection(false);
    m_distress->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_distress->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_distress->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto *distressTitle = sectionTitle(tr("Distress rising"), this);
    distressTitle->setToolTip(distressDefinition());

    auto *stagesColumn = new QVBoxLayout;
    stagesColumn->addWidget(sectionTitle(tr("Active couples per stage"), this));
    stagesColumn->addWidget(m_stages);
    stagesColumn->addWidget(m_summary);
    stagesColumn->addStretch(1);

    auto *notSeenRow = new QHBoxLayout;
    notSeenRow->addWidget(notSeenTitle);
    notSeenRow->addWidget(m_weeks);
    notSeenRow->addWidget(weeksLabel);
    notSeenRow->addStretch(1);
    auto *notSeenColumn = new QVBoxLayout;
    notSeenColumn->addLayout(notSeenRow);
    notSeenColumn->addWidget(m_notSeen, 1);

    auto *distressColumn = new QVBoxLayout;
    distressColumn->addWidget(distressTitle);
    distressColumn->addWidget(m_distress, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(stagesColumn, 3);
    columns->addSpacing(12);
    columns->addLayout(notSeenColumn, 3);
    columns->addSpacing(12);
    columns->addLayout(distressColumn, 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(columns, 1);

    connect(m_weeks, &QSpinBox::valueChanged, this, &CaseloadView::notSeenWeeksChanged);
    connect(m_notSeen, &CoupleLinkList::openCoupleRequested, this, &CaseloadView::openCoupleRequested);
    connect(m_distress, &CoupleLinkList::openCoupleRequested, this, &CaseloadView::openCoupleRequested);
}

int CaseloadView::notSeenWeeks() const
{
    return m_weeks->value();
}

void CaseloadView::setCaseload(const Caseload &caseload)
{
    m_stages->setCounts(caseload.perStage);
    m_summary->setText(tr("%n active couple(s)", nullptr, caseload.activeCouples));
    fillNotSeen(caseload);
    fillDistress(caseload);
}

void CaseloadView::fillNotSeen(const Caseload &caseload)
{
    m_notSeen->clear();
    for (const CaseloadCouple &c : caseload.notSeen) {
        const QString seen = c.couple.lastSessionDate.isValid()
                                 ? tr("%n week(s) ago", nullptr, c.weeksUnseen)
                                 : tr("Never (intake %n week(s) ago)", nullptr, c.weeksUnseen);
        QTreeWidgetItem *row =
            m_notSeen->addCoupleRow({c.couple.name, seen}, c.couple.coupleId, c.couple.name);
        const QDate date =
            c.couple.lastSessionDate.isValid() ? c.couple.lastSessionDate : c.couple.intakeDate;
        row->setToolTip(1, QLocale().toString(date, QLocale::LongFormat));
    }
    if (caseload.notSeen.isEmpty())
        m_notSeen->addNoteRow(tr("Every active couple was seen recently."));
    m_notSeen->resizeColumnToContents(0);
}

void CaseloadView::fillDistress(const Caseload &caseload)
{
    m_distress->clear();
    for (const CaseloadCouple &c : caseload.distressRising) {
        for (const PartnerDistress &d : c.rising) {
            const QString change =
                tr("%1 %2 → %3").arg(displayName(d.instrument), totalText(d.previous), totalText(d.latest));
            QTreeWidgetItem *row = m_distress->addCoupleRow(
                {c.couple.name, c.couple.partnerNames[static_cast<size_t>(d.partner)], change},
                c.couple.coupleId, c.couple.name);
            const QString why = d.rise == DistressRise::ReliableWorsening
                                    ? tr("A drop of at least the reliable-change figure.")
                                    : tr("Fell below the distress cutoff.");
            row->setToolTip(
                2,
                tr("%1 Latest total of %2.").arg(why, QLocale().toString(d.latestDate, QLocale::LongFormat)));
        }
    }
    if (caseload.distressRising.isEmpty())
        m_distress->addNoteRow(tr("No couple's distress is rising."));
    // Room for the partner and the change beside a readable part of the couple's name.
    QHeaderView *header = m_distress->header();
    m_distress->setMinimumWidth(header->sectionSizeHint(1) + header->sectionSizeHint(2) +
                                m_distress->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
}

void CaseloadView::showError(const QString &message)
{
    m_notSeen->clear();
    m_distress->clear();
    m_summary->setText(tr("The caseload could not be read: %1").arg(message));
}

} // namespace attune
