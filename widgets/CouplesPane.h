// The couples sidebar: search as you type (names of either partner, tags), a status filter with an
// "Archived" view to restore from, and the list, sorted by most recent session. Filtering never closes
// the couple that is open: while the filter hides it nothing is selected, and it is selected again as
// soon as the filter shows it.
#pragma once

#include "domain/Enums.h"

#include <QWidget>

#include <functional>

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
    // Selects the couple whatever the list shows: the archived view for an archived couple, and the
    // search and status filter cleared when they hide it. False when the practice has no such couple.
    bool revealCouple(qint64 coupleId, bool archived);
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
    // Runs a change of the search or status filter; the open couple stays open through it.
    void filterKeepingOpenCouple(const std::function<void()> &change);

    CouplesModel *m_model;
    CoupleFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_status;
    QListView *m_list;
    qint64 m_lastEmitted = -1; // the open couple (0: none) once the list has said which
    bool m_filtering = false;
};

} // namespace attune
