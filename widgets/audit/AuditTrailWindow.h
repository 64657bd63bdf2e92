// File → Audit Trail: the practice's audit trail in a window of its own, filtered by date, action and
// couple, with a button that checks the hash chain and says plainly whether it is whole. It is not modal,
// so it can stay open beside the work; the practice lock covers it like every other window.
//
// Opening it is not recorded in the trail: the trail records changes and what leaves the practice
// (export, print, backup) and the lock; reading, here or in any tab, is not an event, and a row per look
// would bury the events that matter. Nothing shown here is note text, because the trail holds none.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace attune {

class AuditTrailModel;
class PracticeStore;

class AuditTrailWindow : public QDialog
{
    Q_OBJECT
public:
    explicit AuditTrailWindow(PracticeStore &store, QWidget *parent = nullptr);

    AuditTrailModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QCheckBox *fromEnabled() const { return m_fromEnabled; }
    QDateEdit *fromField() const { return m_from; }
    QCheckBox *toEnabled() const { return m_toEnabled; }
    QDateEdit *toField() const { return m_to; }
    QComboBox *actionField() const { return m_action; }
    QComboBox *coupleField() const { return m_couple; }
    QPushButton *verifyButton() const { return m_verify; }
    QLabel *verdictLabel() const { return m_verdict; }

    // Reads the trail and the couples' names again (new rows are appended in place).
    void refresh();
    // Checks the hash chain and shows the verdict; selects the first bad row when it is listed.
    void verifyChain();

protected:
    bool event(QEvent *event) override;

private:
    void applyFilter();
    void fillActions();
    void fillCouples();
    void showCount();
    void showProblem(const QString &message);

    PracticeStore &m_store;
    AuditTrailModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QComboBox *m_action;
    QComboBox *m_couple;
    QLabel *m_count;
    QLabel *m_verdict;
    QPushButton *m_verify;
};

// Shows the window's audit trail viewer, opening one if it has none (one per parent window).
AuditTrailWindow *showAuditTrail(PracticeStore &store, QWidget *parent);

} // namespace attune
