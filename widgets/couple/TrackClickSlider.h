// A slider that jumps to where its track is clicked and keeps following the mouse from there, as users
// expect of a rating scale; Qt's default steps a page towards the click, or (some styles) does nothing.
// Every slider Attune shows is one of these.
#pragma once

#include <QSlider>

namespace attune {

class TrackClickSlider : public QSlider
{
    Q_OBJECT
public:
    explicit TrackClickSlider(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    void mousePressEvent(QMouseEvent *event) override;
};

} // namespace attune
