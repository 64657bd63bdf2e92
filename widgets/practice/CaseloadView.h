// The practice at a glance: couples per EFT stage, couples not seen for more than a chosen number of
// weeks (the spin box is remembered), and couples whose distress is rising. A click opens the couple.
#pragma once

#include "practice/Caseload.h"

#include <QWidget>

class QLabel;
class QSpinBox;

namespace attune {

class CoupleLinkList;
class StageBars;

class CaseloadView : public QWidget
{
    Q_OBJECT
public:
    explicit CaseloadView(int notSeenWeeks, QWidget *parent = nullptr);

    void setCaseload(const Caseload &caseload);
    void showError(const QString &message);
    int notSeenWeeks() const;

    StageBars *stageBars() const { return m_stages; }
    QSpinBox *weeksBox() const { return m_weeks; }
    CoupleLinkList *notSeenList() const { return m_notSeen; }
    CoupleLinkList *distressList() const { return m_distress; }

    // What "distress rising" means, for the view's tooltip (and anyone else who needs to say it).
    static QString distressDefinition();

signals:
    void openCoupleRequested(qint64 coupleId);
    void notSeenWeeksChanged(int weeks);

private:
    void fillNotSeen(const Caseload &caseload);
    void fillDistress(const Caseload &caseload);

    QLabel *m_summary;
    StageBars *m_stages;
    QSpinBox *m_weeks;
    CoupleLinkList *m_notSeen;
    CoupleLinkList *m_distress;
};

} // namespace attune
