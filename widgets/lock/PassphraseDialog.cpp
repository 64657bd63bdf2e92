// The practice passphrase dialog; see PassphraseDialog.h.
#include "PassphraseDialog.h"

#include "LockSettings.h"
#include "domain/AuditSummary.h"

#include "security/Passphrase.h"
#include "store/PracticeProtection.h"
#include "store/PracticeStore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace attune {
namespace {

QLineEdit *passwordField(const QString &name, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    field->setAccessibleName(name);
    return field;
}

} // namespace

PassphraseDialog::PassphraseDialog(PracticeStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_current(passwordField(tr("Current passphrase"), this))
    , m_new(passwordField(tr("New passphrase"), this))
    , m_repeat(passwordField(tr("New passphrase again"), this))
    , m_idleMinutes(new QSpinBox(this))
    , m_remove(new QPushButton(tr("&Remove Passphrase"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Practice Lock"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a12a1f;"));
    m_problem->hide();
    if (const auto hash = store.practiceSetting(lock::hashKey()); hash)
        m_hash = *hash;
    else
        showProblem(hash.error());
    const bool isSet = !m_hash.isEmpty();

    const bool isProtected = store.isProtected();
    auto *intro = new QLabel(
        isProtected
            ? tr("The practice is protected: its passphrase encrypts the file and unlocks the window. To "
                 "change it, enter the current one first. Edit → Remove Protection… stops the encryption.")
        : isSet ? tr("The practice opens locked and locks itself when you are away. To change or remove the "
                     "passphrase, enter the current one first.")
                : tr("With a passphrase, the practice opens locked, locks itself when you are away, and "
                     "shows no client data until the passphrase is entered. It cannot be recovered if "
                     "forgotten."),
        this);
    intro->setWordWrap(true);
    m_idleMinutes->setRange(1, 240);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setAccessibleName(tr("Lock after idle minutes"));
    const auto idle = store.practiceSetting(lock::idleMinutesKey());
    const int minutes = idle ? idle->toInt() : 0;
    m_idleMinutes->setValue(minutes > 0 ? minutes : lock::kDefaultIdleMinutes);

    auto *form = new QFormLayout;
    if (isSet)
        form->addRow(tr("&Current passphrase:"), m_current);
    else
        m_current->hide();
    form->addRow(isSet ? tr("&New passphrase:") : tr("&Passphrase:"), m_new);
    form->addRow(tr("&Again:"), m_repeat);
    form->addRow(tr("&Lock after:"), m_idleMinutes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(isSet ? tr("Save") : tr("Set Passphrase"));
    if (isSet && !isProtected) // a protected practice's passphrase goes only with its protection
        buttons->addButton(m_remove, QDialogButtonBox::DestructiveRole);
    else
        m_remove->hide();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &PassphraseDialog::remove);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString PassphraseDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void PassphraseDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

bool PassphraseDialog::currentIsRight()
{
    if (m_hash.isEmpty())
        return true;
    QByteArray current = m_current->text().toUtf8();
    const bool right = verifyPassphrase(m_hash, current);
    wipe(current);
    if (!right) {
        showProblem(tr("The current passphrase is not right."));
        m_current->selectAll();
        m_current->setFocus();
    }
    return right;
}

void PassphraseDialog::accept()
{
    const bool changing = !m_new->text().isEmpty() || m_hash.isEmpty();
    if (changing) {
        if (!currentIsRight())
            return;
        if (m_new->text().size() < lock::kMinimumPassphraseLength) {
            showProblem(tr("A passphrase needs at least %1 characters.").arg(lock::kMinimumPassphraseLength));
            return;
        }
        if (m_new->text() != m_repeat->text()) {
            showProblem(tr("The two new passphrases differ; type the same one twice."));
            return;
        }
    }
    // A protected practice's passphrase is its key's: the file is encrypted again under the new one (which
    // sets the lock's hash too), before the idle time is stored.
    if (changing && m_store.isProtected()) {
        QByteArray passphrase = m_new->text().toUtf8();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status changed = changeOpenPracticePassphrase(m_store, passphrase);
        QApplication::restoreOverrideCursor();
        wipe(passphrase);
        if (!changed) {
            showProblem(tr("The passphrase could not be changed: %1").arg(changed.error()));
            return;
        }
    }
    const bool changingHash = changing && !m_store.isProtected();
    const Status written = m_store.transaction([&]() -> Status {
        if (changingHash) {
            QByteArray passphrase = m_new->text().toUtf8();
            const Result<QString> hash = hashPassphrase(passphrase);
            wipe(passphrase);
            if (!hash)
                return hash.status();
            if (Status s = m_store.setPracticeSetting(lock::hashKey(), *hash); !s)
                return s;
            if (Status s = m_store.recordEvent(
                    QStringLiteral("lock settings"), QStringLiteral("practice"), {}, {},
                    storedAuditSummary(m_hash.isEmpty() ? AuditSummaryKey::PassphraseSet
                                                        : AuditSummaryKey::PassphraseChanged));
                !s)
                return s;
        }
        return m_store.setPracticeSetting(lock::idleMinutesKey(), QString::number(m_idleMinutes->value()));
    });
    m_new->clear();
    m_repeat->clear();
    m_current->clear();
    if (!written) {
        showProblem(tr("The lock settings could not be stored: %1").arg(written.error()));
        return;
    }
    QDialog::accept();
}

void PassphraseDialog::remove()
{
    if (!currentIsRight())
        return;
    const Status written = m_store.transaction([&]() -> Status {
        if (Status s = m_store.setPracticeSetting(lock::hashKey(), QString()); !s)
            return s;
        return m_store.recordEvent(QStringLiteral("lock settings"), QStringLiteral("practice"), {}, {},
                                   storedAuditSummary(AuditSummaryKey::PassphraseRemoved));
    });
    m_current->clear();
    if (!written) {
        showProblem(tr("The passphrase could not be removed: %1").arg(written.error()));
        return;
    }
    QDialog::accept();
}

} // namespace attune
