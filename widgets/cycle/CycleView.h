// CycleView: the couple's infinity cycle on screen, painted by the same CycleRenderer as paper and files,
// as the figure eight or as boxes. Click a step (or press Enter on it) to edit it in place; Up and Down
// move between steps in reading order (through the crossing to the other partner), Left and Right to
// the other partner's same step; hovering shows the moves into and out of a step; tooltips give a step's
// full text. Assistive technology sees each step as a child named "Mary, primary emotion: …" and the
// whole cycle, in reading order, as the view's description (CycleViewAccessible). The view only reports an
// edit (stepEdited); its owner writes it through the undo stack and sets the new content.
#pragma once

#include "render/CycleLayout.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <QWidget>

namespace attune {

class CycleView : public QWidget
{
    Q_OBJECT
public:
    using StepKey = std::pair<int, CycleStep>;

    explicit CycleView(QWidget *parent = nullptr);

    void setContent(const CycleContent &content);
    const CycleContent &content() const { return m_content; }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    void setCycleStyle(CycleStyle style);
    CycleStyle cycleStyle() const { return m_style; }
    // Steps marked as changed (comparing versions); all false for none.
    void setChangedSteps(const std::array<std::array<bool, 6>, 2> &changed);
    const std::array<std::array<bool, 6>, 2> &changedSteps() const { return m_changed; }

    // The steps in reading order: each partner's trigger, primary emotion, need, secondary emotion,
    // perception and behavior, partner A first.
    static QList<StepKey> readingOrder();
    // "Mary, primary emotion: hurt" (or "…: empty"), as a screen reader reads the step.
    QString accessibleStepName(const StepKey &key) const;
    static QString accessibleStepName(const CycleContent &content, const StepKey &key,
                                      const std::array<std::array<bool, 6>, 2> &changed = {});
    // The whole cycle as text, in reading order; also what pictures of the cycle elsewhere (the
    // Overview's thumbnail) give a screen reader, so every view of one cycle reads the same.
    QString cycleAsText() const;
    static QString cycleAsText(const CycleContent &content,
                               const std::array<std::array<bool, 6>, 2> &changed = {});

    std::optional<StepKey> selectedStep() const { return m_selected; }
    void selectStep(int partner, CycleStep step);
    // Opens the in-place editor on a step, with text (the step's own text when null).
    void editStep(int partner, CycleStep step, const QString &text = QString());
    QPlainTextEdit *stepEditor() const { return m_editor; } // null unless editing
    bool isEditing() const { return m_editor != nullptr; }

    // Where everything is drawn at the view's current size.
    CycleLayout currentLayout() const;

    QSize sizeHint() const override { return {900, 600}; }
    QSize minimumSizeHint() const override { return {320, 220}; }

public slots:
    void commitEdit();
    void cancelEdit();

signals:
    void stepEdited(int partner, attune::CycleStep step, const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    CycleRenderOptions renderOptions() const;
    void placeEditor();
    void closeEditor();
    void moveSelection(int stepDelta, bool otherPartner);
    void notifyAccessibleFocus();
    void updateAccessibleText();
    QString stepText(const StepKey &key) const;

    CycleContent m_content;
    bool m_editable = true;
    CycleStyle m_style = CycleStyle::Loop;
    std::array<std::array<bool, 6>, 2> m_changed{};
    std::optional<StepKey> m_selected;
    std::optional<StepKey> m_hovered;
    std::optional<StepKey> m_editing;
    QPointer<QPlainTextEdit> m_editor;
    bool m_closing = false; // guards against the focus-out of a closing editor committing twice
};

} // namespace attune
