#include "ExportCouplesDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace attune {

ExportCouplesDialog::ExportCouplesDialog(const QList<CoupleSummary> &couples,
                                         const QList<qint64> &preselected, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_export(nullptr)
{
    setWindowTitle(tr("Export Couples"));
    auto *intro =
        new QLabel(tr("Choose the couples whose records go into the case file. Everything they hold "
                      "is included: sessions, cycle maps, exercises and archived items."),
                   this);
    intro->setWordWrap(true);
    m_list->setAccessibleName(tr("Couples to export"));
    for (const CoupleSummary &c : couples) {
        auto *item = new QListWidgetItem(c.archived ? tr("%1 (archived)").arg(c.name) : c.name, m_list);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool checked = preselected.isEmpty() || preselected.contains(c.id);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);

    auto *all = new QPushButton(tr("Select &All"), this);
    auto *none = new QPushButton(tr("Select &None"), this);
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    auto *selectRow = new QHBoxLayout;
    selectRow->addWidget(all);
    selectRow->addWidget(none);
    selectRow->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &ExportCouplesDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(selectRow);
    layout->addWidget(buttons);
    resize(460, 420);
    updateButton();
}

QList<qint64> ExportCouplesDialog::chosenIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

void ExportCouplesDialog::setAllChecked(bool checked)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ExportCouplesDialog::updateButton()
{
    const int count = int(chosenIds().size());
    m_export->setEnabled(count > 0);
    m_export->setText(count > 0 ? tr("&Export %n Couple(s)…", nullptr, count) : tr("&Export…"));
}

} // namespace attune
