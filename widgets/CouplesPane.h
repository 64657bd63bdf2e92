// The couples sidebar: search as you type (names of either partner, tags), a status filter with an
// "Archived" view to restore from, and the list, sorted by most recent session.
#pragma once

#include "domain/Enums.h"

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
    bool selectCouple(qint64 coupleId); // false when the couple is not in the current view
    void selectFirstCouple();
    int visibleCount() const;
    bool showingArchived() const;
    void showArchived(bool archived);
    QLineEdit *searchField() const { return m_search; }
    QListView *listView() const { return m_list; }

signals:
    void currentCoupleChanged(qint64 coupleId); // 0 when none is selected
    void countChanged(int visible);

private:
    void applyFilter();

    CouplesModel *m_model;
    CoupleFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_status;
    QListView *m_list;
    qint64 m_lastEmitted = -1;
};

} // namespace attune
