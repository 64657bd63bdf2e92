// The "Protection" group of Preferences → Privacy: whether the practice file is encrypted, and buttons for
// Protect…, Change Passphrase… and Remove Protection…. The buttons trigger the Edit menu's own actions
// (MainWindowProtection.cpp), so there is one implementation; each follows its action's enabled state,
// and the status is read again from the store after any of them ran.
#pragma once

#include <QGroupBox>
#include <QPointer>

class QAction;
class QLabel;
class QPushButton;

namespace attune {

class PracticeStore;

struct ProtectionActions
{
    QAction *protect = nullptr;
    QAction *changePassphrase = nullptr;
    QAction *removeProtection = nullptr;
};

class ProtectionGroup : public QGroupBox
{
    Q_OBJECT
public:
    ProtectionGroup(PracticeStore &store, const ProtectionActions &actions, QWidget *parent = nullptr);

    QLabel *statusLabel() const { return m_status; }
    QPushButton *protectButton() const { return m_protect; }
    QPushButton *changePassphraseButton() const { return m_change; }
    QPushButton *removeButton() const { return m_remove; }

    // Reads the store's state and the actions' enabled states again.
    void refresh();

private:
    QPushButton *addButton(const QString &text, QAction *action);

    PracticeStore &m_store;
    // The window's menus may be rebuilt while this is open (a language change): a gone action disables.
    QPointer<QAction> m_protectAction;
    QPointer<QAction> m_changeAction;
    QPointer<QAction> m_removeAction;
    QLabel *m_status;
    QPushButton *m_protect;
    QPushButton *m_change;
    QPushButton *m_remove;
};

} // namespace attune
