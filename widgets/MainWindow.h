// The main window: the couples sidebar beside the selected couple's record.
#pragma once

#include <QMainWindow>

class QLabel;
class QTableView;

namespace attune {

class CouplesPane;
class PracticeStore;
class SessionsModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(PracticeStore &store, QWidget *parent = nullptr);

    CouplesPane *couplesPane() const { return m_couples; }

private:
    void createMenus();
    void showCouple(qint64 coupleId);
    void showAbout();

    PracticeStore &m_store;
    CouplesPane *m_couples;
    QLabel *m_heading;
    QLabel *m_details;
    SessionsModel *m_sessions;
    QTableView *m_sessionTable;
    qint64 m_coupleId = 0;
};

} // namespace attune
