// Preferences → Backups; see BackupsPage.h.
#include "BackupsPage.h"

#include "i18n/DateText.h"

#include "lock/LockSettings.h"
#include "security/Envelope.h"
#include "store/PracticeStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace attune {
namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

BackupsPage::BackupsPage(const Preferences &preferences, const QString &practicePath, PracticeStore *store,
                         QWidget *parent)
    : QWidget(parent)
    , m_practicePath(practicePath)
    , m_automatic(new QCheckBox(tr("Back up automatically, once a day and when Attune closes"), this))
    , m_keep(new QSpinBox(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_default(new QPushButton(tr("Use Default"), this))
    , m_effective(wrappingLabel(this))
    , m_encryption(wrappingLabel(this))
    , m_latest(wrappingLabel(this))
    , m_backUpNow(new QPushButton(tr("Back Up Now"), this))
    , m_status(wrappingLabel(this))
{
    m_automatic->setChecked(preferences.automaticBackups);
    m_keep->setRange(1, 365);
    m_keep->setValue(preferences.backupsKept);
    m_keep->setAccessibleName(tr("Backups to keep"));
    m_keep->setToolTip(tr("Older backups beyond this number are deleted"));
    m_folder->setText(preferences.backupFolder);
    m_folder->setPlaceholderText(tr("Beside the practice (default)"));
    m_folder->setAccessibleName(tr("Backup folder"));
    m_folder->setClearButtonEnabled(true);
    m_effective->setAccessibleName(tr("Backups are written to"));
    m_latest->setAccessibleName(tr("Latest backup"));
    m_status->setAccessibleName(tr("Backup result"));
    m_backUpNow->setEnabled(false); // until a scheduler is given

    if (store) {
        const auto hash = store->practiceSetting(lock::hashKey());
        if (!hash)
            m_encryption->setText(hash.error());
        else if (hash->isEmpty())
            m_encryption->setText(tr("Not encrypted: the practice has no passphrase. Set one with "
                                     "Edit → Practice Lock… to encrypt its backups."));
        else
            m_encryption->setText(tr("Encrypted with the practice passphrase. While the practice is "
                                     "locked, no backup is made."));
    }
    m_encryption->setVisible(store != nullptr);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    folderRow->addWidget(m_default);

    auto *form = new QFormLayout;
    form->addRow(QString(), m_automatic);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keep);
    keepRow->addStretch(1);
    form->addRow(tr("Backups to keep:"), keepRow);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Written to:"), m_effective);
    if (store)
        form->addRow(tr("Encryption:"), m_encryption);
    form->addRow(tr("Latest backup:"), m_latest);

    auto *nowRow = new QHBoxLayout;
    nowRow->addWidget(m_backUpNow);
    nowRow->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(nowRow);
    layout->addStretch(1);

    connect(m_folder, &QLineEdit::textChanged, this, &BackupsPage::showLatest);
    connect(m_browse, &QPushButton::clicked, this, &BackupsPage::browse);
    connect(m_default, &QPushButton::clicked, m_folder, &QLineEdit::clear);
    connect(m_backUpNow, &QPushButton::clicked, this, &BackupsPage::backUpNow);
    showLatest();
}

void BackupsPage::setScheduler(BackupScheduler *scheduler, std::function<Status()> storePendingEdits)
{
    m_scheduler = scheduler;
    m_storePendingEdits = std::move(storePendingEdits);
    m_backUpNow->setEnabled(scheduler != nullptr);
}

BackupPolicy BackupsPage::policy() const
{
    return {m_automatic->isChecked(), m_keep->value(), m_folder->text().trimmed()};
}

void BackupsPage::applyTo(Preferences &preferences) const
{
    const BackupPolicy chosen = policy();
    preferences.automaticBackups = chosen.enabled;
    preferences.backupsKept = chosen.keep;
    preferences.backupFolder = chosen.folder;
}

QString BackupsPage::effectiveFolder() const
{
    return BackupScheduler::folderFor(m_practicePath, policy());
}

void BackupsPage::showLatest()
{
    const QString folder = effectiveFolder();
    m_effective->setText(QDir::toNativeSeparators(folder));
    const QStringList backups = BackupScheduler::backupsIn(folder, m_practicePath);
    if (backups.isEmpty()) {
        m_latest->setText(tr("None yet in this folder."));
        return;
    }
    const QFileInfo latest(backups.first());
    const QString when = shortDateTime(latest.lastModified());
    const QString kind = isEnvelopeFile(latest.filePath()) ? tr("encrypted") : tr("not encrypted");
    m_latest->setText(tr("%1, %2 (%3); %n backup(s) in this folder.", nullptr, int(backups.size()))
                          .arg(latest.fileName(), when, kind));
}

void BackupsPage::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), effectiveFolder());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

void BackupsPage::backUpNow()
{
    if (!m_scheduler)
        return;
    if (m_storePendingEdits) {
        if (const Status s = m_storePendingEdits(); !s) {
            m_status->setText(s.error());
            return;
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor); // encrypting takes a second
    const BackupPolicy kept = m_scheduler->policy();
    m_scheduler->setPolicy(policy());
    const auto written = m_scheduler->backUpNow();
    m_scheduler->setPolicy(kept);
    QApplication::restoreOverrideCursor();
    m_status->setText(written ? tr("Backed up to %1.").arg(QDir::toNativeSeparators(*written))
                              : written.error());
    showLatest();
}

} // namespace attune
