// Asked during an import when records of the case file are already in the practice with other content:
// lists them and lets the therapist skip them, replace the practice's versions or import them as copies.
#pragma once

#include "casefile/CaseFile.h"

#include <QDialog>

class QListWidget;
class QRadioButton;

namespace attune {

class ImportConflictDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportConflictDialog(const QList<CaseFileConflict> &conflicts, QWidget *parent = nullptr);

    ConflictPolicy policy() const;
    QRadioButton *button(ConflictPolicy policy) const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
    QRadioButton *m_skip;
    QRadioButton *m_replace;
    QRadioButton *m_copy;
};

} // namespace attune
