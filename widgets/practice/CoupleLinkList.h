// A list whose rows each stand for a couple: a click (or Enter) on a row asks to open that couple.
// Shared by the agenda and the caseload view so every practice-wide list opens couples the same way.
#pragma once

#include <QTreeWidget>

namespace attune {

class CoupleLinkList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit CoupleLinkList(const QStringList &headers, QWidget *parent = nullptr);

    // A row that opens coupleId (under parent, or at the top level when parent is null).
    QTreeWidgetItem *addCoupleRow(const QStringList &columns, qint64 coupleId, const QString &coupleName,
                                  QTreeWidgetItem *parent = nullptr);
    // A greyed row that explains an empty list; it opens nothing.
    QTreeWidgetItem *addNoteRow(const QString &text, QTreeWidgetItem *parent = nullptr);

    static qint64 coupleIdOf(const QTreeWidgetItem *item);
    // The first row that opens coupleId, or null (tests and keyboard users find rows by couple).
    QTreeWidgetItem *rowForCouple(qint64 coupleId) const;

signals:
    void openCoupleRequested(qint64 coupleId);
};

} // namespace attune
