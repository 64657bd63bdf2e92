// Couples per EFT stage as four labelled horizontal bars (no sessions yet, stages 1 to 3), tinted like
// the stage bands of the progress charts so a stage has one colour everywhere.
#pragma once

#include <QWidget>

#include <array>

namespace attune {

class StageBars : public QWidget
{
    Q_OBJECT
public:
    explicit StageBars(QWidget *parent = nullptr);

    void setCounts(const std::array<int, 4> &perStage);
    std::array<int, 4> counts() const { return m_counts; }
    QString rowLabel(int stage) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    int labelWidth() const;

    std::array<int, 4> m_counts{};
};

} // namespace attune
