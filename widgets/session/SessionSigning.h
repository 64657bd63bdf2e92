// Signing a note and adding an addendum from the GUI: the confirmations, the clinician profile a signature
// needs (offered when missing), and failures reported as one sentence. The store enforces the rules; these
// only ask the therapist first.
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QWidget;

namespace attune {

class PracticeStore;
class SessionEditor;

// Makes sure a clinician profile exists, offering to enter one. False when there is none afterwards.
bool ensureClinicianProfile(PracticeStore &store, QWidget *parent);

// Stores what is pending in the editor, asks for confirmation naming the signer, then signs its session.
// True when the note was signed.
bool signSessionInteractively(PracticeStore &store, SessionEditor &editor, QWidget *parent);

// Asks for the addendum's text and adds it, signed, to the (signed) session. True when one was added.
bool addAddendumInteractively(PracticeStore &store, qint64 sessionId, QWidget *parent);

class AddendumDialog : public QDialog
{
    Q_OBJECT
public:
    AddendumDialog(const QString &signer, QWidget *parent = nullptr);
    QString text() const;
    QPlainTextEdit *textField() const { return m_text; }

private:
    QPlainTextEdit *m_text;
};

} // namespace attune
