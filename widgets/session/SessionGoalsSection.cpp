// The goals a session worked on; see SessionGoalsSection.h.
#include "SessionGoalsSection.h"

#include "store/PracticeStore.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace attune {

SessionGoalsSection::SessionGoalsSection(PracticeStore &store, QWidget *parent)
    : SessionSection(tr("Treatment goals worked on"), parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_none(new QLabel(tr("No treatment plan yet: write one on the Plan tab."), this))
{
    m_list->setAccessibleName(tr("Treatment goals worked on"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    // A goal in the couple's words can be long: one line each, elided, the whole text in its tooltip,
    // so the list never scrolls sideways beside the note.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setWordWrap(false);
    m_none->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_none);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemChanged, this, [this] { changed(false); });
    // A goal added or renamed on the Plan tab shows here at once, the session's marks kept.
    connect(&store, &PracticeStore::treatmentPlanChanged, this, [this](qint64 coupleId) {
        if (coupleId == m_coupleId)
            rebuild(checkedGoals());
    });
}

void SessionGoalsSection::setCouple(const Couple &couple)
{
    m_coupleId = couple.id;
}

void SessionGoalsSection::load(const Session &session)
{
    m_coupleId = session.coupleId;
    rebuild(session.goalIds);
}

void SessionGoalsSection::apply(Session &session) const
{
    session.goalIds = checkedGoals();
}

void SessionGoalsSection::setReadOnly(bool readOnly)
{
    const Loading loading(*this); // changing an item's flags emits itemChanged: no edit of the user's
    m_readOnly = readOnly;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setFlags(readOnly ? item->flags() & ~Qt::ItemIsEnabled : item->flags() | Qt::ItemIsEnabled);
    }
}

QList<qint64> SessionGoalsSection::checkedGoals() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    std::sort(ids.begin(), ids.end()); // as the store returns them, so an unchanged list is no edit
    return ids;
}

void SessionGoalsSection::rebuild(const QList<qint64> &checked)
{
    const Loading loading(*this);
    m_list->clear();
    const auto plans = m_coupleId ? m_store.treatmentPlans(m_coupleId)
                                  : Result<QList<TreatmentPlan>>(QList<TreatmentPlan>{});
    if (!plans) {
        m_none->setText(plans.error());
        m_none->show();
        m_list->hide();
        return;
    }
    auto add = [this, &checked](const TreatmentGoal &g, int version) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2, plan version %3)").arg(g.title(), displayName(g.currentStatus())).arg(version),
            m_list);
        item->setData(Qt::UserRole, g.id);
        item->setToolTip(g.title());
        item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(g.id) ? Qt::Checked : Qt::Unchecked);
    };
    // The latest version's open goals, then any goal of an older version the session already marks.
    if (!plans->isEmpty())
        for (const TreatmentGoal &g : plans->last().goals)
            if (!g.isClosed() || checked.contains(g.id))
                add(g, plans->last().version);
    for (qsizetype p = 0; p + 1 < plans->size(); ++p)
        for (const TreatmentGoal &g : plans->at(p).goals)
            if (checked.contains(g.id))
                add(g, plans->at(p).version);
    m_none->setText(plans->isEmpty() ? tr("No treatment plan yet: write one on the Plan tab.")
                                     : tr("The treatment plan has no open goals."));
    m_none->setVisible(m_list->count() == 0);
    m_list->setVisible(m_list->count() > 0);
    const int rowHeight = m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : 20;
    m_list->setFixedHeight(std::min(m_list->count(), 5) * rowHeight + 2 * m_list->frameWidth() + 4);
    setReadOnly(m_readOnly);
}

} // namespace attune
