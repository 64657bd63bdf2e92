// The start view's appointments: today's (not yet past) and the seven days after, each row showing the
// time, the couple, where they are in EFT and how long since their last session. A click opens the
// couple's Overview, where the pre-appointment brief is.
#pragma once

#include "practice/Agenda.h"

#include <QWidget>

class QLabel;
class QTreeWidgetItem;

namespace attune {

class CoupleLinkList;

class AgendaView : public QWidget
{
    Q_OBJECT
public:
    explicit AgendaView(QWidget *parent = nullptr);

    void setAgenda(const Agenda &agenda);
    void showError(const QString &message);

    CoupleLinkList *list() const { return m_list; }

signals:
    void openCoupleRequested(qint64 coupleId);

private:
    void addEntries(QTreeWidgetItem *group, const QList<AgendaEntry> &entries, bool withDay);

    QLabel *m_heading;
    CoupleLinkList *m_list;
};

} // namespace attune
