// CycleView: the couple's infinity cycle on screen, painted by the same CycleRenderer as paper and files.
// Click a step (or press Enter on it) to edit it in place; arrow keys move between steps; hovering shows
// the moves into and out of a step; tooltips give a step's full text. The view only reports an edit
// (stepEdited); its owner writes it through the undo stack and sets the new content.
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
    void updateAccessibleText();
    QString stepText(const StepKey &key) const;

    CycleContent m_content;
    bool m_editable = true;
    std::optional<StepKey> m_selected;
    std::optional<StepKey> m_hovered;
    std::optional<StepKey> m_editing;
    QPointer<QPlainTextEdit> m_editor;
    bool m_closing = false; // guards against the focus-out of a closing editor committing twice
};

} // namespace attune
