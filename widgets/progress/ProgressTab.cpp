// The Progress tab: loading a couple's sessions and laying out its charts.
#include "ProgressTab.h"

#include "AccessibleText.h"
#include "i18n/DateText.h"

#include "ChangeEventChart.h"
#include "OutcomeCharts.h"
#include "ProgressChartView.h"
#include "ProgressReportDialog.h"
#include "progress/ProgressSummary.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace attune {

ProgressTab::ProgressTab(PracticeEditor &editor, QWidget *parent)
    : WorkspaceTab(parent)
    , m_editor(editor)
    , m_heading(new QLabel(this))
    , m_reportButton(new QPushButton(tr("Progress &Report…"), this))
    , m_message(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    setAccessibleName(tr("Progress"));
    m_heading->setAccessibleName(tr("Sessions charted"));
    m_heading->setTextFormat(Qt::PlainText);
    m_reportButton->setAccessibleName(tr("Create a progress report"));
    m_reportButton->setEnabled(false);
    m_message->setObjectName(QStringLiteral("progressMessage"));
    m_message->setAccessibleName(tr("Progress message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Progress charts")); // it takes focus, so a screen reader announces it

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_reportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);

    connect(m_reportButton, &QPushButton::clicked, this,
            [this] { showProgressReportDialog(m_editor, m_coupleId, this); });
    // The charts show dates, stages, markers, totals and ratings; a note's text is in none of them, so
    // typing a note rebuilds nothing here.
    const SessionFields charted = SessionField::Existence | SessionField::Archived | SessionField::Date |
                                  SessionField::StageStep | SessionField::Markers | SessionField::Ratings |
                                  SessionField::Measures;
    ChangeNotifier &changes = m_editor.store().changes();
    connect(&changes, &ChangeNotifier::sessionChanged, this,
            [this, charted](qint64 id, qint64, SessionFields fields) {
                if (id == m_coupleId && (fields & charted))
                    rebuildWhenSeen();
            });
    // The partners' names and positions label the series; the summary comes from sessions, seen above.
    connect(&changes, &ChangeNotifier::coupleFieldsChanged, this, [this](qint64 id, CoupleFields fields) {
        if (id == m_coupleId && (fields & ~CoupleFields(CoupleField::Summary)))
            rebuildWhenSeen();
    });
    rebuild();
}

void ProgressTab::rebuildWhenSeen()
{
    // A tab behind another in a shown window is not looked at: it rebuilds once when it is shown.
    if (!isVisible() && window()->isVisible()) {
        m_stale = true;
        return;
    }
    rebuild();
}

void ProgressTab::showEvent(QShowEvent *event)
{
    WorkspaceTab::showEvent(event);
    if (m_stale)
        rebuild();
}

void ProgressTab::setCouple(qint64 coupleId)
{
    if (coupleId == m_coupleId)
        return;
    m_coupleId = coupleId;
    rebuild();
}

void ProgressTab::clearCharts()
{
    m_views.clear();
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
}

ProgressChartView *ProgressTab::addView(ProgressChart *chart, const QString &name, const QString &summary,
                                        QWidget *parent)
{
    auto *view = new ProgressChartView(chart, name, summary, parent);
    connect(view, &ProgressChartView::sessionActivated, this, &WorkspaceTab::openSessionRequested);
    m_views.append(view);
    return view;
}

void ProgressTab::rebuild()
{
    m_stale = false;
    ++m_rebuilds;
    clearCharts();
    m_reportButton->setEnabled(false);
    setDescribedText(m_heading, QString());
    auto showMessage = [this](const QString &text) {
        m_message->setText(text);
        m_message->show();
        m_scroll->hide();
    };
    if (m_coupleId == 0) {
        showMessage(tr("Choose a couple to see their progress."));
        return;
    }
    PracticeStore &store = m_editor.store();
    const auto couple = store.couple(m_coupleId);
    const auto sessions = couple ? store.sessions(m_coupleId) : Result<QList<Session>>(couple.status());
    if (!sessions) {
        showMessage(sessions.error());
        return;
    }
    const ProgressData data =
        buildProgress(*sessions, {couple->partners[0].position, couple->partners[1].position});
    if (data.isEmpty()) {
        showMessage(tr("No sessions yet: the charts appear once the first session is recorded."));
        return;
    }
    m_reportButton->setEnabled(true);
    const QLocale locale;
    setDescribedText(m_heading, tr("%n session(s) from %1 to %2", nullptr, data.sessionCount)
                                    .arg(shortDate(data.first, locale), shortDate(data.last, locale)));

    ChartOptions options;
    options.locale = locale;
    options.today = store.today();
    options.partnerNames = {couple->partners[0].name, couple->partners[1].name};
    const auto partners =
        eventSeriesPartners(data, {couple->partners[0].position, couple->partners[1].position});

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    const std::array<QString, 2> names = options.partnerNames;
    auto *events = addView(buildChangeEventChart(data, partners, options), tr("Change events chart"),
                           changeEventSummary(data, names, locale), content);
    events->setMinimumHeight(260);
    column->addWidget(events, 3);

    const QList<Instrument> instruments = instrumentsUsed(data);
    if (!instruments.isEmpty()) {
        auto *row = new QHBoxLayout;
        for (const Instrument instrument : instruments) {
            auto *view = addView(buildOutcomeChart(data, instrument, options),
                                 tr("%1 totals chart").arg(displayName(instrument)),
                                 outcomeSummary(data, instrument, names, locale), content);
            view->setMinimumHeight(200);
            row->addWidget(view);
        }
        column->addLayout(row, 2);
    }

    if (!data.bonds[0].points.isEmpty() || !data.bonds[1].points.isEmpty()) {
        auto *bondTitle = new QLabel(tr("Secure-bond signs, rated 0–10"), content);
        QFont bold = bondTitle->font();
        bold.setBold(true);
        bondTitle->setFont(bold);
        column->addWidget(bondTitle);
        auto *row = new QHBoxLayout;
        row->setSpacing(2);
        for (const BondSign sign : allValues<BondSign>()) {
            auto *view = addView(buildBondChart(data, sign, options), tr("%1 chart").arg(displayName(sign)),
                                 bondSummary(data, sign, names, locale), content);
            view->setMinimumHeight(170);
            view->setMinimumWidth(150);
            row->addWidget(view);
        }
        column->addLayout(row, 2);
    }
    m_scroll->setWidget(content);
    m_message->hide();
    m_scroll->show();
}

} // namespace attune
