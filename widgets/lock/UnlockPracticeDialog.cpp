// See UnlockPracticeDialog.h.
#include "UnlockPracticeDialog.h"

#include "LockSettings.h"

#include "security/Passphrase.h"
#include "store/PracticeStore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace attune {
namespace {

std::chrono::milliseconds g_firstDelay{1000};
std::chrono::milliseconds g_maxDelay{30000};

} // namespace

UnlockPracticeDialog::UnlockPracticeDialog(PracticeStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_passphrase(new QLineEdit(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Open Protected Practice"));
    // The file's name only: the folder may name the therapist's clients' town, never a client.
    auto *intro = new QLabel(
        tr("%1 is protected. Enter its passphrase to open it.").arg(QFileInfo(store.path()).fileName()),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Unlock message"));
    m_message->setStyleSheet(QStringLiteral("color: #a12a1f;"));
    m_message->hide();
    auto *buttons = new QDialogButtonBox(this);
    m_open->setDefault(true);
    buttons->addButton(m_open, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());

    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        m_open->setEnabled(true);
        showMessage(tr("That passphrase was not right. Try again."));
        m_passphrase->setFocus();
    });
}

UnlockPracticeDialog::~UnlockPracticeDialog()
{
    wipe(m_entered);
}

void UnlockPracticeDialog::setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds cap)
{
    g_firstDelay = first;
    g_maxDelay = cap;
}

QString UnlockPracticeDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void UnlockPracticeDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QByteArray UnlockPracticeDialog::takePassphrase()
{
    return std::exchange(m_entered, {});
}

void UnlockPracticeDialog::accept()
{
    if (m_retry.isActive())
        return; // still waiting after the last wrong passphrase
    QByteArray passphrase = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    showMessage(tr("Opening…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool wrong = false;
    const Status opened = m_store.reopen(passphrase, &wrong);
    QApplication::restoreOverrideCursor();
    if (opened) {
        m_entered = passphrase;
        wipe(passphrase);
        QDialog::accept();
        return;
    }
    wipe(passphrase);
    if (!wrong) { // damaged or unreadable: another passphrase would not help
        showMessage(tr("The practice could not be opened: %1").arg(opened.error()));
        return;
    }
    ++m_failures;
    const auto delay = lock::retryDelay(m_failures, g_firstDelay, g_maxDelay);
    m_retry.start(delay);
    m_open->setEnabled(false);
    showMessage(tr("That passphrase is not right. You can try again in %n second(s).", nullptr,
                   int((delay.count() + 999) / 1000)));
}

} // namespace attune
