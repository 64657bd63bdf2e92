// The Progress tab of the couple workspace: the change-event chart, the outcome measures and the
// secure-bond signs for the selected couple, rebuilt when the store announces a change of that couple's
// sessions that the charts show (not a note's text), and only once it is shown when it was hidden.
// Clicking (or pressing Enter on) a point asks the window to open that session.
#pragma once

#include "WorkspaceTab.h"

#include "commands/PracticeEditor.h"

class QLabel;
class QPushButton;
class QScrollArea;

namespace attune {

class ProgressChartView;

class ProgressTab : public WorkspaceTab
{
    Q_OBJECT
public:
    explicit ProgressTab(PracticeEditor &editor, QWidget *parent = nullptr);

    void setCouple(qint64 coupleId) override;
    qint64 coupleId() const { return m_coupleId; }

    // For tests: the views currently shown (change events first, then outcomes, then bond signs).
    QList<ProgressChartView *> chartViews() const { return m_views; }
    QLabel *messageLabel() const { return m_message; }
    // For tests and benchmarks: how many times the charts were built.
    int rebuildCount() const { return m_rebuilds; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void rebuildWhenSeen(); // now when shown, else once it is shown
    void clearCharts();
    ProgressChartView *addView(class ProgressChart *chart, const QString &name, const QString &summary,
                               QWidget *parent);

    PracticeEditor &m_editor;
    qint64 m_coupleId = 0;
    QLabel *m_heading;
    QPushButton *m_reportButton;
    QLabel *m_message;
    QScrollArea *m_scroll;
    QList<ProgressChartView *> m_views;
    bool m_stale = false; // a change arrived while the tab was hidden
    int m_rebuilds = 0;
};

} // namespace attune
