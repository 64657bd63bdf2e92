// The couples sidebar: search as you type, a status filter, and the list of couples.
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;

namespace attune {

class CoupleFilterProxy;
class CouplesModel;
class PracticeStore;

class CouplesPane : public QWidget
{
    Q_OBJECT
public:
    explicit CouplesPane(PracticeStore &store, QWidget *parent = nullptr);

    qint64 currentCoupleId() const;
    void selectCouple(qint64 coupleId);
    void selectFirstCouple();
    int visibleCount() const;

signals:
    void currentCoupleChanged(qint64 coupleId); // 0 when none is selected
    void countChanged(int visible);

private:
    void applyStatusFilter();

    CouplesModel *m_model;
    CoupleFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_status;
    QListView *m_list;
};

} // namespace attune
