// Choosing which couples go into a case file: a checklist of every couple (archived ones marked), with
// the couples given as preselected checked, and buttons to check all or none.
#pragma once

#include "store/PracticeStore.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace attune {

class ExportCouplesDialog : public QDialog
{
    Q_OBJECT
public:
    // With no preselected couple, all are checked.
    ExportCouplesDialog(const QList<CoupleSummary> &couples, const QList<qint64> &preselected,
                        QWidget *parent = nullptr);

    QList<qint64> chosenIds() const;
    QListWidget *list() const { return m_list; }
    QPushButton *exportButton() const { return m_export; }

private:
    void setAllChecked(bool checked);
    void updateButton();

    QListWidget *m_list;
    QPushButton *m_export;
};

} // namespace attune
