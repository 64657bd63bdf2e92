// See ProtectDialog.h.
#include "ProtectDialog.h"

#include "LockSettings.h"

#include "security/Passphrase.h"
#include "store/PracticeStore.h"
#include "store/SealedStorage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

#include <future>

namespace attune {

ProtectDialog::ProtectDialog(PracticeStore &store, QString backupFolder, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_backupFolder(std::move(backupFolder))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_encrypt(new QRadioButton(tr("&Encrypt them with the practice's passphrase"), this))
    , m_remove(new QRadioButton(tr("&Overwrite and delete them"), this))
    , m_busy(new QProgressBar(this))
    , m_protect(new QPushButton(tr("&Protect"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Protect Practice"));
    auto *intro =
        new QLabel(tr("A protected practice is encrypted on disk: without its passphrase no one can "
                      "read it, not even from a lost laptop or a backup. The same passphrase "
                      "unlocks the window. It cannot be recovered if forgotten."),
                   this);
    intro->setWordWrap(true);
    for (QLineEdit *field : {m_passphrase, m_repeat})
        field->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("New passphrase"));
    m_repeat->setAccessibleName(tr("New passphrase again"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Again:"), m_repeat);

    auto *backups = new QLabel(
        tr("Plain backups made so far (in %1):").arg(QDir::toNativeSeparators(m_backupFolder)), this);
    backups->setWordWrap(true);
    backups->setTextFormat(Qt::PlainText);
    m_encrypt->setChecked(true);

    m_busy->setRange(0, 0); // busy: no measure of how far Argon2id has come
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Protecting"));
    m_busy->hide();
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a12a1f;"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_protect->setDefault(true);
    buttons->addButton(m_protect, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(backups);
    layout->addWidget(m_encrypt);
    layout->addWidget(m_remove);
    layout->addWidget(m_busy);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

ProtectDialog::~ProtectDialog()
{
    wipe(m_entered);
}

QString ProtectDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ProtectDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ProtectDialog::setWorking(bool working)
{
    m_working = working;
    m_busy->setVisible(working);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_passphrase, m_repeat, m_encrypt, m_remove, m_protect})
        w->setEnabled(!working);
}

void ProtectDialog::reject()
{
    if (!m_working)
        QDialog::reject();
}

void ProtectDialog::accept()
{
    if (m_working)
        return;
    if (m_passphrase->text().size() < lock::kMinimumPassphraseLength) {
        showProblem(tr("A passphrase needs at least %1 characters.").arg(lock::kMinimumPassphraseLength));
        return;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        showProblem(tr("The two passphrases differ; type the same one twice."));
        return;
    }
    showProblem({});
    setWorking(true);
    QByteArray passphrase = m_passphrase->text().toUtf8();
    // Argon2id takes about a second at the moderate cost: on a worker, while the busy bar moves. It reads
    // nothing of the practice; the database is touched only back on this thread.
    auto derived = std::async(std::launch::async, [passphrase, cost = m_cost]() mutable {
        auto secrets = deriveProtectionSecrets(passphrase, cost);
        wipe(passphrase);
        return secrets;
    });
    wipe(passphrase);
    QEventLoop wait;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &wait, [&] {
        if (derived.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
            wait.quit();
    });
    poll.start(20);
    wait.exec();
    const auto secrets = derived.get();
    auto done = secrets
                    ? protectOpenPractice(m_store, *secrets, {m_cost, m_backupFolder, m_remove->isChecked()},
                                          SaveTiming::Debounced)
                    : Result<ProtectionSummary>(secrets.status());
    setWorking(false);
    if (!done) {
        showProblem(tr("The practice was not protected: %1").arg(done.error()));
        return;
    }
    m_summary = *done;
    m_entered = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    m_repeat->clear();
    QDialog::accept();
}

} // namespace attune
