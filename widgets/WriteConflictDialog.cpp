// See WriteConflictDialog.h.
#include "WriteConflictDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace attune {
namespace {

QPlainTextEdit *shownText(const QString &text, const QString &name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(text, parent);
    view->setReadOnly(true);
    view->setAccessibleName(name);
    view->setMinimumSize(280, 220);
    return view;
}

} // namespace

WriteConflictDialog::WriteConflictDialog(const QString &what, const QString &mine, const QString &theirs,
                                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Changed by Another Program"));
    auto *layout = new QGridLayout(this);
    auto *explanation =
        new QLabel(tr("%1 was changed by another program while you were editing it here. Nothing has "
                      "been overwritten. Choose which version to keep.")
                       .arg(what),
                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation, 0, 0, 1, 2);
    auto *mineLabel = new QLabel(tr("Your version (not stored yet):"), this);
    auto *theirsLabel = new QLabel(tr("The stored version:"), this);
    QPlainTextEdit *mineView = shownText(mine, tr("Your version"), this);
    QPlainTextEdit *theirsView = shownText(theirs, tr("The stored version"), this);
    mineLabel->setBuddy(mineView);
    theirsLabel->setBuddy(theirsView);
    layout->addWidget(mineLabel, 1, 0);
    layout->addWidget(theirsLabel, 1, 1);
    layout->addWidget(mineView, 2, 0);
    layout->addWidget(theirsView, 2, 1);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::AcceptRole);
    QPushButton *take = buttons->addButton(tr("&Take the Stored Version"), QDialogButtonBox::RejectRole);
    keep->setDefault(true);
    connect(keep, &QPushButton::clicked, this, [this] { choose(KeepMine); });
    connect(take, &QPushButton::clicked, this, [this] { choose(TakeTheirs); });
    layout->addWidget(buttons, 3, 0, 1, 2);
}

bool WriteConflictDialog::keepMine(QWidget *parent, const QString &what, const QString &mine,
                                   const QString &theirs)
{
    WriteConflictDialog dialog(what, mine, theirs, parent);
    return dialog.exec() == KeepMine;
}

} // namespace attune
