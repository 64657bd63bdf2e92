// The slider that jumps to a click; see TrackClickSlider.h.
#include "TrackClickSlider.h"

#include <QMouseEvent>
#include <QStyle>
#include <QStyleOptionSlider>

namespace attune {

TrackClickSlider::TrackClickSlider(Qt::Orientation orientation, QWidget *parent)
    : QSlider(orientation, parent)
{}

void TrackClickSlider::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && minimum() != maximum()) {
        QStyleOptionSlider option;
        initStyleOption(&option);
        const QRect handle =
            style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
        const QPoint at = event->position().toPoint();
        if (!handle.contains(at)) {
            // The value whose handle is centred under the click, as QSlider computes it while dragging.
            const QRect groove =
                style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
            const bool horizontal = orientation() == Qt::Horizontal;
            const int handleLength = horizontal ? handle.width() : handle.height();
            const int start = horizontal ? groove.x() : groove.y();
            const int span = (horizontal ? groove.width() : groove.height()) - handleLength;
            const int position = (horizontal ? at.x() : at.y()) - start - handleLength / 2;
            setValue(
                QStyle::sliderValueFromPosition(minimum(), maximum(), position, span, option.upsideDown));
        }
    }
    // The handle is under the mouse now: the press grabs it, so dragging on from the click works.
    QSlider::mousePressEvent(event);
}

} // namespace attune
