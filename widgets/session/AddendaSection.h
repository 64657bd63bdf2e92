// Under a signed note: its addenda (date, signer, text), oldest first, and the button that adds one.
// Addenda are the only way to correct a signed note, so they are shown wherever the note is.
#pragma once

#include "domain/Integrity.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace attune {

class AddendaSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit AddendaSection(QWidget *parent = nullptr);

    void setAddenda(const QList<Addendum> &addenda);
    // A failure to read them is shown in their place, as one sentence.
    void showProblem(const QString &message);
    int count() const { return m_count; }
    QPushButton *addButton() const { return m_add; }

signals:
    void addRequested();

private:
    void clearEntries();

    QVBoxLayout *m_entries;
    QLabel *m_none;
    QPushButton *m_add;
    int m_count = 0;
};

} // namespace attune
