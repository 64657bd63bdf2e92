#include "StoreCommand.h"

namespace attune {

StoreCommand::StoreCommand(const QString &text, Write redo, Write undo, FailureSink onFailure, int mergeKind,
                           qint64 recordId)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_onFailure(std::move(onFailure))
    , m_mergeKind(mergeKind)
    , m_recordId(recordId)
{}

void StoreCommand::redo()
{
    if (std::exchange(m_alreadyDone, false))
        return;
    run(m_redo);
}

void StoreCommand::undo()
{
    run(m_undo);
}

void StoreCommand::run(const Write &write)
{
    if (const Status s = write(); !s) {
        // The record on disk no longer matches this step; keeping it would make later steps lie.
        setObsolete(true);
        if (m_onFailure)
            m_onFailure(s.error());
    }
}

bool StoreCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const StoreCommand *>(other);
    if (!next || m_mergeKind < 0 || next->m_mergeKind != m_mergeKind || next->m_recordId != m_recordId)
        return false;
    m_redo = next->m_redo;
    return true;
}

} // namespace attune
