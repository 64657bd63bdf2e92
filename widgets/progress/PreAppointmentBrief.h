// The pre-appointment brief at the top of the Overview: in half a minute, where this couple stands —
// the last session (date, stage and step, focus, plan, homework), weeks since then, the change events so
// far, the treatment goals due for review and those the last sessions worked on, small trend charts, the
// latest cycle as a thumbnail, and the safety screen when it needs attention. Read-only; it follows the
// store's announcements for the couple, only those of fields it shows.
#pragma once

#include "domain/Couple.h"
#include "domain/CycleMap.h"
#include "domain/Session.h"

#include <QFrame>

#include <optional>

class QLabel;
class QHBoxLayout;

namespace attune {

class PracticeStore;
class ProgressChartView;
class CycleThumbnail;

class PreAppointmentBrief : public QFrame
{
    Q_OBJECT
public:
    explicit PreAppointmentBrief(PracticeStore &store, QWidget *parent = nullptr);

    void setCouple(qint64 coupleId); // 0 hides the brief's content
    qint64 coupleId() const { return m_coupleId; }

    // For tests and the lead's wiring.
    QLabel *safetyLabel() const { return m_safety; }
    QLabel *lastSessionLabel() const { return m_lastSession; }
    QLabel *sinceLabel() const { return m_since; }
    QLabel *eventsLabel() const { return m_events; }
    QLabel *planLabel() const { return m_plan; }
    QList<ProgressChartView *> trendViews() const { return m_trends; }
    CycleThumbnail *cycleThumbnail() const { return m_cycle; }
    // For tests and benchmarks: how many times the brief was built.
    int reloadCount() const { return m_reloads; }

signals:
    void openSessionRequested(qint64 sessionId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void reloadWhenSeen(); // now when shown, else once it is shown
    void clearTrends();
    void showPlan(const QList<Session> &sessions);

    PracticeStore &m_store;
    qint64 m_coupleId = 0;
    QLabel *m_since;
    QLabel *m_safety;
    QLabel *m_lastSession;
    QLabel *m_events;
    QLabel *m_plan; // goals due for review, goals the last sessions worked on
    QHBoxLayout *m_trendRow;
    QList<ProgressChartView *> m_trends;
    CycleThumbnail *m_cycle;
    bool m_stale = false; // a change arrived while the brief was hidden
    int m_reloads = 0;
};

// The latest cycle map drawn small by the cycle diagram's own renderer; empty text when there is none.
class CycleThumbnail : public QWidget
{
    Q_OBJECT
public:
    explicit CycleThumbnail(QWidget *parent = nullptr);
    void setCycle(std::optional<CycleMap> map, const Couple &couple);
    bool hasCycle() const { return m_map.has_value(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<CycleMap> m_map;
    Couple m_couple;
};

} // namespace attune
