// EditCycleStepCommand: the undoable edit of one step of one partner's chain in a stored cycle map. It is
// the only way the cycle editor changes a map, so undo, autosave and the audit trail see every edit.
#pragma once

#include "domain/Enums.h"
#include "store/PracticeStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace attune {

class EditCycleStepCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCycleStepCommand)
public:
    // Called with the store's message whenever redo or undo cannot write; the command then marks itself
    // obsolete, so the undo stack drops it instead of pretending the change happened.
    using ErrorHandler = std::function<void(const QString &message)>;

    EditCycleStepCommand(PracticeStore &store, qint64 mapId, int partner, CycleStep step, QString newText,
                         const QString &partnerName, ErrorHandler onError = {},
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    // Reads the map afresh and changes only this cell, so undoing one edit cannot revert a later edit
    // of another cell; the read and the write share one transaction.
    Status write(const QString &text, bool rememberOld);
    void report(const QString &message);

    QPointer<PracticeStore> m_store;
    qint64 m_mapId;
    int m_partner;
    CycleStep m_step;
    QString m_newText;
    QString m_oldText;
    ErrorHandler m_onError;
    QString m_error;
    bool m_haveOldText = false;
};

} // namespace attune
