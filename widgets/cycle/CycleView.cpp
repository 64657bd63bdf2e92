// Painting, hit-testing and in-place editing of the cycle on screen.
#include "CycleView.h"

#include "CycleViewAccessible.h"

#include "render/CycleRenderer.h"

#include <QAccessible>

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QToolTip>

namespace attune {

CycleView::CycleView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Cycle diagram"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    installCycleViewAccessibility();
}

void CycleView::setCycleStyle(CycleStyle style)
{
    if (m_style == style)
        return;
    m_style = style;
    placeEditor();
    update();
}

void CycleView::setChangedSteps(const std::array<std::array<bool, 6>, 2> &changed)
{
    m_changed = changed;
    updateAccessibleText();
    update();
}

QList<CycleView::StepKey> CycleView::readingOrder()
{
    QList<StepKey> order;
    for (int p = 0; p < 2; ++p)
        for (CycleStep s : {CycleStep::Trigger, CycleStep::PrimaryEmotion, CycleStep::Need,
                            CycleStep::SecondaryEmotion, CycleStep::Perception, CycleStep::Behavior})
            order.append(StepKey{p, s});
    return order;
}

QString CycleView::accessibleStepName(const StepKey &key) const
{
    return accessibleStepName(m_content, key, m_changed);
}

QString CycleView::accessibleStepName(const CycleContent &content, const StepKey &key,
                                      const std::array<std::array<bool, 6>, 2> &changed)
{
    QString who = content.partnerNames[std::size_t(key.first)].section(QLatin1Char(' '), 0, 0);
    if (who.isEmpty())
        who = key.first == 0 ? tr("Partner A") : tr("Partner B");
    QString name = CycleLabels::forLanguage({}, content.kind).stepNames[std::size_t(indexOf(key.second))];
    if (!name.isEmpty())
        name[0] = name[0].toLower();
    const QString text = content.steps[std::size_t(key.first)][std::size_t(indexOf(key.second))].simplified();
    QString spoken = tr("%1, %2: %3").arg(who, name, text.isEmpty() ? tr("empty") : text);
    if (changed[std::size_t(key.first)][std::size_t(indexOf(key.second))])
        spoken += tr(" (changed)");
    return spoken;
}

QString CycleView::cycleAsText() const
{
    return cycleAsText(m_content, m_changed);
}

QString CycleView::cycleAsText(const CycleContent &content, const std::array<std::array<bool, 6>, 2> &changed)
{
    QStringList lines;
    const QList<StepKey> order = readingOrder();
    for (const StepKey &key : order)
        lines << accessibleStepName(content, key, changed);
    return lines.join(QLatin1Char('\n'));
}

void CycleView::setContent(const CycleContent &content)
{
    m_content = content;
    if (m_editor && m_editing) // an edit in progress keeps its text; the rest shows the new content
        placeEditor();
    updateAccessibleText();
    update();
}

void CycleView::setEditable(bool editable)
{
    m_editable = editable;
    if (!editable)
        cancelEdit();
}

void CycleView::selectStep(int partner, CycleStep step)
{
    m_selected = StepKey{partner, step};
    updateAccessibleText();
    update();
}

CycleRenderOptions CycleView::renderOptions() const
{
    CycleRenderOptions o;
    o.style = m_style;
    o.changed = m_changed;
    o.dpi = logicalDpiY();
    o.devicePixelRatio = devicePixelRatioF();
    o.hovered = m_hovered;
    o.selected = hasFocus() || m_editor ? m_selected : std::nullopt;
    return o;
}

CycleLayout CycleView::currentLayout() const
{
    return CycleRenderer(m_content, renderOptions()).layout(QRectF(rect()));
}

QString CycleView::stepText(const StepKey &key) const
{
    return m_content.steps[std::size_t(key.first)][std::size_t(indexOf(key.second))];
}

void CycleView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const CycleRenderer renderer(m_content, renderOptions());
    renderer.paint(painter, renderer.layout(QRectF(rect())));
}

void CycleView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeEditor();
}

void CycleView::mouseMoveEvent(QMouseEvent *event)
{
    const auto hit = currentLayout().stepAt(event->position());
    if (hit != m_hovered) {
        m_hovered = hit;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void CycleView::leaveEvent(QEvent *event)
{
    m_hovered.reset();
    update();
    QWidget::leaveEvent(event);
}

void CycleView::mousePressEvent(QMouseEvent *event)
{
    const auto hit = currentLayout().stepAt(event->position());
    if (event->button() != Qt::LeftButton || !hit) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    selectStep(hit->first, hit->second);
    if (m_editable)
        editStep(hit->first, hit->second);
}

void CycleView::moveSelection(int stepDelta, bool otherPartner)
{
    StepKey key = m_selected.value_or(StepKey{0, CycleStep::Trigger});
    if (otherPartner) {
        key.first = 1 - key.first;
    } else {
        // Along the loop: after a behavior comes the other partner's trigger.
        const QList<StepKey> order = readingOrder();
        const qsizetype count = order.size();
        key = order.at((order.indexOf(key) + stepDelta + count) % count);
    }
    selectStep(key.first, key.second);
    notifyAccessibleFocus();
}

void CycleView::notifyAccessibleFocus()
{
    if (!m_selected || !QAccessible::isActive())
        return;
    QAccessibleEvent event(this, QAccessible::Focus);
    event.setChild(int(readingOrder().indexOf(*m_selected)));
    QAccessible::updateAccessibility(&event);
}

void CycleView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
        moveSelection(1, false);
        return;
    case Qt::Key_Up:
        moveSelection(-1, false);
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
        moveSelection(0, true);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
        if (m_editable) {
            const StepKey key = m_selected.value_or(StepKey{0, CycleStep::Trigger});
            selectStep(key.first, key.second);
            editStep(key.first, key.second);
        }
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool CycleView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const CycleLayout l = currentLayout();
        if (const auto hit = l.stepAt(help->pos())) {
            const QString text = stepText(*hit);
            const QString name = CycleLabels::forLanguage({}).stepNames[std::size_t(indexOf(hit->second))];
            QToolTip::showText(help->globalPos(),
                               text.isEmpty() ? tr("%1: click to write it").arg(name)
                                              : QStringLiteral("%1: %2").arg(name, text),
                               this, l.box(hit->first, hit->second).rect.toAlignedRect());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        update();
    return QWidget::event(event);
}

void CycleView::editStep(int partner, CycleStep step, const QString &text)
{
    if (!m_editable)
        return;
    if (m_editor)
        commitEdit();
    m_editing = StepKey{partner, step};
    m_editor = new QPlainTextEdit(this);
    const QString name = CycleLabels::forLanguage({}).stepNames[std::size_t(indexOf(step))];
    const QString who = m_content.partnerNames[std::size_t(partner)];
    m_editor->setAccessibleName(who.isEmpty() ? tr("Edit %1").arg(name) : tr("Edit %1 of %2").arg(name, who));
    m_editor->setToolTip(tr("Enter stores the text, Shift+Enter starts a new line, Escape cancels."));
    m_editor->setTabChangesFocus(true);
    m_editor->setPlainText(text.isNull() ? stepText(*m_editing) : text);
    m_editor->moveCursor(QTextCursor::End);
    m_editor->installEventFilter(this);
    placeEditor();
    m_editor->show();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void CycleView::placeEditor()
{
    if (!m_editor || !m_editing)
        return;
    // Over the box, a little larger, so the text being typed is never smaller than the box's own.
    const QRectF box = currentLayout().box(m_editing->first, m_editing->second).rect;
    const QRect r = box.adjusted(-4, -4, 4, 4).toAlignedRect().intersected(rect());
    m_editor->setGeometry(r.adjusted(0, 0, 0, std::max(0, 80 - r.height())).intersected(rect()));
}

bool CycleView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                !(key->modifiers() & Qt::ShiftModifier)) {
                commitEdit();
                setFocus(Qt::OtherFocusReason);
                return true;
            }
            if (key->key() == Qt::Key_Escape) {
                cancelEdit();
                setFocus(Qt::OtherFocusReason);
                return true;
            }
        } else if (event->type() == QEvent::FocusOut && !m_closing) {
            commitEdit();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CycleView::commitEdit()
{
    if (!m_editor || !m_editing || m_closing)
        return;
    const StepKey key = *m_editing;
    const QString text = m_editor->toPlainText();
    closeEditor();
    if (text != stepText(key))
        emit stepEdited(key.first, key.second, text);
}

void CycleView::cancelEdit()
{
    closeEditor();
}

void CycleView::closeEditor()
{
    if (!m_editor)
        return;
    m_closing = true;
    QPlainTextEdit *editor = m_editor;
    m_editor = nullptr;
    m_editing.reset();
    editor->removeEventFilter(this);
    editor->hide();
    editor->deleteLater();
    m_closing = false;
    update();
}

void CycleView::updateAccessibleText()
{
    // The whole cycle, so a screen reader can read it at once; the steps are also children of their own.
    setAccessibleDescription(tr("Up and Down move between steps in reading order, Enter edits one.") +
                             QLatin1Char('\n') + cycleAsText());
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace attune
