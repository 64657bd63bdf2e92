// See ProtectionGroup.h.
#include "ProtectionGroup.h"

#include "store/PracticeStore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace attune {

ProtectionGroup::ProtectionGroup(PracticeStore &store, const ProtectionActions &actions, QWidget *parent)
    : QGroupBox(tr("Protection"), parent)
    , m_store(store)
    , m_protectAction(actions.protect)
    , m_changeAction(actions.changePassphrase)
    , m_removeAction(actions.removeProtection)
    , m_status(new QLabel(this))
{
    m_status->setObjectName(QStringLiteral("protectionStatus"));
    m_status->setWordWrap(true);
    m_protect = addButton(tr("Protect…"), actions.protect);
    m_change = addButton(tr("Change Passphrase…"), actions.changePassphrase);
    m_remove = addButton(tr("Remove Protection…"), actions.removeProtection);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_protect);
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    refresh();
}

QPushButton *ProtectionGroup::addButton(const QString &text, QAction *action)
{
    auto *button = new QPushButton(text, this);
    button->setAccessibleName(text.chopped(1)); // without the ellipsis, as a screen reader says it
    if (action) {
        button->setToolTip(action->toolTip());
        QPointer<QAction> guarded(action);
        connect(button, &QPushButton::clicked, this, [this, guarded] {
            if (guarded)
                guarded->trigger();
            refresh();
        });
        connect(action, &QAction::changed, this, &ProtectionGroup::refresh);
    }
    return button;
}

void ProtectionGroup::refresh()
{
    const bool protectedNow = m_store.isProtected();
    m_status->setText(protectedNow
                          ? tr("This practice is protected: its file and its backups are encrypted and open "
                               "only with the passphrase.")
                          : tr("This practice is not protected: anyone with the laptop, its disk or a copy "
                               "of the file can read every client's record."));
    m_status->setAccessibleName(m_status->text());
    const auto enable = [](QPushButton *button, QAction *action) {
        button->setEnabled(action && action->isEnabled());
    };
    enable(m_protect, m_protectAction);
    enable(m_change, m_changeAction);
    enable(m_remove, m_removeAction);
}

} // namespace attune
