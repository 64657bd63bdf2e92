// The page an empty practice opens on: a welcome and the three ways to begin (a first couple, the demo
// practice to explore, or a practice that already exists), so a first start is not an empty list with
// only the menus to go on.
#pragma once

#include <QWidget>

class QPushButton;

namespace attune {

class FirstRunPage : public QWidget
{
    Q_OBJECT
public:
    explicit FirstRunPage(QWidget *parent = nullptr);

    QPushButton *newCoupleButton() const { return m_newCouple; }
    QPushButton *demoButton() const { return m_demo; }
    QPushButton *openButton() const { return m_open; }

signals:
    void newCoupleRequested();
    void demoRequested();
    void openPracticeRequested();

private:
    QPushButton *m_newCouple;
    QPushButton *m_demo;
    QPushButton *m_open;
};

} // namespace attune
