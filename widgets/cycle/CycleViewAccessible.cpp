// The accessible interfaces of the cycle view and of its steps.
#include "CycleViewAccessible.h"

#include "CycleView.h"

#include <QAccessibleWidget>

#include <map>

namespace attune {
namespace {

class StepAccessible : public QAccessibleInterface
{
public:
    StepAccessible(CycleView *view, int index)
        : m_view(view)
        , m_index(index)
    {}

    bool isValid() const override { return m_view != nullptr; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }

    QString text(QAccessible::Text t) const override
    {
        if (!m_view)
            return {};
        if (t == QAccessible::Name)
            return m_view->accessibleStepName(key());
        if (t == QAccessible::Description)
            return m_view->isEditable() ? CycleView::tr("Enter edits this step.") : QString();
        return {};
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        if (!m_view)
            return {};
        const QRect local = m_view->currentLayout().box(key().first, key().second).rect.toAlignedRect();
        return QRect(m_view->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.selectable = true;
        const auto selected = m_view ? m_view->selectedStep() : std::nullopt;
        s.selected = selected && *selected == key();
        s.focused = s.selected && m_view->hasFocus();
        s.readOnly = m_view && !m_view->isEditable();
        return s;
    }

private:
    CycleView::StepKey key() const { return CycleView::readingOrder().at(m_index); }

    QPointer<CycleView> m_view;
    int m_index;
};

class ViewAccessible : public QAccessibleWidget
{
public:
    explicit ViewAccessible(CycleView *view)
        : QAccessibleWidget(view, QAccessible::List)
    {}

    ~ViewAccessible() override
    {
        for (const auto &[index, id] : m_children)
            QAccessible::deleteAccessibleInterface(id);
    }

    CycleView *view() const { return static_cast<CycleView *>(widget()); }

    // The steps come before the in-place editor (a real child widget) while one is open.
    int childCount() const override { return stepCount() + QAccessibleWidget::childCount(); }

    QAccessibleInterface *child(int index) const override
    {
        if (index < 0)
            return nullptr;
        if (index >= stepCount())
            return QAccessibleWidget::child(index - stepCount());
        auto it = m_children.find(index);
        if (it == m_children.end()) {
            auto *step = new StepAccessible(view(), index);
            it = m_children.emplace(index, QAccessible::registerAccessibleInterface(step)).first;
        }
        return QAccessible::accessibleInterface(it->second);
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (const auto &[index, id] : m_children)
            if (QAccessible::accessibleInterface(id) == child)
                return index;
        const int widgetIndex = QAccessibleWidget::indexOfChild(child);
        return widgetIndex < 0 ? -1 : widgetIndex + stepCount();
    }

    QAccessibleInterface *childAt(int x, int y) const override
    {
        const QPoint local = view()->mapFromGlobal(QPoint(x, y));
        if (const auto hit = view()->currentLayout().stepAt(local))
            return child(int(CycleView::readingOrder().indexOf(*hit)));
        return QAccessibleWidget::childAt(x, y);
    }

    QAccessibleInterface *focusChild() const override
    {
        if (view()->isEditing())
            return QAccessibleWidget::focusChild();
        if (const auto selected = view()->selectedStep(); selected && view()->hasFocus())
            return child(int(CycleView::readingOrder().indexOf(*selected)));
        return nullptr;
    }

private:
    static int stepCount() { return int(CycleView::readingOrder().size()); }

    mutable std::map<int, QAccessible::Id> m_children;
};

QAccessibleInterface *cycleViewFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("attune::CycleView") && object && object->isWidgetType())
        return new ViewAccessible(static_cast<CycleView *>(object));
    return nullptr;
}

} // namespace

void installCycleViewAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(cycleViewFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace attune
