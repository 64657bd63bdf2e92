// The Progress tab of the couple workspace: the change-event chart, the outcome measures and the
// secure-bond signs for the selected couple, rebuilt whenever the store announces that couple's sessions
// changed. Clicking (or pressing Enter on) a point asks the window to open that session.
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

private:
    void rebuild();
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
};

} // namespace attune
