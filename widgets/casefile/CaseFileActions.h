// The File menu's case-file actions: "Export Couples…" (choose couples, then a file) and "Import Case
// File…" (choose a file; if records differ from the practice's, ask what to do; progress while applying;
// a summary after). Import applies through the store in one transaction, whose change signals update
// every open view. The lead wires exportAction() and importAction() into the menu.
#pragma once

#include <QObject>
#include <QPointer>

#include <QByteArray>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace attune {

class PracticeEditor;

class CaseFileActions : public QObject
{
    Q_OBJECT
public:
    CaseFileActions(PracticeEditor &editor, QWidget *window, QObject *parent = nullptr);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    // The couple selected in the window: preselected for export (0: none, then all are).
    void setCurrentCouple(qint64 coupleId) { m_currentCouple = coupleId; }

    // Hooks so tests (and callers) can answer the file dialogs and see messages without native dialogs.
    using PathChooser = std::function<QString(const QString &suggestion)>;
    using Notifier = std::function<void(bool failed, const QString &message)>;
    void setSavePathChooser(PathChooser chooser) { m_choosePath[0] = std::move(chooser); }
    void setOpenPathChooser(PathChooser chooser) { m_choosePath[1] = std::move(chooser); }
    void setNotifier(Notifier notifier) { m_notify = std::move(notifier); }
    // A protected practice's case file is encrypted with its passphrase unless the user explicitly
    // chooses a plain one after a warning. The chooser returns true for encrypted, false for plain (already
    // confirmed), nullopt to cancel; by default a question box asks. The passphrase comes from the lock.
    using EncryptionChooser = std::function<std::optional<bool>()>;
    using PassphraseSource = std::function<std::optional<QByteArray>()>;
    void setEncryptionChooser(EncryptionChooser chooser) { m_chooseEncryption = std::move(chooser); }
    void setPassphraseSource(PassphraseSource source) { m_passphrase = std::move(source); }

public slots:
    void exportCouples();
    void importCaseFile();

private:
    void notify(bool failed, const QString &message);
    std::optional<bool> askEncryption();

    PracticeEditor &m_editor;
    QPointer<QWidget> m_window;
    QAction *m_export;
    QAction *m_import;
    qint64 m_currentCouple = 0;
    PathChooser m_choosePath[2]; // save, open
    Notifier m_notify;
    EncryptionChooser m_chooseEncryption;
    PassphraseSource m_passphrase;
};

} // namespace attune
