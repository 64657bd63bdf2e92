// Signing and addenda from the GUI; see SessionSigning.h.
#include "SessionSigning.h"

#include "ClinicianProfileDialog.h"
#include "SessionEditor.h"

#include "store/PracticeStore.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace attune {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SessionSigning)
};

} // namespace

bool ensureClinicianProfile(PracticeStore &store, QWidget *parent)
{
    const auto profile = store.clinician();
    if (!profile) {
        QMessageBox::warning(parent, Text::tr("Sign Note"), profile.error());
        return false;
    }
    if (profile->isComplete())
        return true;
    QMessageBox box(QMessageBox::Information, Text::tr("Sign Note"),
                    Text::tr("Notes are signed with your name and credentials, and you have not entered "
                             "them yet."),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(Text::tr("Enter them now? You can change them later in Preferences."));
    QPushButton *enter = box.addButton(Text::tr("Enter Clinician Profile…"), QMessageBox::AcceptRole);
    box.setDefaultButton(enter);
    box.exec();
    if (box.clickedButton() != enter)
        return false;
    ClinicianProfileDialog dialog(store, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const auto stored = store.clinician();
    return stored && stored->isComplete();
}

bool signSessionInteractively(PracticeStore &store, SessionEditor &editor, QWidget *parent)
{
    const qint64 sessionId = editor.sessionId();
    if (sessionId == 0 || editor.isReadOnly())
        return false;
    // What is on screen is what gets signed: a pending edit is stored first, or nothing is signed.
    if (const Status s = editor.flushPendingEdits(); !s) {
        QMessageBox::warning(parent, Text::tr("Sign Note"),
                             Text::tr("The note was not signed because your latest changes could not be "
                                      "stored: %1")
                                 .arg(s.error()));
        return false;
    }
    if (!ensureClinicianProfile(store, parent))
        return false;
    const auto profile = store.clinician();
    if (!profile)
        return false;
    QMessageBox box(QMessageBox::Question, Text::tr("Sign Note"),
                    Text::tr("Sign this note as %1?").arg(profile->signature()), QMessageBox::Cancel, parent);
    box.setInformativeText(
        Text::tr("A signed note can never be changed, and signing cannot be undone. Corrections are added "
                 "as signed addenda under the note."));
    QPushButton *sign = box.addButton(Text::tr("Sign Note"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != sign)
        return false;
    if (const Status s = store.signSession(sessionId); !s) {
        QMessageBox::warning(parent, Text::tr("Sign Note"),
                             Text::tr("The note could not be signed: %1").arg(s.error()));
        return false;
    }
    return true;
}

AddendumDialog::AddendumDialog(const QString &signer, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Add Addendum"));
    auto *intro = new QLabel(tr("The addendum is signed as %1 with today's date and shown under the note, "
                                "which stays as it was signed. It cannot be changed afterwards.")
                                 .arg(signer),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_text->setAccessibleName(tr("Addendum text"));
    m_text->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *add = buttons->addButton(tr("Sign and Add"), QDialogButtonBox::AcceptRole);
    add->setEnabled(false);
    connect(m_text, &QPlainTextEdit::textChanged, add,
            [this, add] { add->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(520, 320);
}

QString AddendumDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

bool addAddendumInteractively(PracticeStore &store, qint64 sessionId, QWidget *parent)
{
    if (sessionId == 0 || !ensureClinicianProfile(store, parent))
        return false;
    const auto profile = store.clinician();
    if (!profile)
        return false;
    AddendumDialog dialog(profile->signature(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (const auto added = store.addAddendum(sessionId, dialog.text()); !added) {
        QMessageBox::warning(parent, Text::tr("Add Addendum"),
                             Text::tr("The addendum could not be added: %1").arg(added.error()));
        return false;
    }
    return true;
}

} // namespace attune
