// The pre-appointment brief: what a therapist reads before the couple walks in.
#include "PreAppointmentBrief.h"

#include "AccessibleText.h"
#include "cycle/CycleView.h"

#include "i18n/DateText.h"
#include "progress/PlanProgress.h"
#include "progress/ProgressSummary.h"

#include "ChangeEventChart.h"
#include "OutcomeCharts.h"
#include "ProgressChartView.h"

#include "cycle/CycleStyleSetting.h"
#include "domain/Validation.h"
#include "render/CycleRenderer.h"
#include "store/PracticeStore.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace attune {
namespace {

QString monitorStyle()
{
    return QStringLiteral("QLabel { background: #fff4d6; color: #5c3b00; border: 1px solid #d9a400; "
                          "border-radius: 4px; padding: 6px; }");
}

QString redFlagStyle()
{
    return QStringLiteral("QLabel { background: #fde2e1; color: #7a1010; border: 2px solid #b3261e; "
                          "border-radius: 4px; padding: 6px; }");
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString section(const QString &title, const QString &body)
{
    return QStringLiteral("<p style='margin:0 0 4px 0'><b>%1</b><br>%2</p>").arg(esc(title), body);
}

QLabel *makeLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Read, not edited: no caret and no selection. Tab still reaches each part, where a screen reader
    // reads its name and text.
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    label->setFocusPolicy(Qt::TabFocus);
    return label;
}

} // namespace

CycleThumbnail::CycleThumbnail(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Latest cycle map"));
    setMinimumSize(240, 150);
}

void CycleThumbnail::setCycle(std::optional<CycleMap> map, const Couple &couple)
{
    m_map = std::move(map);
    m_couple = couple;
    setToolTip(m_map ? tr("Cycle map version %1").arg(m_map->version) : QString());
    // A screen reader reads the picture as the Cycle tab's diagram reads: every step, in reading order.
    setAccessibleName(m_map ? tr("Latest cycle map, version %1").arg(m_map->version)
                            : tr("Latest cycle map"));
    setAccessibleDescription(m_map ? CycleView::cycleAsText(CycleContent::from(*m_map, m_couple))
                                   : tr("No cycle map yet"));
    update();
}

void CycleThumbnail::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    if (!m_map) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No cycle map yet"));
        return;
    }
    CycleRenderOptions options;
    options.style = storedCycleStyle(m_couple); // as on the couple's Cycle tab
    options.dpi = logicalDpiX();
    options.devicePixelRatio = devicePixelRatioF();
    const CycleRenderer renderer(CycleContent::from(*m_map, m_couple), options);
    renderer.paint(p, QRectF(rect()).adjusted(2, 2, -2, -2));
}

PreAppointmentBrief::PreAppointmentBrief(PracticeStore &store, QWidget *parent)
    : QFrame(parent)
    , m_store(store)
    , m_since(makeLabel(QStringLiteral("briefSince"), tr("Time since the last session"), this))
    , m_safety(makeLabel(QStringLiteral("briefSafety"), tr("Safety screen"), this))
    , m_lastSession(makeLabel(QStringLiteral("briefLastSession"), tr("Last session"), this))
    , m_events(makeLabel(QStringLiteral("briefEvents"), tr("Change events so far"), this))
    , m_plan(makeLabel(QStringLiteral("briefPlan"), tr("Treatment plan"), this))
    , m_trendRow(new QHBoxLayout)
    , m_cycle(new CycleThumbnail(this))
{
    setObjectName(QStringLiteral("preAppointmentBrief"));
    setAccessibleName(tr("Pre-appointment brief"));
    setFrameShape(QFrame::StyledPanel);
    QFont big = m_since->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_since->setFont(big);
    m_safety->setStyleSheet(monitorStyle());
    m_safety->hide();

    auto *text = new QVBoxLayout;
    text->addWidget(m_lastSession);
    text->addWidget(m_plan);
    text->addStretch(1);
    auto *middle = new QVBoxLayout;
    middle->addWidget(m_events);
    middle->addLayout(m_trendRow);
    middle->addStretch(1);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->addWidget(m_since, 0, 0, 1, 3);
    grid->addWidget(m_safety, 1, 0, 1, 3);
    grid->addLayout(text, 2, 0);
    grid->addLayout(middle, 2, 1);
    grid->addWidget(m_cycle, 2, 2);
    grid->setColumnStretch(0, 4);
    grid->setColumnStretch(1, 5);
    grid->setColumnStretch(2, 3);

    auto follow = [this](qint64 id) {
        if (id == m_coupleId)
            reloadWhenSeen();
    };
    // The brief shows the last session's date, stage, focus, plan and homework, the markers, totals and
    // goals; not the narrative, the ratings or who attended. The couple's summary comes from sessions.
    const SessionFields shown = SessionField::Existence | SessionField::Archived | SessionField::Date |
                                SessionField::StageStep | SessionField::Focus | SessionField::Plan |
                                SessionField::Markers | SessionField::Measures | SessionField::Homework |
                                SessionField::Goals;
    connect(&store.changes(), &ChangeNotifier::sessionChanged, this,
            [this, shown](qint64 id, qint64, SessionFields fields) {
                if (id == m_coupleId && (fields & shown))
                    reloadWhenSeen();
            });
    connect(&store.changes(), &ChangeNotifier::coupleFieldsChanged, this,
            [this](qint64 id, CoupleFields fields) {
                if (id == m_coupleId && (fields & ~CoupleFields(CoupleField::Summary)))
                    reloadWhenSeen();
            });
    connect(&store, &PracticeStore::cycleMapsChanged, this, follow);
    connect(&store, &PracticeStore::safetyPolicyChanged, this, &PreAppointmentBrief::reload);
    connect(&store, &PracticeStore::appointmentChanged, this, follow);
    connect(&store, &PracticeStore::treatmentPlanChanged, this, follow);
    reload();
}

void PreAppointmentBrief::showPlan(const QList<Session> &sessions)
{
    const auto plans = m_store.treatmentPlans(m_coupleId);
    if (!plans) {
        setDescribedText(m_plan, section(tr("Treatment plan"), esc(plans.error())));
        return;
    }
    if (plans->isEmpty()) {
        setDescribedText(m_plan, section(tr("Treatment plan"), esc(tr("none written yet"))));
        return;
    }
    const QLocale locale;
    QStringList due;
    for (const TreatmentGoal &g : goalsDueForReview(*plans, m_store.today()))
        due << (g.targetDate.isValid()
                    ? tr("%1 (target %2)").arg(esc(g.title()), esc(shortDate(g.targetDate, locale)))
                    : esc(g.title()));
    QStringList worked;
    for (const GoalProgress &p : goalsWorkedOnLately(*plans, sessions))
        worked << tr("%1 (%2, last %3)")
                      .arg(esc(p.goal.title()), esc(displayName(p.goal.currentStatus())),
                           esc(shortDate(p.lastWorkedOn, locale)));
    QString body = section(tr("Goals due for review"),
                           due.isEmpty() ? esc(tr("none")) : due.join(QStringLiteral("<br>")));
    body += section(tr("Goals the last sessions worked on"),
                    worked.isEmpty() ? esc(tr("none marked")) : worked.join(QStringLiteral("<br>")));
    setDescribedText(m_plan, body);
}

void PreAppointmentBrief::setCouple(qint64 coupleId)
{
    if (coupleId == m_coupleId)
        return;
    m_coupleId = coupleId;
    reload();
}

void PreAppointmentBrief::clearTrends()
{
    for (ProgressChartView *v : std::as_const(m_trends))
        delete v;
    m_trends.clear();
}

void PreAppointmentBrief::reloadWhenSeen()
{
    // Behind another tab of a shown window nobody reads it: it reloads once when it is shown.
    if (!isVisible() && window()->isVisible()) {
        m_stale = true;
        return;
    }
    reload();
}

void PreAppointmentBrief::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    if (m_stale)
        reload();
}

void PreAppointmentBrief::reload()
{
    m_stale = false;
    ++m_reloads;
    clearTrends();
    m_safety->hide();
    setDescribedText(m_lastSession, QString());
    setDescribedText(m_events, QString());
    setDescribedText(m_plan, QString());
    setDescribedText(m_since, QString());
    if (m_coupleId == 0) {
        m_cycle->setCycle(std::nullopt, {});
        return;
    }
    const auto couple = m_store.couple(m_coupleId);
    const auto sessions = couple ? m_store.sessions(m_coupleId) : Result<QList<Session>>(couple.status());
    const auto maps = sessions ? m_store.cycleMaps(m_coupleId) : Result<QList<CycleMap>>(sessions.status());
    if (!maps) {
        setDescribedText(m_since, esc(maps.error()));
        m_cycle->setCycle(std::nullopt, {});
        return;
    }
    const QLocale locale;
    const QDate today = m_store.today();

    const Result<int> months = m_store.rescreenMonths();
    const int rescreen = months ? *months : kDefaultRescreenMonths;
    const SafetyConcern concern = safetyConcern(couple->safety, today, rescreen);
    if (concern != SafetyConcern::None) {
        // Red while joint work is not safe (abuse ongoing, no screen, a screen past its period); the
        // yellow of "monitor" is for keeping an eye, not for stopping.
        QString text = QStringLiteral("<b>%1</b> ").arg(esc(safetyFlagLabel(concern))) +
                       esc(safetyConcernSentence(concern, rescreen));
        if (couple->safety.done())
            text += QLatin1Char(' ') +
                    esc(tr("(Screened %1.)").arg(locale.toString(couple->safety.date, QLocale::ShortFormat)));
        if (!couple->safety.notes.trimmed().isEmpty())
            text += QStringLiteral("<br>") + esc(couple->safety.notes.trimmed());
        m_safety->setProperty("redFlag", isRedFlag(concern));
        m_safety->setStyleSheet(isRedFlag(concern) ? redFlagStyle() : monitorStyle());
        setDescribedText(m_safety, text);
        m_safety->show();
    }

    // How the couple's appointments ended: a pattern of late cancellations or no-shows is worth raising.
    QString attendance;
    if (const auto booked = m_store.appointments(m_coupleId); booked && !booked->isEmpty()) {
        const AppointmentCounts n = countAppointments(*booked);
        attendance = tr("Appointments: %1 attended, %2 cancelled, %3 late-cancelled, %4 no-show.")
                         .arg(n.attended)
                         .arg(n.cancelled)
                         .arg(n.lateCancelled)
                         .arg(n.noShow);
    }

    const QList<Session> all = sortedByDate(*sessions);
    if (all.isEmpty()) {
        setDescribedText(m_since, tr("<b>%1</b>: no sessions yet.").arg(esc(couple->name)));
        setDescribedText(m_lastSession,
                         esc(tr("The first session's notes will appear here.")) +
                             (attendance.isEmpty() ? QString() : QStringLiteral("<br>") + esc(attendance)));
    } else {
        const Session &last = all.last();
        const qint64 days = last.date.daysTo(today);
        QString since;
        if (days <= 0)
            since = tr("last session today");
        else if (days < 7)
            since = tr("last session %n day(s) ago", nullptr, int(days));
        else
            since = tr("last session %n week(s) ago", nullptr, int(days / 7));
        setDescribedText(m_since, tr("<b>%1</b>: %2 (%3), %n session(s) in all", nullptr, int(all.size()))
                                      .arg(esc(couple->name), esc(since),
                                           esc(locale.toString(last.date, QLocale::LongFormat))));

        QString body = section(
            tr("Last session"),
            esc(tr("Stage %1 (%2), step %3").arg(last.stage).arg(stageName(last.stage)).arg(last.step)));
        if (!last.note.focus.trimmed().isEmpty())
            body += section(tr("Focus"), esc(last.note.focus.trimmed()));
        if (!last.note.plan.trimmed().isEmpty())
            body += section(tr("Plan"), esc(last.note.plan.trimmed()));
        QStringList homework;
        for (const HomeworkItem &h : last.homework)
            homework << (h.done ? tr("☑ %1") : tr("☐ %1")).arg(esc(h.text));
        body += section(tr("Homework"),
                        homework.isEmpty() ? esc(tr("none set")) : homework.join(QStringLiteral("<br>")));
        if (!attendance.isEmpty())
            body += section(tr("Attendance"), esc(attendance));
        setDescribedText(m_lastSession, body);
    }

    showPlan(all);

    const ProgressData data =
        buildProgress(all, {couple->partners[0].position, couple->partners[1].position});
    QStringList events;
    for (const ChangeEventKind kind : allValues<ChangeEventKind>()) {
        if (!data.applies(kind))
            continue; // not an event of this couple's cycle
        const EventSeries &e = data.eventsOf(kind);
        const QString level = e.firstComplete
                                  ? tr("complete since %1").arg(shortDate(e.firstComplete->date, locale))
                                  : displayName(e.highest).toLower();
        const QString line = tr("%1: <b>%2</b>").arg(esc(displayName(kind)), esc(level));
        events << line;
    }
    setDescribedText(m_events, section(tr("Change events so far"), events.join(QStringLiteral("<br>"))));

    if (!data.isEmpty()) {
        ChartOptions options;
        options.compact = true;
        options.locale = locale;
        options.today = today;
        options.partnerNames = {couple->partners[0].name, couple->partners[1].name};
        const auto partners =
            eventSeriesPartners(data, {couple->partners[0].position, couple->partners[1].position});
        const std::array<QString, 2> names = options.partnerNames;
        struct Trend
        {
            ProgressChart *chart;
            QString name;
            QString summary;
        };
        QList<Trend> charts{{buildChangeEventChart(data, partners, options), tr("Change events trend"),
                             changeEventSummary(data, names, locale)}};
        const QList<Instrument> instruments = instrumentsUsed(data);
        if (!instruments.isEmpty())
            charts.append({buildOutcomeChart(data, instruments.last(), options),
                           tr("%1 trend").arg(displayName(instruments.last())),
                           outcomeSummary(data, instruments.last(), names, locale)});
        for (const auto &[chart, name, summary] : charts) {
            auto *view = new ProgressChartView(chart, name, summary, this);
            view->setMinimumSize(200, 150);
            view->setMaximumHeight(200);
            connect(view, &ProgressChartView::sessionActivated, this,
                    &PreAppointmentBrief::openSessionRequested);
            m_trendRow->addWidget(view);
            m_trends.append(view);
        }
    }

    std::optional<CycleMap> latest;
    for (const CycleMap &m : *maps)
        if (!latest || m.date > latest->date || (m.date == latest->date && m.version > latest->version))
            latest = m;
    m_cycle->setCycle(latest, *couple);
}

} // namespace attune
